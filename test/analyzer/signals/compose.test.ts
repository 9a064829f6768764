// Compose folders (`docker-compose/docker-compose.yml`, `compose/…`) ship the compose file a project gives its
// users: a service running the project's published image (`image: acme/monitor:latest-full` for a project
// named Monitor) describes the app — its healthcheck and ports — like a service that builds it (holdout29
// glances). The project's name is read from package.json or pyproject.toml (parsed when arrays come first).
import { analyze } from '../../../src/analyzer/analyze.js'
import { projectName } from '../../../src/analyzer/signals/compose.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    healthPath: app.healthPath.value
  }
}

const monitor = (compose: string, folder = 'docker-compose'): Record<string, string> => ({
  'pyproject.toml': [
    '[project]',
    'authors = [{name = "A. Maintainer", email = "a@example.org"}]',
    'classifiers = ["Framework :: FastAPI"]',
    'dependencies = ["fastapi", "uvicorn"]',
    'name = "Monitor"',
    'requires-python = ">=3.10"',
    ''
  ].join('\n'),
  'monitor/__init__.py': '',
  'monitor/__main__.py': 'import uvicorn\nuvicorn.run("monitor.web:app", host="0.0.0.0", port=61208)\n',
  'monitor/web.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
  [`${folder}/docker-compose.yml`]: compose,
  [`${folder}/monitor.conf`]: '[outputs]\n'
})

const userCompose = (image: string) =>
  [
    'services:',
    '  monitor:',
    `    image: ${image}`,
    '    network_mode: "host"',
    '    healthcheck:',
    '      test: ["CMD", "curl", "-f", "http://localhost:61208/api/4/status"]',
    '    volumes:',
    '      - "./monitor.conf:/etc/monitor/monitor.conf"',
    ''
  ].join('\n')

describe("a compose folder's service running the project's published image", () => {
  it('a Python monitor: the healthcheck of docker-compose/docker-compose.yml names its health path', () => {
    expect(fields(monitor(userCompose('acme/monitor:latest-full')))).toEqual({
      appDir: '.',
      framework: 'fastapi',
      port: 61208,
      healthPath: '/api/4/status'
    })
  })

  it('a Node relay: compose/docker-compose.yml gives the port mapping and the probe', () => {
    expect(
      fields({
        'package.json': JSON.stringify({
          name: '@acme/relay',
          scripts: { start: 'node server.js' },
          dependencies: { express: '4' }
        }),
        'server.js':
          'const app = require("express")()\napp.get("/healthz", (q, r) => r.send("ok"))\napp.listen(process.env.PORT)\n',
        'compose/docker-compose.yml': [
          'services:',
          '  relay:',
          '    image: ghcr.io/acme/relay:1',
          '    ports:',
          '      - "8080:4000"',
          '    healthcheck:',
          '      test: wget -qO- http://127.0.0.1:4000/healthz || exit 1',
          ''
        ].join('\n')
      })
    ).toEqual({ appDir: '.', framework: 'express', port: 4000, healthPath: '/healthz' })
  })

  it("negative: another image's service, and a compose file outside a compose folder, say nothing of the app", () => {
    expect(fields(monitor(userCompose('postgres:17'))).healthPath).toBeNull()
    expect(fields(monitor(userCompose('acme/monitor:latest'), 'examples/stack')).healthPath).toBeNull()
    expect(projectName(treeFromFiles(monitor('services: {}\n')), '.')).toBe('Monitor')
    expect(projectName(treeFromFiles({ 'go.mod': 'module x\n' }), '.')).toBeNull()
  })
})
