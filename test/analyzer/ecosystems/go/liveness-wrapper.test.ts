// A Go server's hand-written liveness wrapper (`handler = alive("/", handler)`, a function that answers 200
// for its path before the handler it wraps): the path it is called with is the health path.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { stripCComments } from '../../../../src/analyzer/signals/evidence.js'
import { livenessWrapperHealth } from '../../../../src/analyzer/ecosystems/go/liveness-wrapper.js'

const wrapper = (name: string, param: string) =>
  `// ${name} answers 200 for its path; there is no guarantee of anything but that the server is up.\n` +
  `func ${name}(${param} string, handler http.Handler) http.Handler {\n` +
  '\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n' +
  `\t\tif r.URL.Path == ${param} {\n\t\t\tw.Header().Set("Cache-Control", "no-cache")\n` +
  '\t\t\tw.WriteHeader(http.StatusOK)\n\t\t\treturn\n\t\t}\n\n\t\thandler.ServeHTTP(w, r)\n\t})\n}\n'

// An image registry: the debug listener's /debug/health on the DefaultServeMux, the app wrapped in alive("/").
const registry = {
  'go.mod': 'module example.com/registry\n\ngo 1.25.0\n\nrequire github.com/gorilla/mux v1.8.1\n',
  'cmd/registry/main.go':
    'package main\n\nimport "example.com/registry/registry"\n\nfunc main() { registry.Run() }\n',
  'health/health.go':
    'package health\n\nimport "net/http"\n\nfunc init() {\n\thttp.HandleFunc("/debug/health", StatusHandler)\n}\n',
  'registry/registry.go':
    'package registry\n\nimport (\n\t"net/http"\n\t"github.com/gorilla/mux"\n)\n\n' +
    'func Run() {\n\tvar handler http.Handler = mux.NewRouter()\n\thandler = alive("/", handler)\n' +
    '\tgo http.ListenAndServe(debugAddr, nil)\n\thttp.ListenAndServe(":5000", handler)\n}\n\n' +
    wrapper('alive', 'path')
}

// A chart server: its wrapper is named for what it does and checks `/healthz`.
const charts = {
  'go.mod': 'module example.com/charts\n\ngo 1.24\n',
  'main.go':
    'package main\n\nimport "net/http"\n\nfunc main() {\n\tmux := http.NewServeMux()\n' +
    '\tmux.HandleFunc("/api/charts", list)\n\thttp.ListenAndServe(":8080", withLiveness("/healthz", mux))\n}\n\n' +
    wrapper('withLiveness', 'p')
}

const health = (files: Record<string, string>) =>
  livenessWrapperHealth(treeFromFiles(files), Object.keys(files), stripCComments)

describe('livenessWrapperHealth', () => {
  it('reads alive("/", handler) of an image registry, above the debug listener route', () => {
    const [found, ...rest] = health(registry)
    expect(rest).toEqual([])
    expect(found?.value).toBe('/')
    expect(found?.evidence).toEqual([
      { file: 'registry/registry.go', line: 10, text: 'handler = alive("/", handler)' }
    ])
    const app = analyze(treeFromFiles(registry)).apps[0]!
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.alternatives?.[0]?.value).toBe('/debug/health')
  })

  it('reads withLiveness("/healthz", mux) of a chart server', () => {
    const found = health(charts)
    expect(found.map(c => c.value)).toEqual(['/healthz'])
    expect(found[0]?.evidence[0]?.file).toBe('main.go')
    expect(found[0]?.evidence[0]?.line).toBe(8)
    expect(analyze(treeFromFiles(charts)).apps[0]!.healthPath.value).toBe('/healthz')
  })

  it('ignores a wrapper that only logs or checks auth, and two wrapped paths', () => {
    // A middleware that takes a path but always passes the request on answers nothing itself.
    const logging = {
      ...charts,
      'main.go':
        charts['main.go'].replace(wrapper('withLiveness', 'p'), '') +
        'func withLiveness(p string, handler http.Handler) http.Handler {\n' +
        '\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n' +
        '\t\tlog.Println(p, r.URL.Path)\n\t\thandler.ServeHTTP(w, r)\n\t})\n}\n'
    }
    expect(health(logging)).toEqual([])
    // Called with two paths: which one is the probe is not said.
    const twice = {
      ...registry,
      'registry/registry.go': registry['registry/registry.go'].replace(
        'handler = alive("/", handler)',
        'handler = alive("/", handler)\n\thandler = alive("/v2/", handler)'
      )
    }
    expect(health(twice)).toEqual([])
  })
})
