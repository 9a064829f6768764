// Route literals in modules named as test doubles or dev tools (`outbound-mock-search-worker.server.ts`,
// `dev-watcher.ts`, `fakeApi.js`) belong to servers production never runs: the app's own health route wins.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { isDevOnlyModule } from '../../../../src/analyzer/ecosystems/node/dev-only-modules.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

describe('health routes of mock and dev-tool modules', () => {
  it('gives a React Router app its file route, not the mock of the service it calls or its dev watcher', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'site',
          scripts: { build: 'react-router build', start: 'react-router-serve ./build/server/index.js' },
          dependencies: { 'react-router': '^7', '@react-router/node': '^7', '@react-router/serve': '^7' },
          devDependencies: { '@react-router/dev': '^7' },
          engines: { node: '26' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'react-router.config.ts': 'export default { ssr: true }\n',
        'app/root.tsx': 'export default function App() { return null }\n',
        'app/routes/healthcheck.tsx': "export async function loader() {\n  return new Response('OK')\n}\n",
        'app/utils/outbound-mock-search-worker.server.ts':
          "export function handle(request: Request) {\n  const url = new URL(request.url)\n  if (request.method === 'GET' && url.pathname === '/health') return new Response('ok')\n  return null\n}\n",
        'other/mdx-artifacts/dev-watcher.ts':
          "import http from 'node:http'\nhttp.createServer((req, res) => {\n  const url = new URL(req.url ?? '/', 'http://x')\n  if (url.pathname === '/health') res.end('ok')\n}).listen(4000)\n"
      })
    ).apps[0]!
    expect(app.healthPath.value).toBe('/healthcheck')
    expect(app.framework.value).toBe('react-router')
    expect(app.packageManager.value).toBe('npm')
    expect(app.runtimeVersion.value).toBe('26')
  })

  it('gives an express app its /healthz, not the /health of the fake API it tests against', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node src/index.js' },
          dependencies: { express: '^4' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'src/fakeApi.js':
          "const express = require('express')\nconst fake = express()\nfake.get('/health', (q, r) => r.send('up'))\nmodule.exports = fake\n",
        'src/index.js':
          "const express = require('express')\nconst app = express()\napp.get('/healthz', (q, r) => r.send('ok'))\napp.listen(process.env.PORT || 8080)\n"
      })
    ).apps[0]!
    expect(app.healthPath.value).toBe('/healthz')
    expect(app.framework.value).toBe('express')
    expect(app.port.value).toBe(8080)
    expect(app.startCommand.value).toBe('npm start')
  })

  it('keeps the routes of modules whose names only contain such letters (device, mockup, devices)', () => {
    expect(isDevOnlyModule('src/routes/device-status.ts')).toBe(false)
    expect(isDevOnlyModule('src/mockup.ts')).toBe(false)
    expect(isDevOnlyModule('src/devices/health.ts')).toBe(false)
    expect(isDevOnlyModule('src/devServer.ts')).toBe(true)
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'iot',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'server.js': "const app = require('express')()\nrequire('./device-status')(app)\napp.listen(3000)\n",
        'device-status.js': "module.exports = app => app.get('/health', (q, r) => r.send('ok'))\n"
      })
    ).apps[0]!
    expect(app.healthPath.value).toBe('/health')
  })
})
