// A Rust server whose listener depends on its TLS settings (holdout21's SQL-driven site server: 443 when an
// HTTPS domain is configured, 8080 otherwise): the port of the HTTPS branch is the TLS listener's, so it is
// no rival (and raises no port-mismatch warning) to the plain listener's; negated conditions are kept.
import { rustProvider } from '../../../../src/analyzer/ecosystems/rust/provider.js'
import { rustPortSource } from '../../../../src/analyzer/ecosystems/rust/tls-branches.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const rust = rustProvider as Provider<unknown>
const CARGO = '[package]\nname = "site"\nversion = "0.1.0"\n\n[dependencies]\nactix-web = "4"\n'

const portOf = (main: string, extra: Record<string, string> = {}) => {
  const { app, value } = analyzeWith(rust, { 'Cargo.toml': CARGO, 'src/main.rs': main, ...extra })
  const alternatives = (app?.port as unknown as { alternatives?: { value: number }[] }).alternatives ?? []
  return { port: value('port'), alternatives: alternatives.map(a => a.value), warnings: app?.warnings ?? [] }
}

const listenOn = (condition: string): string =>
  [
    'pub fn listen_on(&self) -> SocketAddr {',
    '    self.listen_on.unwrap_or_else(|| {',
    `        if ${condition} {`,
    '            SocketAddr::from(([0, 0, 0, 0], 443))',
    '        } else {',
    '            SocketAddr::from(([0, 0, 0, 0], 8080))',
    '        }',
    '    })',
    '}',
    'fn main() {}',
    ''
  ].join('\n')

describe('a port chosen when HTTPS/TLS is configured is the TLS listener’s', () => {
  test('`if self.https_domain.is_some()` → 443 dropped, 8080 answers with no warning', () => {
    const r = portOf(listenOn('self.https_domain.is_some()'), { Dockerfile: 'FROM scratch\nEXPOSE 8080\n' })
    expect(r.port).toBe(8080)
    expect(r.alternatives).not.toContain(443)
    expect(r.warnings.map(w => w.code)).not.toContain('PORT_MISMATCH')
  })

  test('`if let Some(tls) = &config.tls` binding rustls on SocketAddr 8443, plain bind on 3000', () => {
    const main = [
      'fn main() {',
      '    let server = HttpServer::new(app);',
      '    if let Some(tls) = &config.tls {',
      '        let addr = SocketAddr::from(([0, 0, 0, 0], 8443));',
      '        server.bind_rustls(addr, tls.load()).unwrap().run();',
      '    } else {',
      '        server.bind("0.0.0.0:3000").unwrap().run();',
      '    }',
      '}',
      ''
    ].join('\n')
    expect(rustPortSource(main)).not.toContain('8443')
    const r = portOf(main)
    expect(r.port).toBe(3000)
    expect(r.alternatives).not.toContain(8443)
  })

  test('negative: a negated TLS condition, an unrelated condition, keep their ports; lines stay', () => {
    const negated = rustPortSource(listenOn('self.https_domain.is_none()'))
    expect(negated).toContain('443')
    expect(rustPortSource(listenOn('!self.tls_enabled'))).toContain('443')
    expect(rustPortSource(listenOn('self.debug'))).toContain('443')
    const blanked = rustPortSource(listenOn('self.https_domain.is_some()'))
    expect(blanked).not.toContain('443')
    expect(blanked).toContain('8080')
    expect(blanked.split('\n')).toHaveLength(listenOn('x').split('\n').length)
  })
})
