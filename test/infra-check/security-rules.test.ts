import { join } from 'node:path'
import { checkInfrastructure } from '../../src/infra-check/check.js'
import { matcherAccepts4xx } from '../../src/infra-check/security-rules.js'
import { checkFixture, kinds, lines, projectRoot, realSchema } from './support.js'

describe('security rules', () => {
  test('0.0.0.0/0 and ::/0 ingress is allowed only for 80/443 on the load balancer group', async () => {
    const result = await checkFixture('open-ingress')
    expect(kinds(result.findings)).toEqual(['open-ingress'])
    const found = lines(result.findings).join('\n')
    expect(found).toContain('aws_vpc_security_group_ingress_rule.alb_ssh opens 22-22 to 0.0.0.0/0')
    expect(found).toContain('aws_vpc_security_group_ingress_rule.tasks_http opens 80-80 to 0.0.0.0/0')
    expect(found).toContain('aws_security_group.legacy opens 8080-8080 to ::/0')
    expect(found).not.toContain('alb_https')
    expect(result.findings).toHaveLength(3)
  })

  test('wildcard actions and Resource "*" are reported except for actions AWS cannot scope, and in Deny', async () => {
    const result = await checkFixture('iam-wildcards')
    expect(lines(result.findings)).toEqual([
      'main.tf:2: error [iam-wildcard-action] data.aws_iam_policy_document.deploy (WildcardAction) allows wildcard action "s3:*"; list the actions',
      'main.tf:2: error [iam-wildcard-resource] data.aws_iam_policy_document.deploy (WildcardResource) grants ecs:UpdateService on Resource "*"; name the resources (or add the action to star-resource-actions.ts with the reason AWS requires "*")',
      'main.tf:36: error [iam-wildcard-action] data.aws_iam_policy_document.dynamic allows wildcard action "iam:*"; list the actions'
    ])
  })

  test('policies must come from aws_iam_policy_document; broad managed policies are reported', async () => {
    const result = await checkFixture('iam-policy-not-document')
    expect(kinds(result.findings)).toEqual(['iam-policy-not-document', 'iam-wildcard-action'])
    expect(lines(result.findings).join('\n')).toContain(
      'aws_iam_role_policy.inline.policy must come from a data "aws_iam_policy_document"'
    )
    expect(lines(result.findings).join('\n')).toContain('attaches a broad AWS managed policy')
  })

  test('OIDC trust needs aud = sts.amazonaws.com and exact, non-wildcard sub values', async () => {
    const result = await checkFixture('oidc-trust')
    const found = lines(result.findings)
    expect(kinds(result.findings)).toEqual(['oidc-trust-audience', 'oidc-trust-subject'])
    expect(found.filter(line => line.includes('wildcard_sub'))).toEqual([
      expect.stringContaining(
        '[oidc-trust-audience] data.aws_iam_policy_document.wildcard_sub: the OIDC trust needs StringEquals'
      ),
      expect.stringContaining('got repo:my-org/*')
    ])
    expect(found.filter(line => line.includes('no_sub'))).toEqual([
      expect.stringContaining('has no :sub condition')
    ])
    expect(found.filter(line => line.includes('for_all_values'))).toEqual([
      expect.stringContaining('use StringEquals on :sub (got ForAllValues:StringEquals)')
    ])
    expect(found.filter(line => line.includes('.good'))).toEqual([])
  })

  test('an S3 bucket needs encryption, a full public access block, versioning and TLS-only access', async () => {
    const result = await checkFixture('s3-bucket')
    expect(lines(result.findings)).toEqual([
      'main.tf:2: error [s3-bucket-unprotected] aws_s3_bucket.state has no server-side encryption, no a public access block with all four settings true, no versioning, no a bucket policy denying non-TLS requests (aws:SecureTransport)'
    ])
  })

  test('public Lambda function URLs and invoke permissions for any principal are reported', async () => {
    const result = await checkFixture('lambda-public-url')
    expect(kinds(result.findings)).toEqual(['lambda-public-url'])
    expect(result.findings.map(finding => finding.line)).toEqual([3, 9])
  })

  test('health-check matchers that accept 4xx are reported', async () => {
    const result = await checkFixture('health-check-matcher')
    expect(lines(result.findings)).toEqual([
      'main.tf:6: error [health-check-matcher] aws_lb_target_group.app health check accepts 200-499; use "200-399" so a 404 is unhealthy'
    ])
    expect(matcherAccepts4xx('200-399')).toBe(false)
    expect(matcherAccepts4xx('200,302')).toBe(false)
    expect(matcherAccepts4xx('200,404')).toBe(true)
  })

  test('an ECS service without circuit-breaker rollback, or ignoring task_definition, is reported', async () => {
    const result = await checkFixture('ecs-rollback')
    expect(lines(result.findings)).toEqual([
      'main.tf:1: error [ecs-no-rollback] aws_ecs_service.app needs deployment_circuit_breaker { enable = true, rollback = true }',
      'main.tf:6: error [ecs-ignores-task-definition] aws_ecs_service.app ignores task_definition changes, so re-applying an old image_tag cannot roll back'
    ])
  })

  test('root modules must keep state in a remote backend', async () => {
    expect(lines((await checkFixture('local-backend')).findings)).toEqual([
      'main.tf:2: error [local-backend] backend "local" loses state between CI runs; use backend "s3" with a lock table'
    ])
    const missing = await checkFixture('no-backend')
    expect(kinds(missing.findings)).toEqual(['local-backend'])
    expect(missing.findings[0]?.message).toContain('has no backend block')
  })
})

describe('tag-based trust (iam-tag-trust)', () => {
  test('trusting aws:ResourceTag while tag writes have no creation guard is reported; the guarded form is not', async () => {
    const result = await checkFixture('iam-tag-trust')
    expect(lines(result.findings)).toEqual([
      'main.tf:6: error [iam-tag-trust] data.aws_iam_policy_document.adopts_any_group (CreateTagged) allows ec2:CreateTags without a creation guard, while ManageTagged trusts the deplight:app tag (aws:ResourceTag): the role could tag an existing resource as its own. Limit tagging to creation (ec2:CreateAction) and deny ec2:CreateTags when aws:TagKeys holds deplight:app',
      'main.tf:18: error [iam-tag-trust] data.aws_iam_policy_document.adopts_any_group (ManageTagged) allows ec2:CreateTags, ec2:DeleteTags without a creation guard, while ManageTagged trusts the deplight:app tag (aws:ResourceTag): the role could tag an existing resource as its own. Limit tagging to creation (ec2:CreateAction) and deny ec2:CreateTags/ec2:DeleteTags when aws:TagKeys holds deplight:app'
    ])
  })

  test('the bootstrap module (the deploy role) passes the rule', async () => {
    const result = await checkInfrastructure({
      root: join(projectRoot, 'infrastructure', 'modules', 'bootstrap'),
      schema: await realSchema(),
      generatedKeys: [],
      generatedKeyModules: []
    })
    expect(lines(result.findings.filter(f => f.kind === 'iam-tag-trust'))).toEqual([])
  })
})

describe('ECR lifecycle (ecr-lifecycle-tagged)', () => {
  test('rules that expire tagged images, and policies the check cannot read, are reported', async () => {
    const result = await checkFixture('ecr-lifecycle')
    expect(lines(result.findings)).toEqual([
      'main.tf:18: error [ecr-lifecycle-tagged] data.aws_ecr_lifecycle_policy_document.keep_recent rule 2 expires any image (tag_status = "any"): every pushed image carries its commit tag, so this can delete the image the service runs or the one a rollback needs; expire only untagged images',
      'main.tf:35: error [ecr-lifecycle-tagged] data.aws_ecr_lifecycle_policy_document.ctx_only rule 1 expires images tagged ctx-* (tag_status = "tagged"): every pushed image carries its commit tag, so this can delete the image the service runs or the one a rollback needs; expire only untagged images',
      'main.tf:53: error [ecr-lifecycle-tagged] aws_ecr_lifecycle_policy.inline.policy must come from a data "aws_ecr_lifecycle_policy_document" so the check can read which images it expires'
    ])
  })

  test('the bootstrap module never expires the running or the rollback image', async () => {
    const result = await checkInfrastructure({
      root: join(projectRoot, 'infrastructure', 'modules', 'bootstrap'),
      schema: await realSchema(),
      generatedKeys: [],
      generatedKeyModules: []
    })
    expect(lines(result.findings.filter(f => f.kind === 'ecr-lifecycle-tagged'))).toEqual([])
  })
})
