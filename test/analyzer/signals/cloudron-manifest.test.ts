// CloudronManifest.json (holdout42 bonfire-app `healthCheckPath: "/"`, holdout38 statping-ng `/health`): its
// httpPort and healthCheckPath are the packaged app's port and probe (cloudron-manifest.ts).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { HEALTH } from '../../../src/analyzer/precedence.js'

const manifest = (fields: string): string =>
  `{\n  "id": "org.example.app",\n  "manifestVersion": 2,\n${fields}\n  "addons": { "localstorage": {} }\n}\n`

/** A Go server without health route or port literal in code. */
const goServer = (cloudron: string | null): Record<string, string> => ({
  'go.mod': 'module example.com/pinger\n\ngo 1.22\n',
  'main.go':
    'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/api/items", items)\n\thttp.ListenAndServe(addr(), nil)\n}\n',
  ...(cloudron === null ? {} : { 'CloudronManifest.json': cloudron })
})

/** An Express app whose code declares no health route. */
const nodeApp = (cloudron: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'board',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js':
    "const app = require('express')()\napp.get('/api/posts', list)\napp.listen(process.env.PORT)\n",
  'CloudronManifest.json': cloudron
})

const root = (files: Record<string, string>) =>
  analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!

describe('CloudronManifest.json httpPort and healthCheckPath', () => {
  it('Go server: a health path and the port from the manifest, with their lines', () => {
    const app = root(goServer(manifest('  "httpPort": 9090,\n  "healthCheckPath": "/healthz",')))
    expect(app.port.value).toBe(9090)
    expect(app.port.evidence[0]).toMatchObject({ file: 'CloudronManifest.json', line: 4 })
    expect(app.healthPath.value).toBe('/healthz')
    expect(app.healthPath.evidence[0]).toMatchObject({ file: 'CloudronManifest.json', line: 5 })
  })

  it('Express app: a root healthCheckPath is the probe, ranked as a root probe', () => {
    const app = root(nodeApp(manifest('  "httpPort": 3000,\n  "healthCheckPath": "/",')))
    expect(app.port.value).toBe(3000)
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.confidence).toBeCloseTo(HEALTH.rootProbe, 2)
  })

  it('negative: no manifest, or one without those fields, adds nothing', () => {
    expect(root(goServer(null)).healthPath.value).toBeNull()
    const app = root(goServer(manifest('  "title": "Pinger",')))
    expect(app.healthPath.value).toBeNull()
    expect(app.port.evidence[0]?.file).not.toBe('CloudronManifest.json')
  })
})
