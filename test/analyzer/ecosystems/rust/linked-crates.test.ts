// A Cargo workspace whose binary crate only parses the command line and starts what its library crates build
// (holdout21, a bastion's `warpgate` binary over `warpgate-protocol-http`): the framework is the library
// crates', the image that builds the whole workspace ships the member building the program it runs, the
// listen port is a serde default function's, and the image's HEALTHCHECK runs the binary's own probe.
import { rustProvider } from '../../../../src/analyzer/ecosystems/rust/provider.js'
import { deployEvidence } from '../../../../src/analyzer/deploy-evidence.js'
import { defaultFnPort } from '../../../../src/analyzer/ecosystems/rust/default-impl-port.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeWith } from '../helpers.js'

const rust = rustProvider as Provider<unknown>

const pkg = (name: string, deps: string): string =>
  `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`

/** A gateway binary over a poem protocol crate, built by a `docker/Dockerfile` that copies the workspace. */
const gateway = (over: Record<string, string> = {}): Record<string, string> => ({
  'Cargo.toml': '[workspace]\nmembers = ["gate", "gate-http", "gate-common"]\ndefault-members = ["gate"]\n',
  'gate/Cargo.toml': pkg(
    'gate',
    'clap = "4"\ngate-http = { path = "../gate-http" }\ngate-common = { path = "../gate-common" }\n'
  ),
  'gate/src/main.rs': 'mod commands;\nfn main() {}\n',
  'gate-http/Cargo.toml': pkg('gate-http', 'poem = "3"\npoem-openapi = "5"\n'),
  // A schema dumper: the protocol crate builds a binary too.
  'gate-http/src/main.rs': 'fn main() { println!("{}", schema()); }\n',
  'gate-http/src/lib.rs': 'pub fn app() {}\n',
  'gate-common/Cargo.toml': pkg('gate-common', 'serde = "1"\n'),
  'gate-common/src/lib.rs': 'pub mod defaults;\n',
  'docker/Dockerfile': [
    'FROM rust:1.90 AS build',
    'COPY . /opt/gate',
    'WORKDIR /opt/gate',
    'RUN cargo build --release',
    'FROM debian:bookworm-slim',
    'COPY --from=build /opt/gate/target/release/gate /usr/local/bin/gate',
    'ENTRYPOINT ["gate"]',
    'CMD ["run"]',
    ''
  ].join('\n'),
  ...over
})

describe('the web framework of the library crates a binary depends on by path', () => {
  it('a binary over a poem protocol crate (path dependency) serves with poem', () => {
    const { value } = analyzeWith(rust, gateway())
    expect(value('framework')).toBe('poem')
  })

  it('a binary whose axum crate comes through the workspace table (`{ workspace = true }`)', () => {
    const { value, report } = analyzeWith(rust, {
      'Cargo.toml':
        '[workspace]\nmembers = ["server", "web"]\n\n[workspace.dependencies]\nweb = { path = "web" }\n',
      'server/Cargo.toml': pkg('server', 'web = { workspace = true }\ntokio = "1"\n'),
      'server/src/main.rs': 'fn main() { web::serve(); }\n',
      'web/Cargo.toml': pkg('web', 'axum = "0.8"\n'),
      'web/src/lib.rs': 'pub fn serve() {}\n'
    })
    expect(report.primary).toBe('server')
    expect(value('framework')).toBe('axum')
  })

  it('negative: a library crate without a framework gives none; the binary’s own framework wins', () => {
    const none = analyzeWith(rust, {
      'Cargo.toml': '[workspace]\nmembers = ["cli", "core"]\n',
      'cli/Cargo.toml': pkg('cli', 'core = { path = "../core" }\n'),
      'cli/src/main.rs': 'fn main() {}\n',
      'core/Cargo.toml': pkg('core', 'serde = "1"\n'),
      'core/src/lib.rs': 'pub fn run() {}\n'
    })
    expect(none.value('framework')).toBe('none')
    const own = analyzeWith(
      rust,
      gateway({ 'gate/Cargo.toml': pkg('gate', 'actix-web = "4"\ngate-http = { path = "../gate-http" }\n') })
    )
    expect(own.value('framework')).toBe('actix-web')
  })
})

describe('a workspace image that builds every member ships the one building the program it runs', () => {
  it('docker/Dockerfile `ENTRYPOINT ["gate"]` → the gate member, not the poem crate', () => {
    const tree = treeFromFiles(gateway())
    const evidence = deployEvidence(tree, ['gate', 'gate-http'])
    expect(evidence.get('gate')?.reason).toMatch(/^docker\/Dockerfile:7 runs gate/)
    expect(evidence.has('gate-http')).toBe(false)
    expect(analyzeWith(rust, gateway()).report.primary).toBe('gate')
  })

  it('a root Dockerfile whose CMD runs a `[[bin]]` by its image path', () => {
    const files = {
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'crates/relay/Cargo.toml': `${pkg('relay-bin', 'clap = "4"\n')}\n[[bin]]\nname = "relay"\npath = "src/main.rs"\n`,
      'crates/relay/src/main.rs': 'fn main() {}\n',
      'crates/admin/Cargo.toml': pkg('admin', 'actix-web = "4"\n'),
      'crates/admin/src/main.rs': 'fn main() {}\n',
      Dockerfile:
        'FROM rust:1.90\nCOPY . .\nRUN cargo build --release\nCMD ["/app/target/release/relay", "--listen", "0.0.0.0:80"]\n'
    }
    const evidence = deployEvidence(treeFromFiles(files), ['crates/admin', 'crates/relay'])
    expect(evidence.get('crates/relay')).toMatchObject({ strength: 2 })
    expect(evidence.has('crates/admin')).toBe(false)
  })

  it('negative: a command no member builds, or a workspace root that is an app of its own, notes nothing', () => {
    const other = gateway({
      'docker/Dockerfile':
        'FROM rust:1.90\nCOPY . .\nRUN cargo build --release\nENTRYPOINT ["caddy", "run"]\n'
    })
    expect(deployEvidence(treeFromFiles(other), ['gate', 'gate-http']).size).toBe(0)
    const rootApp = gateway({
      'Cargo.toml': `${pkg('gate-root', 'axum = "0.8"\n')}\n[workspace]\nmembers = ["gate", "gate-http"]\n`,
      'src/main.rs': 'fn main() {}\n'
    })
    expect(deployEvidence(treeFromFiles(rootApp), ['.', 'gate', 'gate-http']).has('gate')).toBe(false)
  })
})

describe('a serde default function named for the web listener gives the port', () => {
  const defaults = (body: string): Record<string, string> => ({ 'src/defaults.rs': body })
  const port = (body: string): unknown[] =>
    defaultFnPort(treeFromFiles(defaults(body)), ['src/defaults.rs']).map(c => c.value)

  it('`_default_http_listen` → SocketAddr::new(…, 8888); `default_bind_addr` → "0.0.0.0:7000"', () => {
    expect(
      port(
        'pub(crate) fn _default_http_listen() -> ListenEndpoint {\n' +
          '    ListenEndpoint::from(SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), 8888))\n}\n'
      )
    ).toEqual([8888])
    expect(port('fn default_bind_addr() -> String {\n    "0.0.0.0:7000".into()\n}\n')).toEqual([7000])
    expect(port('fn default_http_port() -> u16 { 3030 }\n')).toEqual([3030])
  })

  it('the gateway reads it from its settings crate (a path dependency)', () => {
    const { value } = analyzeWith(
      rust,
      gateway({
        'gate-common/src/defaults.rs':
          'pub(crate) fn _default_ssh_listen() -> ListenEndpoint {\n' +
          '    ListenEndpoint::from(SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), 2222))\n}\n\n' +
          'pub(crate) fn _default_http_listen() -> ListenEndpoint {\n' +
          '    ListenEndpoint::from(SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), 8888))\n}\n'
      })
    )
    expect(value('port')).toBe(8888)
  })

  it('negative: another protocol’s listener, a metrics port, a bare default_port, a database port', () => {
    expect(
      port('fn _default_ssh_listen() -> ListenEndpoint { SocketAddr::new(ANY, 2222).into() }\n')
    ).toEqual([])
    expect(port('fn default_metrics_port() -> u16 { 9100 }\n')).toEqual([])
    expect(port('fn default_port() -> u16 { 389 }\n')).toEqual([])
    expect(port('fn default_http_port() -> u16 { 5432 }\n')).toEqual([])
  })
})

describe('a HEALTHCHECK that runs the binary’s own probe subcommand gives the path it requests', () => {
  const probe = (url: string): string =>
    'pub async fn command(listen: &str) -> Result<()> {\n' +
    `    let url = format!(${JSON.stringify(url)}, listen);\n` +
    '    reqwest::get(&url).await?.error_for_status()?;\n    Ok(())\n}\n'

  it('the workspace image’s `HEALTHCHECK CMD gate healthcheck` → commands/healthcheck.rs', () => {
    const files = gateway({
      'docker/Dockerfile': gateway()['docker/Dockerfile']!.replace(
        'ENTRYPOINT',
        'HEALTHCHECK CMD gate healthcheck\nENTRYPOINT'
      ),
      'gate/src/commands/healthcheck.rs': probe('https://{}/@gate/api/info')
    })
    const { app, value } = analyzeWith(rust, files)
    expect(value('healthPath')).toBe('/@gate/api/info')
    expect((app as unknown as { healthPath: { evidence: { file: string }[] } }).healthPath.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'docker/Dockerfile' }),
        expect.objectContaining({ file: 'gate/src/commands/healthcheck.rs' })
      ])
    )
  })

  it('a single crate’s own Dockerfile (exec form, localhost with a port placeholder)', () => {
    const { value } = analyzeWith(rust, {
      'Cargo.toml': pkg('server', 'axum = "0.8"\nreqwest = "0.12"\n'),
      'src/main.rs': 'mod health_check;\nfn main() {}\n',
      'src/health_check.rs': probe('http://localhost:{}/api/status'),
      Dockerfile:
        'FROM debian:bookworm-slim\nCOPY server /app/server\nHEALTHCHECK --interval=30s CMD ["/app/server", "health-check"]\nCMD ["/app/server"]\n'
    })
    expect(value('healthPath')).toBe('/api/status')
  })

  it('negative: a remote URL, another program’s subcommand, no file named for it', () => {
    const base = {
      'Cargo.toml': pkg('server', 'axum = "0.8"\n'),
      'src/main.rs': 'fn main() {}\n',
      Dockerfile:
        'FROM debian\nCOPY server /app/server\nHEALTHCHECK CMD ["/app/server", "healthcheck"]\nCMD ["/app/server"]\n'
    }
    const remote = analyzeWith(rust, {
      ...base,
      'src/healthcheck.rs': probe('https://status.example.com/v1/ping')
    })
    expect(remote.value('healthPath')).toBeNull()
    const other = analyzeWith(rust, {
      ...base,
      Dockerfile: base.Dockerfile.replace('["/app/server", "healthcheck"]', '["probe", "healthcheck"]'),
      'src/healthcheck.rs': probe('http://localhost:{}/ready')
    })
    expect(other.value('healthPath')).toBeNull()
    const unnamed = analyzeWith(rust, { ...base, 'src/checks.rs': probe('http://localhost:{}/ready') })
    expect(unnamed.value('healthPath')).toBeNull()
  })
})
