// A client helper that fills in the port of a URL that names none (`port := proxyURL.Port(); if port == ""
// { port = "80" … }`, holdout21's PDF converter dialing an outbound proxy) gives the port the client dials,
// not the one the server listens on: no port alternative and no port-mismatch warning from it. A server's
// own `Port()` accessor defaulted the same way, and the usual `os.Getenv("PORT")` fallback, still count.
import { GO_PORT_PATTERNS, goPortSource } from '../../../../src/analyzer/ecosystems/go/ports.js'
import { goProvider } from '../../../../src/analyzer/ecosystems/go/provider.js'
import { findPorts } from '../../../../src/analyzer/signals/ports.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeWith } from '../helpers.js'

const portsOf = (code: string): number[] =>
  findPorts(treeFromFiles({ 'x.go': code }), ['x.go'], GO_PORT_PATTERNS, goPortSource).map(c => c.value)

const fn = (body: string): string => `package x\n\nfunc hostPort(u *url.URL) string {\n${body}\n}\n`

describe('a URL port filled in by scheme is a client’s', () => {
  test('an outbound proxy’s `proxyURL.Port()` defaulted to 80, 443 for https', () => {
    expect(
      portsOf(
        fn(
          '\tport := proxyURL.Port()\n\tif port == "" {\n\t\tport = "80"\n\t\tif proxyURL.Scheme == "https" {\n\t\t\tport = "443"\n\t\t}\n\t}\n\treturn net.JoinHostPort(proxyURL.Hostname(), port)'
        )
      )
    ).toEqual([])
  })

  test('a webhook client’s `req.URL.Port()` with a scheme switch; a `target.Port()` read with the scheme', () => {
    expect(
      portsOf(
        fn(
          '\tport := req.URL.Port()\n\tif port == "" {\n\t\tswitch req.URL.Scheme {\n\t\tcase "https":\n\t\t\tport = "443"\n\t\tdefault:\n\t\t\tport = "8080"\n\t\t}\n\t}\n\treturn port'
        )
      )
    ).toEqual([])
    expect(
      portsOf(
        fn(
          '\tp := target.Port()\n\tif p == "" {\n\t\tp = "80"\n\t\tif target.Scheme == "https" {\n\t\t\tp = "443"\n\t\t}\n\t}\n\treturn p'
        )
      )
    ).toEqual([])
  })

  test('the app: its API port flag answers, and the proxy helper’s ports are no alternatives', () => {
    const { value, app } = analyzeWith(goProvider, {
      'go.mod': 'module example.com/conv\n\ngo 1.25\n\nrequire github.com/labstack/echo/v4 v4.14.0\n',
      'cmd/conv/main.go':
        'package main\n\nimport (\n\t"flag"\n\t"github.com/labstack/echo/v4"\n)\n\nfunc main() {\n\tport := flag.Int("port", 3000, "API port")\n\te := echo.New()\n\te.Start(fmt.Sprintf(":%d", *port))\n}\n',
      'pkg/outbound/proxy.go': fn(
        '\tport := proxyURL.Port()\n\tif port == "" {\n\t\tport = "80"\n\t\tif proxyURL.Scheme == "https" {\n\t\t\tport = "443"\n\t\t}\n\t}\n\treturn port'
      )
    })
    expect(value('port')).toBe(3000)
    const alternatives = (app?.port as unknown as { alternatives?: { value: number }[] }).alternatives ?? []
    expect(alternatives.map(a => a.value)).not.toContain(80)
    expect(alternatives.map(a => a.value)).not.toContain(443)
  })

  test('negative: the server’s own Port() accessor, a Getenv fallback, a URL block without a default', () => {
    expect(
      portsOf(fn('\tport := cfg.Port()\n\tif port == "" {\n\t\tport = "9000"\n\t}\n\treturn port'))
    ).toEqual([9000])
    expect(
      portsOf(fn('\tport := os.Getenv("PORT")\n\tif port == "" {\n\t\tport = "8081"\n\t}\n\treturn port'))
    ).toEqual([8081])
    // Only the URL's block is blanked: a listen address after it still counts.
    expect(
      portsOf(
        fn(
          '\tport := u.Port()\n\tif port == "" {\n\t\tport = "80"\n\t}\n\thttp.ListenAndServe(":8082", nil)\n\treturn port'
        )
      )
    ).toEqual([8082])
  })
})
