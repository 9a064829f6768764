// Two Go features from holdout14 beszel: the main package the app's Dockerfile compiles is the app (over a
// sibling main that listens), and PocketBase used as a library serves its built-in GET /api/health.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { dockerBuiltMains } from '../../../../src/analyzer/ecosystems/go/docker-built-main.js'
import { contextFor } from '../helpers.js'

function primary(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!
}

const agentMain = 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":45876", nil) }\n'
const hubMain = (body: string) => `package main\n\n${body}\n`

describe('the main package the Dockerfile compiles', () => {
  test('Go: the Dockerfile builds ./cmd/hub, which outranks the listening agent (start, build, port)', () => {
    const app = primary({
      'go.mod': 'module example.com/mon\n\ngo 1.22\n',
      'cmd/agent/main.go': agentMain,
      'cmd/hub/main.go': hubMain('import "example.com/mon/hub"\n\nfunc main() { hub.Run() }'),
      'hub/hub.go': 'package hub\n\nfunc Run() {}\n',
      Dockerfile:
        'FROM golang:1.22 AS b\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags "-w -s" -o /hub ./cmd/hub\nFROM scratch\nCOPY --from=b /hub /\nEXPOSE 8090\nENTRYPOINT ["/hub"]\n'
    })
    expect(app.startCommand.value).toBe('/hub')
    expect(app.port.value).toBe(8090)
    expect(app.buildCommand.value).toContain('./cmd/hub')
  })

  test('the reader: packages after flags, `-o` values skipped, several builds, no file or pattern arguments', () => {
    const ctx = (run: string) =>
      contextFor({ 'go.mod': 'module m\n', Dockerfile: `FROM golang\nCOPY . .\n${run}\nCMD ["/x"]\n` })
    expect(
      dockerBuiltMains(ctx('RUN go build -o ./bin/x ./cmd/server/ && go build -o /y ./tools/y'))
    ).toEqual(['cmd/server', 'tools/y'])
    expect(dockerBuiltMains(ctx('RUN go build -o /x ./main.go'))).toEqual([])
    expect(dockerBuiltMains(ctx('RUN go build ./...'))).toEqual([])
    expect(dockerBuiltMains(ctx('RUN go build -o /x .'))).toEqual([])
  })

  test('negative: without a Dockerfile the listening main stays first', () => {
    const app = primary({
      'go.mod': 'module example.com/mon\n\ngo 1.22\n',
      'cmd/agent/main.go': agentMain,
      'cmd/hub/main.go': hubMain('func main() {}')
    })
    expect(app.port.value).toBe(45876)
  })
})

describe('PocketBase as a library', () => {
  const pbMod = 'module example.com/app\n\ngo 1.22\n\nrequire github.com/pocketbase/pocketbase v0.22.0\n'
  test('pocketbase.New() in the main package gives /api/health with the call as evidence', () => {
    const app = primary({
      'go.mod': pbMod,
      'main.go': hubMain(
        'import "github.com/pocketbase/pocketbase"\n\nfunc main() {\n\tapp := pocketbase.New()\n\tapp.Start()\n}'
      )
    })
    expect(app.healthPath.value).toBe('/api/health')
    expect(app.healthPath.evidence[0]).toMatchObject({ file: 'main.go', line: 6 })
  })

  test('pocketbase.NewWithConfig in a package the main calls', () => {
    const app = primary({
      'go.mod': pbMod,
      'cmd/srv/main.go': hubMain('import "example.com/app/internal/srv"\n\nfunc main() { srv.Run() }'),
      'internal/srv/srv.go':
        'package srv\n\nimport "github.com/pocketbase/pocketbase"\n\nfunc Run() { pocketbase.NewWithConfig(pocketbase.Config{}).Start() }\n'
    })
    expect(app.healthPath.value).toBe('/api/health')
  })

  test('negative: pocketbase in go.mod without an app built from it, or a call without the requirement', () => {
    expect(
      primary({
        'go.mod': pbMod,
        'main.go': hubMain('import "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }')
      }).healthPath.value
    ).toBeNull()
    expect(
      primary({
        'go.mod': 'module example.com/app\n\ngo 1.22\n',
        'main.go': hubMain('func main() { pocketbase.New() }')
      }).healthPath.value
    ).toBeNull()
  })
})
