import {
  flyTomlPath,
  readFlyToml,
  readRenderYaml,
  type PlatformFacts
} from '../../../src/analyzer/signals/platform-files.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import type { Warning } from '../../../src/analyzer/report.js'

const FLY = (extra = '') =>
  `app = "shop"\n${extra}\n[http_service]\ninternal_port = 8080\n[[http_service.checks]]\npath = "/healthz"\n`

test('the app folder fly.toml first; else the one config in a deploy folder (one or two levels)', () => {
  expect(flyTomlPath(treeFromFiles({ 'fly.toml': FLY(), 'fly/fly.toml': FLY() }), '.')).toBe('fly.toml')
  expect(flyTomlPath(treeFromFiles({ 'deploy/fly.toml': FLY() }), '.')).toBe('deploy/fly.toml')
  expect(flyTomlPath(treeFromFiles({ 'api/fly.io/shop-prod/fly.toml': FLY() }), 'api')).toBe(
    'api/fly.io/shop-prod/fly.toml'
  )
  // Three levels down, or another folder name: not a deploy config of this app.
  expect(flyTomlPath(treeFromFiles({ 'fly/a/b/fly.toml': FLY(), 'infra/fly.toml': FLY() }), '.')).toBeNull()
})

test('a config deploying a prebuilt image or a Dockerfile outside the app is not this app', () => {
  const tree = treeFromFiles({
    'web/Dockerfile': 'FROM node\n',
    'web/.fly/app/fly.toml': FLY('[build]\ndockerfile = "../../Dockerfile"\n'),
    'web/.fly/pg/fly.toml': FLY('[build]\nimage = "postgres:16"\n'),
    'web/.fly/other/fly.toml': FLY('[build]\ndockerfile = "../../../other/Dockerfile"\n'),
    'other/Dockerfile': 'FROM node\n'
  })
  expect(flyTomlPath(tree, 'web')).toBe('web/.fly/app/fly.toml')
})

test('several configs that could deploy the app: ambiguous, none is read', () => {
  const tree = treeFromFiles({ 'fly/staging/fly.toml': FLY(), 'fly/production/fly.toml': FLY() })
  expect(flyTomlPath(tree, '.')).toBeNull()
  const facts: PlatformFacts = { port: [], startCommand: [], buildCommand: [], healthPath: [] }
  readFlyToml(tree, '.', facts, [])
  expect(facts.healthPath).toEqual([])
})

test('a nested config is read with its own file and line as evidence', () => {
  const tree = treeFromFiles({
    'fly.io/shop-2025/fly.toml': FLY(),
    'fly.io/pghero/fly.toml': FLY('[build]\nimage = "x"\n')
  })
  const facts: PlatformFacts = { port: [], startCommand: [], buildCommand: [], healthPath: [] }
  const warnings: Warning[] = []
  readFlyToml(tree, '.', facts, warnings)
  expect(facts.port[0]).toMatchObject({
    value: 8080,
    evidence: [{ file: 'fly.io/shop-2025/fly.toml', line: 4 }]
  })
  expect(facts.healthPath[0]).toMatchObject({
    value: '/healthz',
    evidence: [{ file: 'fly.io/shop-2025/fly.toml', line: 6 }]
  })
  expect(warnings).toEqual([])
})

test('a render.yaml Docker service describes the app folder its Dockerfile runs, not the others', () => {
  const render =
    'services:\n  - type: web\n    env: docker\n    healthCheckPath: /health/ready\n    startCommand: ./run\n    envVars:\n      - key: PORT\n        value: 8000\n'
  const tree = treeFromFiles({
    'render.yaml': render,
    'api/manage.py': '',
    'web/package.json': '{}',
    Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY api /app/\nCMD ["gunicorn", "shop.wsgi"]\n'
  })
  const read = (dir: string): PlatformFacts => {
    const facts: PlatformFacts = { port: [], startCommand: [], buildCommand: [], healthPath: [] }
    readRenderYaml(tree, dir, facts, [])
    return facts
  }
  expect(read('api')).toMatchObject({
    healthPath: [{ value: '/health/ready', source: 'render.yaml healthCheckPath' }],
    port: [{ value: 8000 }],
    // A Docker service runs the image's command: its startCommand is not this folder's.
    startCommand: []
  })
  expect(read('web').healthPath).toEqual([])
})

test('`[[services.ports]]` without a `[[services]]` header makes services one table: read, never thrown on', () => {
  const portsOnly = treeFromFiles({
    'fly.toml':
      'app = "a"\n[[services.ports]]\nhandlers = ["http"]\nport = 80\n' +
      '[http_service]\ninternal_port = 8080\n[[http_service.checks]]\npath = "/healthcheck"\n'
  })
  const facts: PlatformFacts = { port: [], startCommand: [], buildCommand: [], healthPath: [] }
  const warnings: Warning[] = []
  expect(() => readFlyToml(portsOnly, '.', facts, warnings)).not.toThrow()
  expect(facts.port.map(p => p.value)).toEqual([8080])
  expect(facts.healthPath.map(p => p.value)).toEqual(['/healthcheck'])
  // A single `[services]` table carries its own internal port.
  const oneTable = treeFromFiles({ 'fly.toml': 'app = "b"\n[services]\ninternal_port = 4000\n' })
  const facts2: PlatformFacts = { port: [], startCommand: [], buildCommand: [], healthPath: [] }
  readFlyToml(oneTable, '.', facts2, [])
  expect(facts2.port.map(p => p.value)).toEqual([4000])
  // `services = 3`: nothing to read, no throw.
  const scalar = treeFromFiles({ 'fly.toml': 'app = "c"\nservices = 3\n' })
  const facts3: PlatformFacts = { port: [], startCommand: [], buildCommand: [], healthPath: [] }
  readFlyToml(scalar, '.', facts3, [])
  expect(facts3.port).toEqual([])
})
