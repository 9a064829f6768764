// Go port patterns: a StringVar has no shorthand (its help text is no default), and an HTTPS/TLS or metrics
// address filled in when empty is another listener than the HTTP one.
import { analyze } from '../../../../src/analyzer/analyze.js'
import {
  GO_PORT_PATTERNS,
  goPortSource,
  sideServerLiterals
} from '../../../../src/analyzer/ecosystems/go/ports.js'
import { findPorts } from '../../../../src/analyzer/signals/ports.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const portsOf = (code: string): number[] =>
  findPorts(treeFromFiles({ 'main.go': code }), ['main.go'], GO_PORT_PATTERNS, goPortSource).map(c => c.value)

describe('GO_PORT_PATTERNS', () => {
  test('StringVar with an empty default: the port in its help text is not a default', () => {
    expect(
      portsOf(
        'func init() {\n\tcmd.PersistentFlags().StringVar(&httpAddr, "http", "", "listen address (default to 0.0.0.0:80, or 127.0.0.1:8090)")\n}'
      )
    ).toEqual([])
  })

  test('the P variants still take a one-letter shorthand before the default', () => {
    expect(
      portsOf('func init() {\n\tcmd.Flags().StringVarP(&addr, "addr", "a", ":7070", "listen address")\n}')
    ).toEqual([7070])
    expect(
      portsOf('func init() {\n\tcmd.Flags().StringVar(&addr, "addr", ":7071", "listen address")\n}')
    ).toEqual([7071])
  })

  test('an empty HTTPS, TLS or metrics address filled with a default is another listener', () => {
    const code = [
      'func main() {',
      '\tif httpsAddr == "" {\n\t\thttpsAddr = "0.0.0.0:443"\n\t}',
      '\tif tlsListen == "" {\n\t\ttlsListen = ":8443"\n\t}',
      '\tif metricsAddr == "" {\n\t\tmetricsAddr = ":9102"\n\t}',
      '\tif listen == "" {\n\t\tlisten = ":8080"\n\t}',
      '}'
    ].join('\n')
    expect(portsOf(code)).toEqual([8080])
  })
})

// A server's default config set in one composite literal keyed by listener (`GRPC: GRPCConfig{Addr:
// "0.0.0.0:8081"}` beside `HTTP: HTTPConfig{Addr: "0.0.0.0:8080"}`): only the HTTP listener's address is the
// web port; the gRPC, metrics and profiler literals (nested braces included) are left out.
describe('side-server config literals', () => {
  const analyzed = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    const app = report.apps.find(a => a.appDir === report.primary)!
    return { framework: app.framework.value, port: app.port.value, startCommand: app.startCommand.value }
  }
  const authzConfig = [
    'package config',
    '',
    'func DefaultConfig() *Config {',
    '\treturn &Config{',
    '\t\tGRPC: GRPCConfig{',
    '\t\t\tAddr: "0.0.0.0:8081",',
    '\t\t\tTLS:  &TLSConfig{Enabled: false},',
    '\t\t},',
    '\t\tHTTP: HTTPConfig{',
    '\t\t\tEnabled: true,',
    '\t\t\tAddr:    "0.0.0.0:8080",',
    '\t\t},',
    '\t\tMetrics: MetricConfig{',
    '\t\t\tAddr: "0.0.0.0:2112",',
    '\t\t},',
    '\t}',
    '}',
    ''
  ].join('\n')

  test('an authorization server whose gRPC literal comes first listens for HTTP on the HTTP one', () => {
    expect(
      analyzed({
        'go.mod': 'module example.com/authz\n\ngo 1.25\n',
        'cmd/authz/main.go':
          'package main\n\nimport "example.com/authz/pkg/config"\n\nfunc main() { run(config.DefaultConfig()) }\n',
        'pkg/config/config.go': authzConfig
      })
    ).toEqual({ framework: 'none', port: 8080, startCommand: './server' })
  })

  test('a server whose metrics and debug literals precede the server one (pointer literals too)', () => {
    expect(
      analyzed({
        'go.mod': 'module example.com/feeds\n\ngo 1.24\n',
        'main.go': [
          'package main',
          '',
          'var defaults = Options{',
          '\tDebug: &DebugOptions{Addr: ":6060", Pprof: true},',
          '\tMetrics: MetricsOptions{Addr: ":9090"},',
          '\tServer: ServerOptions{Addr: ":3000"},',
          '}',
          '',
          'func main() { serve(defaults) }',
          ''
        ].join('\n')
      })
    ).toEqual({ framework: 'none', port: 3000, startCommand: './server' })
  })

  test('leaves the HTTP and server literals, and text without a side listener, as they are (negative)', () => {
    const kept =
      'var c = Config{\n\tHTTP: HTTPConfig{Addr: ":8080"},\n\tServer: ServerConfig{Addr: ":7000"},\n}\n'
    expect(sideServerLiterals(kept)).toBe(kept)
    const blanked = sideServerLiterals(authzConfig)
    expect(blanked).toHaveLength(authzConfig.length)
    expect(blanked).not.toContain('8081')
    expect(blanked).not.toContain('2112')
    expect(blanked).toContain('"0.0.0.0:8080"')
    expect(portsOf(authzConfig)).toEqual([8080])
    // A gRPC-only literal names no web port at all.
    expect(portsOf('var c = Config{GRPC: GRPCConfig{Addr: ":50051"}}\n')).toEqual([])
  })
})

// A mail server's (or mail client's) config struct is another listener: its Addr/Port default is not HTTP
// (holdout35 inbucket: `type SMTP struct { Addr … default:"0.0.0.0:2500" }` before `type Web struct`).
describe('mail protocol config structs', () => {
  const mailhog = (web: string) =>
    'package config\n\ntype SMTP struct {\n\tAddr string `required:"true" default:"0.0.0.0:2500" desc:"SMTP server host:port"`\n\tDomain string `default:"mail"`\n}\n\n' +
    'type POP3 struct {\n\tAddr string `default:"0.0.0.0:1100" desc:"POP3 server host:port"`\n}\n\n' +
    `type Web struct {\n\tAddr string \`required:"true" default:"0.0.0.0:${web}" desc:"Web server host:port"\`\n}\n`
  const mainGo =
    'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\nfunc main() {\n\tr := mux.NewRouter()\n\tr.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {})\n\t_ = r\n}\n'
  const app = (web: string, expose: string) => ({
    'go.mod': 'module example.com/mailtrap\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n',
    'main.go': mainGo,
    'pkg/config/config.go': mailhog(web),
    Dockerfile: `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /mailtrap .\n\nFROM alpine:3.20\nCOPY --from=build /mailtrap /mailtrap\nEXPOSE ${expose}\nENTRYPOINT ["/mailtrap"]\n`
  })
  test('SMTP/POP3/IMAP struct defaults are blanked, the Web struct default stays', () => {
    expect(portsOf(mailhog('9000'))).toEqual([9000])
    expect(
      portsOf(
        'type ImapConfig struct {\n\tPort int `default:"1143"`\n}\ntype HTTP struct {\n\tPort int `default:"8025"`\n}\n'
      )
    ).toEqual([8025])
  })
  test('two images EXPOSE the mail port first: the web port the config names is the one', () => {
    for (const [web, expose] of [
      ['9000', '2500 9000 1100'],
      ['8025', '1025 8025']
    ] as const) {
      const a = analyze(treeFromFiles(app(web, expose))).apps[0]!
      expect(a.language.value).toBe('go')
      expect(a.port.value).toBe(Number(web))
      expect(a.port.evidence.map(e => e.file)).toEqual(['Dockerfile', 'pkg/config/config.go'])
    }
  })
  test('negative: a struct merely mentioning mail in a field keeps its port', () => {
    expect(
      portsOf('type Server struct {\n\tAddr string `default:":8088"`\n\tMailFrom string `default:"x@y"`\n}\n')
    ).toEqual([8088])
  })
})
