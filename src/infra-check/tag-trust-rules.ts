// Tag-based trust: a statement that allows actions on resources carrying a tag (aws:ResourceTag/KEY) is only
// as strong as the control over who may write KEY. If the same policy lets the principal tag an existing
// resource with KEY, it can adopt any resource of that type — tag a database's security group as its own,
// then open its ingress or delete it. So every tag-writing action the policy allows for that service must
// be limited to tagging at creation (<service>:CreateAction), or be denied for KEY (aws:TagKeys) by a Deny
// statement of the same document. Policies are read per document: a Deny in another policy attached to
// the same role is not seen (keep the guard beside the trust).
import { error, type Finding } from './findings.js'
import {
  blockBodies,
  blockLine,
  escapeRegExp,
  isBody,
  lineOf,
  type HclBody,
  type HclValue,
  type TfModule
} from './hcl.js'

const RESOURCE_TAG = /^aws:ResourceTag\/(.+)$/
/** Actions that write or remove tags: ec2:CreateTags, elasticloadbalancing:AddTags, ecs:TagResource … */
const TAG_WRITE = /^[\w-]+:(CreateTags|DeleteTags|AddTags|RemoveTags|Tag[A-Z]\w*|Untag[A-Z]\w*)$/

function list(value: HclValue | undefined): string[] {
  if (value === undefined || value === null) return []
  return (Array.isArray(value) ? value : [value]).map(item => String(item))
}

function statementsOf(document: HclBody): HclBody[] {
  const dynamic = isBody(document.dynamic) ? blockBodies(document.dynamic.statement) : []
  return [...blockBodies(document.statement), ...dynamic.flatMap(d => blockBodies(d.content))]
}

const serviceOf = (action: string): string => action.split(':')[0]?.toLowerCase() ?? ''

function actionPattern(pattern: string): RegExp {
  return new RegExp(`^${escapeRegExp(pattern).replace(/\\\*/g, '.*').replace(/\\\?/g, '.')}$`, 'i')
}

/** The statement only allows tagging as part of creating the resource (<service>:CreateAction set). */
function creationOnly(statement: HclBody, service: string): boolean {
  return blockBodies(statement.condition).some(
    condition =>
      /^String(Equals|Like)$/.test(String(condition.test)) &&
      String(condition.variable).toLowerCase() === `${service}:createaction` &&
      list(condition.values).length > 0
  )
}

/** A Deny in the document refuses `action` whenever the request writes or removes `key`. */
function deniedForKey(statements: HclBody[], action: string, key: string): boolean {
  return statements.some(
    statement =>
      statement.effect === 'Deny' &&
      list(statement.actions).some(pattern => actionPattern(pattern).test(action)) &&
      blockBodies(statement.condition).some(
        condition =>
          /^ForAnyValue:String(Equals|Like)$/.test(String(condition.test)) &&
          String(condition.variable) === 'aws:TagKeys' &&
          list(condition.values).some(value => actionPattern(value).test(key))
      )
  )
}

export function checkTagTrust(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const document of module.dataSources.values()) {
    if (document.type !== 'aws_iam_policy_document') continue
    const address = `data.${document.type}.${document.name}`
    const header = blockLine(document.file, 'data', document.type, document.name)
    const statements = statementsOf(document.body)
    const allows = statements.filter(statement => statement.effect !== 'Deny')
    const sidLine = (statement: HclBody): number =>
      typeof statement.sid === 'string'
        ? lineOf(document.file, new RegExp(`sid\\s*=\\s*"${escapeRegExp(statement.sid)}"`), header)
        : header

    // Tag keys trusted per service, with the statement that trusts them.
    const trusted = new Map<string, { service: string; key: string; by: HclBody }>()
    for (const statement of allows) {
      for (const condition of blockBodies(statement.condition)) {
        const key = RESOURCE_TAG.exec(String(condition.variable))?.[1]
        if (!key) continue
        for (const service of list(statement.actions).map(serviceOf)) {
          if (!trusted.has(`${service} ${key}`))
            trusted.set(`${service} ${key}`, { service, key, by: statement })
        }
      }
    }

    for (const { service, key, by } of trusted.values()) {
      for (const statement of allows) {
        if (creationOnly(statement, service)) continue
        const writes = list(statement.actions).filter(
          action => serviceOf(action) === service && TAG_WRITE.test(action)
        )
        const open = writes.filter(action => !deniedForKey(statements, action, key))
        if (open.length === 0) continue
        const name = (s: HclBody): string => (typeof s.sid === 'string' ? s.sid : 'a statement')
        findings.push(
          error(
            'iam-tag-trust',
            document.file.path,
            sidLine(statement),
            `${address} (${name(statement)}) allows ${open.join(', ')} without a creation guard, while ${name(by)} trusts the ${key} tag (aws:ResourceTag): the role could tag an existing resource as its own. Limit tagging to creation (${service}:CreateAction) and deny ${open.join('/')} when aws:TagKeys holds ${key}`
          )
        )
      }
    }
  }
  return findings
}
