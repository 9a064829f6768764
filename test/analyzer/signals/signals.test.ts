import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { readProcfile } from '../../../src/analyzer/signals/procfile.js'
import { parseDotenv, portFromDotenv } from '../../../src/analyzer/signals/dotenv.js'
import { portFromCommand } from '../../../src/analyzer/signals/ports.js'
import {
  healthRank,
  isHealthPath,
  joinRoute,
  libraryHealthCandidates
} from '../../../src/analyzer/signals/health.js'
import { HEALTH_LIBRARIES } from '../../../src/analyzer/ecosystems/node/health-libraries.js'
import {
  fargatePair,
  isValidFargatePair,
  recommendResources
} from '../../../src/analyzer/signals/resources.js'
import { readSharedSignals } from '../../../src/analyzer/signals/shared.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { PYTHON_BASELINE } from '../../../src/analyzer/ecosystems/python/runtime.js'

test('Dockerfile: only the last stage counts; exec-form CMD, ENTRYPOINT, HEALTHCHECK', () => {
  const facts = readDockerfile(
    'Dockerfile',
    'FROM node AS build\nEXPOSE 9999\nFROM node:20-slim\nENV PORT=4000\nEXPOSE 4000/tcp\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node", \\\n  "dist/main.js"]\nHEALTHCHECK CMD curl -fsS http://127.0.0.1:4000/healthz || exit 1\n'
  )
  expect(facts.port.map(p => [p.value, p.source])).toEqual([
    [4000, 'Dockerfile ENV PORT'],
    [4000, 'Dockerfile EXPOSE']
  ])
  // docker-entrypoint.sh is the exec "$@" wrapper convention: CMD is what runs (both lines are evidence).
  expect(facts.startCommand[0]).toMatchObject({
    value: 'node dist/main.js',
    evidence: [{ line: 6 }, { line: 7 }]
  })
  expect(facts.healthPath[0]).toMatchObject({
    value: '/healthz',
    evidence: [{ file: 'Dockerfile', line: 9 }]
  })
  expect(
    readDockerfile('Dockerfile', 'FROM x\nCMD ["sh", "-c", "gunicorn -b 0.0.0.0:8000 app:app"]\n').port[0]!
      .value
  ).toBe(8000)
})

test('Procfile, dotenv and command ports', () => {
  expect(
    readProcfile('Procfile', 'release: x\nweb: bundle exec puma -p ${PORT:-5000}\n').port[0]
  ).toMatchObject({ value: 5000, evidence: [{ line: 2 }] })
  const vars = parseDotenv('.env', '# c\nexport PORT="8081" # dev\nAPP_PORT=1\n')
  expect(portFromDotenv('.env', vars, 0.85)).toMatchObject({ value: 8081, evidence: [{ line: 2 }] })
  expect(portFromCommand('uvicorn main:app --host 0.0.0.0 --port=8001')).toBe(8001)
  expect(portFromCommand('gunicorn --bind :9000 app:app')).toBe(9000)
  expect(portFromCommand('node server.js')).toBeNull()
  // A list of listen addresses (`--hosts 0.0.0.0:5232,[::]:5232`): the port of the first.
  expect(portFromCommand('radicale --hosts 0.0.0.0:5232,[::]:5232')).toBe(5232)
  expect(portFromCommand('calsrv --hosts localhost:7000')).toBe(7000)
  expect(portFromCommand('dnsctl --hosts-file /etc/hosts')).toBeNull()
})

test('shared signals: compose service built from the app dir, fly.toml, render.yaml', () => {
  const tree = treeFromFiles({
    'docker-compose.yml':
      'services:\n  api:\n    build:\n      context: ./svc/api\n    ports: ["80:3000"]\n  web:\n    build: ./web\n    ports: ["8080:80"]\n',
    'svc/api/fly.toml': '[[services]]\ninternal_port = 3000\n[[services.http_checks]]\npath = "/up"\n',
    'render.yaml': 'services:\n  - type: web\n    rootDir: svc/api\n    startCommand: node api.js\n'
  })
  const s = readSharedSignals(tree, 'svc/api')
  expect(s.port.map(p => [p.value, p.source])).toEqual([
    [3000, 'docker-compose.yml services.api.ports'],
    [3000, 'fly.toml internal_port']
  ])
  expect(s.healthPath[0]?.value).toBe('/up')
  expect(s.startCommand[0]?.value).toBe('node api.js')
})

test('health paths rank liveness names first', () => {
  expect(isHealthPath('/api/healthz')).toBe(true)
  expect(isHealthPath('/users/:id')).toBe(false)
  expect(isHealthPath('/')).toBe(false)
  // NAIS probes: liveness before readiness; `isolated` is no probe.
  expect(isHealthPath('/internal/isalive')).toBe(true)
  expect(healthRank('/isalive')).toBeLessThan(healthRank('/isready'))
  expect(isHealthPath('/isolated')).toBe(false)
  expect(healthRank('/health')).toBeLessThan(healthRank('/status'))
  expect(healthRank('/health')).toBeLessThan(healthRank('/api/v1/health'))
  expect(joinRoute('/api/', 'health')).toBe('/api/health')
})

test('a probe named with its response format ranks as the plain name, just after it (holdout25)', () => {
  expect(isHealthPath('/healthz.json')).toBe(true)
  expect(isHealthPath('/api/health.txt')).toBe(true)
  expect(healthRank('/healthz')).toBeLessThan(healthRank('/healthz.json'))
  expect(healthRank('/healthz.json')).toBeLessThan(healthRank('/healthcheck'))
  // Negative: names an API also uses for its own resources stay what they were with a format.
  expect(isHealthPath('/status.json')).toBe(false)
  expect(isHealthPath('/ping.json')).toBe(false)
  expect(isHealthPath('/users.json')).toBe(false)
})

test('`status` of a visitor or job feature names that state, elsewhere the app (holdout38)', () => {
  // The app's status: at the top, under `api`, a version, `app` or GitLab's `-`.
  expect(isHealthPath('/status')).toBe(true)
  expect(isHealthPath('/api/status')).toBe(true)
  expect(isHealthPath('/api/v2/status')).toBe(true)
  expect(isHealthPath('/api/4/status')).toBe(true)
  expect(isHealthPath('/api/app/status')).toBe(true)
  expect(isHealthPath('/-/status')).toBe(true)
  // Negative: one feature's status (a visitor's captcha, a payment, an import job) is no probe.
  expect(isHealthPath('/api/v2/captcha/status')).toBe(false)
  expect(isHealthPath('/payment/status')).toBe(false)
  expect(isHealthPath('/api/import/status')).toBe(false)
  // A nested resource's status (two feature segments without an API scope between them).
  expect(isHealthPath('/api/v2/pages/fetch/status')).toBe(false)
  expect(isHealthPath('/projects/builds/status')).toBe(false)
  // A service component's status (a planner the app runs) stays the app's; other health names keep their
  // meaning under a feature segment.
  expect(isHealthPath('/v4/planner/status')).toBe(true)
  expect(isHealthPath('/api/users/health')).toBe(true)
})

test("a health name under a backing service's name checks that service, not the app", () => {
  expect(isHealthPath('/settings/celery/ping')).toBe(false)
  expect(isHealthPath('/api/redis/health')).toBe(false)
  expect(isHealthPath('/db/healthz')).toBe(false)
  // Negative: a health name under an ordinary prefix, or the service name after it, is still the app's.
  expect(isHealthPath('/api/ping')).toBe(true)
  expect(isHealthPath('/health/live')).toBe(true)
  expect(isHealthPath('/celery')).toBe(false)
})

test('health paths: a qualified health name ranks after every plain one', () => {
  expect(isHealthPath('/worker-health')).toBe(true)
  expect(isHealthPath('/app_healthz')).toBe(true)
  expect(isHealthPath('/healthy-recipes')).toBe(false)
  expect(isHealthPath('/health-insurance')).toBe(false)
  expect(healthRank('/heartbeat')).toBeLessThan(healthRank('/worker-health'))
})

test('health paths: ASP.NET /hc and probe kinds under a health path', () => {
  expect(isHealthPath('/hc')).toBe(true)
  expect(healthRank('/hc')).toBeLessThan(healthRank('/status'))
  for (const path of ['/health/live', '/health/ready', '/healthz/live', '/hc/ready', '/health/startup'])
    expect({ path, health: isHealthPath(path) }).toEqual({ path, health: true })
  expect(healthRank('/health')).toBeLessThan(healthRank('/health/live'))
  expect(healthRank('/health/live')).toBeLessThan(healthRank('/ready'))
  // A probe kind alone, or under a path that is no health path, is not one.
  expect(isHealthPath('/live')).toBe(false)
  expect(isHealthPath('/streams/live')).toBe(false)
})

test('resources are always a valid Fargate pair and explain themselves', () => {
  expect(fargatePair(256, 3000)).toEqual({ cpu: 512, memory: 3072 })
  expect(fargatePair(300, 100)).toEqual({ cpu: 512, memory: 1024 })
  expect(isValidFargatePair(256, 4096)).toBe(false)
  const r = recommendResources({
    runtime: PYTHON_BASELINE,
    dependencies: ['torch', 'fastapi'],
    evidenceFor: d => ({ file: 'requirements.txt', line: 1, text: d })
  })
  expect(r.value).toEqual({
    cpu: 2048,
    memory: 8192,
    reason:
      'a Python web server fits 0.25 vCPU / 512 MiB; torch: machine-learning libraries load large models'
  })
  expect(r.evidence).toEqual([{ file: 'requirements.txt', line: 1, text: 'torch' }])
})

describe('health routes served by a library', () => {
  const run = (dependency: string, code: string) =>
    libraryHealthCandidates(
      treeFromFiles({ 'main.js': code }),
      ['main.js'],
      new Set([dependency]),
      HEALTH_LIBRARIES
    ).map(c => c.value)

  test.each([
    ['express-actuator', "const actuator = require('express-actuator')\napp.use(actuator())", ['/health']],
    [
      'express-actuator',
      "import actuator from 'express-actuator'\napp.use(actuator({ basePath: '/management' }))",
      ['/management/health']
    ],
    ['fastify-healthcheck', "app.register(require('fastify-healthcheck'))", ['/health']],
    [
      'fastify-healthcheck',
      "app.register(require('fastify-healthcheck'), { healthcheckUrl: '/custom-health' })",
      ['/custom-health']
    ],
    [
      'fastify-healthcheck',
      "app.register(require('fastify-healthcheck'), { healthcheckUrlDisable: true })",
      []
    ],
    [
      '@fastify/under-pressure',
      "app.register(require('@fastify/under-pressure'), { exposeStatusRoute: true })",
      ['/status']
    ],
    [
      '@fastify/under-pressure',
      "app.register(require('@fastify/under-pressure'), { maxEventLoopDelay: 1000 })",
      []
    ],
    // Listed but never imported: no route.
    ['express-actuator', "const express = require('express')", []]
  ])('%s: %s', (dependency, code, expected) => {
    expect(run(dependency, code)).toEqual(expected)
  })

  test('a library the app does not depend on gives nothing', () => {
    expect(run('left-pad', "const actuator = require('express-actuator')\napp.use(actuator())")).toEqual([])
  })
})

test("Dockerflow's dunder probes are health paths, the load balancer's first (holdout17)", () => {
  expect(isHealthPath('/__heartbeat__')).toBe(true)
  expect(isHealthPath('/__lbheartbeat__')).toBe(true)
  expect(healthRank('/__lbheartbeat__')).toBeLessThan(healthRank('/__heartbeat__'))
  // Negative: other dunder paths are not.
  expect(isHealthPath('/__version__')).toBe(false)
})

test('a health route under a media or storage backend checks that backend, not the app (holdout17)', () => {
  expect(isHealthPath('/api/v4/image/health')).toBe(false)
  expect(isHealthPath('/storage/healthz')).toBe(false)
  // Negative: the app's own health route under an ordinary prefix stays one.
  expect(isHealthPath('/api/v4/health')).toBe(true)
})
