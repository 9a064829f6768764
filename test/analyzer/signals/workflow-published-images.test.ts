// The images a CI workflow pushes (`docker/build-push-action`, `push: true`, a literal `file:` inside an app
// folder) are a deployment recipe: the first pushed leads (holdout33: a Maven build of three services, each
// with src/main/docker/Dockerfile, and an all-in-one assembly module that bundles them, pushed by no workflow).
import { analyze } from '../../../src/analyzer/analyze.js'
import { workflowPublishedApps } from '../../../src/analyzer/signals/workflow-published-images.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const step = (name: string, file: string, push = 'true'): string =>
  [
    `      - name: Build and push ${name}`,
    '        uses: docker/build-push-action@v5',
    '        with:',
    `          context: ./${name}/target`,
    `          file: ${file}`,
    `          push: ${push}`
  ].join('\n')

const workflow = (steps: string[]): string =>
  [
    'name: publish',
    'on: workflow_dispatch',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...steps,
    ''
  ].join('\n')

/** Three Go services, each with a Dockerfile in its own docker/ folder. */
const goServices = (wf: string | null): Record<string, string> => {
  const files: Record<string, string> = {}
  for (const [name, port] of [
    ['admin', 8090],
    ['config', 8080],
    ['portal', 8070]
  ] as const) {
    files[`${name}/go.mod`] = `module example.com/${name}\n\ngo 1.22\n`
    files[`${name}/main.go`] =
      `package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/health", nil)\n\thttp.ListenAndServe(":${port}", nil)\n}\n`
    files[`${name}/docker/Dockerfile`] =
      `FROM golang:1.22\nCOPY . .\nRUN go build -o /app .\nEXPOSE ${port}\nCMD ["/app"]\n`
  }
  if (wf !== null) files['.github/workflows/publish.yml'] = wf
  return files
}

describe('images a workflow publishes', () => {
  it('lists the pushed apps in step order, each once', () => {
    const files = goServices(
      workflow([
        step('config', './config/docker/Dockerfile'),
        step('admin', './admin/docker/Dockerfile'),
        step('config', './config/docker/Dockerfile')
      ])
    )
    expect(workflowPublishedApps(treeFromFiles(files), ['admin', 'config', 'portal'])).toEqual([
      { dir: 'config', reason: '.github/workflows/publish.yml:12 file: ./config/docker/Dockerfile' },
      { dir: 'admin', reason: '.github/workflows/publish.yml:18 file: ./admin/docker/Dockerfile' }
    ])
  })

  it('the first pushed service is primary, field by field', () => {
    const report = analyze(
      treeFromFiles(
        goServices(
          workflow([step('config', './config/docker/Dockerfile'), step('admin', './admin/docker/Dockerfile')])
        )
      )
    )
    expect(report.primary).toBe('config')
    const app = report.apps.find(a => a.appDir === 'config')
    expect(app?.language.value).toBe('go')
    expect(app?.port.value).toBe(8080)
    expect(app?.healthPath.value).toBe('/health')
    expect(report.warnings.find(w => w.code === 'MULTIPLE_APPS')?.message).toContain('(pushed by a workflow)')
  })

  it('a second order: the portal pushed first leads', () => {
    const report = analyze(treeFromFiles(goServices(workflow([step('portal', 'portal/docker/Dockerfile')]))))
    expect(report.primary).toBe('portal')
    expect(report.apps.find(a => a.appDir === 'portal')?.port.value).toBe(8070)
  })

  it('negative: builds that do not push, test images and expression paths publish nothing', () => {
    const files = goServices(
      workflow([
        step('portal', './portal/docker/Dockerfile', 'false'),
        step('config', './config/docker/Dockerfile.test'),
        step('config', '${{ matrix.dockerfile }}')
      ])
    )
    expect(workflowPublishedApps(treeFromFiles(files), ['admin', 'config', 'portal'])).toEqual([])
    // Without a recipe the paths decide, as before.
    expect(analyze(treeFromFiles(files)).primary).toBe('admin')
  })

  it('negative: a workflow that also pushes the root Dockerfile (no file:) promotes no member', () => {
    const rootPush = [
      '      - name: Build and push the root image',
      '        uses: docker/build-push-action@v5',
      '        with:',
      '          context: .',
      '          push: true'
    ].join('\n')
    const files = goServices(workflow([rootPush, step('portal', './portal/docker/Dockerfile')]))
    expect(workflowPublishedApps(treeFromFiles(files), ['admin', 'config', 'portal'])).toEqual([])
    expect(analyze(treeFromFiles(files)).primary).toBe('admin')
  })
})

describe('the pushed image a deployment Dockerfile builds on leads (holdout37 openvsx)', () => {
  const pushedTwo = (deploy: Record<string, string>): Record<string, string> => ({
    ...goServices(
      workflow([step('portal', './portal/docker/Dockerfile'), step('config', './config/docker/Dockerfile')])
    ),
    ...deploy
  })

  it('deploy/docker/Dockerfile FROM ghcr.io/acme/registry-config:${VERSION} puts config first', () => {
    const files = pushedTwo({
      'deploy/docker/Dockerfile':
        'ARG VERSION\nFROM ubuntu AS builder\nRUN echo ui\nFROM ghcr.io/acme/registry-config:${VERSION}\nCOPY --from=builder /ui /app/static\n'
    })
    expect(
      workflowPublishedApps(treeFromFiles(files), ['admin', 'config', 'portal']).map(p => p.dir)
    ).toEqual(['config', 'portal'])
    expect(analyze(treeFromFiles(files)).primary).toBe('config')
  })

  it('a second layout: deployment/k8s/Dockerfile FROM docker.io/acme/config:1.2 (the bare folder name)', () => {
    const files = pushedTwo({
      'deployment/k8s/Dockerfile': 'FROM docker.io/acme/config:1.2\nCOPY conf /etc/config\n'
    })
    expect(workflowPublishedApps(treeFromFiles(files), ['admin', 'config', 'portal'])[0]!.dir).toBe('config')
  })

  it('negatives: official or unrelated base images, or none, leave the step order', () => {
    const deploys: Record<string, string>[] = [
      { 'deploy/docker/Dockerfile': 'FROM ubuntu:24.04\nCOPY config /srv\n' },
      { 'deploy/docker/Dockerfile': 'FROM ghcr.io/acme/other-thing:1\n' },
      {}
    ]
    for (const deploy of deploys) {
      const files = pushedTwo(deploy)
      expect(
        workflowPublishedApps(treeFromFiles(files), ['admin', 'config', 'portal']).map(p => p.dir)
      ).toEqual(['portal', 'config'])
    }
  })
})
