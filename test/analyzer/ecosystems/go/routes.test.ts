// Go routes in two more shapes (holdout29 openfga): grpc-gateway's health options on its ServeMux
// (`runtime.WithHealthzEndpoint(client)` serves GET /healthz, `runtime.WithHealthEndpointAt(client, "/ready")`
// that path), and structured-log fields that only look like routes (`zap.Any("status", v)`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { mod } from './health-support.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return { framework: app.framework.value, port: app.port.value, healthPath: app.healthPath.value }
}

const gatewayMain = (option: string): string =>
  [
    'package main',
    '',
    'import (',
    '\t"net/http"',
    '',
    '\t"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"',
    '\thealthpb "google.golang.org/grpc/health/grpc_health_v1"',
    ')',
    '',
    'func main() {',
    '\tconn := dial()',
    '\tmuxOpts := []runtime.ServeMuxOption{',
    `\t\t${option},`,
    '\t}',
    '\tmux := runtime.NewServeMux(muxOpts...)',
    '\thttp.ListenAndServe(":8080", mux)',
    '}',
    ''
  ].join('\n')

describe('grpc-gateway health endpoints', () => {
  it('WithHealthzEndpoint serves GET /healthz on the gateway mux', () => {
    expect(
      fields({
        'go.mod': mod('github.com/grpc-ecosystem/grpc-gateway/v2 v2.26.0'),
        'main.go': gatewayMain('runtime.WithHealthzEndpoint(healthpb.NewHealthClient(conn))')
      })
    ).toEqual({ framework: 'none', port: 8080, healthPath: '/healthz' })
  })

  it('WithHealthEndpointAt serves the path it is given (an aliased runtime import)', () => {
    expect(
      fields({
        'go.mod': mod('github.com/grpc-ecosystem/grpc-gateway/v2 v2.26.0'),
        'main.go': gatewayMain(
          'runtime.WithHealthEndpointAt(healthpb.NewHealthClient(conn), "/ready")'
        ).replace(/runtime\./g, 'gwruntime.')
      })
    ).toEqual({ framework: 'none', port: 8080, healthPath: '/ready' })
  })

  it('reads no route from a structured-log field, and none without a health option (negative)', () => {
    expect(
      fields({
        'go.mod': mod('go.uber.org/zap v1.27.0'),
        'main.go': gatewayMain('runtime.WithErrorHandler(onError)'),
        'server.go': [
          'package main',
          '',
          'import (',
          '\t"log/slog"',
          '\t"go.uber.org/zap"',
          ')',
          '',
          'func ready(logger *zap.Logger, s status) bool {',
          '\tlogger.Warn("datastore is not ready", zap.Any("status", s.Message))',
          '\tslog.Info("probe", slog.Any("health", s))',
          '\treturn s.IsReady',
          '}',
          ''
        ].join('\n')
      })
    ).toEqual({ framework: 'none', port: 8080, healthPath: null })
  })
})
