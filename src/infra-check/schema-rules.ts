// Checks every resource, data source and provider block against the provider schema: what
// `terraform validate` reports for unknown types, unknown arguments or blocks, and missing required ones.
import { error, type Finding } from './findings.js'
import {
  blockBodies,
  blockLine,
  isBody,
  memberLine,
  type HclBody,
  type TfFile,
  type TfModule
} from './hcl.js'
import type { BlockSchema, ProviderSchema, ResourceSchema } from './provider-schema.js'

const RESOURCE_META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection'
])
const DATA_META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle'])
const PROVIDER_META_ARGUMENTS = new Set(['alias', 'version'])

// Types of Terraform's built-in provider (terraform.io/builtin/terraform), which ships with the binary.
const BUILTIN_RESOURCES: Record<string, ResourceSchema> = {
  terraform_data: {
    attributes: { input: { required: false }, triggers_replace: { required: false } },
    blocks: {},
    readable: ['id', 'input', 'output', 'triggersreplace']
  }
}
const BUILTIN_DATA_SOURCES: Record<string, ResourceSchema> = {
  terraform_remote_state: {
    attributes: {
      backend: { required: true },
      config: { required: false },
      defaults: { required: false },
      workspace: { required: false }
    },
    blocks: {},
    readable: ['backend', 'config', 'defaults', 'outputs', 'workspace']
  }
}

export type SchemaLookup = { schema: ResourceSchema } | { finding: 'unknown-type' | 'unknown-provider' }

export function lookupType(schema: ProviderSchema, type: string, kind: 'resource' | 'data'): SchemaLookup {
  const builtin = kind === 'resource' ? BUILTIN_RESOURCES[type] : BUILTIN_DATA_SOURCES[type]
  if (builtin) return { schema: builtin }
  if (!type.startsWith('aws_')) return { finding: 'unknown-provider' }
  const found = kind === 'resource' ? schema.resources[type] : schema.dataSources[type]
  return found ? { schema: found } : { finding: 'unknown-type' }
}

interface BodyContext {
  file: TfFile
  /** Human path for messages, e.g. `aws_ecs_service.this.deployment_configuration`. */
  where: string
  line: number
}

function checkBody(
  body: HclBody,
  schema: BlockSchema,
  ignored: Set<string>,
  context: BodyContext
): Finding[] {
  const findings: Finding[] = []
  const present = new Set<string>()
  const line = (name: string): number => memberLine(context.file, name, context.line)

  const dynamics = isBody(body.dynamic) ? body.dynamic : {}
  for (const [name, value] of Object.entries(dynamics)) {
    const nested = schema.blocks[name]
    if (!nested) {
      findings.push(
        error(
          'unknown-block',
          context.file.path,
          line(name),
          `${context.where} has no nested block "${name}" (dynamic)`
        )
      )
      continue
    }
    present.add(name)
    for (const dynamic of blockBodies(value)) {
      for (const content of blockBodies(dynamic.content)) {
        findings.push(
          ...checkBody(content, nested.block, new Set(), {
            ...context,
            where: `${context.where}.${name}`,
            line: line(name)
          })
        )
      }
    }
  }

  for (const [name, value] of Object.entries(body)) {
    if (name === 'dynamic' || ignored.has(name)) continue
    present.add(name)
    if (schema.attributes[name]) continue
    const nested = schema.blocks[name]
    if (nested) {
      const bodies = blockBodies(value)
      if (nested.maxItems !== null && bodies.length > nested.maxItems) {
        findings.push(
          error(
            'too-many-blocks',
            context.file.path,
            line(name),
            `${context.where} allows at most ${nested.maxItems} "${name}" block`
          )
        )
      }
      for (const inner of bodies) {
        findings.push(
          ...checkBody(inner, nested.block, new Set(), {
            ...context,
            where: `${context.where}.${name}`,
            line: line(name)
          })
        )
      }
      continue
    }
    const looksLikeBlock = Array.isArray(value) && value.length > 0 && value.every(isBody)
    findings.push(
      looksLikeBlock
        ? error(
            'unknown-block',
            context.file.path,
            line(name),
            `${context.where} has no nested block "${name}"`
          )
        : error(
            'unknown-attribute',
            context.file.path,
            line(name),
            `${context.where} has no argument "${name}"`
          )
    )
  }

  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (attribute.required && !present.has(name)) {
      findings.push(
        error(
          'missing-required-attribute',
          context.file.path,
          context.line,
          `${context.where} is missing required argument "${name}"`
        )
      )
    }
  }
  for (const [name, nested] of Object.entries(schema.blocks)) {
    if (nested.minItems > 0 && !present.has(name)) {
      findings.push(
        error(
          'missing-required-block',
          context.file.path,
          context.line,
          `${context.where} is missing required block "${name}"`
        )
      )
    }
  }
  return findings
}

export function checkModuleAgainstSchema(module: TfModule, schema: ProviderSchema): Finding[] {
  const findings: Finding[] = []
  const declared: [
    Map<string, { file: TfFile; body: HclBody; type: string; name: string }>,
    'resource' | 'data'
  ][] = [
    [module.resources, 'resource'],
    [module.dataSources, 'data']
  ]
  for (const [declarations, kind] of declared) {
    for (const { file, body, type, name } of declarations.values()) {
      const line = blockLine(file, kind, type, name)
      const lookup = lookupType(schema, type, kind)
      if ('finding' in lookup) {
        findings.push(
          lookup.finding === 'unknown-provider'
            ? error(
                'unknown-provider',
                file.path,
                line,
                `${type}: only hashicorp/aws (and Terraform's built-in types) can be checked offline`
              )
            : error(
                kind === 'resource' ? 'unknown-resource-type' : 'unknown-data-source-type',
                file.path,
                line,
                `${kind === 'data' ? 'data source' : 'resource type'} "${type}" does not exist in hashicorp/aws ${schema.providerVersion}`
              )
        )
        continue
      }
      const where = kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`
      const ignored = kind === 'resource' ? RESOURCE_META_ARGUMENTS : DATA_META_ARGUMENTS
      findings.push(...checkBody(body, lookup.schema, ignored, { file, where, line }))
    }
  }
  for (const { file, body, name } of module.providers) {
    const line = blockLine(file, 'provider', name)
    if (name !== 'aws') {
      findings.push(
        error(
          'unknown-provider',
          file.path,
          line,
          `provider "${name}": only hashicorp/aws can be checked offline`
        )
      )
      continue
    }
    findings.push(
      ...checkBody(body, schema.provider, PROVIDER_META_ARGUMENTS, { file, where: 'provider.aws', line })
    )
  }
  return findings
}
