// Two Go features from holdout14 beszel: the main package the app's Dockerfile compiles is the app (over a
// sibling main that listens), and PocketBase used as a library serves its built-in GET /api/health.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import {
  dockerBuiltMains,
  dockerImageProgram
} from '../../../../src/analyzer/ecosystems/go/docker-built-main.js'
import { generateDockerfile } from '../../../../src/analyzer/render/dockerfile/index.js'
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

describe('the main package named after the program the image runs', () => {
  // A registry with four mains (holdout42 zot): the image runs /usr/bin/zot, built by `make binary`.
  const registry = (dockerfile: Record<string, string>) =>
    analyze(
      treeFromFiles({
        'go.mod': 'module example.com/reg\n\ngo 1.22\n',
        'cmd/zb/main.go': hubMain('import "example.com/reg/bench"\n\nfunc main() { bench.Run() }'),
        'cmd/zli/main.go': hubMain('func main() {}'),
        'cmd/zot/main.go': hubMain('import "example.com/reg/cli"\n\nfunc main() { cli.Execute() }'),
        'cmd/zxp/main.go': hubMain('func main() {}'),
        'bench/bench.go': 'package bench\n\nfunc Run() {}\n',
        'cli/root.go':
          'package cli\n\nimport "net/http"\n\nfunc Execute() {\n\tsrv := &http.Server{Addr: ":5000"}\n\tsrv.ListenAndServe()\n}\n',
        Makefile: 'binary:\n\tgo build -o bin/zot-$(OS)-$(ARCH) ./cmd/zot\n',
        ...dockerfile
      })
    )
  const zotImage =
    'FROM golang:1.22 AS builder\nWORKDIR /src\nCOPY . .\nRUN make binary\n' +
    'FROM gcr.io/distroless/base AS final\nCOPY --from=builder /src/bin/zot-linux-amd64 /usr/bin/zot\n' +
    'ENTRYPOINT ["/usr/bin/zot"]\nEXPOSE 5000\nCMD ["serve", "/etc/zot/config.json"]\n'

  test('ENTRYPOINT /usr/bin/zot over a make build: cmd/zot, not the first of four mains (build, hints, image)', () => {
    const report = registry({ 'build/Dockerfile': zotImage })
    const app = report.apps.find(a => a.appDir === report.primary)!
    expect(app.appDir).toBe('.')
    expect(app.buildCommand.value).toBe('go build -o server ./cmd/zot')
    // zb's `bench.Run()` looks like a listener; the image's main hands over to the server in cli/root.go.
    expect(app.buildCommand.evidence[0]).toMatchObject({ file: 'cli/root.go', line: 6 })
    expect(app.startCommand.value).toBe('zot serve /etc/zot/config.json')
    expect(app.port.value).toBe(5000)
    expect(app.hints.package).toBe('./cmd/zot')
    expect(app.hints.otherMains).toEqual(['./cmd/zb', './cmd/zli', './cmd/zxp'])
    // The generated image compiles and ships that main.
    const text = generateDockerfile(app, { baseImageRegistry: null }, [])!.text
    expect(text).toContain('go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/zot\n')
    expect(text).toContain('COPY --from=build /out/server /usr/local/bin/server\n')
  })

  test('tini wrapper: ENTRYPOINT ["tini", "--"] + CMD ["/app/relay", …] picks cmd/relay over a listening admin', () => {
    const app = primary({
      'go.mod': 'module example.com/mesh\n\ngo 1.22\n',
      'cmd/admin/main.go': hubMain('import "net/http"\n\nfunc main() { http.ListenAndServe(":9100", nil) }'),
      'cmd/relay/main.go': hubMain('import "net/http"\n\nfunc main() { http.ListenAndServe(":9000", nil) }'),
      Dockerfile:
        'FROM golang:1.22 AS b\nCOPY . .\nRUN go build -o /out/ ./...\nFROM alpine\nCOPY --from=b /out/relay /app/relay\n' +
        'ENTRYPOINT ["/sbin/tini", "--"]\nCMD ["/app/relay", "--listen", ":9000"]\n'
    })
    expect(app.buildCommand.value).toBe('go build -o server ./cmd/relay')
    expect(app.buildCommand.evidence[0]).toMatchObject({ file: 'cmd/relay/main.go', line: 5 })
    expect(app.port.value).toBe(9000)
    expect(app.hints.package).toBe('./cmd/relay')
    expect(app.hints.otherMains).toEqual(['./cmd/admin'])
  })

  test('two mains the Dockerfile compiles: the one its ENTRYPOINT runs comes first', () => {
    const app = primary({
      'go.mod': 'module example.com/mon\n\ngo 1.22\n',
      'cmd/agent/main.go': agentMain,
      'cmd/hub/main.go': hubMain('import "net/http"\n\nfunc main() { http.ListenAndServe(":8090", nil) }'),
      Dockerfile:
        'FROM golang:1.22 AS b\nCOPY . .\nRUN go build -o /agent ./cmd/agent && go build -o /hub ./cmd/hub\n' +
        'FROM scratch\nCOPY --from=b /hub /hub\nENTRYPOINT ["/hub"]\n'
    })
    expect(app.buildCommand.value).toBe('go build -o server ./cmd/hub')
    expect(app.port.value).toBe(8090)
    expect(app.hints.otherMains).toEqual(['./cmd/agent'])
  })

  test('a Go entrypoint wrapper (`docker-entrypoint` exec-ing CMD `dex serve`): the program of the CMD is the app', () => {
    const app = primary({
      'go.mod': 'module example.com/idp\n\ngo 1.22\n',
      'cmd/dex/main.go': hubMain('func main() { commandRoot().Execute() }'),
      'cmd/dex/serve.go':
        'package main\n\nimport "net/http"\n\nfunc serve() { http.ListenAndServe(":5556", nil) }\n',
      'cmd/docker-entrypoint/main.go': hubMain(
        'import "syscall"\n\nfunc main() { syscall.Exec("/usr/local/bin/dex", nil, nil) }'
      ),
      'cmd/zz-tool/main.go': hubMain(
        'import "net/http"\n\nfunc main() { http.ListenAndServe(":9999", nil) }'
      ),
      Dockerfile:
        'FROM golang:1.22 AS builder\nCOPY . .\nRUN make release-binary\nFROM alpine\n' +
        'COPY --from=builder /go/bin/dex /usr/local/bin/dex\nCOPY --from=builder /go/bin/docker-entrypoint /usr/local/bin/docker-entrypoint\n' +
        'ENTRYPOINT ["/usr/local/bin/docker-entrypoint"]\nCMD ["dex", "serve", "/etc/dex/config.docker.yaml"]\n'
    })
    expect(app.buildCommand.value).toBe('go build -o server ./cmd/dex')
    expect(app.hints.package).toBe('./cmd/dex')
    expect(app.hints.otherMains).toEqual(['./cmd/zz-tool', './cmd/docker-entrypoint'])
  })

  test('the reader: final stage, ENTRYPOINT then CMD, wrappers skipped; scripts, shells and variables name none', () => {
    const prog = (tail: string) =>
      dockerImageProgram(
        contextFor({
          'go.mod': 'module m\n',
          Dockerfile: `FROM golang AS b\nCMD ["/b"]\nFROM alpine\n${tail}`
        })
      )
    expect(prog('ENTRYPOINT ["/usr/bin/zot"]\nCMD ["serve", "/etc/zot/config.json"]\n')).toBe('zot')
    expect(prog('CMD /usr/local/bin/relay --addr :9000\n')).toBe('relay')
    expect(prog('ENTRYPOINT ["dumb-init", "--"]\nCMD ["./hub", "serve"]\n')).toBe('hub')
    expect(prog('CMD exec /app/api\n')).toBe('api')
    expect(prog('ENTRYPOINT ["/usr/local/bin/docker-entrypoint"]\nCMD ["dex", "serve"]\n')).toBe('dex')
    expect(prog('ENTRYPOINT ["/init"]\n')).toBeNull()
    // An entrypoint script runs the CMD after it by convention (`exec "$@"`); another script names none.
    expect(prog('ENTRYPOINT ["/entrypoint.sh"]\nCMD ["zot"]\n')).toBe('zot')
    expect(prog('ENTRYPOINT ["/start.sh"]\nCMD ["zot"]\n')).toBeNull()
    expect(prog('CMD ["sh", "-c", "/app/zot serve"]\n')).toBeNull()
    expect(prog('ENTRYPOINT ["$BIN"]\n')).toBeNull()
    expect(prog('EXPOSE 80\n')).toBeNull()
  })

  test('negative: without an image, or with one running a script, the ranking of today stays (cmd/zb first)', () => {
    for (const dockerfile of <Record<string, string>[]>[
      {},
      {
        Dockerfile: 'FROM alpine\nCOPY zot /usr/bin/zot\nENTRYPOINT ["/start.sh"]\nCMD ["zot", "serve"]\n'
      },
      { Dockerfile: 'FROM alpine\nCOPY x /usr/bin/registry\nENTRYPOINT ["/usr/bin/registry"]\n' }
    ]) {
      const report = registry(dockerfile)
      const app = report.apps.find(a => a.appDir === report.primary)!
      expect(app.buildCommand.value).toBe('go build -o server ./cmd/zb')
      expect(app.hints.package).toBe('./cmd/zb')
    }
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
