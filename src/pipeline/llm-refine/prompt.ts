// The question for one field: what it means, the analyzer's candidates with their evidence, and
// line-numbered excerpts of the files the analysis read in the app (the model must cite one of those lines).
import type { AppAnalysis, Field } from '../../analyzer/report.js'
import { isInside, type SourceTree } from '../../analyzer/tree.js'
import type { LlmQuestion } from '../../integrations/llm/types.js'
import type { FieldSpec } from './fields.js'

export interface Answer {
  found: boolean
  value: string | null
  file: string | null
  line: number | null
}

/** Strict: every property required, nothing else allowed (OpenAI strict mode and Ajv agree on it). */
export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['found', 'value', 'file', 'line'],
  properties: {
    found: { type: 'boolean' },
    value: { type: ['string', 'null'], maxLength: 300 },
    file: { type: ['string', 'null'], maxLength: 500 },
    line: { type: ['integer', 'null'], minimum: 1 }
  }
} as const

const MAX_FILE_LINES = 150
const MAX_FILE_CHARS = 6000
const MAX_TOTAL_CHARS = 24000

const SYSTEM =
  'You are a careful build engineer filling in one deployment setting of an application from its files. ' +
  'Answer only from the file excerpts given; never guess. If no line states the value, answer found=false. ' +
  'When found, cite the file path exactly as shown and the number of the line that states the value; the ' +
  'value must appear on that line exactly as you give it.'

export function buildQuestion(
  spec: FieldSpec,
  app: AppAnalysis,
  field: Field<unknown>,
  tree: SourceTree,
  readPaths: readonly string[]
): LlmQuestion | null {
  const excerpts = excerptsFor(app, field, tree, readPaths)
  if (excerpts.length === 0) return null
  const candidates = (field.alternatives ?? [])
    .map(a => `- ${JSON.stringify(a.value)} (confidence ${a.confidence.toFixed(2)}, from ${a.source})`)
    .join('\n')
  const evidence = field.evidence.map(e => `- ${e.file}:${e.line}: ${e.text}`).join('\n')
  const prompt = [
    `App directory: ${app.appDir} (language ${app.language.value}, framework ${app.framework.value}).`,
    `Question: what is ${spec.question}?`,
    `The analyzer's current answer: ${JSON.stringify(field.value)} (confidence ${field.confidence.toFixed(2)}, from ${field.source}).`,
    candidates ? `Other candidates:\n${candidates}` : 'Other candidates: none.',
    evidence ? `Its evidence:\n${evidence}` : 'Its evidence: none.',
    'Files (each line prefixed by its number):',
    ...excerpts
  ].join('\n\n')
  return { system: SYSTEM, prompt, schema: ANSWER_SCHEMA, name: 'report_field' }
}

/**
 * Settings files the rules may not read (`settings.json`, `config/app.yaml`): where an unusual port or path
 * often lives, and exactly what the rules could not place.
 */
const CONFIG_LIKE = /\.(json|ya?ml|toml|ini|cfg|conf|properties|env)$/i
const CONFIG_MAX_BYTES = 16 * 1024
const CONFIG_MAX_DEPTH = 2

/** Files cited by the field, the other files the analysis read in the app (or the root), then its settings files. */
function excerptsFor(
  app: AppAnalysis,
  field: Field<unknown>,
  tree: SourceTree,
  readPaths: readonly string[]
): string[] {
  const cited = field.evidence.map(e => e.file)
  const local = readPaths.filter(p => isInside(p, app.appDir) || !p.includes('/'))
  const prefix = app.appDir === '.' ? 0 : app.appDir.length + 1
  const settings = tree
    .filesUnder(app.appDir)
    .filter(
      f =>
        CONFIG_LIKE.test(f.path) &&
        f.size <= CONFIG_MAX_BYTES &&
        !/(^|\/)(package-lock|composer\.lock|yarn\.lock)/.test(f.path) &&
        f.path.slice(prefix).split('/').length <= CONFIG_MAX_DEPTH
    )
    .map(f => f.path)
  const ordered = [...new Set([...cited, ...local, ...settings])]
  const out: string[] = []
  let total = 0
  for (const path of ordered) {
    const text = tree.read(path)
    if (text === null) continue
    const numbered = text
      .split(/\r?\n/)
      .slice(0, MAX_FILE_LINES)
      .map((line, i) => `${i + 1}| ${line}`)
      .join('\n')
      .slice(0, MAX_FILE_CHARS)
    if (total + numbered.length > MAX_TOTAL_CHARS) break
    total += numbered.length
    out.push(`=== ${path} ===\n${numbered}`)
  }
  return out
}
