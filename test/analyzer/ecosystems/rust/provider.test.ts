import { binaryName, cargoDependencies } from '../../../../src/analyzer/ecosystems/rust/cargo.js'
import { rustProvider } from '../../../../src/analyzer/ecosystems/rust/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const rust = rustProvider as Provider<unknown>

test('Cargo.toml: renamed packages, dev-dependencies and the binary name', () => {
  const cargo = {
    package: { name: 'svc' },
    dependencies: { web: { package: 'actix-web', version: '4' }, tokio: '1' },
    'dev-dependencies': { reqwest: '0.12' },
    bin: [{ name: 'api', path: 'src/main.rs' }]
  }
  const deps = cargoDependencies('Cargo.toml', '[dependencies]\nweb = { package = "actix-web" }\n', cargo)
  expect(deps.get('actix-web')).toMatchObject({ dev: false, evidence: { line: 2 } })
  expect(deps.get('reqwest')?.dev).toBe(true)
  expect(binaryName(cargo, true)).toBe('api')
  expect(binaryName({ package: { name: 'svc' } }, true)).toBe('svc')
  expect(binaryName({ package: { name: 'lib' } }, false)).toBeNull()
})

test('Rocket reads its port from Rocket.toml; a workspace member builds with -p', () => {
  const { value, report } = analyzeWith(rust, {
    'Cargo.toml': '[workspace]\nmembers = ["svc"]\n',
    'svc/Cargo.toml': '[package]\nname = "svc"\nversion = "0.1.0"\n\n[dependencies]\nrocket = "0.5"\n',
    'svc/Rocket.toml': '[default]\nport = 8800\n',
    'svc/src/main.rs': '#[get("/health")]\nfn health() -> &\'static str { "ok" }\n'
  })
  expect(report.primary).toBe('svc')
  expect(value('framework')).toBe('rocket')
  expect(value('port')).toBe(8800)
  expect(value('healthPath')).toBe('/health')
  expect(value('buildCommand')).toBe('cargo build --release -p svc')
  expect(value('startCommand')).toBe('../target/release/svc')
})

test('invalid Cargo.toml warns and no app is invented', () => {
  const { report } = analyzeWith(rust, {
    'Cargo.toml': '[package\nname = 1\n',
    'src/main.rs': 'fn main() {}\n'
  })
  expect(report.apps).toHaveLength(0)
})

test("a CLI's port argument default (clap/structopt derive) is the port; other servers' ports are not", () => {
  const cargo = '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\nclap = "4"\n'
  const cli = (field: string, attr: string): string =>
    `#[derive(Parser)]\nstruct Args {\n    /// The port.\n    ${attr}\n    ${field}: u16,\n}\nfn main() {}\n`
  const port = (field: string, attr: string): unknown =>
    analyzeWith(rust, { 'Cargo.toml': cargo, 'src/main.rs': cli(field, attr) }).value('port')
  expect(port('port', '#[clap(long, default_value_t = 8051)]')).toBe(8051)
  expect(port('pub web_port', '#[arg(long, env = "WEB_PORT", default_value = "8120")]')).toBe(8120)
  expect(port('metrics_port', '#[arg(long, default_value_t = 9100)]')).toBe(3000)
  expect(port('db_port', '#[clap(long, default_value_t = 5432)]')).toBe(3000)
})

test("a CLI's listen address default (`bind: SocketAddr`) gives the port; other servers' addresses do not", () => {
  const cargo = '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\nclap = "4"\n'
  const cli = (field: string, attr: string): string =>
    `#[derive(Parser)]\nstruct Opt {\n    /// Binding address.\n    ${attr}\n    ${field}: SocketAddr,\n}\nfn main() {}\n`
  const port = (field: string, attr: string): unknown =>
    analyzeWith(rust, { 'Cargo.toml': cargo, 'src/main.rs': cli(field, attr) }).value('port')
  // An opening explorer's loopback default, and a relay's listen address with an env name.
  expect(port('bind', '#[arg(long, default_value = "127.0.0.1:9002")]')).toBe(9002)
  expect(port('pub listen_addr', '#[clap(long, env = "LISTEN", default_value = "0.0.0.0:7070")]')).toBe(7070)
  expect(port('http_addr', '#[arg(long, default_value = "[::]:8181")]')).toBe(8181)
  // Another server's address, or a database URL: axum's convention answers.
  expect(port('metrics_addr', '#[arg(long, default_value = "0.0.0.0:9100")]')).toBe(3000)
  expect(port('redis', '#[arg(long, default_value = "127.0.0.1:6379")]')).toBe(3000)
})

test('an optional port defaulted where it is read (`cli.port.unwrap_or(N)`) is the port; other ports are not', () => {
  const cargo = '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
  const port = (main: string): unknown =>
    analyzeWith(rust, { 'Cargo.toml': cargo, 'src/main.rs': main }).value('port')
  // A music server reading its CLI options.
  expect(port('fn main() {\n    let port = cli_options.port.unwrap_or(5050);\n}\n')).toBe(5050)
  // A config file's optional field.
  expect(port('fn main() {\n    let p = settings.server.http_port.unwrap_or(7878);\n}\n')).toBe(7878)
  // Another server's port stays out: axum's convention answers.
  expect(
    port(
      'fn main() {\n    let m = cfg.metrics_port.unwrap_or(9100);\n    let d = db_port.unwrap_or(5432);\n}\n'
    )
  ).toBe(3000)
})

test('PORT read through a typed env helper (`var_parsed("PORT")?.unwrap_or(N)`, `env::var_os`) defaults the port', () => {
  const cargo = '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
  const port = (file: string): { value: unknown; line: unknown } => {
    const r = analyzeWith(rust, {
      'Cargo.toml': cargo,
      'src/main.rs': 'mod bind;\nfn main() {}\n',
      'src/bind.rs': file
    })
    return { value: r.value('port'), line: r.app?.port.evidence[0]?.line }
  }
  // A registry's bind config read through its env-vars crate.
  expect(
    port(
      'use crates_env::{var, var_parsed};\n\npub fn from_env() -> anyhow::Result<BindConfig> {\n    let ip = [0, 0, 0, 0].into();\n    let port = var_parsed("PORT")?.unwrap_or(8888);\n    Ok(BindConfig { ip, port })\n}\n'
    )
  ).toEqual({ value: 8888, line: 5 })
  // A service reading the raw OS string.
  expect(
    port(
      'pub fn port() -> u16 {\n    std::env::var_os("PORT")\n        .and_then(|p| p.into_string().ok())\n        .and_then(|p| p.parse().ok())\n        .unwrap_or(7411)\n}\n'
    )
  ).toEqual({ value: 7411, line: 2 })
  // Another variable's default (metrics) stays out: axum's convention answers.
  expect(port('pub fn metrics() -> u16 {\n    var_parsed("METRICS_PORT").unwrap_or(9100)\n}\n').value).toBe(
    3000
  )
})

test('a release channel (stable, beta) pins no Rust version; a numbered or nightly toolchain does', () => {
  const cargo = '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
  const version = (files: Record<string, string>): unknown =>
    analyzeWith(rust, { 'Cargo.toml': cargo, 'src/main.rs': 'fn main() {}\n', ...files }).value(
      'runtimeVersion'
    )
  expect(
    version({ 'rust-toolchain.toml': '[toolchain]\nchannel = "stable"\ncomponents = ["rustfmt"]\n' })
  ).toBeNull()
  expect(version({ 'rust-toolchain': 'beta\n' })).toBeNull()
  expect(version({ 'rust-toolchain.toml': '[toolchain]\nchannel = "1.93.1"\n' })).toBe('1.93.1')
  expect(version({ 'rust-toolchain': 'nightly-2025-01-01\n' })).toBe('nightly-2025-01-01')
})
