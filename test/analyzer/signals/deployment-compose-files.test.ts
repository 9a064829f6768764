// A compose file kept in a deployment folder's compose folder (`deploy/docker-compose/base.yaml`) whose service
// builds the app folder gives the subcommand an ENTRYPOINT-only image needs (holdout33 hanko: `build:
// ../../backend` + `command: serve --config /etc/config/config.yaml all`); a Kubernetes container that repeats
// the image's program as `command:` still passes its `args:`.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { deploymentComposeFiles } from '../../../src/analyzer/signals/deployment-compose-files.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>, dir: string) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    startFiles: app.startCommand.evidence.map(e => e.file)
  }
}

/** A Go server under `backend/` imaged with its program as ENTRYPOINT and no CMD (cobra: `serve` needed). */
const goBackend = (program: string): Record<string, string> => ({
  'backend/go.mod': `module example.com/${program}\n\ngo 1.24\n`,
  'backend/main.go': `package main\n\nimport "example.com/${program}/cmd"\n\nfunc main() { cmd.Execute() }\n`,
  'backend/cmd/serve.go':
    'package cmd\n\nimport "net/http"\n\nfunc serve() {\n\thttp.ListenAndServe(":8000", nil)\n}\n',
  'backend/Dockerfile':
    `FROM golang:1.24 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /${program} .\n` +
    `FROM alpine\nCOPY --from=build /${program} /${program}\nEXPOSE 8000\nENTRYPOINT ["/${program}"]\n`
})

const composeBase = (program: string): string =>
  [
    'services:',
    `  ${program}-migrate:`,
    '    build: ../../backend',
    '    command: --config /etc/config/config.yaml migrate up',
    `  ${program}:`,
    '    depends_on:',
    `      ${program}-migrate:`,
    '        condition: service_completed_successfully',
    '    build: ../../backend',
    '    ports:',
    "      - '8000:8000'",
    '    command: serve --config /etc/config/config.yaml all',
    ''
  ].join('\n')

const k8sDeployment = (program: string, command: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata:\n  name: ${program}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${program}`,
    `          image: ghcr.io/acme/${program}:main`,
    command,
    '          args:',
    '            - serve',
    '            - all',
    ''
  ].join('\n')

describe('deployment compose folders and Kubernetes args complete an ENTRYPOINT-only image', () => {
  it('an auth server gets `serve … all` from deploy/docker-compose/base.yaml, not the migrate job', () => {
    const files = { ...goBackend('passkeys'), 'deploy/docker-compose/base.yaml': composeBase('passkeys') }
    expect(fields(files, 'backend')).toEqual({
      framework: 'none',
      port: 8000,
      startCommand: '/passkeys serve --config /etc/config/config.yaml all',
      startFiles: ['backend/Dockerfile', 'deploy/docker-compose/base.yaml']
    })
  })

  it('a sync server gets `serve all` from a container that repeats its program as command', () => {
    const files = {
      ...goBackend('syncd'),
      'deploy/k8s/syncd/deployment.yaml': k8sDeployment('syncd', '          command:\n            - /syncd')
    }
    expect(fields(files, 'backend')).toEqual({
      framework: 'none',
      port: 8000,
      startCommand: '/syncd serve all',
      startFiles: ['backend/Dockerfile', 'deploy/k8s/syncd/deployment.yaml']
    })
  })

  it('leaves the bare program when the container replaces it or the compose file is a debug variant (negative)', () => {
    const replaced = {
      ...goBackend('syncd'),
      'deploy/k8s/syncd/deployment.yaml': k8sDeployment('syncd', '          command:\n            - /bin/sh')
    }
    expect(fields(replaced, 'backend').startCommand).toBe('/syncd')
    const debug = {
      ...goBackend('passkeys'),
      'deploy/docker-compose/quickstart.debug.yaml': composeBase('passkeys')
    }
    expect(fields(debug, 'backend').startCommand).toBe('/passkeys')
  })
})

describe('deploymentComposeFiles', () => {
  it('lists YAML files with services in compose folders of deployment folders, variants for development left out', () => {
    const tree = treeFromFiles({
      'deploy/docker-compose/base.yaml': 'services:\n  a:\n    image: x\n',
      'deploy/docker-compose/config.yaml': 'server:\n  public: {}\n',
      'deploy/docker-compose/quickstart.e2e.yaml': 'services:\n  a:\n    image: x\n',
      'compose/stack.yml': 'services:\n  b:\n    build: ..\n',
      'deployment/compose/prod.yaml': 'services:\n  c:\n    build: ../..\n',
      'examples/compose/demo.yaml': 'services:\n  d:\n    image: y\n'
    })
    expect(deploymentComposeFiles(tree)).toEqual([
      'compose/stack.yml',
      'deploy/docker-compose/base.yaml',
      'deployment/compose/prod.yaml'
    ])
  })
})
