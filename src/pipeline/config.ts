// `.delightful.yaml`: parsed with line numbers, validated against the published schema, flattened into the
// analyzer's Overrides. Every error names the file, the line and how to fix it.
import Ajv, { type ErrorObject } from 'ajv'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml'
import type { Evidence } from '../analyzer/report.js'
import type { AppOverrides, Overrides, OverrideValue } from '../analyzer/overrides.js'
import { HEALTH_PATH_MAX_LENGTH } from '../analyzer/render/dockerfile/common.js'
import { yamlTooCostly } from '../analyzer/signals/manifests.js'
import { CONFIG_SCHEMA } from './config-schema.js'

export const CONFIG_FILES = ['.delightful.yaml', '.delightful.yml']

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`)
  }
}

export interface DelightfulConfig {
  file: string
  /** The YAML as read (the analyzer Lambda re-parses it from this). */
  text: string
  data: Record<string, unknown>
  overrides: Overrides
}

let validator: ReturnType<Ajv['compile']> | null = null
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA)
  return validator(data) ? [] : (validator.errors ?? [])
}

export function parseConfig(text: string, file: string): DelightfulConfig {
  // The yaml library takes tens of seconds on deeply nested or garbage text (issue 14): refuse it first.
  const costly = yamlTooCostly(text)
  if (costly) throw new ConfigError(file, 1, `not read: the YAML is ${costly}; simplify the file`)
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const firstError = doc.errors[0]
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line
    throw new ConfigError(file, line, `invalid YAML (${firstError.message.split('\n')[0]}); fix the syntax`)
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past the limit (a "billion laughs" bomb).
    throw new ConfigError(
      file,
      firstAliasLine(doc, lineCounter),
      `YAML aliases expand too much (${(error as Error).message}); write the values out instead of anchors and aliases`
    )
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(
      file,
      1,
      'expected a mapping of sections (app:, build:, resources: …); see schema/delightful.schema.json'
    )
  }
  const lineOf = (path: (string | number)[]): number => nodeLine(doc, lineCounter, path)
  const errors = validate(data)
  if (errors.length > 0) {
    const e = pickError(errors)
    const path = e.instancePath.split('/').slice(1).map(decodePointer)
    if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty))
    throw new ConfigError(file, lineOf(path), describe(e, path))
  }
  const record = data as Record<string, unknown>
  return { file, text, data: record, overrides: toOverrides(record, file, lineOf) }
}

/** Alias uses allowed while converting; a real config needs a handful, a bomb needs thousands. */
const MAX_ALIAS_COUNT = 100

function firstAliasLine(doc: Document, counter: LineCounter): number {
  let line = 1
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = counter.linePos(node.range[0]).line
      return visit.BREAK
    }
  })
  return line
}

function decodePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~')
}

function nodeLine(doc: Document, counter: LineCounter, path: (string | number)[]): number {
  // Walk down as far as the path exists; report the deepest node we reach (the key itself when possible).
  for (let n = path.length; n >= 0; n--) {
    const parent = n === 0 ? doc.contents : doc.getIn(path.slice(0, n - 1), true)
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find(p => isScalar(p.key) && String(p.key.value) === String(path[n - 1]))
      const key = pair?.key as { range?: [number, number, number] } | undefined
      if (key?.range) return counter.linePos(key.range[0]).line
    }
    if (n > 0 && isSeq(parent)) {
      const item = parent.items[Number(path[n - 1])] as { range?: [number, number, number] } | undefined
      if (item?.range) return counter.linePos(item.range[0]).line
    }
    if (n === 0) {
      const range = (doc.contents as { range?: [number, number, number] } | null)?.range
      return range ? counter.linePos(range[0]).line : 1
    }
  }
  return 1
}

// anyOf failures produce one error per branch plus a summary; the most specific one reads best.
function pickError(errors: ErrorObject[]): ErrorObject {
  // At equal depth a wrong-type error usually comes from the anyOf branch that did not apply (a list item
  // that may be a string or a mapping): the other branch's error says what is actually wrong.
  const specific = errors.filter(e => e.keyword !== 'anyOf' && e.keyword !== 'if')
  const rank = (e: ErrorObject): number => e.instancePath.length * 2 + (e.keyword === 'type' ? 0 : 1)
  return specific.sort((a, b) => rank(b) - rank(a))[0] ?? errors[0]!
}

function describe(e: ErrorObject, path: string[]): string {
  const key = path.filter(p => p !== '').join('.') || '(top level)'
  const parentKey = path.slice(0, -1).join('.') || 'the top level'
  switch (e.keyword) {
    case 'additionalProperties': {
      const known = Object.keys(schemaAt(path.slice(0, -1))?.properties ?? {})
      return `unknown key '${e.params.additionalProperty}' in ${parentKey}; remove it or use one of: ${known.join(', ')}`
    }
    case 'type':
      return `${key} must be ${e.params.type === 'integer' ? 'a whole number' : `a ${e.params.type}`}; fix its value`
    case 'enum':
      return `${key} must be one of ${(e.params.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}; fix its value`
    case 'minimum':
    case 'maximum':
      return `${key} ${e.message}; fix its value`
    case 'pattern':
    case 'maxLength':
      return `${key} has an invalid format (${isPathKey(key) ? PLAIN_PATH : e.keyword === 'pattern' ? `must match ${e.params.pattern}` : e.message}); fix its value`
    case 'minLength':
      return `${key} must not be empty; set a value or remove the key`
    default:
      return `${key} ${e.message ?? 'is invalid'}; see schema/delightful.schema.json`
  }
}

const isPathKey = (key: string): boolean => key.endsWith('healthPath') || key.endsWith('path')
const PLAIN_PATH = `must be a plain URL path: '/' then letters, digits and . _ ~ % / : @ + , = - (a ?query may follow), at most ${HEALTH_PATH_MAX_LENGTH} characters`

function schemaAt(path: string[]): { properties?: Record<string, unknown> } | undefined {
  let s: unknown = CONFIG_SCHEMA
  for (const p of path) {
    const node = s as { properties?: Record<string, unknown>; additionalProperties?: unknown }
    s =
      node.properties?.[p] ??
      (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined)
    if (s === undefined) return undefined
  }
  return s as { properties?: Record<string, unknown> }
}

const SECTIONS: Record<string, string[]> = {
  app: ['name', 'language', 'framework', 'port', 'startCommand', 'healthPath'],
  build: ['packageManager', 'runtimeVersion', 'command', 'dockerfile'],
  resources: ['cpu', 'memory']
}

function toOverrides(
  data: Record<string, unknown>,
  file: string,
  lineOf: (path: (string | number)[]) => number
): Overrides {
  const collect = (root: Record<string, unknown>, base: string[]): AppOverrides => {
    const out: AppOverrides = {}
    const put = (key: string, value: unknown, path: string[]): void => {
      out[key] = {
        value: normalize(key, value),
        evidence: evidence(file, lineOf(path), `${path.join('.')}: ${String(value)}`)
      }
    }
    // Legacy keys first so the new keys win when both are set.
    if (base.length === 0) {
      const legacyHealth = (root.deployment as { health_check?: { path?: unknown } } | undefined)
        ?.health_check?.path
      if (typeof legacyHealth === 'string')
        put('app.healthPath', legacyHealth, ['deployment', 'health_check', 'path'])
      const legacyPort = (root.deployment as { port?: unknown } | undefined)?.port
      if (legacyPort !== undefined) put('app.port', legacyPort, ['deployment', 'port'])
      const legacyName = (root.project as { name?: unknown } | undefined)?.name
      if (typeof legacyName === 'string') put('app.name', legacyName, ['project', 'name'])
    }
    for (const [section, keys] of Object.entries(SECTIONS)) {
      const block = root[section]
      if (typeof block !== 'object' || block === null) continue
      for (const k of keys) {
        const v = (block as Record<string, unknown>)[k]
        if (v !== undefined && v !== null) put(`${section}.${k}`, v, [...base, section, k])
      }
    }
    return out
  }
  // Keys are app directories from the file: a prototype-free map keeps `__proto__` or `constructor` a
  // plain directory name instead of reaching Object.prototype.
  const overrides: Overrides = { all: collect(data, []), apps: Object.create(null) as Overrides['apps'] }
  const apps = data.apps
  if (typeof apps === 'object' && apps !== null) {
    for (const [dir, block] of Object.entries(apps as Record<string, unknown>)) {
      const key = dir.replace(/^\.\//, '').replace(/\/+$/, '') || '.'
      overrides.apps[key] = collect(block as Record<string, unknown>, ['apps', dir])
    }
  }
  const dir = (data.app as { dir?: unknown } | undefined)?.dir
  if (typeof dir === 'string')
    overrides.primary = { value: dir, evidence: evidence(file, lineOf(['app', 'dir']), `app.dir: ${dir}`) }
  return overrides
}

function normalize(key: string, value: unknown): unknown {
  if (key === 'resources.cpu' || key === 'resources.memory') return Number(value)
  if (key === 'build.runtimeVersion') return String(value)
  return value
}

function evidence(file: string, line: number, text: string): Evidence {
  return { file, line, text }
}

export type { OverrideValue }
