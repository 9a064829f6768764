// JSON Schema of the AnalysisReport (src/analyzer/report.ts, schema version 1), for reading a report that
// crossed a trust boundary: the PR analysis artifact, which a fork's pull request fully controls (it can
// change the workflow that uploads it). The shape is strict (no unknown properties, bounded strings and
// arrays, known enums) so what passes is exactly the data our renderers were written for; the renderers
// still escape every string. test/pipeline/analysis-report-schema.test.ts runs the real analyzer over
// examples/apps and checks every report passes, so a new analyzer field fails CI here, not in users' PRs.
import Ajv, { type ErrorObject } from 'ajv'
import type { AnalysisReport } from '../analyzer/report.js'
import { ANALYSIS_SCHEMA_VERSION, LANGUAGES } from '../analyzer/report.js'
import { logSafe } from './log-safe.js'

const TEXT = { type: 'string', maxLength: 10_000 } as const
const SHORT = { type: 'string', maxLength: 200 } as const
const PATH = {
  type: 'string',
  minLength: 1,
  maxLength: 1024,
  pattern: '^[^\\u0000-\\u001f\\u007f]+$'
} as const

const EVIDENCE = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'line', 'text'],
  properties: { file: PATH, line: { type: 'integer', minimum: 0 }, text: TEXT }
} as const

const WARNING = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', pattern: '^[A-Z0-9_]{1,64}$' },
    message: TEXT,
    file: PATH,
    line: { type: 'integer', minimum: 0 }
  }
} as const

function field(value: object): object {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['value', 'confidence', 'source', 'evidence', 'overrideKey'],
    properties: {
      value,
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      source: TEXT,
      evidence: { type: 'array', maxItems: 1000, items: EVIDENCE },
      overrideKey: SHORT,
      model: SHORT,
      alternatives: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'confidence', 'source'],
          properties: { value, confidence: { type: 'number', minimum: 0, maximum: 1 }, source: TEXT }
        }
      }
    }
  }
}

const NULLABLE_TEXT = { anyOf: [{ type: 'null' }, TEXT] }

const RESOURCES = {
  type: 'object',
  additionalProperties: false,
  required: ['cpu', 'memory', 'reason'],
  properties: {
    cpu: { type: 'integer', minimum: 1, maximum: 16_384 },
    memory: { type: 'integer', minimum: 1, maximum: 122_880 },
    reason: TEXT
  }
} as const

/** Hints are generator facts (src/analyzer/hints.ts): flat values only, each bounded. */
const HINTS = {
  type: 'object',
  maxProperties: 100,
  propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]{0,63}$' },
  additionalProperties: {
    anyOf: [
      { type: 'string', maxLength: 4096 },
      { type: 'boolean' },
      { type: 'number' },
      { type: 'array', maxItems: 2000, items: { type: 'string', maxLength: 1024 } }
    ]
  }
} as const

const APP = {
  type: 'object',
  additionalProperties: false,
  required: [
    'appDir',
    'name',
    'language',
    'framework',
    'packageManager',
    'runtimeVersion',
    'buildCommand',
    'startCommand',
    'port',
    'healthPath',
    'resources',
    'dockerfile',
    'hints',
    'warnings'
  ],
  properties: {
    appDir: PATH,
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$' },
    language: field({ enum: [...LANGUAGES] }),
    framework: field({ type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' }),
    packageManager: field(SHORT),
    runtimeVersion: field({ anyOf: [{ type: 'null' }, SHORT] }),
    buildCommand: field(NULLABLE_TEXT),
    startCommand: field(NULLABLE_TEXT),
    port: field({ type: 'integer', minimum: 0, maximum: 65_535 }),
    healthPath: field({ anyOf: [{ type: 'null' }, { type: 'string', maxLength: 2048 }] }),
    resources: field(RESOURCES),
    dockerfile: { anyOf: [{ type: 'null' }, PATH] },
    hints: HINTS,
    warnings: { type: 'array', maxItems: 1000, items: WARNING }
  }
} as const

export const ANALYSIS_REPORT_SCHEMA = {
  $id: 'https://deplight.dev/schema/analysis-report-1.json',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'tool', 'contentDigest', 'primary', 'apps', 'warnings', 'stats'],
  properties: {
    schemaVersion: { const: ANALYSIS_SCHEMA_VERSION },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: {
        name: { const: 'deplight' },
        version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,64}$' }
      }
    },
    contentDigest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
    primary: PATH,
    apps: { type: 'array', minItems: 1, maxItems: 500, items: APP },
    warnings: { type: 'array', maxItems: 1000, items: WARNING },
    stats: {
      type: 'object',
      additionalProperties: false,
      required: ['files', 'readBytes', 'skipped'],
      properties: {
        files: { type: 'integer', minimum: 0 },
        readBytes: { type: 'integer', minimum: 0 },
        skipped: { type: 'integer', minimum: 0 }
      }
    }
  }
} as const

let validator: ReturnType<Ajv['compile']> | null = null

export class ReportSchemaError extends Error {}

/**
 * `value` as an AnalysisReport, or a ReportSchemaError naming the first offending location (its JSON
 * pointer and what is wrong; never the offending value, which an attacker chose).
 */
export function validateAnalysisReport(value: unknown): AnalysisReport {
  validator ??= new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(
    ANALYSIS_REPORT_SCHEMA
  )
  if (validator(value)) {
    const report = value as AnalysisReport
    if (!report.apps.some(app => app.appDir === report.primary))
      throw new ReportSchemaError(`/primary names no app of the report (apps[].appDir)`)
    return report
  }
  throw new ReportSchemaError(describe(validator.errors?.[0]))
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the AnalysisReport schema'
  const where = logSafe(error.instancePath || '/')
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${logSafe(String((error.params as { additionalProperty?: unknown }).additionalProperty).slice(0, 64))})`
      : ''
  return `${where} ${error.message ?? 'is invalid'}${extra}`
}
