// The one serving image a CI workflow builds, for an app whose Dockerfile sits where no convention looks
// (holdout14 beszel: `internal/dockerfile_hub` beside agent images, built with build-push-action).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { workflowBuiltDockerfile } from '../../../src/analyzer/signals/workflow-dockerfile.js'

const goApp = {
  'go.mod': 'module example.com/monitor\n\ngo 1.22\n',
  'cmd/hub/main.go':
    'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":3000", nil) }\n'
}
const hubImage =
  'FROM golang:1.22 AS b\nCOPY . ./\nRUN go build -o /hub ./cmd/hub\nFROM scratch\nCOPY --from=b /hub /\nEXPOSE 8090\nENTRYPOINT ["/hub"]\nCMD ["serve", "--http=0.0.0.0:8090"]\n'
const agentImage =
  'FROM golang:1.22 AS b\nCOPY . ./\nRUN go build -o /agent ./cmd/agent\nFROM scratch\nCOPY --from=b /agent /\nENTRYPOINT ["/agent"]\n'
const matrixWorkflow = (files: string[], context = './') =>
  `jobs:\n  build:\n    strategy:\n      matrix:\n        include:\n${files
    .map(f => `          - image: acme/x\n            dockerfile: ${f}\n`)
    .join(
      ''
    )}    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: ${context}\n          file: \${{ matrix.dockerfile }}\n`

describe('a Dockerfile named by a CI workflow', () => {
  test('Go: the serving one of a matrix of images (hub EXPOSEs, agents do not) is the app image', () => {
    const report = analyze(
      treeFromFiles({
        ...goApp,
        'internal/dockerfile_hub': hubImage,
        'internal/dockerfile_agent': agentImage,
        'internal/dockerfile_agent_alpine': agentImage,
        '.github/workflows/images.yml': matrixWorkflow([
          './internal/dockerfile_hub',
          './internal/dockerfile_agent',
          './internal/dockerfile_agent_alpine'
        ])
      })
    )
    const app = report.apps.find(a => a.appDir === report.primary)!
    expect(app.appDir).toBe('.')
    expect(app.port.value).toBe(8090)
    expect(app.port.evidence[0]?.file).toBe('internal/dockerfile_hub')
    expect(app.startCommand.value).toBe('/hub serve --http=0.0.0.0:8090')
  })

  test('Node: a plain `file:` with the app folder as context', () => {
    const files = {
      'web/package.json': JSON.stringify({
        name: 'web',
        scripts: { start: 'node index.js' },
        dependencies: { express: '4' }
      }),
      'web/index.js': "require('express')().listen(3000)\n",
      'ops/images/web.dockerfile':
        'FROM node:20\nCOPY . .\nRUN npm ci\nEXPOSE 4000\nCMD ["node", "index.js"]\n',
      '.github/workflows/release.yaml':
        'jobs:\n  image:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: web\n          file: "ops/images/web.dockerfile"\n'
    }
    const tree = treeFromFiles(files)
    expect(workflowBuiltDockerfile(tree, 'web')).toBe('ops/images/web.dockerfile')
    const report = analyze(tree)
    const app = report.apps.find(a => a.appDir === 'web')!
    expect(app.port.value).toBe(4000)
    expect(app.startCommand.value).toBe('node index.js')
  })

  test('negative: two serving images, a dev image only, or another context name no Dockerfile', () => {
    const two = treeFromFiles({
      ...goApp,
      'internal/dockerfile_hub': hubImage,
      'internal/dockerfile_web': hubImage.replace('8090', '8091'),
      '.github/workflows/images.yml': matrixWorkflow(['internal/dockerfile_hub', 'internal/dockerfile_web'])
    })
    expect(workflowBuiltDockerfile(two, '.')).toBeNull()
    const dev = treeFromFiles({
      ...goApp,
      'internal/dockerfile_dev': hubImage,
      '.github/workflows/images.yml': matrixWorkflow(['internal/dockerfile_dev'])
    })
    expect(workflowBuiltDockerfile(dev, '.')).toBeNull()
    const elsewhere = treeFromFiles({
      ...goApp,
      'internal/dockerfile_hub': hubImage,
      '.github/workflows/images.yml': matrixWorkflow(['internal/dockerfile_hub'], 'tools')
    })
    expect(workflowBuiltDockerfile(elsewhere, '.')).toBeNull()
  })
})

// holdout20 PowerDNS-Admin: `docker/common/Dockerfile.app` EXPOSEs nothing (its entrypoint script passes
// gunicorn `--bind`), and is the only image the workflows build with a command; huginn's CI also builds
// `docker/test/Dockerfile`, a test image in a `test/` folder, never the app.
describe('the only running image a workflow builds, when none EXPOSEs', () => {
  const pushWorkflow = (file: string) =>
    `jobs:\n  build:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: ./\n          file: ${file}\n`
  const flaskApp = {
    'requirements.txt': 'Flask==3.0.0\ngunicorn==22.0.0\n',
    'dnsadmin/__init__.py': 'from flask import Flask\n\n\ndef create_app():\n    return Flask(__name__)\n',
    'docker/common/Dockerfile.app':
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT ["/app/docker/entrypoint.sh"]\nCMD ["gunicorn", "dnsadmin:create_app()"]\n',
    'docker/entrypoint.sh': '#!/bin/sh\nset -e\nflask db upgrade\nexec "$@" --workers 4\n'
  }
  const railsApp = {
    Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'puma'\n",
    'Gemfile.lock': 'GEM\n  specs:\n    rails (7.1.0)\n    puma (6.4.0)\n',
    'config/application.rb': 'module Shop\n  class Application < Rails::Application\n  end\nend\n',
    'deploy/image/Containerfile':
      'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install\nCMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]\n'
  }

  test('Flask: the workflow-built image without EXPOSE gives the start command', () => {
    const tree = treeFromFiles({
      ...flaskApp,
      '.github/workflows/publish.yml': pushWorkflow('./docker/common/Dockerfile.app')
    })
    expect(workflowBuiltDockerfile(tree, '.')).toBe('docker/common/Dockerfile.app')
    const report = analyze(tree)
    const app = report.apps.find(a => a.appDir === report.primary)!
    expect(app.startCommand.value).toBe('gunicorn dnsadmin:create_app()')
  })

  test('Rails: a Containerfile under deploy/ the workflow names', () => {
    const tree = treeFromFiles({
      ...railsApp,
      '.github/workflows/image.yml': pushWorkflow('deploy/image/Containerfile')
    })
    expect(workflowBuiltDockerfile(tree, '.')).toBe('deploy/image/Containerfile')
  })

  test('negative: two running images, an image in a test/ folder, or one that runs nothing', () => {
    const two = treeFromFiles({
      ...flaskApp,
      'docker/worker/Dockerfile':
        'FROM python:3.12-slim\nCOPY . .\nCMD ["celery", "-A", "dnsadmin", "worker"]\n',
      '.github/workflows/publish.yml': `${pushWorkflow('./docker/common/Dockerfile.app')}${pushWorkflow('docker/worker/Dockerfile').replace('jobs:\n  build:', '  other:')}`
    })
    expect(workflowBuiltDockerfile(two, '.')).toBeNull()
    const testImage = treeFromFiles({
      ...railsApp,
      'docker/test/Dockerfile': 'FROM ruby:3.3\nCOPY . .\nCMD ["bundle", "exec", "rake"]\n',
      '.github/workflows/ci.yml': pushWorkflow('docker/test/Dockerfile')
    })
    expect(workflowBuiltDockerfile(testImage, '.')).toBeNull()
    const idle = treeFromFiles({
      ...flaskApp,
      'docker/common/Dockerfile.app':
        'FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n',
      '.github/workflows/publish.yml': pushWorkflow('./docker/common/Dockerfile.app')
    })
    expect(workflowBuiltDockerfile(idle, '.')).toBeNull()
  })
})
