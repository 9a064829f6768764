import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { overridesFor } from '../../src/analyzer/overrides.js'
import { HEALTH_PATH, HEALTH_PATH_MAX_LENGTH } from '../../src/analyzer/render/dockerfile/common.js'
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
    ".delightful.yaml:2: app.healthPath has an invalid format (must be a plain URL path: '/' then letters, digits and . _ ~ % / : @ + , = - (a ?query may follow), at most 200 characters); fix its value"
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

describe('hostile or broken config files', () => {
  test('a YAML alias bomb is a config error with the file and line, not a ReferenceError', () => {
    const rows = ['version: 1', 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e']
    ])
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`)
    let thrown: unknown
    try {
      parseConfig(rows.join('\n'), '.delightful.yaml')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ConfigError)
    expect((thrown as Error).message).toMatch(
      /^\.delightful\.yaml:3: YAML aliases expand too much .*; write the values out instead of anchors and aliases$/
    )
  })

  test.each(['/health\n::add-mask::x', '/health check', '/ok\rHEALTHCHECK', '/a"b', `/${'a'.repeat(200)}`])(
    'healthPath %j is refused with the plain-path rule',
    path => {
      for (const yaml of [
        `app:\n  healthPath: ${JSON.stringify(path)}\n`,
        `deployment:\n  health_check:\n    path: ${JSON.stringify(path)}\n`
      ]) {
        expect(() => parseConfig(yaml, '.delightful.yaml')).toThrow(
          /healthPath|path has an invalid format \(must be a plain URL path/
        )
      }
    }
  )

  test('the schema healthPath pattern is the Dockerfile generator pattern', () => {
    expect(CONFIG_SCHEMA.properties.app.properties.healthPath.pattern).toBe(HEALTH_PATH.source)
    expect(CONFIG_SCHEMA.properties.app.properties.healthPath.maxLength).toBe(HEALTH_PATH_MAX_LENGTH)
    expect(
      parseConfig('app:\n  healthPath: /api/health?full=1\n', 'f').overrides.all['app.healthPath']?.value
    ).toBe('/api/health?full=1')
  })

  test('apps overrides live in a prototype-free map: __proto__ and constructor are plain app directories', () => {
    const config = parseConfig(
      'apps:\n  __proto__:\n    app:\n      port: 9\n  constructor:\n    app:\n      port: 8\n',
      '.delightful.yaml'
    )
    expect(Object.getPrototypeOf(config.overrides.apps)).toBeNull()
    expect(Object.keys(config.overrides.apps)).toEqual(['__proto__', 'constructor'])
    expect(overridesFor(config.overrides, '__proto__')['app.port']?.value).toBe(9)
    expect(overridesFor(config.overrides, 'constructor')['app.port']?.value).toBe(8)
    expect(overridesFor(config.overrides, 'toString')).toEqual({})
  })
})
