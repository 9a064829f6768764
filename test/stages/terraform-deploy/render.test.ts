import type { DeployResult, PlanSummary } from '../../../src/pipeline/contracts.js'
import {
  planHeadline,
  renderDeployMarkdown,
  renderPlanMarkdown
} from '../../../src/stages/terraform-deploy/render.js'

const tagOnly: PlanSummary = {
  hasChanges: true,
  add: 0,
  change: 1,
  destroy: 0,
  replace: 1,
  destructive: ['module.service.aws_ecs_task_definition.app'],
  onlyImageTag: true,
  changes: [
    {
      address: 'module.service.aws_ecs_service.app',
      action: 'update',
      imageTagOnly: true,
      attributes: ['task_definition']
    },
    {
      address: 'module.service.aws_ecs_task_definition.app',
      action: 'replace',
      imageTagOnly: true,
      attributes: ['container_definitions']
    }
  ]
}

test('an image-tag-only plan reads as the safe, common deploy', () => {
  expect(planHeadline(tagOnly, 'aaaaaaa', 'bbbbbbb')).toBe(
    'Plan: 1 to change, 1 to replace; image tag aaaaaaa → bbbbbbb — only the image tag changes'
  )
  const md = renderPlanMarkdown({
    plan: tagOnly,
    from: 'aaaaaaa',
    to: 'bbbbbbb',
    environment: 'production',
    conflicts: []
  })
  expect(md).toBe(
    [
      '**Terraform plan for production: 1 to change, 1 to replace** · image tag `aaaaaaa` → `bbbbbbb` · only the image tag changes',
      '',
      '| resource | action | what changes |',
      '|---|---|---|',
      '| `module.service.aws_ecs_service.app` | update | the image tag |',
      '| `module.service.aws_ecs_task_definition.app` | replace | the image tag |'
    ].join('\n')
  )
})

test('a destructive change that is not the image is flagged loudly', () => {
  const plan: PlanSummary = {
    ...tagOnly,
    replace: 2,
    onlyImageTag: false,
    destructive: [...tagOnly.destructive, 'module.service.aws_lb_target_group.blue'],
    changes: [
      ...(tagOnly.changes ?? []),
      {
        address: 'module.service.aws_lb_target_group.blue',
        action: 'replace',
        imageTagOnly: false,
        attributes: ['port']
      }
    ]
  }
  const md = renderPlanMarkdown({ plan, from: 'a', to: 'a', environment: 'staging', conflicts: [] })
  expect(md).toContain('image tag `a` (unchanged)')
  expect(md).toContain(
    '> [!CAUTION]\n> This plan destroys or replaces more than the new image: `module.service.aws_lb_target_group.blue` (replace).'
  )
  expect(md).toContain('| `module.service.aws_lb_target_group.blue` | **replace** | `port` |')
})

test('no changes, var overrides in a details block, and a long plan cut with a link to the run', () => {
  const none: PlanSummary = {
    hasChanges: false,
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    destructive: [],
    onlyImageTag: false,
    changes: []
  }
  expect(planHeadline(none, 'x1', 'x1')).toBe('Plan: no changes; image tag x1 (unchanged)')
  const many: PlanSummary = {
    ...none,
    hasChanges: true,
    add: 100,
    changes: Array.from({ length: 100 }, (_, i) => ({
      address: `terraform_data.r${i}`,
      action: 'create' as const,
      imageTagOnly: false,
      attributes: []
    }))
  }
  const md = renderPlanMarkdown({
    plan: many,
    from: null,
    to: 'v1',
    environment: 'production',
    conflicts: [{ key: 'cpu', analyzer: '256', yours: '512', file: 'terraform.tfvars' }],
    runUrl: 'https://github.com/o/r/actions/runs/1'
  })
  expect(md).toContain('image tag (none) → `v1`')
  expect(md.match(/^\| `terraform_data\.r\d+` \| create \|/gm)).toHaveLength(40)
  expect(md).toContain(
    '…and 60 more resources: [the full plan is in the run log](https://github.com/o/r/actions/runs/1).'
  )
  expect(md).toContain('<details><summary>Your var files override the analyzer for 1 value(s)</summary>')
  expect(md).toContain('| `cpu` | `256` | `512` | `terraform.tfvars` |')
  expect(md.length).toBeLessThan(8000)
})

test('a deploy summary shows the state, the reasons and the outputs, sensitive ones as (sensitive)', () => {
  const result: DeployResult = {
    schemaVersion: 1,
    imageTag: 'bbbbbbb',
    previousImageTag: 'aaaaaaa',
    outputs: { service_url: 'http://shop', db: '(sensitive)', ports: [80, 443] },
    serviceUrl: 'http://shop',
    deploymentId: 'ecs-svc/1',
    rolloutState: 'ROLLED_BACK',
    rolledBack: true,
    failureReasons: ['deployment ecs-svc/1 FAILED: tasks failed to start', 'task 1 stopped: ```oops```'],
    durations: { infrastructureMs: 1500, rolloutMs: 65_000 }
  }
  const md = renderDeployMarkdown(result, { environment: 'production', rolloutNote: null })
  expect(md).toContain('**Deploy of `bbbbbbb` to production: ROLLED BACK** (before: `aaaaaaa`)')
  expect(md).toContain(
    '````text\ndeployment ecs-svc/1 FAILED: tasks failed to start\ntask 1 stopped: ```oops```\n````'
  )
  expect(md).toContain('| `db` | `(sensitive)` |')
  expect(md).toContain('| `ports` | `[80,443]` |')
  expect(md).toContain('Infrastructure 1.5 s · rollout 1m 05s')
})
