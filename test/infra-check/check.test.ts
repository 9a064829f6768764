import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkInfrastructure } from '../../src/infra-check/check.js'
import { GENERATED_SERVICE_TFVARS } from '../../src/analyzer/render/tfvars.js'
import { lines, projectRoot, realSchema } from './support.js'

const infrastructure = join(projectRoot, 'infrastructure')
const options = async (root: string) => ({
  root,
  schema: await realSchema(),
  generatedKeys: GENERATED_SERVICE_TFVARS,
  generatedKeyModules: ['modules/service', 'examples/app'],
  readmes: 'check' as const
})

describe('npm run check-infra on the real infrastructure/ tree', () => {
  test('every module, tfvars file and README passes every rule', async () => {
    const result = await checkInfrastructure(await options(infrastructure))
    expect(result.modules).toEqual([
      'examples/app',
      'modules/analyzer',
      'modules/bootstrap',
      'modules/service'
    ])
    expect(result.tfvarsFiles).toEqual([
      'examples/app/deplight.tfvars.example',
      'examples/app/terraform.tfvars.example'
    ])
    expect(lines(result.findings)).toEqual([])
  })

  describe('on a copy with a mistake', () => {
    let copy: string
    beforeEach(async () => {
      copy = await mkdtemp(join(tmpdir(), 'infra-copy-'))
      await cp(infrastructure, copy, { recursive: true })
    })
    afterEach(() => rm(copy, { recursive: true, force: true }))

    const edit = async (path: string, change: (text: string) => string): Promise<void> => {
      const file = join(copy, path)
      const before = await readFile(file, 'utf8')
      const after = change(before)
      expect(after).not.toBe(before)
      await writeFile(file, after)
    }

    test('a generated tfvars key the service module stops declaring fails the check', async () => {
      await edit('modules/service/variables.tf', text =>
        text.replace(/variable "desired_count" \{[\s\S]*?\n\}\n/, '')
      )
      const result = await checkInfrastructure(await options(copy))
      const found = lines(result.findings).join('\n')
      expect(found).toContain('[generated-tfvar-not-declared] the analyzer writes "desired_count"')
      expect(found).toContain(
        '[unknown-module-input] module "service" (../../modules/service) declares no variable "desired_count"'
      )
      expect(found).toContain('modules/service/README.md inputs/outputs tables are out of date')
    })

    test('the upstream mistakes are caught in the real modules', async () => {
      await edit('modules/service/alb.tf', text =>
        text.replace('matcher             = "200-399"', 'matcher             = "200-499"')
      )
      await edit('modules/service/ecs.tf', text =>
        text.replace('ignore_changes = [desired_count]', 'ignore_changes = [desired_count, task_definition]')
      )
      await edit('modules/bootstrap/oidc.tf', text =>
        text.replace(
          '"repo:${local.repository_classic}:environment:${var.github_environment}"',
          '"repo:${var.github_owner}/*"'
        )
      )
      await edit(
        'modules/analyzer/main.tf',
        text =>
          `${text}\nresource "aws_lambda_function_url" "public" {\n  function_name      = aws_lambda_function.analyzer.function_name\n  authorization_type = "NONE"\n}\n`
      )
      await edit('examples/app/versions.tf', text => text.replace('backend "s3" {}', 'backend "local" {}'))
      const result = await checkInfrastructure({ ...(await options(copy)), readmes: 'ignore' })
      expect([...new Set(result.findings.map(finding => finding.kind))].sort()).toEqual([
        'ecs-ignores-task-definition',
        'health-check-matcher',
        'lambda-public-url',
        'local-backend',
        'oidc-trust-subject'
      ])
    })
  })
})
