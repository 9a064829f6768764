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

// `EXPOSE 8081` / `EXPOSE 8080` / `EXPOSE 3000` on lines of their own (a gRPC port listed first, then HTTP and
// a playground): the final stage's EXPOSE lines are one list, and the other lines list ports, they do not
// name one — only a file does (holdout29 openfga).
describe('EXPOSE lines of their own in the final stage', () => {
  const goListening = (addr: string) => ({
    'go.mod': 'module example.com/authz\n\ngo 1.24\n',
    'main.go': `package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe("${addr}", nil)\n}\n`
  })
  const linesDockerfile = (ports: number[]) =>
    `FROM golang:1.24 AS build\nCOPY . .\nRUN go build -o /authz .\nFROM alpine\nCOPY --from=build /authz /authz\n${ports
      .map(p => `EXPOSE ${p}`)
      .join('\n')}\nENTRYPOINT ["/authz"]\n`

  test('Go: EXPOSE 8081, 8080, 3000 with the server on :8080 gives 8080, both lines and the listen call as evidence', () => {
    const p = port({ ...goListening(':8080'), Dockerfile: linesDockerfile([8081, 8080, 3000]) })
    expect(p.value).toBe(8080)
    expect(p.source).toContain('Dockerfile EXPOSE (of 8081, 8080, 3000')
    expect(p.evidence.map(e => `${e.file}:${e.line}`)).toEqual(['Dockerfile:6', 'main.go:6', 'Dockerfile:7'])
  })

  test('Node: EXPOSE 9100 then EXPOSE 3000 with app.listen(3000) gives 3000', () => {
    const files = nodeApp(3000, '9100')
    files.Dockerfile = files.Dockerfile.replace('EXPOSE 9100\n', 'EXPOSE 9100\nEXPOSE 3000\n')
    expect(port(files).value).toBe(3000)
  })

  test('negative: no file names a port of the lines, so the first line stands (a sibling line names nothing)', () => {
    const p = port({ ...goApp, Dockerfile: linesDockerfile([8081, 8080]).replace(/authz/g, 'counter') })
    expect(p.value).toBe(8081)
    expect(p.source).toBe('Dockerfile EXPOSE')
  })

  test('negative: the code names the first line port, so it stands', () => {
    expect(port({ ...goListening(':8081'), Dockerfile: linesDockerfile([8081, 8080]) }).value).toBe(8081)
  })
})

// A framework's documented default names no port: its evidence is the dependency line, not a file setting the
// port (holdout35 gophish: `Gorilla mux default` 8080 from go.mod moved `EXPOSE 3333 8080 8443 80` to 8080).
describe('framework defaults do not corroborate a port of a multi-port EXPOSE', () => {
  const muxApp = (expose: string) => ({
    'go.mod': 'module example.com/phish\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n',
    'main.go':
      'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\nfunc main() {\n\tr := mux.NewRouter()\n\tr.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {})\n\thttp.ListenAndServe(listenURL(), r)\n}\n',
    'conf.go': 'package main\n\nimport "os"\n\nfunc listenURL() string { return os.Getenv("LISTEN_URL") }\n',
    Dockerfile: goDockerfile(expose)
  })
  test('two Go apps (gorilla/mux, gin): the first port of the line stands against the framework default', () => {
    const go = port(muxApp('3333 8080 8443 80'))
    expect(go.value).toBe(3333)
    expect(go.source).toBe('Dockerfile EXPOSE')
    expect(go.evidence.map(e => `${e.file}:${e.line}`)).toEqual(['Dockerfile:6'])
    const gin = port({
      'go.mod': 'module example.com/board\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n',
      'main.go':
        'package main\n\nimport (\n\t"os"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.Run(os.Getenv("BOARD_ADDR"))\n}\n',
      Dockerfile: goDockerfile('9090 8080')
    })
    expect(gin.value).toBe(9090)
    expect(gin.source).toBe('Dockerfile EXPOSE')
    expect(gin.alternatives?.map(a => a.value)).toContain(8080)
  })
  test('negative: a file naming a port of the line still moves it', () => {
    const p = port({ ...muxApp('3333 8080 8443 80'), 'compose.yaml': compose('8080:8080') })
    expect(p.value).toBe(8080)
  })
})
