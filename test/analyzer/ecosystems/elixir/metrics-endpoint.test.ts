import { blankMetricsEndpoints } from '../../../../src/analyzer/ecosystems/elixir/metrics-endpoint.js'

describe('blankMetricsEndpoints', () => {
  it('blanks a metrics endpoint block up to the next statement, keeping line count', () => {
    const text = [
      'if config_env() == :prod do',
      '  config :app, AppWeb.Endpoint,',
      '    http: [port: 4400]',
      '',
      '  config :app, AppWeb.MetricsEndpoint,',
      '    http: [',
      '      port: 9568',
      '    ]',
      '',
      '  config :app, :features, signup: true',
      'end'
    ].join('\n')
    const out = blankMetricsEndpoints(text).split('\n')
    expect(out).toHaveLength(11)
    expect(out[2]).toBe('    http: [port: 4400]')
    expect(out.slice(4, 9)).toEqual(['', '', '', '', ''])
    expect(out[9]).toBe('  config :app, :features, signup: true')
    expect(out[10]).toBe('end')
  })

  it('blanks Prometheus and PromEx endpoints on one line, and leaves other endpoints alone', () => {
    const text =
      'config :a, AWeb.PrometheusEndpoint, http: [port: 9100]\nconfig :a, AWeb.Endpoint, http: [port: 80]\n'
    expect(blankMetricsEndpoints(text)).toBe('\nconfig :a, AWeb.Endpoint, http: [port: 80]\n')
    const plain = 'config :a, AWeb.Endpoint, http: [port: 8080]\nconfig :a, :metrics, port: 9000\n'
    expect(blankMetricsEndpoints(plain)).toBe(plain)
  })

  it('survives a metrics block that runs to the end of the file, and huge input', () => {
    expect(blankMetricsEndpoints('config :a, A.MetricsEndpoint,\n  http: [port: 1]')).toBe('\n')
    const huge = 'config :a, A.MetricsEndpoint,\n' + '  x: 1,\n'.repeat(200_000)
    expect(blankMetricsEndpoints(huge).length).toBe(200_001)
  })
})
