// A small evaluator of IAM's documented policy logic, for asking "may the deploy role do X?" of the real
// policy documents in infrastructure/ (as parsed by src/infra-check/hcl.ts). It covers what our policies
// use: Allow/Deny, action and resource wildcards, and the String*, Arn*, Null and ForAnyValue/ForAllValues
// condition operators with IAM's rules for missing keys (a missing key fails a positive operator and
// satisfies a negated one) and for several values (OR, but AND for negated operators). Anything else
// throws, so a policy that grows past it cannot pass a test by accident.
import { blockBodies, type HclBody, type HclValue } from '../../src/infra-check/hcl.js'

export interface IamRequest {
  action: string
  resource: string
  /** Condition keys present in the request; aws:TagKeys is multi-valued. */
  context: Record<string, string | string[]>
}

export type Decision = 'allowed' | 'implicit-deny' | 'explicit-deny'

/** `${local.x}` / `${var.x}` substitutions: every reference in a statement that matters must resolve. */
export type Bindings = Record<string, string>

function resolve(value: string, bindings: Bindings): string {
  return value.replace(/\$\{([^}]+)\}/g, (whole, ref: string) => {
    const bound = bindings[ref.trim()]
    if (bound === undefined) throw new Error(`unbound reference ${whole} in a policy statement`)
    return bound
  })
}

function strings(value: HclValue | undefined, bindings: Bindings): string[] {
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map(item => resolve(String(item), bindings))
}

function wildcard(pattern: string, ignoreCase = false): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's')
}

function matchOne(operator: string, actual: string, expected: string): boolean {
  switch (operator) {
    case 'StringEquals':
    case 'ArnEquals':
      return actual === expected
    case 'StringLike':
    case 'ArnLike':
      return wildcard(expected).test(actual)
    default:
      throw new Error(`condition operator ${operator} is not supported by this evaluator`)
  }
}

function conditionHolds(condition: HclBody, request: IamRequest, bindings: Bindings): boolean {
  const test = String(condition.test)
  const key = String(condition.variable)
  const values = strings(condition.values, bindings)
  const present = request.context[key]
  if (test === 'Null') {
    const wantsAbsent = values[0] === 'true'
    return wantsAbsent ? present === undefined : present !== undefined
  }
  const [qualifier, rawOperator] = test.includes(':') ? test.split(':') : [null, test]
  const operator = rawOperator as string
  const negated = /^(String|Arn)Not/.test(operator)
  const positive = operator.replace(/^(String|Arn)Not/, '$1')
  if (present === undefined) return qualifier === 'ForAllValues' ? true : negated
  const actuals = Array.isArray(present) ? present : [present]
  const matches = (actual: string): boolean => values.some(value => matchOne(positive, actual, value))
  if (qualifier === 'ForAnyValue') return actuals.some(a => (negated ? !matches(a) : matches(a)))
  if (qualifier === 'ForAllValues') return actuals.every(a => (negated ? !matches(a) : matches(a)))
  if (qualifier !== null) throw new Error(`condition qualifier ${qualifier} is not supported`)
  if (actuals.length !== 1) throw new Error(`${key} is multi-valued: use ForAnyValue/ForAllValues`)
  return negated ? !matches(actuals[0] as string) : matches(actuals[0] as string)
}

function applies(statement: HclBody, request: IamRequest, bindings: Bindings): boolean {
  if (statement.not_actions !== undefined || statement.not_resources !== undefined)
    throw new Error('not_actions / not_resources are not supported by this evaluator')
  const actions = strings(statement.actions, bindings).map(a => wildcard(a, true))
  if (!actions.some(a => a.test(request.action))) return false
  // Only statements that name the action need their references bound.
  const resources = strings(statement.resources, bindings)
  if (!resources.some(r => wildcard(r).test(request.resource))) return false
  return blockBodies(statement.condition).every(c => conditionHolds(c, request, bindings))
}

/** IAM's order: an explicit Deny wins, then any Allow, else the implicit deny. */
export function decide(document: HclBody, request: IamRequest, bindings: Bindings): Decision {
  const statements = blockBodies(document.statement)
  const matching = statements.filter(statement => applies(statement, request, bindings))
  if (matching.some(statement => statement.effect === 'Deny')) return 'explicit-deny'
  return matching.length > 0 ? 'allowed' : 'implicit-deny'
}
