// Probe paths kept in a script: a HEALTHCHECK that runs a repository script, or an image that installs a
// probe program (check-health, healthcheck.sh) without a HEALTHCHECK; the URL it requests from the container.
import { analyze } from '../../../src/analyzer/analyze.js'
import { probeScriptRequest } from '../../../src/analyzer/signals/probe-script.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const express = (route: string) =>
  `const app = require('express')()\napp.get('${route}', (q, r) => r.send('ok'))\napp.listen(process.env.PORT || 6246)\n`

describe('probe scripts', () => {
  it('reads the path a HEALTHCHECK script requests from the container, past a base-path variable', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'svc',
          scripts: { start: 'node index.js' },
          dependencies: { express: '^5' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'index.js': express('/api/info'),
        'docker/healthcheck.sh':
          '#!/bin/sh\nPORT="${UI_PORT:-6246}"\nPATH_PREFIX="${BASE_PATH:-}"\nexec curl -fsS "http://127.0.0.1:${PORT}${PATH_PREFIX}/api/health/ready"\n',
        Dockerfile:
          'FROM node:24-alpine\nWORKDIR /opt/app\nCOPY . .\nCOPY docker/healthcheck.sh /opt/app/healthcheck.sh\nRUN npm ci\nEXPOSE 6246\nHEALTHCHECK --interval=30s CMD ["/opt/app/healthcheck.sh"]\nCMD ["node", "index.js"]\n'
      })
    ).apps[0]!
    expect(app.healthPath.value).toBe('/api/health/ready')
    expect(app.healthPath.source).toContain('docker/healthcheck.sh')
    expect(app.port.value).toBe(6246)
    expect(app.startCommand.value).toBe('node index.js')
    expect(app.runtimeVersion.value).toBe('24')
  })

  it('reads the probe program an image installs into its PATH without a HEALTHCHECK', () => {
    const app = analyze(
      treeFromFiles({
        'backend/package.json': JSON.stringify({
          name: 'api',
          main: 'index.js',
          dependencies: { express: '^5' }
        }),
        'backend/yarn.lock': '# yarn lockfile v1\n',
        'backend/index.js': express('/'),
        'docker/rootfs/usr/bin/check-health':
          '#!/bin/bash\nOK=$(curl --silent "http://127.0.0.1:${ADMIN_PORT:-81}/api/" | jq -r .status)\n[ "$OK" == "OK" ]\n',
        'docker/Dockerfile':
          'FROM node:20-bookworm\nEXPOSE 81\nCOPY backend /app\nCOPY docker/rootfs /\nWORKDIR /app\nRUN yarn install\nCMD ["node", "index.js"]\n'
      })
    ).apps.find(a => a.appDir === 'backend')!
    expect(app.healthPath.value).toBe('/api/')
    expect(app.healthPath.source).toContain('docker/rootfs/usr/bin/check-health')
    expect(app.port.value).toBe(81)
    expect(app.packageManager.value).toBe('yarn')
    expect(app.startCommand.value).toBe('node index.js')
  })

  it('ignores a shipped probe under HEALTHCHECK NONE, and requests to other hosts', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'svc',
          scripts: { start: 'node index.js' },
          dependencies: { express: '^5' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        // Not the root: an API root answering a constant 'ok' is a health path of its own (root-route.ts).
        'index.js': express('/items'),
        'healthcheck.sh': '#!/bin/sh\ncurl -f http://localhost:3000/internal/ready\n',
        Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nHEALTHCHECK NONE\nCMD ["node", "index.js"]\n'
      })
    ).apps[0]!
    expect(app.healthPath.value).toBeNull()
    expect(
      probeScriptRequest('check.sh', '#!/bin/sh\ncurl -f https://status.example.com/health\n')
    ).toBeNull()
    expect(
      probeScriptRequest(
        'check.sh',
        '#!/bin/sh\n# curl http://localhost/health\nwget -qO- http://localhost:8080/\n'
      )
    ).toBeNull()
  })
})
