// Loads Terraform configuration with @cdktf/hcl2json (HashiCorp's HCL parser compiled to WASM) into a
// typed model of one module directory. hcl2json gives blocks as arrays of objects, attributes as JSON
// values, and every non-literal expression as a "${…}" string; it does not give positions, so findings are
// located by searching the file text (see `lineOf`).
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { getReferencesInExpression, parse } from '@cdktf/hcl2json'

export type HclValue = string | number | boolean | null | HclValue[] | HclBody
export interface HclBody {
  [key: string]: HclValue
}

export interface TfFile {
  /** Path relative to the checked root, for messages. */
  path: string
  source: string
  body: HclBody
}

export interface Declaration {
  file: TfFile
  body: HclBody
}

export interface TfModule {
  dir: string
  files: TfFile[]
  variables: Map<string, Declaration>
  locals: Map<string, { file: TfFile; value: HclValue }>
  outputs: Map<string, Declaration>
  /** Keyed "type.name". */
  resources: Map<string, Declaration & { type: string; name: string }>
  /** Keyed "type.name" (without the data. prefix). */
  dataSources: Map<string, Declaration & { type: string; name: string }>
  modules: Map<string, Declaration>
  providers: (Declaration & { name: string })[]
  terraform: Declaration[]
}

export class HclParseError extends Error {}

export async function parseHclFile(path: string, source: string): Promise<HclBody> {
  try {
    return (await parse(path, source)) as HclBody
  } catch (error) {
    throw new HclParseError(`${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function isBody(value: HclValue | undefined): value is HclBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** hcl2json gives each block as an array of bodies (one per repeated block). */
export function blockBodies(value: HclValue | undefined): HclBody[] {
  if (Array.isArray(value)) return value.filter(isBody)
  return isBody(value) ? [value] : []
}

function labelled(body: HclBody, key: string): { first: string; second?: string; bodies: HclBody[] }[] {
  const result: { first: string; second?: string; bodies: HclBody[] }[] = []
  const section = body[key]
  if (!isBody(section)) return result
  for (const [first, inner] of Object.entries(section)) {
    if (key === 'resource' || key === 'data') {
      if (!isBody(inner)) continue
      for (const [second, bodies] of Object.entries(inner))
        result.push({ first, second, bodies: blockBodies(bodies) })
    } else {
      result.push({ first, bodies: blockBodies(inner) })
    }
  }
  return result
}

export async function loadModule(dir: string, root: string): Promise<TfModule> {
  const names = (await readdir(dir)).filter(name => name.endsWith('.tf')).sort()
  const module: TfModule = {
    dir,
    files: [],
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: new Map(),
    dataSources: new Map(),
    modules: new Map(),
    providers: [],
    terraform: []
  }
  for (const name of names) {
    const path = relative(root, join(dir, name)) || name
    const source = await readFile(join(dir, name), 'utf8')
    const file: TfFile = { path, source, body: await parseHclFile(path, source) }
    module.files.push(file)
    addDeclarations(module, file)
  }
  return module
}

function addDeclarations(module: TfModule, file: TfFile): void {
  const { body } = file
  for (const { first, bodies } of labelled(body, 'variable'))
    module.variables.set(first, { file, body: bodies[0] ?? {} })
  for (const { first, bodies } of labelled(body, 'output'))
    module.outputs.set(first, { file, body: bodies[0] ?? {} })
  for (const { first, bodies } of labelled(body, 'module'))
    module.modules.set(first, { file, body: bodies[0] ?? {} })
  for (const { first, bodies } of labelled(body, 'provider')) {
    for (const b of bodies) module.providers.push({ file, body: b, name: first })
  }
  for (const { first: type, second: name = '', bodies } of labelled(body, 'resource')) {
    module.resources.set(`${type}.${name}`, { file, body: bodies[0] ?? {}, type, name })
  }
  for (const { first: type, second: name = '', bodies } of labelled(body, 'data')) {
    module.dataSources.set(`${type}.${name}`, { file, body: bodies[0] ?? {}, type, name })
  }
  for (const locals of blockBodies(body.locals)) {
    for (const [name, value] of Object.entries(locals)) module.locals.set(name, { file, value })
  }
  for (const terraform of blockBodies(body.terraform)) module.terraform.push({ file, body: terraform })
}

/** Every expression string in a value tree, with the attribute path that holds it. */
export function* expressions(
  value: HclValue,
  path: string[] = []
): Generator<{ path: string[]; text: string }> {
  if (typeof value === 'string') {
    if (value.includes('${') || value.includes('%{')) yield { path, text: value }
  } else if (Array.isArray(value)) {
    for (const item of value) yield* expressions(item, path)
  } else if (isBody(value)) {
    for (const [key, inner] of Object.entries(value)) yield* expressions(inner, [...path, key])
  }
}

export async function referencesIn(text: string): Promise<string[][]> {
  const references = await getReferencesInExpression('expression.tf', text)
  return references.map(reference => reference.value.split('.'))
}

/** 1-based line of the first line matching `pattern` at or after `fromLine`; `fromLine` when none does. */
export function lineOf(file: TfFile, pattern: RegExp, fromLine = 1): number {
  const lines = file.source.split('\n')
  for (let index = fromLine - 1; index < lines.length; index++) {
    if (pattern.test(lines[index] ?? '')) return index + 1
  }
  return fromLine
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Line of a `kind "label" "label"` block header. */
export function blockLine(file: TfFile, kind: string, ...labels: string[]): number {
  const header = [kind, ...labels.map(label => `"${escapeRegExp(label)}"`)].join('\\s+')
  return lineOf(file, new RegExp(`^\\s*${header}\\s*\\{`))
}

/** Line of an attribute or nested block named `name`, searching from a block's header line. */
export function memberLine(file: TfFile, name: string, fromLine: number): number {
  return lineOf(file, new RegExp(`^\\s*(dynamic\\s+")?${escapeRegExp(name)}"?\\s*(=|\\{)`), fromLine)
}
