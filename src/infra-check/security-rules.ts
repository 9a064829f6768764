// Security rules over the parsed configuration. They read literals, variable defaults and one level of
// locals; a value only known at apply time is not guessed at (README "What is not checked offline").
import { checkEcrLifecycle } from './ecr-rules.js'
import { error, type Finding } from './findings.js'
import {
  blockBodies,
  blockLine,
  isBody,
  memberLine,
  type HclBody,
  type HclValue,
  type TfFile,
  type TfModule
} from './hcl.js'
import { isStarResourceAction } from './star-resource-actions.js'
import { checkTagTrust } from './tag-trust-rules.js'

const WORLD = ['0.0.0.0/0', '::/0']
const ALB_WORLD_PORTS = new Set([80, 443])
const POLICY_ATTRIBUTES: Record<string, string[]> = {
  aws_iam_role: ['assume_role_policy'],
  aws_iam_role_policy: ['policy'],
  aws_iam_policy: ['policy'],
  aws_s3_bucket_policy: ['policy'],
  aws_ecr_repository_policy: ['policy']
}
const BROAD_MANAGED_POLICY = /AdministratorAccess|FullAccess|PowerUserAccess/

type Resource = { file: TfFile; body: HclBody; type: string; name: string }

function resourcesOf(module: TfModule, type: string): Resource[] {
  return [...module.resources.values()].filter(resource => resource.type === type)
}

function text(value: HclValue | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null)
}

function refersTo(value: HclValue | undefined, address: string): boolean {
  return new RegExp(`(^|[^\\w.])${address.replace(/\./g, '\\.')}([^\\w]|$)`).test(text(value))
}

/** Literal values of an expression: literals themselves, `var.x` defaults, `local.x` values, one level deep. */
function literalValues(module: TfModule, value: HclValue | undefined, depth = 0): HclValue[] {
  if (value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(item => literalValues(module, item, depth))
  if (typeof value !== 'string') return [value]
  const whole = /^\$\{(?:toset\()?(var|local)\.([\w-]+)\)?\}$/.exec(value)
  if (!whole) return [value]
  if (depth > 2) return []
  const [, root, name = ''] = whole
  const resolved = root === 'var' ? module.variables.get(name)?.body.default : module.locals.get(name)?.value
  return literalValues(module, resolved, depth + 1)
}

function where(resource: Resource): string {
  return `${resource.type}.${resource.name}`
}

function line(resource: Resource, member?: string): number {
  const header = blockLine(resource.file, 'resource', resource.type, resource.name)
  return member ? memberLine(resource.file, member, header) : header
}

// ---- network ------------------------------------------------------------------------------------------

function albSecurityGroups(module: TfModule): Set<string> {
  const groups = new Set<string>()
  for (const lb of resourcesOf(module, 'aws_lb')) {
    for (const match of text(lb.body.security_groups).matchAll(/aws_security_group\.([\w-]+)/g))
      groups.add(match[1] ?? '')
  }
  return groups
}

function cidrsOf(module: TfModule, body: HclBody, ...keys: string[]): string[] {
  const values: HclValue[] = []
  for (const key of keys) {
    const value = body[key]
    // `cidr_ipv4 = each.value` takes its values from for_each.
    const source =
      typeof value === 'string' && /^\$\{each\.(value|key)\}$/.test(value) ? body.for_each : value
    values.push(...literalValues(module, source))
  }
  return values.map(value => String(value))
}

function openIngress(
  module: TfModule,
  resource: Resource,
  rule: HclBody,
  cidrKeys: string[],
  groupAddress: string | undefined,
  albGroups: Set<string>
): Finding | undefined {
  const open = cidrsOf(module, rule, ...cidrKeys).filter(cidr => WORLD.includes(cidr))
  if (open.length === 0) return undefined
  const from = rule.from_port
  const to = rule.to_port
  const webPort = typeof from === 'number' && from === to && ALB_WORLD_PORTS.has(from)
  const onAlb = groupAddress !== undefined && albGroups.has(groupAddress)
  if (webPort && onAlb) return undefined
  return error(
    'open-ingress',
    resource.file.path,
    line(resource, cidrKeys[0]),
    `${where(resource)} opens ${String(from)}-${String(to)} to ${open.join(', ')}; only the ALB's security group may accept 80/443 from anywhere`
  )
}

function checkIngress(module: TfModule): Finding[] {
  const findings: (Finding | undefined)[] = []
  const albGroups = albSecurityGroups(module)
  const groupOf = (value: HclValue | undefined): string | undefined =>
    /aws_security_group\.([\w-]+)/.exec(text(value))?.[1]
  for (const resource of resourcesOf(module, 'aws_vpc_security_group_ingress_rule')) {
    findings.push(
      openIngress(
        module,
        resource,
        resource.body,
        ['cidr_ipv4', 'cidr_ipv6'],
        groupOf(resource.body.security_group_id),
        albGroups
      )
    )
  }
  for (const resource of resourcesOf(module, 'aws_security_group_rule')) {
    if (resource.body.type !== 'ingress') continue
    findings.push(
      openIngress(
        module,
        resource,
        resource.body,
        ['cidr_blocks', 'ipv6_cidr_blocks'],
        groupOf(resource.body.security_group_id),
        albGroups
      )
    )
  }
  for (const resource of resourcesOf(module, 'aws_security_group')) {
    for (const ingress of blockBodies(resource.body.ingress)) {
      findings.push(
        openIngress(module, resource, ingress, ['cidr_blocks', 'ipv6_cidr_blocks'], resource.name, albGroups)
      )
    }
  }
  return findings.filter((finding): finding is Finding => finding !== undefined)
}

// ---- IAM ----------------------------------------------------------------------------------------------

function stringsOf(module: TfModule, value: HclValue | undefined): string[] {
  return literalValues(module, value).map(item => String(item))
}

function checkPolicyDocuments(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const document of module.dataSources.values()) {
    if (document.type !== 'aws_iam_policy_document') continue
    const header = blockLine(document.file, 'data', document.type, document.name)
    const address = `data.${document.type}.${document.name}`
    const dynamicStatements = isBody(document.body.dynamic)
      ? blockBodies(document.body.dynamic.statement)
      : []
    const statements = [
      ...blockBodies(document.body.statement),
      ...dynamicStatements.flatMap(d => blockBodies(d.content))
    ]
    for (const statement of statements) {
      const statementLine = memberLine(document.file, 'statement', header)
      const sid = typeof statement.sid === 'string' ? ` (${statement.sid})` : ''
      const actions = stringsOf(module, statement.actions)
      if (statement.effect === 'Deny') continue
      for (const action of actions.filter(action => action.includes('*'))) {
        findings.push(
          error(
            'iam-wildcard-action',
            document.file.path,
            statementLine,
            `${address}${sid} allows wildcard action "${action}"; list the actions`
          )
        )
      }
      if (stringsOf(module, statement.resources).includes('*')) {
        const unscopable = actions.filter(action => !isStarResourceAction(action))
        if (unscopable.length > 0) {
          findings.push(
            error(
              'iam-wildcard-resource',
              document.file.path,
              statementLine,
              `${address}${sid} grants ${unscopable.join(', ')} on Resource "*"; name the resources (or add the action to star-resource-actions.ts with the reason AWS requires "*")`
            )
          )
        }
      }
      if (actions.includes('sts:AssumeRoleWithWebIdentity'))
        findings.push(...checkOidcTrust(module, document, statement, statementLine))
    }
  }
  return findings
}

function checkOidcTrust(
  module: TfModule,
  document: Resource,
  statement: HclBody,
  statementLine: number
): Finding[] {
  const findings: Finding[] = []
  const address = `data.${document.type}.${document.name}`
  const conditions = blockBodies(statement.condition)
  const audience = conditions.find(
    condition =>
      condition.test === 'StringEquals' &&
      String(condition.variable).endsWith(':aud') &&
      stringsOf(module, condition.values).includes('sts.amazonaws.com')
  )
  if (!audience) {
    findings.push(
      error(
        'oidc-trust-audience',
        document.file.path,
        statementLine,
        `${address}: the OIDC trust needs StringEquals <issuer>:aud = sts.amazonaws.com`
      )
    )
  }
  const subjects = conditions.filter(condition => String(condition.variable).endsWith(':sub'))
  if (subjects.length === 0) {
    findings.push(
      error(
        'oidc-trust-subject',
        document.file.path,
        statementLine,
        `${address}: the OIDC trust has no :sub condition, so any repository could assume the role`
      )
    )
  }
  for (const condition of subjects) {
    const test = String(condition.test)
    const values = stringsOf(module, condition.values)
    if (
      test.startsWith('ForAllValues:') ||
      test.startsWith('ForAnyValue:') ||
      !['StringEquals', 'StringLike'].includes(test)
    ) {
      findings.push(
        error(
          'oidc-trust-subject',
          document.file.path,
          statementLine,
          `${address}: use StringEquals on :sub (got ${test})`
        )
      )
    }
    const bad = values.filter(
      value => value.includes('*') || value.includes('?') || !value.startsWith('repo:')
    )
    if (values.length === 0 || bad.length > 0) {
      findings.push(
        error(
          'oidc-trust-subject',
          document.file.path,
          statementLine,
          `${address}: :sub values must be exact repo:OWNER/REPO:… subjects without wildcards (got ${bad.join(', ') || 'none'})`
        )
      )
    }
  }
  return findings
}

function checkPolicyAttributes(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const resource of module.resources.values()) {
    for (const attribute of POLICY_ATTRIBUTES[resource.type] ?? []) {
      const value = resource.body[attribute]
      if (value === undefined) continue
      if (!/^\$\{data\.aws_iam_policy_document\.[\w-]+(\[[^\]]+\])?\.json\}$/.test(text(value))) {
        findings.push(
          error(
            'iam-policy-not-document',
            resource.file.path,
            line(resource, attribute),
            `${where(resource)}.${attribute} must come from a data "aws_iam_policy_document" so the check can read it`
          )
        )
      }
    }
    if (resource.type === 'aws_iam_role' && resource.body.inline_policy !== undefined) {
      findings.push(
        error(
          'iam-policy-not-document',
          resource.file.path,
          line(resource, 'inline_policy'),
          `${where(resource)} uses inline_policy; use aws_iam_role_policy with a policy document`
        )
      )
    }
    if (
      resource.type === 'aws_iam_role_policy_attachment' &&
      BROAD_MANAGED_POLICY.test(text(resource.body.policy_arn))
    ) {
      findings.push(
        error(
          'iam-wildcard-action',
          resource.file.path,
          line(resource, 'policy_arn'),
          `${where(resource)} attaches a broad AWS managed policy (${text(resource.body.policy_arn)})`
        )
      )
    }
  }
  return findings
}

// ---- S3, Lambda, load balancer, ECS, backend ----------------------------------------------------------

function checkBuckets(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const bucket of resourcesOf(module, 'aws_s3_bucket')) {
    const address = where(bucket)
    const attached = (type: string): Resource[] =>
      resourcesOf(module, type).filter(r => refersTo(r.body.bucket, address))
    const missing: string[] = []
    if (attached('aws_s3_bucket_server_side_encryption_configuration').length === 0)
      missing.push('server-side encryption')
    const blocks = attached('aws_s3_bucket_public_access_block')
    const allBlocked = blocks.some(r =>
      ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].every(
        key => r.body[key] === true
      )
    )
    if (!allBlocked) missing.push('a public access block with all four settings true')
    const versioned = attached('aws_s3_bucket_versioning').some(r =>
      blockBodies(r.body.versioning_configuration).some(v => v.status === 'Enabled')
    )
    if (!versioned) missing.push('versioning')
    const tlsOnly = attached('aws_s3_bucket_policy').some(policy => {
      const documentName = /data\.aws_iam_policy_document\.([\w-]+)/.exec(text(policy.body.policy))?.[1]
      const document = documentName
        ? module.dataSources.get(`aws_iam_policy_document.${documentName}`)
        : undefined
      return blockBodies(document?.body.statement).some(
        s => s.effect === 'Deny' && blockBodies(s.condition).some(c => c.variable === 'aws:SecureTransport')
      )
    })
    if (!tlsOnly) missing.push('a bucket policy denying non-TLS requests (aws:SecureTransport)')
    if (missing.length > 0) {
      findings.push(
        error(
          's3-bucket-unprotected',
          bucket.file.path,
          line(bucket),
          `${address} has no ${missing.join(', no ')}`
        )
      )
    }
  }
  return findings
}

function checkLambda(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const url of resourcesOf(module, 'aws_lambda_function_url')) {
    if (literalValues(module, url.body.authorization_type).includes('NONE')) {
      findings.push(
        error(
          'lambda-public-url',
          url.file.path,
          line(url, 'authorization_type'),
          `${where(url)} is a public function URL (authorization_type NONE): anyone could invoke it`
        )
      )
    }
  }
  for (const permission of resourcesOf(module, 'aws_lambda_permission')) {
    if (literalValues(module, permission.body.principal).includes('*')) {
      findings.push(
        error(
          'lambda-public-url',
          permission.file.path,
          line(permission, 'principal'),
          `${where(permission)} lets any principal invoke the function`
        )
      )
    }
  }
  return findings
}

/** "200-399", "200,302": every code must be below 400, or 404s count as healthy. */
export function matcherAccepts4xx(matcher: string): boolean {
  return matcher.split(',').some(part => {
    const bounds = part.split('-').map(bound => Number(bound.trim()))
    return bounds.some(bound => Number.isFinite(bound) && bound >= 400)
  })
}

function checkHealthChecks(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const group of resourcesOf(module, 'aws_lb_target_group')) {
    for (const check of blockBodies(group.body.health_check)) {
      for (const matcher of literalValues(module, check.matcher)) {
        if (matcherAccepts4xx(String(matcher))) {
          findings.push(
            error(
              'health-check-matcher',
              group.file.path,
              line(group, 'matcher'),
              `${where(group)} health check accepts ${String(matcher)}; use "200-399" so a 404 is unhealthy`
            )
          )
        }
      }
    }
  }
  return findings
}

function checkEcsServices(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const service of resourcesOf(module, 'aws_ecs_service')) {
    const controller = blockBodies(service.body.deployment_controller)[0]?.type
    const ecsControlled = controller === undefined || controller === 'ECS'
    const breaker = blockBodies(service.body.deployment_circuit_breaker)[0]
    if (ecsControlled && !(breaker && breaker.enable === true && breaker.rollback === true)) {
      findings.push(
        error(
          'ecs-no-rollback',
          service.file.path,
          line(service),
          `${where(service)} needs deployment_circuit_breaker { enable = true, rollback = true }`
        )
      )
    }
    for (const lifecycle of blockBodies(service.body.lifecycle)) {
      if (/\btask_definition\b/.test(text(lifecycle.ignore_changes))) {
        findings.push(
          error(
            'ecs-ignores-task-definition',
            service.file.path,
            line(service, 'ignore_changes'),
            `${where(service)} ignores task_definition changes, so re-applying an old image_tag cannot roll back`
          )
        )
      }
    }
  }
  return findings
}

function checkBackend(module: TfModule): Finding[] {
  const findings: Finding[] = []
  const isRoot = module.providers.length > 0 || module.terraform.some(t => isBody(t.body.backend))
  if (!isRoot) return findings
  const backends = module.terraform.flatMap(t =>
    isBody(t.body.backend) ? Object.keys(t.body.backend).map(kind => ({ kind, file: t.file })) : []
  )
  const anyFile = module.providers[0]?.file ?? module.files[0]
  if (backends.length === 0 && anyFile) {
    findings.push(
      error(
        'local-backend',
        anyFile.path,
        1,
        `root module ${module.dir} has no backend block: CI runs would keep state on the runner; add backend "s3"`
      )
    )
  }
  for (const backend of backends.filter(b => b.kind === 'local')) {
    findings.push(
      error(
        'local-backend',
        backend.file.path,
        blockLine(backend.file, 'backend', 'local'),
        'backend "local" loses state between CI runs; use backend "s3" with a lock table'
      )
    )
  }
  return findings
}

export function checkSecurity(module: TfModule): Finding[] {
  return [
    ...checkIngress(module),
    ...checkPolicyDocuments(module),
    ...checkTagTrust(module),
    ...checkEcrLifecycle(module),
    ...checkPolicyAttributes(module),
    ...checkBuckets(module),
    ...checkLambda(module),
    ...checkHealthChecks(module),
    ...checkEcsServices(module),
    ...checkBackend(module)
  ]
}
