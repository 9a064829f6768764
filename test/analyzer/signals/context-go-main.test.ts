// A Dockerfile in a Dockerfile folder that copies the whole context, builds with the project's tooling and
// runs a binary named for a Go main package `cmd/<binary>` of the root module is the root app's image.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { wholeContextRunsGoMain } from '../../../src/analyzer/signals/context-go-main.js'

const mainGo = 'package main\n\nfunc main() { run() }\n'
const server =
  'package api\n\nimport (\n\t"net/http"\n\t"github.com/gorilla/mux"\n)\n\n' +
  'func Serve() {\n\tr := mux.NewRouter()\n\tr.HandleFunc("/livez", live)\n\thttp.ListenAndServe(":8080", r)\n}\n'
const goMod = (name: string) =>
  `module example.com/${name}\n\ngo 1.26.3\n\nrequire github.com/gorilla/mux v1.8.1\n`

// zot-like: build/Dockerfile, `make binary`, config written at build time, ENTRYPOINT + CMD.
const registry = {
  'go.mod': goMod('registry'),
  Makefile: 'binary:\n\tgo build -o bin/regd ./cmd/regd\n',
  'cmd/regd/main.go': mainGo,
  'cmd/regbench/main.go': mainGo,
  'cmd/regbench/main_test.go': 'package main\n',
  'pkg/api/server.go': server,
  'build/Dockerfile':
    'FROM golang:1.26 AS builder\nWORKDIR /src\nCOPY . .\nRUN make binary\n\n' +
    'FROM gcr.io/distroless/base AS final\nCOPY --from=builder /src/bin/regd /usr/bin/regd\n' +
    'ENTRYPOINT ["/usr/bin/regd"]\nEXPOSE 5000\nCMD ["serve", "/etc/regd/config.json"]\n'
}

// A second app: `deploy/Dockerfile`, shell-form command, binary on PATH by its bare name.
const gitHost = {
  'go.mod': goMod('githost'),
  'cmd/githost/main.go': mainGo,
  'cmd/githost/serve.go': 'package main\n\nfunc serve() {}\n',
  'pkg/api/server.go': server,
  'deploy/Dockerfile':
    'FROM golang:1.26\nWORKDIR /app\nADD . /app\nRUN ./script/build.sh && cp out/githost /usr/local/bin/\n' +
    'EXPOSE 3000\nENTRYPOINT githost web --config /etc/githost.ini\n'
}

const rootApp = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === '.')!
  return {
    apps: report.apps.map(a => a.appDir),
    language: app.language.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    dockerfile: app.dockerfile
  }
}

describe('wholeContextRunsGoMain', () => {
  it('attaches build/Dockerfile running /usr/bin/<cmd> to the root Go module (registry)', () => {
    expect(wholeContextRunsGoMain(treeFromFiles(registry), '.', 'build', registry['build/Dockerfile'])).toBe(
      true
    )
    expect(rootApp(registry)).toEqual({
      apps: ['.'],
      language: 'go',
      port: 5000,
      startCommand: 'regd serve /etc/regd/config.json',
      dockerfile: 'build/Dockerfile'
    })
  })

  it('attaches deploy/Dockerfile with a shell-form ENTRYPOINT to the root Go module (git host)', () => {
    expect(wholeContextRunsGoMain(treeFromFiles(gitHost), '.', 'deploy', gitHost['deploy/Dockerfile'])).toBe(
      true
    )
    const app = rootApp(gitHost)
    expect(app.apps).toEqual(['.'])
    expect(app.language).toBe('go')
    expect(app.port).toBe(3000)
    expect(app.startCommand).toBe('githost web --config /etc/githost.ini')
    expect(app.dockerfile).toBe('deploy/Dockerfile')
  })

  it('does not attach an image of a binary no cmd/ main package is named for, nor one without the context', () => {
    const other = { ...registry, 'build/Dockerfile': registry['build/Dockerfile'].replace(/regd/g, 'mirror') }
    expect(wholeContextRunsGoMain(treeFromFiles(other), '.', 'build', other['build/Dockerfile'])).toBe(false)
    // A test-only folder named like the binary is no main package.
    const testOnly = {
      ...other,
      'cmd/mirror/mirror_test.go': 'package main\n'
    }
    expect(wholeContextRunsGoMain(treeFromFiles(testOnly), '.', 'build', other['build/Dockerfile'])).toBe(
      false
    )
    // A released binary copied in (no whole-context COPY) proves nothing about the source.
    const released = registry['build/Dockerfile'].replace('COPY . .', 'COPY bin/ bin/')
    expect(wholeContextRunsGoMain(treeFromFiles(registry), '.', 'build', released)).toBe(false)
    // Without a root go.mod there is no Go module to build.
    const { 'go.mod': _mod, ...noModule } = registry
    expect(wholeContextRunsGoMain(treeFromFiles(noModule), '.', 'build', registry['build/Dockerfile'])).toBe(
      false
    )
  })
})
