// Images that package a Go module's prebuilt binary (goreleaser output, absent from the checkout) are the
// module's recipe when the binary they copy and run is named for the module (holdout32 hydra:
// `.docker/Dockerfile-distroless-static` COPY hydra, ENTRYPOINT ["hydra"] CMD ["serve", "all"]).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { goReleaseDockerfile, moduleBinary } from '../../../src/analyzer/signals/go-release-image.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    runtimeVersion: app.runtimeVersion.value
  }
}

const mainGo = 'package main\n\nimport "example.com/x/cmd"\n\nfunc main() { cmd.Execute() }\n'

const oauth = (extra: Record<string, string> = {}): Record<string, string> => ({
  'go.mod': 'module github.com/acme/warden/v2\n\ngo 1.26\n',
  'main.go': mainGo,
  'cmd/root.go': 'package cmd\n\nfunc Execute() {}\n',
  '.docker/Dockerfile-alpine':
    'FROM alpine:3.20\nCOPY warden /usr/bin/warden\nENTRYPOINT ["warden"]\nCMD ["serve", "all"]\n',
  '.docker/Dockerfile-distroless':
    'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY warden /usr/bin/warden\nEXPOSE 4444 4445\nENTRYPOINT ["warden"]\nCMD ["serve", "all"]\n',
  ...extra
})

test('two flavours run the same command: the one that EXPOSEs speaks for both', () => {
  expect(fields(oauth())).toEqual({
    appDir: '.',
    framework: 'none',
    port: 4444,
    startCommand: './server serve all',
    runtimeVersion: '1.26'
  })
})

test('a single docker/ image of a relay binary with its flag', () => {
  expect(
    fields({
      'go.mod': 'module example.org/relay\n\ngo 1.24\n',
      'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":9000", nil) }\n',
      'docker/Dockerfile.scratch':
        'FROM scratch\nCOPY relay /relay\nEXPOSE 9000\nENTRYPOINT ["/relay", "--listen", ":9000"]\n'
    })
  ).toEqual({
    appDir: '.',
    framework: 'none',
    port: 9000,
    startCommand: './server --listen :9000',
    runtimeVersion: '1.24'
  })
})

test('the module binary: last path element without the major-version suffix', () => {
  expect(moduleBinary('module github.com/acme/warden/v2\n')).toBe('warden')
  expect(moduleBinary('module example.org/relay\n\ngo 1.22\n')).toBe('relay')
})

test('negative: flavours that run different commands, a library module, another program', () => {
  const tree = (files: Record<string, string>) => treeFromFiles(files)
  expect(
    goReleaseDockerfile(
      tree(
        oauth({
          '.docker/Dockerfile-alpine':
            'FROM alpine\nCOPY warden /usr/bin/warden\nENTRYPOINT ["warden", "migrate"]\n'
        })
      ),
      '.'
    )
  ).toBeNull()
  const library = oauth()
  delete library['main.go']
  expect(goReleaseDockerfile(tree(library), '.')).toBeNull()
  expect(
    goReleaseDockerfile(
      tree({
        'go.mod': 'module example.org/relay\n',
        'main.go': mainGo,
        'docker/Dockerfile': 'FROM alpine\nCOPY proxy /proxy\nENTRYPOINT ["/proxy"]\n'
      }),
      '.'
    )
  ).toBeNull()
})
