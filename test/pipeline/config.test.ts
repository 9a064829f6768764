import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CONFIG_SCHEMA } from '../../src/pipeline/config-schema.js'
import { ConfigError, parseConfig } from '../../src/pipeline/config.js'

test('the published schema file matches the schema in code', () => {
  const published = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../schema/delightful.schema.json'), 'utf8')
  )
  expect(published).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)))
})

test('flattens sections into override keys with the line that set them', () => {
  const config = parseConfig(
    'app:\n  port: 8080\n  healthPath: /healthz\nbuild:\n  runtimeVersion: 20\nresources:\n  cpu: "512"\n  memory: 1024\n',
    '.delightful.yaml'
  )
  expect(config.overrides.all).toEqual({
    'app.port': { value: 8080, evidence: { file: '.delightful.yaml', line: 2, text: 'app.port: 8080' } },
    'app.healthPath': {
      value: '/healthz',
      evidence: { file: '.delightful.yaml', line: 3, text: 'app.healthPath: /healthz' }
    },
    'build.runtimeVersion': {
      value: '20',
      evidence: { file: '.delightful.yaml', line: 5, text: 'build.runtimeVersion: 20' }
    },
    'resources.cpu': {
      value: 512,
      evidence: { file: '.delightful.yaml', line: 7, text: 'resources.cpu: 512' }
    },
    'resources.memory': {
      value: 1024,
      evidence: { file: '.delightful.yaml', line: 8, text: 'resources.memory: 1024' }
    }
  })
})

test('per-app sections and the primary app dir', () => {
  const config = parseConfig(
    'app:\n  dir: apps/api\napps:\n  ./apps/web/:\n    app:\n      port: 3001\n',
    'x.yaml'
  )
  expect(config.overrides.primary?.value).toBe('apps/api')
  expect(config.overrides.apps['apps/web']?.['app.port']?.value).toBe(3001)
})

test('legacy seed sections are accepted and mapped where they mean the same thing', () => {
  const legacy = [
    'project:',
    '  name: demo-app',
    'build:',
    '  context: .',
    '  dockerfile: Dockerfile',
    '  cache: { enabled: true }',
    'deployment:',
    '  strategy: rolling',
    '  auto_rollback: true',
    '  health_check:',
    '    path: /health',
    '    interval: 30',
    'resources:',
    '  cpu: 256',
    '  memory: 512',
    '  desired_count: 2',
    '  autoscaling: { min: 1, max: 4 }',
    'environment:',
    '  NODE_ENV: production',
    'secrets:',
    '  - name: DB_URL',
    '    valueFrom: arn:aws:ssm:x',
    'monitoring: { enabled: true }',
    'notifications: { slack: { channel: "#deploys" } }',
    'testing: { pre_deploy: [npm test] }',
    'ai_analyzer: { enabled: false }',
    'advanced: { anything: goes }'
  ].join('\n')
  const config = parseConfig(legacy, '.delightful.yaml')
  expect(config.overrides.all['app.healthPath']?.value).toBe('/health')
  expect(config.overrides.all['app.name']?.value).toBe('demo-app')
  expect(config.overrides.all['build.dockerfile']?.value).toBe('Dockerfile')
})

test.each([
  ['app:\n  port: 70000\n', '.delightful.yaml:2: app.port must be <= 65535; fix its value'],
  ['app:\n  port: [1]\n', '.delightful.yaml:2: app.port must be a whole number; fix its value'],
  [
    'app:\n  healthPath: health\n',
    ".delightful.yaml:2: app.healthPath has an invalid format (must start with '/'); fix its value"
  ],
  [
    'resources:\n  cpu: 300\n',
    '.delightful.yaml:2: resources.cpu must be one of 256, 512, 1024, 2048, 4096; fix its value'
  ],
  [
    'ap:\n  port: 1\n',
    ".delightful.yaml:1: unknown key 'ap' in the top level; remove it or use one of: version, app, build, resources, apps, project, deployment, environment, secrets, monitoring, notifications, testing, ai_analyzer, advanced"
  ],
  ['app:\n  port: 1\n   bad: [\n', /^\.delightful\.yaml:2: invalid YAML \(.+\); fix the syntax$/],
  [
    '- a\n- b\n',
    '.delightful.yaml:1: expected a mapping of sections (app:, build:, resources: …); see schema/delightful.schema.json'
  ]
])('%j is rejected with file, line and fix', (text, message) => {
  let error: unknown
  try {
    parseConfig(text, '.delightful.yaml')
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(ConfigError)
  if (typeof message === 'string') expect((error as Error).message).toBe(message)
  else expect((error as Error).message).toMatch(message)
})
