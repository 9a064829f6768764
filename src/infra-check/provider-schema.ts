// The AWS provider schema, read offline from the jsii assembly of @cdktf/provider-aws.
//
// How jsii maps back to Terraform (checked against provider 6.25.0 / package 21.22.1):
// - every resource/data-source class has a static `tfResourceType` and a doc summary
//   "Represents a {@link https://registry.terraform.io/.../docs/resources/ecs_service aws_ecs_service}";
//   the link text is the Terraform type name. Its constructor's third parameter is the `…Config` struct.
// - struct properties are camelCase; each property's docs link ends in `#snake_name Class#snake_name}`,
//   which gives the exact Terraform name (camel→snake by hand gets `ipv6_cidr`-style names wrong).
// - nested blocks are properties whose doc summary is "<name> block." and whose type is a struct (a single
//   struct means max_items = 1) or an array of structs (list/set blocks, max unbounded). jsii does not
//   carry other MinItems/MaxItems values: a required block property means min_items >= 1.
// - an optional property is optional (or optional+computed); a non-optional one is required. Computed-only
//   attributes are not in the Config struct at all; they appear as getters on the class.
import { readFile } from 'node:fs/promises'

export interface AttributeSchema {
  required: boolean
}

export interface BlockSchema {
  attributes: Record<string, AttributeSchema>
  blocks: Record<string, NestedBlockSchema>
}

export interface NestedBlockSchema {
  minItems: number
  /** 1 for single-object blocks, null when the provider allows any number. */
  maxItems: number | null
  block: BlockSchema
}

export interface ResourceSchema extends BlockSchema {
  /** Normalised (lower case, no underscores) names readable as `type.name.<attr>`, computed ones included. */
  readable: string[]
}

export interface ProviderSchema {
  packageVersion: string
  providerVersion: string
  resources: Record<string, ResourceSchema>
  dataSources: Record<string, ResourceSchema>
  provider: BlockSchema
}

export interface JsiiTypeRef {
  primitive?: string
  fqn?: string
  collection?: { kind: 'array' | 'map'; elementtype: JsiiTypeRef }
  union?: { types: JsiiTypeRef[] }
}

export interface JsiiProperty {
  name: string
  optional?: boolean
  static?: boolean
  type: JsiiTypeRef
  docs?: { summary?: string; remarks?: string }
}

export interface JsiiType {
  kind: string
  base?: string
  docs?: { summary?: string }
  properties?: JsiiProperty[]
  initializer?: { parameters?: { type: JsiiTypeRef }[] }
}

export interface JsiiAssembly {
  version: string
  types: Record<string, JsiiType>
  metadata?: unknown
}

const TERRAFORM_NAME_IN_SUMMARY = /\{@link https:\/\/registry\.terraform\.io\/\S+ ([a-z0-9_]+)\}/
const ATTRIBUTE_NAME_IN_DOCS = /#([A-Za-z0-9_]+) [A-Za-z0-9]+#\1\}/
const PROVIDER_VERSION_IN_SUMMARY = /registry\.terraform\.io\/providers\/hashicorp\/aws\/([0-9.]+)\//

export function normaliseAttributeName(name: string): string {
  return name.replace(/_/g, '').toLowerCase()
}

function camelToSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

function terraformAttributeName(property: JsiiProperty): string {
  const docs = `${property.docs?.summary ?? ''} ${property.docs?.remarks ?? ''}`
  return ATTRIBUTE_NAME_IN_DOCS.exec(docs)?.[1] ?? camelToSnake(property.name)
}

/** The struct a block property points at, and whether it is a list (unbounded) or a single object. */
function blockTarget(type: JsiiTypeRef): { fqn: string; list: boolean } | undefined {
  if (type.fqn && !type.fqn.startsWith('cdktf.')) return { fqn: type.fqn, list: false }
  const element = type.collection?.kind === 'array' ? type.collection.elementtype : undefined
  if (element?.fqn && !element.fqn.startsWith('cdktf.')) return { fqn: element.fqn, list: true }
  for (const member of type.union?.types ?? []) {
    const target = blockTarget(member)
    if (target) return target
  }
  return undefined
}

function isBlockProperty(property: JsiiProperty): boolean {
  return /^[a-z0-9_]+ block\.$/.test(property.docs?.summary ?? '') && blockTarget(property.type) !== undefined
}

class SchemaExtractor {
  private readonly structs = new Map<string, BlockSchema>()

  constructor(private readonly types: Record<string, JsiiType>) {}

  struct(fqn: string): BlockSchema {
    const cached = this.structs.get(fqn)
    if (cached) return cached
    const schema: BlockSchema = { attributes: {}, blocks: {} }
    // Registered before recursing: a few provider structs are recursive (e.g. WAF statements).
    this.structs.set(fqn, schema)
    for (const property of this.types[fqn]?.properties ?? []) {
      const name = terraformAttributeName(property)
      const target = isBlockProperty(property) ? blockTarget(property.type) : undefined
      if (target) {
        schema.blocks[name] = {
          minItems: property.optional ? 0 : 1,
          maxItems: target.list ? null : 1,
          block: this.struct(target.fqn)
        }
      } else {
        schema.attributes[name] = { required: !property.optional }
      }
    }
    return schema
  }

  resource(type: JsiiType): ResourceSchema | undefined {
    const configFqn = type.initializer?.parameters?.[2]?.type.fqn
    if (!configFqn) return undefined
    const config = this.struct(configFqn)
    const readable = new Set<string>(
      [...Object.keys(config.attributes), ...Object.keys(config.blocks)].map(normaliseAttributeName)
    )
    for (const property of type.properties ?? []) {
      if (!property.static && !property.name.endsWith('Input'))
        readable.add(normaliseAttributeName(property.name))
    }
    return { ...config, readable: [...readable].sort() }
  }
}

export function extractProviderSchema(assembly: JsiiAssembly): ProviderSchema {
  const extractor = new SchemaExtractor(assembly.types)
  const schema: ProviderSchema = {
    packageVersion: assembly.version,
    providerVersion: 'unknown',
    resources: {},
    dataSources: {},
    provider: { attributes: {}, blocks: {} }
  }
  for (const type of Object.values(assembly.types)) {
    if (type.kind !== 'class' || !type.properties?.some(p => p.static && p.name === 'tfResourceType'))
      continue
    const summary = type.docs?.summary ?? ''
    const terraformName = TERRAFORM_NAME_IN_SUMMARY.exec(summary)?.[1]
    const extracted = extractor.resource(type)
    if (!terraformName || !extracted) continue
    if (type.base === 'cdktf.TerraformResource') schema.resources[terraformName] = extracted
    else if (type.base === 'cdktf.TerraformDataSource') schema.dataSources[terraformName] = extracted
    else if (type.base === 'cdktf.TerraformProvider') {
      schema.provider = { attributes: extracted.attributes, blocks: extracted.blocks }
      schema.providerVersion = PROVIDER_VERSION_IN_SUMMARY.exec(summary)?.[1] ?? 'unknown'
    }
  }
  return schema
}

export async function readJsiiAssembly(path: string): Promise<JsiiAssembly> {
  const assembly = JSON.parse(await readFile(path, 'utf8')) as JsiiAssembly
  if (typeof assembly.version !== 'string' || typeof assembly.types !== 'object') {
    throw new Error(`${path} is not a jsii assembly (no version/types); reinstall @cdktf/provider-aws`)
  }
  return assembly
}
