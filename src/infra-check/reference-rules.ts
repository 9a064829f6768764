// Resolves every reference in every expression of a module: var.*, local.*, module.*.<output>, data.*.*,
// resource.name.<attribute>, plus the scoped names Terraform allows (count, each, self, path, terraform,
// and dynamic-block iterators inside their `content`).
import { error, type Finding } from './findings.js'
import {
  blockBodies,
  escapeRegExp,
  isBody,
  lineOf,
  referencesIn,
  type HclBody,
  type HclValue,
  type TfFile,
  type TfModule
} from './hcl.js'
import { normaliseAttributeName, type ProviderSchema } from './provider-schema.js'
import { lookupType } from './schema-rules.js'

const ALWAYS_IN_SCOPE = new Set(['count', 'each', 'self', 'path', 'terraform'])
/** Attributes whose values are names or type expressions, not references. */
const NOT_REFERENCES = new Set(['ignore_changes', 'provider', 'providers'])

export interface ReferenceContext {
  module: TfModule
  schema: ProviderSchema
  /** Outputs of a called module, or undefined when its source cannot be read offline. */
  moduleOutputs(name: string): Set<string> | undefined
}

interface Expression {
  file: TfFile
  text: string
  iterators: Set<string>
}

function collect(value: HclValue, file: TfFile, iterators: Set<string>, out: Expression[]): void {
  if (typeof value === 'string') {
    if (value.includes('${') || value.includes('%{')) out.push({ file, text: value, iterators })
    return
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, file, iterators, out)
    return
  }
  if (!isBody(value)) return
  for (const [key, inner] of Object.entries(value)) {
    if (NOT_REFERENCES.has(key)) continue
    if (key === 'dynamic' && isBody(inner)) {
      for (const [label, dynamics] of Object.entries(inner)) {
        for (const dynamic of blockBodies(dynamics)) {
          const iterator = typeof dynamic.iterator === 'string' ? dynamic.iterator : label
          const { content, ...rest } = dynamic
          collect(rest, file, iterators, out)
          if (content !== undefined) collect(content, file, new Set([...iterators, iterator]), out)
        }
      }
      continue
    }
    collect(inner, file, iterators, out)
  }
}

/** The line that spells the reference out, attribute included when it can be found. */
function referenceLine(file: TfFile, segments: string[]): number {
  const head = segments.slice(0, 2).map(escapeRegExp).join('\\s*\\.\\s*')
  const attribute = firstAttribute(segments.slice(2))
  const candidates = attribute
    ? [`${head}(\\[[^\\]]*\\])*\\.${escapeRegExp(attribute)}\\b`, `${head}\\b`]
    : [`${head}\\b`]
  for (const candidate of candidates) {
    const pattern = new RegExp(`(^|[^\\w.])${candidate}`)
    if (file.source.split('\n').some(line => pattern.test(line))) return lineOf(file, pattern)
  }
  return 1
}

function firstAttribute(segments: string[]): string | undefined {
  return segments.find(segment => !/^\d+$/.test(segment) && !segment.startsWith('"'))
}

export async function checkReferences(context: ReferenceContext): Promise<Finding[]> {
  const { module } = context
  const expressions: Expression[] = []
  const none = new Set<string>()
  for (const { file, body } of module.variables.values()) {
    // Only validation blocks hold expressions; `type` and `default` are constants.
    for (const validation of blockBodies(body.validation)) collect(validation, file, none, expressions)
  }
  for (const { file, value } of module.locals.values()) collect(value, file, none, expressions)
  for (const declarations of [module.outputs, module.resources, module.dataSources, module.modules]) {
    for (const { file, body } of declarations.values()) collect(body as HclBody, file, none, expressions)
  }
  for (const { file, body } of module.providers) collect(body, file, none, expressions)

  const findings: Finding[] = []
  for (const expression of expressions) {
    for (const segments of await referencesIn(expression.text)) {
      const problem = resolve(segments, expression.iterators, context)
      if (!problem) continue
      findings.push(
        error(problem.kind, expression.file.path, referenceLine(expression.file, segments), problem.message)
      )
    }
  }
  return findings
}

type Problem = { kind: Finding['kind']; message: string } | undefined

function resolve(segments: string[], iterators: Set<string>, context: ReferenceContext): Problem {
  const { module } = context
  const [root = '', name = '', ...rest] = segments
  if (ALWAYS_IN_SCOPE.has(root) || iterators.has(root)) return undefined
  switch (root) {
    case 'var':
      return module.variables.has(name)
        ? undefined
        : {
            kind: 'undeclared-reference',
            message: `var.${name} is not declared (add a variable "${name}" block)`
          }
    case 'local':
      return module.locals.has(name)
        ? undefined
        : { kind: 'undeclared-reference', message: `local.${name} is not declared in any locals block` }
    case 'module': {
      if (!module.modules.has(name)) {
        return {
          kind: 'undeclared-reference',
          message: `module.${name} is not declared (no module "${name}" block)`
        }
      }
      const output = firstAttribute(rest)
      const outputs = context.moduleOutputs(name)
      if (output && outputs && !outputs.has(output)) {
        return { kind: 'unknown-module-output', message: `module.${name} has no output "${output}"` }
      }
      return undefined
    }
    case 'data': {
      const [type = '', dataName = '', ...attribute] = [name, ...rest]
      if (!module.dataSources.has(`${type}.${dataName}`)) {
        return { kind: 'undeclared-reference', message: `data.${type}.${dataName} is not declared` }
      }
      return attributeProblem(`data.${type}.${dataName}`, type, 'data', firstAttribute(attribute), context)
    }
    default: {
      if (!name) return { kind: 'undeclared-reference', message: `"${root}" is not a declared name` }
      if (!module.resources.has(`${root}.${name}`)) {
        return { kind: 'undeclared-reference', message: `resource ${root}.${name} is not declared` }
      }
      return attributeProblem(`${root}.${name}`, root, 'resource', firstAttribute(rest), context)
    }
  }
}

function attributeProblem(
  address: string,
  type: string,
  kind: 'resource' | 'data',
  attribute: string | undefined,
  context: ReferenceContext
): Problem {
  if (!attribute) return undefined
  const lookup = lookupType(context.schema, type, kind)
  if (!('schema' in lookup)) return undefined // the unknown type is reported by the schema rules
  return lookup.schema.readable.includes(normaliseAttributeName(attribute))
    ? undefined
    : { kind: 'unknown-resource-attribute', message: `${address} has no attribute "${attribute}"` }
}
