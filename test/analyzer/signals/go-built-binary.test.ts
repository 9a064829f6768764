// A root Dockerfile that builds a Go module member in its copy (`COPY api /app/api`, `go build -o photoview .`)
// and runs the binary from the last stage (`ENTRYPOINT ["/app/photoview"]`) ships that member (holdout27
// photoview: the api member took gorilla/mux's 4001 constant, while the image sets PHOTOVIEW_LISTEN_PORT=80
// and exposes it).
import { analyze } from '../../../src/analyzer/analyze.js'
import { runsGoBinaryBuiltIn } from '../../../src/analyzer/signals/go-built-binary.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

function member(files: Record<string, string>, dir: string) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)!
  return {
    dockerfile: app.dockerfile,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    packageManager: app.packageManager.value
  }
}

const goModule = (dir: string, router: string) => ({
  [`${dir}/go.mod`]: `module example.com/${dir}\n\ngo 1.22\n\nrequire ${router} v1.8.1\n`,
  [`${dir}/go.sum`]: '',
  [`${dir}/main.go`]: [
    'package main',
    '',
    'import (',
    '\t"net/http"',
    '\t"os"',
    `\t"${router}"`,
    ')',
    '',
    'func main() {',
    '\tport := os.Getenv("APP_LISTEN_PORT")',
    '\tif port == "" {',
    '\t\tport = "4001"',
    '\t}',
    '\tr := mux.NewRouter()',
    '\thttp.ListenAndServe(":"+port, r)',
    '}',
    ''
  ].join('\n')
})

const ui = {
  'ui/package.json': '{"name":"ui","scripts":{"build":"vite build"},"devDependencies":{"vite":"^5"}}',
  'ui/index.html': '<html></html>'
}

describe('a root Dockerfile running the binary go build made in a member', () => {
  it('photoview-like: api stage builds in /app/api, the last stage runs /app/photoview on port 80', () => {
    const files = {
      ...goModule('api', 'github.com/gorilla/mux'),
      ...ui,
      Dockerfile: [
        'FROM node:20 AS ui',
        'WORKDIR /app/ui',
        'COPY ui/ /app/ui',
        'RUN npm ci && npm run build',
        'FROM golang:1.22 AS api',
        'WORKDIR /app/api',
        'COPY api/go.mod api/go.sum /app/api/',
        'RUN go mod download',
        'COPY api /app/api',
        'RUN go build -v -o photoview .',
        'FROM debian:bookworm-slim',
        'COPY --from=ui /app/ui/dist /app/ui',
        'COPY --from=api /app/api/photoview /app/photoview',
        'ENV APP_LISTEN_PORT=80',
        'EXPOSE ${APP_LISTEN_PORT}',
        'ENTRYPOINT ["/app/photoview"]',
        ''
      ].join('\n')
    }
    expect(member(files, 'api')).toEqual({
      dockerfile: 'Dockerfile',
      framework: 'gorilla-mux',
      port: 80,
      startCommand: '/app/photoview',
      packageManager: 'go'
    })
  })

  it('a backend member built as ./server and installed in /usr/local/bin', () => {
    const files = {
      ...goModule('backend', 'github.com/gorilla/mux'),
      ...ui,
      Dockerfile: [
        'FROM node:20 AS web',
        'WORKDIR /web',
        'COPY ui /web',
        'RUN npm ci && npm run build',
        'FROM golang:1.22-alpine AS build',
        'COPY backend /build/backend',
        'WORKDIR /build/backend',
        'RUN CGO_ENABLED=0 go build -trimpath -o ./server .',
        'FROM alpine:3.20',
        'COPY --from=web /web/dist /srv/ui',
        'COPY --from=build /build/backend/server /usr/local/bin/server',
        'EXPOSE 9090',
        'CMD ["/usr/local/bin/server"]',
        ''
      ].join('\n')
    }
    expect(member(files, 'backend')).toEqual({
      dockerfile: 'Dockerfile',
      framework: 'gorilla-mux',
      port: 9090,
      startCommand: 'server',
      packageManager: 'go'
    })
  })

  it('negative: the image runs a file the repository holds, or a binary built under another name', () => {
    const base = { ...goModule('api', 'github.com/gorilla/mux'), ...ui }
    const script = {
      ...base,
      'api/run.sh': '#!/bin/sh\nexec /usr/bin/tool\n',
      Dockerfile:
        'FROM golang:1.22 AS api\nWORKDIR /app/api\nCOPY api /app/api\nRUN go build -o photoview .\nFROM debian:bookworm-slim\nCOPY --from=api /app/api/run.sh /app/run.sh\nEXPOSE 80\nENTRYPOINT ["/app/run.sh"]\n'
    }
    const tree = treeFromFiles(script)
    expect(runsGoBinaryBuiltIn(tree, 'api', 'Dockerfile', script.Dockerfile, '/app/run.sh')).toBe(false)
    const other = {
      ...base,
      Dockerfile:
        'FROM node:20 AS ui\nWORKDIR /app/ui\nCOPY ui/ /app/ui\nRUN npm ci && npm run build\nFROM golang:1.22 AS api\nWORKDIR /app/api\nCOPY api /app/api\nRUN go build -o migrate ./cmd/migrate\nFROM debian:bookworm-slim\nCOPY --from=ui /app/ui/dist /app/ui\nCOPY --from=api /app/api/photoview /app/photoview\nEXPOSE 80\nENTRYPOINT ["/app/photoview"]\n'
    }
    expect(member(other, 'api')).toEqual({
      dockerfile: null,
      framework: 'gorilla-mux',
      port: 4001,
      startCommand: './server',
      packageManager: 'go'
    })
  })
})
