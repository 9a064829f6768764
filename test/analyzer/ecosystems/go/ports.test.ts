// Go port patterns: a StringVar has no shorthand (its help text is no default), and an HTTPS/TLS or metrics
// address filled in when empty is another listener than the HTTP one.
import { GO_PORT_PATTERNS, goPortSource } from '../../../../src/analyzer/ecosystems/go/ports.js'
import { findPorts } from '../../../../src/analyzer/signals/ports.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const portsOf = (code: string): number[] =>
  findPorts(treeFromFiles({ 'main.go': code }), ['main.go'], GO_PORT_PATTERNS, goPortSource).map(c => c.value)

describe('GO_PORT_PATTERNS', () => {
  test('StringVar with an empty default: the port in its help text is not a default', () => {
    expect(
      portsOf(
        'func init() {\n\tcmd.PersistentFlags().StringVar(&httpAddr, "http", "", "listen address (default to 0.0.0.0:80, or 127.0.0.1:8090)")\n}'
      )
    ).toEqual([])
  })

  test('the P variants still take a one-letter shorthand before the default', () => {
    expect(
      portsOf('func init() {\n\tcmd.Flags().StringVarP(&addr, "addr", "a", ":7070", "listen address")\n}')
    ).toEqual([7070])
    expect(
      portsOf('func init() {\n\tcmd.Flags().StringVar(&addr, "addr", ":7071", "listen address")\n}')
    ).toEqual([7071])
  })

  test('an empty HTTPS, TLS or metrics address filled with a default is another listener', () => {
    const code = [
      'func main() {',
      '\tif httpsAddr == "" {\n\t\thttpsAddr = "0.0.0.0:443"\n\t}',
      '\tif tlsListen == "" {\n\t\ttlsListen = ":8443"\n\t}',
      '\tif metricsAddr == "" {\n\t\tmetricsAddr = ":9102"\n\t}',
      '\tif listen == "" {\n\t\tlisten = ":8080"\n\t}',
      '}'
    ].join('\n')
    expect(portsOf(code)).toEqual([8080])
  })
})
