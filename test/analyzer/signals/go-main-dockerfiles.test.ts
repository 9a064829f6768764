// Go main packages built by Dockerfiles kept away from them (`zarf/docker/dockerfile.<service>` with
// `WORKDIR /service/api/services/<service>` + `go build`; `build/docker/<svc>.Dockerfile` with
// `go build -o /bin/<svc> ./cmd/<svc>`): each main-package folder is an app with its Dockerfile's facts, the one
// the Makefile builds first leads; a Dockerfile building the root main package keeps the app at the root.
// Field by field through the whole analyzer, and the module's functions.
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import {
  builtMainFolder,
  firstDeployedGoMain,
  goMainDockerfiles
} from '../../../src/analyzer/signals/go-main-dockerfiles.js'

const MOD = 'module example.com/service\n\ngo 1.26.0\n'
const serviceMain = (port: number, health: string): string =>
  `package main\n\nimport "net/http"\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc("${health}", func(w http.ResponseWriter, r *http.Request) {})\n\thttp.ListenAndServe(":${port}", mux)\n}\n`
const TOOL_MAIN = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("admin")\n}\n'
const zarfDockerfile = (svc: string): string =>
  `FROM golang:1.26 AS build_${svc}\nENV CGO_ENABLED=0\nCOPY . /service\n\n# Build the admin binary.\nWORKDIR /service/api/tooling/admin\nRUN go build -ldflags "-X main.tag=\${BUILD_TAG}"\n\nWORKDIR /service/api/services/${svc}\nRUN go build -ldflags "-X main.tag=\${BUILD_TAG}"\n\nFROM alpine:3.23\nCOPY --from=build_${svc} /service/api/tooling/admin/admin /service/admin\nCOPY --from=build_${svc} /service/api/services/${svc}/${svc} /service/${svc}\nWORKDIR /service\nCMD ["./${svc}"]\n`

const ZARF = {
  'go.mod': MOD,
  'api/services/sales/main.go': serviceMain(3000, '/v1/liveness'),
  'api/services/auth/main.go': serviceMain(6000, '/v1/readiness'),
  'api/tooling/admin/main.go': TOOL_MAIN,
  'zarf/docker/dockerfile.auth': zarfDockerfile('auth'),
  'zarf/docker/dockerfile.sales': zarfDockerfile('sales'),
  makefile:
    'build: sales auth\n\nsales:\n\tdocker build -f zarf/docker/dockerfile.sales -t sales .\n\nauth:\n\tdocker build -f zarf/docker/dockerfile.auth -t auth .\n'
}

const svcDockerfile = (svc: string, port: number): string =>
  `FROM golang:1.26-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -o /bin/${svc} ./cmd/${svc}\n\nFROM gcr.io/distroless/static\nCOPY --from=build /bin/${svc} /bin/${svc}\nEXPOSE ${port}\nENTRYPOINT ["/bin/${svc}"]\n`
const BUILD_DOCKER = {
  'go.mod': 'module example.com/shop\n\ngo 1.25.4\n',
  'cmd/api/main.go': serviceMain(8081, '/healthz'),
  'cmd/worker/main.go': TOOL_MAIN,
  'internal/store/store.go': 'package store\n',
  'build/docker/api.Dockerfile': svcDockerfile('api', 8081),
  'build/docker/worker.Dockerfile': svcDockerfile('worker', 9090)
}

function fields(report: ReturnType<typeof analyze>, dir: string) {
  const app = report.apps.find(a => a.appDir === dir)
  return app
    ? {
        language: app.language.value,
        framework: app.framework.value,
        port: app.port.value,
        startCommand: app.startCommand.value,
        packageManager: app.packageManager.value,
        runtimeVersion: app.runtimeVersion.value,
        healthPath: app.healthPath.value
      }
    : null
}

describe('Go main packages built by Dockerfiles kept elsewhere', () => {
  test('zarf/docker/dockerfile.<service>: one app per service, the Makefile’s first build leads', () => {
    const report = analyze(treeFromFiles(ZARF))
    expect(report.apps.map(a => a.appDir)).toEqual(['.', 'api/services/auth', 'api/services/sales'])
    expect(report.primary).toBe('api/services/sales')
    expect(fields(report, 'api/services/sales')).toEqual({
      language: 'go',
      framework: 'none',
      port: 3000,
      startCommand: './sales',
      packageManager: 'go',
      runtimeVersion: '1.26.0',
      healthPath: '/v1/liveness'
    })
    expect(fields(report, 'api/services/auth')).toEqual({
      language: 'go',
      framework: 'none',
      port: 6000,
      startCommand: './auth',
      packageManager: 'go',
      runtimeVersion: '1.26.0',
      healthPath: '/v1/readiness'
    })
  })

  test('the Makefile building auth first makes auth the primary', () => {
    const report = analyze(
      treeFromFiles({
        ...ZARF,
        makefile:
          'build: auth sales\n\nauth:\n\tdocker build -f zarf/docker/dockerfile.auth .\n\nsales:\n\tdocker build -f zarf/docker/dockerfile.sales .\n'
      })
    )
    expect(report.primary).toBe('api/services/auth')
  })

  test('build/docker/<svc>.Dockerfile: `go build -o … ./cmd/<svc>` under WORKDIR /src', () => {
    const report = analyze(treeFromFiles(BUILD_DOCKER))
    // The root holds no main package of its own: the module is a library there.
    expect(report.apps.map(a => a.appDir)).toEqual(['cmd/api', 'cmd/worker'])
    expect(report.primary).toBe('cmd/api')
    expect(fields(report, 'cmd/api')).toEqual({
      language: 'go',
      framework: 'none',
      port: 8081,
      startCommand: 'api',
      packageManager: 'go',
      runtimeVersion: '1.25.4',
      healthPath: '/healthz'
    })
    expect(fields(report, 'cmd/worker')).toMatchObject({
      language: 'go',
      port: 9090,
      startCommand: 'worker',
      packageManager: 'go',
      runtimeVersion: '1.25.4',
      healthPath: null
    })
  })

  test('negative: a Dockerfile kept in build/ (`build/app.Dockerfile`) that compiles the root main package leaves the app at the root', () => {
    const files = {
      'go.mod': MOD,
      'main.go': serviceMain(8080, '/health'),
      'build/app.Dockerfile':
        'FROM golang:1.26 AS build\nWORKDIR /app\nCOPY . .\nRUN go build -o /bin/app .\n\nFROM alpine:3.23\nCOPY --from=build /bin/app /bin/app\nEXPOSE 8080\nCMD ["/bin/app"]\n'
    }
    const report = analyze(treeFromFiles(files))
    expect(goMainDockerfiles(treeFromFiles(files)).size).toBe(0)
    expect(report.apps.map(a => a.appDir)).toEqual(['.'])
    expect(report.primary).toBe('.')
    expect(fields(report, '.')).toMatchObject({ language: 'go', port: 8080, healthPath: '/health' })
  })
})

test('negative: the module root’s own Dockerfile building ./cmd/api keeps the app at the root', () => {
  const files = { ...BUILD_DOCKER, Dockerfile: svcDockerfile('api', 8081) }
  delete (files as Record<string, string>)['build/docker/api.Dockerfile']
  delete (files as Record<string, string>)['build/docker/worker.Dockerfile']
  const report = analyze(treeFromFiles(files))
  expect(goMainDockerfiles(treeFromFiles(files)).size).toBe(0)
  expect(report.apps.map(a => a.appDir)).toEqual(['.'])
  expect(fields(report, '.')).toMatchObject({
    language: 'go',
    port: 8081,
    startCommand: 'api',
    healthPath: '/healthz'
  })
})

test('negative: a single such Dockerfile (`build/docker/api.Dockerfile` building ./cmd/api) is the module’s recipe', () => {
  const files: Record<string, string> = { ...BUILD_DOCKER }
  delete (files as Record<string, string>)['build/docker/worker.Dockerfile']
  expect(goMainDockerfiles(treeFromFiles(files)).size).toBe(0)
  const report = analyze(treeFromFiles(files))
  expect(report.apps.map(a => a.appDir)).toEqual(['.'])
  expect(fields(report, '.')).toMatchObject({ language: 'go', packageManager: 'go', healthPath: '/healthz' })
})

describe('builtMainFolder / firstDeployedGoMain', () => {
  const tree = treeFromFiles({ ...ZARF, ...BUILD_DOCKER, 'go.mod': MOD })
  test('the build named like the image’s binary, not the admin tool built before it', () => {
    expect(builtMainFolder(tree, 'zarf/docker/dockerfile.sales', ZARF['zarf/docker/dockerfile.sales'])).toBe(
      'api/services/sales'
    )
  })
  test('the package argument under the WORKDIR', () => {
    expect(builtMainFolder(tree, 'build/docker/api.Dockerfile', svcDockerfile('api', 8081))).toBe('cmd/api')
  })
  test('a build of no main-package folder names none', () => {
    expect(
      builtMainFolder(tree, 'x/Dockerfile', 'FROM golang\nWORKDIR /src\nRUN go build ./internal/store\n')
    ).toBe(null)
  })
  test('no Makefile or compose mention: no lead', () => {
    expect(firstDeployedGoMain(treeFromFiles(BUILD_DOCKER), ['.', 'cmd/api', 'cmd/worker'])).toBeNull()
  })
})
