// A multi-port EXPOSE line defers to the port of it that the code or a compose file names (holdout14 goatcounter).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

function port(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return app.port
}

const goApp = {
  'go.mod': 'module example.com/counter\n\ngo 1.22\n',
  'main.go':
    'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})\n\thttp.ListenAndServe(addr(), nil)\n}\n',
  'addr.go': 'package main\n\nimport "os"\n\nfunc addr() string { return os.Getenv("LISTEN") }\n'
}
const goDockerfile = (expose: string) =>
  `FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /counter .\nFROM alpine\nCOPY --from=build /counter /counter\nEXPOSE ${expose}\nCMD ["/counter"]\n`
const compose = (mapping: string) => `services:\n  counter:\n    build: .\n    ports:\n      - "${mapping}"\n`

const nodeApp = (listen: number, expose: string) => ({
  'package.json': JSON.stringify({
    name: 'svc',
    scripts: { start: 'node server.js' },
    dependencies: { express: '4' }
  }),
  'server.js': `const express = require('express')\nconst app = express()\napp.get('/', (q, r) => r.send('ok'))\napp.listen(${listen})\n`,
  Dockerfile: `FROM node:20\nCOPY . .\nRUN npm ci\nEXPOSE ${expose}\nCMD ["node", "server.js"]\n`
})

describe('multi-port EXPOSE against a port named elsewhere', () => {
  test('Go: EXPOSE 80 443 8080 with compose mapping 8080:8080 gives 8080, EXPOSE line and compose as evidence', () => {
    const p = port({
      ...goApp,
      Dockerfile: goDockerfile('80 443 8080'),
      'compose.yaml': compose('8080:8080')
    })
    expect(p.value).toBe(8080)
    expect(p.source).toContain('Dockerfile EXPOSE')
    expect(p.evidence.map(e => e.file)).toEqual(['Dockerfile', 'compose.yaml'])
  })

  test('Node: EXPOSE 80 3000 with app.listen(3000) gives 3000', () => {
    expect(port(nodeApp(3000, '80 3000')).value).toBe(3000)
  })

  test('negative: nothing else names a port of the line, so its first web port stands', () => {
    expect(port({ ...goApp, Dockerfile: goDockerfile('80 443 8080') }).value).toBe(80)
  })

  test('negative: the first port is named elsewhere too, so it stands', () => {
    const p = port({
      ...goApp,
      Dockerfile: goDockerfile('80 8080'),
      'compose.yaml': `services:\n  counter:\n    build: .\n    ports:\n      - "80:80"\n      - "8080:8080"\n`
    })
    expect(p.value).toBe(80)
  })

  test('negative: a single-port EXPOSE is not moved by a code literal', () => {
    expect(port(nodeApp(3000, '8080')).value).toBe(8080)
  })
})
