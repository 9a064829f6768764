import { parseGoMod, parseGoWork } from '../../../../src/analyzer/ecosystems/go/modules.js'
import { goProvider } from '../../../../src/analyzer/ecosystems/go/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const go = goProvider as Provider<unknown>

test('go.mod: module, go and toolchain directives, direct and indirect requirements', () => {
  const mod = parseGoMod(
    'go.mod',
    'module example.com/x\n\ngo 1.21\n\ntoolchain go1.22.4\n\nrequire github.com/go-chi/chi/v5 v5.0.12\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgolang.org/x/net v0.25.0 // indirect\n)\n'
  )
  expect(mod.module).toBe('example.com/x')
  expect(mod.go?.value).toBe('1.21')
  expect(mod.toolchain).toMatchObject({ value: '1.22.4', evidence: { file: 'go.mod', line: 5 } })
  expect(mod.deps.get('github.com/go-chi/chi/v5')).toMatchObject({
    dev: false,
    version: 'v5.0.12',
    evidence: { line: 7 }
  })
  expect(mod.deps.get('github.com/gin-gonic/gin')?.dev).toBe(false)
  expect(mod.deps.get('golang.org/x/net')?.dev).toBe(true)
})

test('go.work: block and single-line use directives', () => {
  expect(parseGoWork('go 1.22\n\nuse (\n\t./api // the API\n\t./worker\n)\nuse ./tools\n')).toEqual([
    'api',
    'worker',
    'tools'
  ])
})

test('port from a getenv fallback, health route from a 1.22 method pattern, main under cmd/', () => {
  const { value } = analyzeWith(go, {
    'go.mod': 'module x\n\ngo 1.22\n',
    'cmd/api/main.go':
      'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc("GET /livez", nil)\n\tport := os.Getenv("PORT")\n\tif port == "" {\n\t\tport = "7070"\n\t}\n\thttp.ListenAndServe(":"+port, mux)\n}\n',
    'cmd/tool/main.go': 'package main\n\nfunc main() {}\n'
  })
  expect(value('framework')).toBe('none')
  expect(value('port')).toBe(7070)
  expect(value('healthPath')).toBe('/livez')
  expect(value('buildCommand')).toBe('go build -o server ./cmd/api')
})

test('a Getenv-then-if default is no port rival of a Dockerfile that sets that variable, and is of EXPOSE', () => {
  const main =
    'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\tport := os.Getenv("PORT")\n\tif port == "" {\n\t\tport = "7070"\n\t}\n\thttp.ListenAndServe(":"+port, nil)\n}\n'
  const codes = (dockerfile: string) =>
    analyzeWith(go, {
      'go.mod': 'module x\n\ngo 1.22\n',
      'main.go': main,
      Dockerfile: dockerfile
    }).app?.warnings.map(w => w.code)
  const base = 'FROM golang:1.22\nCOPY . .\nRUN go build -o /server .\n'
  expect(codes(`${base}ENV PORT=9000\nCMD ["/server"]\n`)).not.toContain('PORT_MISMATCH')
  expect(codes(`${base}EXPOSE 9000\nCMD ["/server"]\n`)).toContain('PORT_MISMATCH')
})

test('commented-out listen calls are not evidence', () => {
  const { value } = analyzeWith(go, {
    'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/gofiber/fiber/v2 v2.52.0\n',
    'main.go':
      'package main\n\nimport "github.com/gofiber/fiber/v2"\n\nfunc main() {\n\tapp := fiber.New()\n\t// app.Listen(":9999")\n\tapp.Listen(":4000")\n}\n'
  })
  expect(value('framework')).toBe('fiber')
  expect(value('port')).toBe(4000)
})

test('a module without a main package is a library; a broken go.mod warns', () => {
  const lib = analyzeWith(go, { 'go.mod': 'module x\n', 'lib.go': 'package lib\n' })
  expect(lib.report.apps).toHaveLength(0)
  const broken = analyzeWith(go, {
    'go.mod': 'this is not go.mod\n',
    'main.go': 'package main\nfunc main() { http.ListenAndServe(":80", nil) }\n'
  })
  expect(
    broken.app?.warnings.some(w => w.code === 'INVALID_MANIFEST' && w.file === 'go.mod' && w.line === 1)
  ).toBe(true)
})

test('config struct defaults give the port; datastore ports in helpers do not', () => {
  const files = (main: string): Record<string, string> => ({
    'go.mod': 'module example.com/svc\n\ngo 1.22\n',
    'main.go': main,
    'internal/dbtest/dbtest.go':
      'package dbtest\n\nfunc DSN() string {\n\tport := "5432"\n\treturn "postgres://x@localhost:" + port\n}\n'
  })
  const withStruct = analyzeWith(
    go,
    files(
      'package main\n\nimport "net/http"\n\ntype config struct {\n\tDBPort  int    `default:"5432"`\n\tAPIHost string `conf:"default:0.0.0.0:3000"`\n}\n\nfunc main() {\n\tvar cfg config\n\t_ = http.ListenAndServe(cfg.APIHost, nil)\n}\n'
    )
  )
  expect(withStruct.app?.port).toMatchObject({ value: 3000, evidence: [{ file: 'main.go', line: 7 }] })
  const bare = analyzeWith(
    go,
    files('package main\n\nimport "net/http"\n\nfunc main() {\n\t_ = http.ListenAndServe(addr(), nil)\n}\n')
  )
  expect(bare.value('port')).not.toBe(5432)
})

test.each([
  ['flag.Int("port", 8090, "listen port")', 8090],
  ['flag.String("addr", ":8091", "listen address")', 8091],
  ['pflag.StringVar(&listen, "listen", "0.0.0.0:8092", "listen address")', 8092],
  ['cmd.PersistentFlags().StringVarP(&addr, "http-addr", "a", "127.0.0.1:8093", "HTTP address")', 8093],
  ['flag.Int("db-port", 5433, "database port")', 8080],
  ['flag.String("port", "", "defaults to 8094")', 8080]
])('listen port from a command-line flag default: %s', (flagLine, port) => {
  const { value } = analyzeWith(go, {
    'go.mod': 'module x\n\ngo 1.22\n',
    'main.go': `package main\n\nimport "net/http"\n\nfunc main() {\n\t${flagLine}\n\thttp.ListenAndServe(addr, nil)\n}\n`
  })
  expect(value('port')).toBe(port)
})

test('composed routes: a path prefix from a StringVar flag default in a file with no String( call, or none', () => {
  const files = (flags: string) => ({
    'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/labstack/echo/v4 v4.11.0\n',
    'main.go':
      'package main\n\nimport "github.com/labstack/echo/v4"\n\ntype config struct{ base string }\n\nvar cfg config\n\nfunc main() {\n\te := echo.New()\n\tparseFlags()\n\te.GET(cfg.base + "/healthz", nil)\n\te.Start(":8080")\n}\n',
    'flags.go': `package main\n\nimport "flag"\n\nfunc parseFlags() {\n${flags}\tflag.Parse()\n}\n`
  })
  const health = (flags: string): unknown => analyzeWith(go, files(flags)).value('healthPath')
  expect(health('\tflag.StringVar(&cfg.base, "base", "/api", "route prefix")\n')).toBe('/api/healthz')
  // Without the flag the sum stays an expression: no route path is read from it.
  expect(health('')).not.toBe('/api/healthz')
})

test('a group prefix held by a constant (of another package, or beside middleware) is resolved', () => {
  const mod = 'module example.com/x\n\ngo 1.23\n\nrequire github.com/gin-gonic/gin v1.10.0\n'
  const { value } = analyzeWith(go, {
    'go.mod': mod,
    'consts/consts.go': 'package consts\n\nconst (\n\tAPIPrefix = "/api/v3"\n)\n',
    'main.go': [
      'package main',
      'import "github.com/gin-gonic/gin"',
      'func main() {',
      '\tr := gin.New()',
      '\tv3 := r.Group(consts.APIPrefix, gin.Logger())',
      '\tv3.GET("/health", func(c *gin.Context) {})',
      '\tr.Run(":8000")',
      '}',
      ''
    ].join('\n')
  })
  expect(value('healthPath')).toBe('/api/v3/health')
  // A name that is no path constant (a run-time value) leaves the group unprefixed, as before.
  const unresolved = analyzeWith(go, {
    'go.mod': mod,
    'main.go':
      'package main\nimport "github.com/gin-gonic/gin"\nfunc main() {\n\tr := gin.New()\n\tg := r.Group(basePath)\n\tg.GET("/health", func(c *gin.Context) {})\n\tr.Run(":8000")\n}\n'
  })
  expect(unresolved.value('healthPath')).toBe('/health')
})

describe('GoReleaser: the released main that goes in an image is the app', () => {
  const echoMod = 'module example.com/flags\n\ngo 1.26\n\nrequire github.com/labstack/echo/v4 v4.15.4\n'
  // The server hands over to its api package (`StartWithContext`, no listen call in main); a Lambda beside
  // it listens on echo's :1323 in its own main package.
  const relay = {
    'go.mod': echoMod,
    'cmd/relay/main.go':
      'package main\n\nimport "example.com/flags/cmd/relay/api"\n\nfunc main() {\n  s := api.New(cfg)\n  s.StartWithContext(ctx)\n}\n',
    'cmd/relay/api/server.go':
      'package api\n\nimport (\n  "net/http"\n  "github.com/labstack/echo/v4"\n)\n\nfunc (s *Server) StartWithContext(ctx context.Context) {\n  e := echo.New()\n  e.GET("/health", s.health)\n  e.StartServer(&http.Server{Addr: addr})\n}\n',
    'cmd/relay/config/config.go':
      'package config\n\nfunc (c *Config) ServerPort() int {\n  if c.Server.Port != 0 {\n    if c.Debug {\n      log.Print("port")\n    }\n    return c.Server.Port\n  }\n  return 1031\n}\n\nfunc (c *Config) MetricsPort() int {\n  return 9100\n}\n',
    'cmd/editor/main.go':
      'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc main() {\n  e := echo.New()\n  e.GET("/ping", ping)\n  e.Logger.Fatal(e.Start(":1323"))\n}\n'
  }
  const goreleaser = (images: string): string =>
    `builds:\n  - id: relay\n    main: ./cmd/relay\n    binary: relay\n  - id: editor\n    main: ./cmd/editor\n    binary: editor\n${images}`

  it('dockers_v2 ids: the relay proxy, with its getter default port and its own routes', () => {
    const r = analyzeWith(go, {
      ...relay,
      '.goreleaser.yaml': goreleaser(
        'dockers_v2:\n  - ids:\n      - relay\n    dockerfile: ./cmd/relay/Dockerfile\n'
      )
    })
    expect(r.report.apps[0]?.hints).toMatchObject({ package: './cmd/relay' })
    expect(r.value('framework')).toBe('echo')
    expect(r.value('port')).toBe(1031)
    expect(r.value('healthPath')).toBe('/health')
  })

  it('kos build: the same main, named by a ko entry', () => {
    const r = analyzeWith(go, { ...relay, '.goreleaser.yaml': goreleaser('kos:\n  - build: relay\n') })
    expect(r.report.apps[0]?.hints).toMatchObject({ package: './cmd/relay' })
    expect(r.value('port')).toBe(1031)
  })

  it('an image entry without ids singles out no main: the listening one stays first', () => {
    const r = analyzeWith(go, {
      ...relay,
      '.goreleaser.yaml': goreleaser('dockers:\n  - image_templates: ["x/y:latest"]\n')
    })
    expect(r.report.apps[0]?.hints).toMatchObject({ package: './cmd/editor' })
    expect(r.value('port')).toBe(1323)
  })
})
