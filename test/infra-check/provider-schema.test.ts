import {
  extractProviderSchema,
  normaliseAttributeName,
  type JsiiAssembly
} from '../../src/infra-check/provider-schema.js'
import { realSchema } from './support.js'

// The smallest assembly with the shapes @cdktf/provider-aws uses (see provider-schema.ts).
const link = (type: string, attribute: string): string =>
  `Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/${type}#${attribute} Thing#${attribute}}.`
const assembly: JsiiAssembly = {
  version: '21.0.0',
  types: {
    'p.thing.Thing': {
      kind: 'class',
      base: 'cdktf.TerraformResource',
      docs: {
        summary:
          'Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/thing aws_thing}.'
      },
      initializer: {
        parameters: [
          { type: { fqn: 'constructs.Construct' } },
          { type: { primitive: 'string' } },
          { type: { fqn: 'p.thing.ThingConfig' } }
        ]
      },
      properties: [
        { name: 'tfResourceType', static: true, type: { primitive: 'string' } },
        { name: 'arn', type: { primitive: 'string' } },
        { name: 'nameInput', type: { primitive: 'string' } }
      ]
    },
    'p.thing.ThingConfig': {
      kind: 'interface',
      properties: [
        { name: 'name', type: { primitive: 'string' }, docs: { summary: link('thing', 'name') } },
        {
          name: 'ipv6CidrBlock',
          optional: true,
          type: { primitive: 'string' },
          docs: { summary: link('thing', 'ipv6_cidr_block') }
        },
        { name: 'undocumentedFlag', optional: true, type: { primitive: 'boolean' } },
        {
          name: 'single',
          optional: true,
          type: { fqn: 'p.thing.ThingSingle' },
          docs: { summary: 'single block.' }
        },
        {
          name: 'many',
          type: {
            union: {
              types: [
                { fqn: 'cdktf.IResolvable' },
                { collection: { kind: 'array', elementtype: { fqn: 'p.thing.ThingSingle' } } }
              ]
            }
          },
          docs: { summary: 'many block.' }
        },
        {
          name: 'tags',
          optional: true,
          type: { collection: { kind: 'map', elementtype: { primitive: 'string' } } }
        }
      ]
    },
    'p.thing.ThingSingle': {
      kind: 'interface',
      properties: [
        { name: 'enable', type: { primitive: 'boolean' }, docs: { summary: link('thing', 'enable') } }
      ]
    },
    'p.provider.AwsProvider': {
      kind: 'class',
      base: 'cdktf.TerraformProvider',
      docs: {
        summary: 'Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs aws}.'
      },
      initializer: {
        parameters: [
          { type: { fqn: 'constructs.Construct' } },
          { type: { primitive: 'string' } },
          { type: { fqn: 'p.provider.AwsProviderConfig' } }
        ]
      },
      properties: [{ name: 'tfResourceType', static: true, type: { primitive: 'string' } }]
    },
    'p.provider.AwsProviderConfig': {
      kind: 'interface',
      properties: [
        {
          name: 'region',
          optional: true,
          type: { primitive: 'string' },
          docs: { summary: link('index', 'region') }
        }
      ]
    }
  }
}

describe('extractProviderSchema', () => {
  const schema = extractProviderSchema(assembly)

  test('maps classes to Terraform type names and struct properties to snake_case names from their docs', () => {
    expect(Object.keys(schema.resources)).toEqual(['aws_thing'])
    expect(schema.resources.aws_thing?.attributes).toEqual({
      name: { required: true },
      ipv6_cidr_block: { required: false },
      undocumented_flag: { required: false },
      tags: { required: false }
    })
    expect(schema.providerVersion).toBe('6.25.0')
    expect(schema.provider.attributes).toEqual({ region: { required: false } })
  })

  test('a single struct is a max-1 block, an array of structs an unbounded one, required means min 1', () => {
    expect(schema.resources.aws_thing?.blocks.single).toMatchObject({ minItems: 0, maxItems: 1 })
    expect(schema.resources.aws_thing?.blocks.many).toMatchObject({ minItems: 1, maxItems: null })
    expect(schema.resources.aws_thing?.blocks.many?.block.attributes).toEqual({ enable: { required: true } })
  })

  test('computed getters are readable, *Input getters and statics are not', () => {
    expect(schema.resources.aws_thing?.readable).toEqual(
      expect.arrayContaining(['arn', 'name', 'ipv6cidrblock', 'single', 'many'])
    )
    expect(schema.resources.aws_thing?.readable).not.toContain('nameinput')
    expect(schema.resources.aws_thing?.readable).not.toContain('tfresourcetype')
    expect(normaliseAttributeName('dns_name')).toBe(normaliseAttributeName('dnsName'))
  })
})

describe('the real hashicorp/aws schema', () => {
  test('has the types and features the modules rely on', async () => {
    const schema = await realSchema()
    expect(schema.providerVersion).toBe('6.25.0')
    expect(Object.keys(schema.resources).length).toBeGreaterThan(1500)
    const service = schema.resources.aws_ecs_service
    expect(service?.blocks.deployment_circuit_breaker).toMatchObject({ maxItems: 1 })
    expect(service?.blocks.deployment_circuit_breaker?.block.attributes).toEqual({
      enable: { required: true },
      rollback: { required: true }
    })
    // Native ECS blue/green (provider >= 6.4) and ECR tag-mutability exclusions.
    expect(service?.blocks.deployment_configuration?.block.attributes.strategy).toBeDefined()
    expect(
      service?.blocks.load_balancer?.block.blocks.advanced_configuration?.block.attributes
    ).toHaveProperty('alternate_target_group_arn')
    expect(schema.resources.aws_ecr_repository?.blocks.image_tag_mutability_exclusion_filter).toBeDefined()
    expect(schema.resources.aws_lb_listener?.blocks.default_action?.minItems).toBe(1)
    expect(schema.resources.aws_lb?.readable).toContain('dnsname')
    expect(schema.dataSources.aws_iam_policy_document?.blocks.statement?.block.blocks.condition).toBeDefined()
  })
})
