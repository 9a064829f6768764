import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from '@cdktf/hcl2json'
import { hclString, renderTfvars } from '../../../src/analyzer/render/tfvars.js'
import { GENERATED_SERVICE_TFVARS } from '../../../src/analyzer/render/tfvars.js'
import type { Warning } from '../../../src/analyzer/report.js'
import { CASES } from './cases.js'
import { makeApp } from './make-app.js'

const VARIABLES_TF = join(process.cwd(), 'infrastructure/modules/service/variables.tf')

function terraformAvailable(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('renderTfvars', () => {
  it('writes only the shared keys, and every one is declared by the service module', async () => {
    const tfvars = await parse('deplight.auto.tfvars', renderTfvars(CASES['nestjs-pnpm']!))
    expect(Object.keys(tfvars).sort()).toEqual([...GENERATED_SERVICE_TFVARS].sort())
    // The module declares its variables in variables.tf; until it exists the shared list is the contract.
    if (existsSync(VARIABLES_TF)) {
      const module = await parse('variables.tf', readFileSync(VARIABLES_TF, 'utf8'))
      const declared = Object.keys(module.variable ?? {})
      const unknown = Object.keys(tfvars).filter(key => !declared.includes(key))
      expect(unknown).toEqual([])
    }
  })

  it('renders values from the analysis', async () => {
    const tfvars = await parse('x.tfvars', renderTfvars(CASES['spring-maven']!))
    expect(tfvars).toMatchObject({
      app_name: 'app',
      container_port: 8080,
      health_check_path: '/actuator/health',
      cpu: 512,
      memory: 1024,
      desired_count: 1,
      autoscaling_min_capacity: 1,
      autoscaling_max_capacity: 4,
      environment: { PORT: '8080' }
    })
  })

  it('falls back to / when no health path is known, and shortens names the module would reject', async () => {
    const warnings: Warning[] = []
    const app = makeApp({
      name: 'a-very-long-application-name-for-alb',
      language: 'go',
      framework: 'gin',
      packageManager: 'go',
      port: 8080
    })
    const tfvars = await parse('x.tfvars', renderTfvars(app, undefined, warnings))
    expect(tfvars.health_check_path).toBe('/')
    expect(tfvars.app_name).toMatch(/^[a-z][a-z0-9-]{0,22}[a-z0-9]$/)
    expect(warnings.map(w => w.code)).toEqual(['APP_NAME_SHORTENED'])
  })

  it('escapes quotes, backslashes, newlines and template sequences', () => {
    expect(hclString('a"b\\c\nd${x}%{y}')).toBe('"a\\"b\\\\c\\nd$${x}%%{y}"')
  })

  ;(terraformAvailable() ? it : it.skip)('round-trips hostile strings through terraform itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-tfvars-'))
    try {
      const hostile = 'x"y\\z\n${var.secret}%{if true}\t<b>'
      const app = makeApp({
        language: 'go',
        framework: 'gin',
        packageManager: 'go',
        port: 8080,
        healthPath: `/h${hostile}`
      })
      const declarations = GENERATED_SERVICE_TFVARS.map(key =>
        key === 'environment' ? `variable "${key}" { type = map(string) }` : `variable "${key}" {}`
      )
      writeFileSync(
        join(dir, 'main.tf'),
        `${declarations.join('\n')}\nvariable "secret" { default = "LEAK" }\n`
      )
      writeFileSync(join(dir, 'deplight.auto.tfvars'), renderTfvars(app))
      const out = execFileSync('terraform', ['console'], {
        cwd: dir,
        input: 'jsonencode(var.health_check_path)\n',
        env: {
          ...process.env,
          CHECKPOINT_DISABLE: '1',
          TF_IN_AUTOMATION: '1',
          TF_CLI_CONFIG_FILE: '/dev/null'
        },
        encoding: 'utf8'
      })
      // terraform console prints the JSON string as an HCL string literal; decode both layers.
      const json = JSON.parse(JSON.parse(out.trim())) as string
      expect(json).toBe(`/h${hostile}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
