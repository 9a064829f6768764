// The deploy role's security-group permissions, asked of the real policy document in
// infrastructure/modules/bootstrap/deploy_policy.tf through an evaluator of IAM's documented logic.
// The attack: tag someone else's security group (a database's) `deplight:app = <app>`, which the
// tag-based statements then trust, and open its ingress or delete it.
import { join } from 'node:path'
import { loadModule, type HclBody } from '../../src/infra-check/hcl.js'
import { decide, type IamRequest } from './iam-eval.js'
import { projectRoot } from './support.js'

const ACCOUNT_PREFIX = 'arn:aws:ec2:eu-west-1:111122223333'
const bindings = {
  'local.ec2_prefix': ACCOUNT_PREFIX,
  'var.app_name': 'shop'
}
const databaseGroup = `${ACCOUNT_PREFIX}:security-group/sg-0database`
const ownGroup = `${ACCOUNT_PREFIX}:security-group/sg-0shop`
const newGroup = `${ACCOUNT_PREFIX}:security-group/*`

let deploy: HclBody

beforeAll(async () => {
  const root = join(projectRoot, 'infrastructure')
  const module = await loadModule(join(root, 'modules', 'bootstrap'), root)
  deploy = module.dataSources.get('aws_iam_policy_document.deploy')!.body
})

const ask = (request: IamRequest) => decide(deploy, request, bindings)

test('the deploy role cannot adopt an existing security group by tagging it deplight:app', () => {
  expect(
    ask({
      action: 'ec2:CreateTags',
      resource: databaseGroup,
      context: {
        'aws:RequestTag/deplight:app': 'shop',
        'aws:TagKeys': ['deplight:app'],
        'aws:ResourceTag/Name': 'database'
      }
    })
  ).not.toBe('allowed')
  // …and so it cannot open or delete that group either.
  for (const action of ['ec2:AuthorizeSecurityGroupIngress', 'ec2:DeleteSecurityGroup']) {
    expect(
      ask({ action, resource: databaseGroup, context: { 'aws:ResourceTag/Name': 'database' } })
    ).not.toBe('allowed')
  }
})

test('the deplight:app tag of its own groups cannot be moved or removed after creation', () => {
  const own = { 'aws:ResourceTag/deplight:app': 'shop' }
  expect(
    ask({
      action: 'ec2:CreateTags',
      resource: ownGroup,
      context: { ...own, 'aws:RequestTag/deplight:app': 'other', 'aws:TagKeys': ['deplight:app'] }
    })
  ).toBe('explicit-deny')
  expect(
    ask({
      action: 'ec2:DeleteTags',
      resource: ownGroup,
      context: { ...own, 'aws:TagKeys': ['deplight:app'] }
    })
  ).toBe('explicit-deny')
  // DeleteTags without keys deletes every tag, deplight:app included.
  expect(ask({ action: 'ec2:DeleteTags', resource: ownGroup, context: own })).toBe('explicit-deny')
})

test('what the service module does still works: create tagged groups, retag other keys, change own rules', () => {
  const createTags = { 'aws:RequestTag/deplight:app': 'shop', 'aws:TagKeys': ['deplight:app', 'Name'] }
  expect(
    ask({ action: 'ec2:CreateSecurityGroup', resource: `${ACCOUNT_PREFIX}:vpc/vpc-1`, context: {} })
  ).toBe('allowed')
  expect(ask({ action: 'ec2:CreateSecurityGroup', resource: newGroup, context: createTags })).toBe('allowed')
  expect(
    ask({
      action: 'ec2:CreateTags',
      resource: newGroup,
      context: { ...createTags, 'ec2:CreateAction': 'CreateSecurityGroup' }
    })
  ).toBe('allowed')
  // A group created without the tag is refused.
  expect(ask({ action: 'ec2:CreateSecurityGroup', resource: newGroup, context: {} })).not.toBe('allowed')

  const own = { 'aws:ResourceTag/deplight:app': 'shop' }
  expect(
    ask({
      action: 'ec2:CreateTags',
      resource: ownGroup,
      context: { ...own, 'aws:RequestTag/Name': 'shop-tasks', 'aws:TagKeys': ['Name'] }
    })
  ).toBe('allowed')
  expect(
    ask({ action: 'ec2:DeleteTags', resource: ownGroup, context: { ...own, 'aws:TagKeys': ['Name'] } })
  ).toBe('allowed')
  for (const action of [
    'ec2:AuthorizeSecurityGroupIngress',
    'ec2:RevokeSecurityGroupIngress',
    'ec2:DeleteSecurityGroup'
  ])
    expect(ask({ action, resource: ownGroup, context: own })).toBe('allowed')
})
