// A binary package that is itself its workspace root (`[package]` + `[workspace]` in one Cargo.toml, its members
// depended on with `api.workspace = true` through its own `[workspace.dependencies]`): the routes its library
// members build are composed with the binary's, as for a binary member of a virtual workspace.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { pathDependencySources } from '../../../../src/analyzer/ecosystems/rust/path-dependencies.js'
import type { AppContext } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    runtimeVersion: app.runtimeVersion.value,
    healthPath: app.healthPath.value
  }
}

const rootPackage = (members: string[], shared: string, deps: string): string =>
  [
    '[package]',
    'name = "shelf"',
    'version = "0.1.0"',
    'edition.workspace = true',
    '',
    '[[bin]]',
    'name = "app"',
    'path = "src/bin/app.rs"',
    '',
    '[workspace]',
    `members = [${members.map(m => `"${m}"`).join(', ')}]`,
    '',
    '[workspace.package]',
    'edition = "2021"',
    '',
    '[workspace.dependencies]',
    shared,
    '',
    '[dependencies]',
    deps,
    ''
  ].join('\n')

/** An axum book shelf: the binary merges `api::route::v1::routes()`, which nests /api/v1 → /health → "/". */
const axumShelf = (apiDep: string): Record<string, string> => ({
  'Cargo.toml': rootPackage(
    ['api'],
    'api = { path = "./api" }\naxum = "0.7.5"\ntokio = { version = "1", features = ["full"] }',
    `${apiDep}\naxum.workspace = true\ntokio.workspace = true`
  ),
  'rust-toolchain.toml': '[toolchain]\nchannel = "1.78.0"\n',
  'src/bin/app.rs': [
    'use api::route::v1;',
    'use axum::Router;',
    'use std::net::{Ipv4Addr, SocketAddr};',
    'use tokio::net::TcpListener;',
    '',
    '#[tokio::main]',
    'async fn main() {',
    '    let app = Router::new().merge(v1::routes());',
    '    let addr = SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8080);',
    '    let listener = TcpListener::bind(addr).await.unwrap();',
    '    axum::serve(listener, app).await.unwrap();',
    '}',
    ''
  ].join('\n'),
  'api/Cargo.toml':
    '[package]\nname = "api"\nversion = "0.1.0"\nedition.workspace = true\n\n[dependencies]\naxum.workspace = true\n',
  'api/src/lib.rs': 'pub mod route;\n',
  'api/src/route/mod.rs': 'pub mod health;\npub mod v1;\n',
  'api/src/route/v1.rs': [
    'use super::{',
    '    health::build_health_check_routers,',
    '};',
    'use axum::Router;',
    '',
    'pub fn routes() -> Router {',
    '    let router = Router::new().merge(build_health_check_routers());',
    '    Router::new().nest("/api/v1", router)',
    '}',
    ''
  ].join('\n'),
  'api/src/route/health.rs': [
    'use axum::{routing::get, Router};',
    '',
    'pub fn build_health_check_routers() -> Router {',
    '    let routers = Router::new()',
    '        .route("/", get(health_check))',
    '        .route("/db", get(health_check_db));',
    '    Router::new().nest("/health", routers)',
    '}',
    '',
    'async fn health_check() -> &\'static str { "ok" }',
    'async fn health_check_db() -> &\'static str { "ok" }',
    ''
  ].join('\n'),
  Dockerfile: [
    'FROM rust:1.78-slim-bookworm AS builder',
    'WORKDIR /app',
    'COPY . .',
    'RUN cargo build --release',
    'FROM debian:bookworm-slim',
    'WORKDIR /app',
    'COPY --from=builder /app/target/release/app ./target/release/app',
    'EXPOSE 8080',
    'ENTRYPOINT ["./target/release/app"]',
    ''
  ].join('\n')
})

describe('routes of the members a root package that is its own workspace depends on', () => {
  it('composes an axum health route nested in a member (api.workspace = true)', () => {
    expect(fields(axumShelf('api.workspace = true'))).toEqual({
      appDir: '.',
      framework: 'axum',
      port: 8080,
      startCommand: './target/release/app',
      runtimeVersion: '1.78.0',
      healthPath: '/api/v1/health'
    })
  })

  it('composes an actix ping handler of a member under the binary scope', () => {
    expect(
      fields({
        'Cargo.toml': [
          '[package]',
          'name = "relay"',
          'version = "0.1.0"',
          'edition = "2021"',
          '',
          '[workspace]',
          'members = ["handlers"]',
          '',
          '[workspace.dependencies]',
          'relay-handlers = { path = "handlers" }',
          'actix-web = "4"',
          '',
          '[dependencies]',
          'relay-handlers.workspace = true',
          'actix-web.workspace = true',
          ''
        ].join('\n'),
        'src/main.rs': [
          'use actix_web::{web, App, HttpServer};',
          'use relay_handlers::generic;',
          '',
          '#[actix_web::main]',
          'async fn main() -> std::io::Result<()> {',
          '    HttpServer::new(|| App::new().service(web::scope("/relay").service(generic::ping)))',
          '        .bind(("0.0.0.0", 8088))?',
          '        .run()',
          '        .await',
          '}',
          ''
        ].join('\n'),
        'handlers/Cargo.toml':
          '[package]\nname = "relay-handlers"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nactix-web.workspace = true\n',
        'handlers/src/lib.rs': 'pub mod generic;\n',
        'handlers/src/generic.rs':
          'use actix_web::{get, HttpResponse};\n\n#[get("/ping")]\npub async fn ping() -> HttpResponse {\n    HttpResponse::Ok().finish()\n}\n'
      })
    ).toEqual({
      appDir: '.',
      framework: 'actix-web',
      port: 8088,
      startCommand: './target/release/relay',
      runtimeVersion: null,
      healthPath: '/relay/ping'
    })
  })

  it('reads no member whose dependency names no path: a registry crate of the same name (negative)', () => {
    const files = axumShelf('api = "0.3"')
    expect(fields(files).healthPath).toBeNull()
    const tree = treeFromFiles(files)
    const ctx = { tree, dir: '.', workspace: null } as unknown as AppContext
    expect(pathDependencySources(ctx, { dependencies: { api: '0.3' } }, true)).toEqual([])
    expect(pathDependencySources(ctx, { dependencies: { api: { workspace: true } } }, true)).toContain(
      'api/src/route/health.rs'
    )
    // Without reading its own table, the root package finds none of its members.
    expect(pathDependencySources(ctx, { dependencies: { api: { workspace: true } } })).toEqual([])
  })
})

// Crates whose targets live in the crate folder itself (`[lib] path = "mod.rs"`, no src/), and a budget that
// gives every crate its share first (holdout42 tuwunel: a 12-file router crate after two API crates of 277
// and 302 files).
describe('path dependency sources: crates without src/, and the budget shared per crate', () => {
  const ctxOf = (files: Record<string, string>): AppContext =>
    ({ tree: treeFromFiles(files), dir: 'bin', workspace: null }) as unknown as AppContext
  const many = (dir: string, n: number): Record<string, string> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`${dir}/m${String(i).padStart(3, '0')}.rs`, '']))

  it('a crate with its lib at mod.rs: its own folder is read', () => {
    const ctx = ctxOf({
      'bin/Cargo.toml': '[package]\nname = "bin"\n',
      'core/Cargo.toml': '[package]\nname = "core"\n[lib]\npath = "mod.rs"\n',
      'core/mod.rs': 'pub mod config;\n',
      'core/config/mod.rs': 'pub struct Config;\n',
      'core/tests/it.rs': '#[test] fn t() {}\n'
    })
    expect(pathDependencySources(ctx, { dependencies: { core: { path: '../core' } } })).toEqual([
      'core/config/mod.rs',
      'core/mod.rs'
    ])
  })

  it('two large crates before a small one: the small one is still read', () => {
    const ctx = ctxOf({
      'bin/Cargo.toml': '[package]\nname = "bin"\n',
      ...many('admin/src', 277),
      ...many('api/src', 302),
      'router/src/router.rs': 'pub fn build() {}\n'
    })
    const deps = { admin: { path: '../admin' }, api: { path: '../api' }, router: { path: '../router' } }
    const files = pathDependencySources(ctx, { dependencies: deps })
    expect(files).toHaveLength(300)
    expect(files).toContain('router/src/router.rs')
    expect(files.filter(f => f.startsWith('admin/'))).toHaveLength(199)
    expect(files.filter(f => f.startsWith('api/'))).toHaveLength(100)
  })

  it('negative: a crate with a src/ folder reads only src/ (its build.rs and benches stay out)', () => {
    const ctx = ctxOf({
      'bin/Cargo.toml': '[package]\nname = "bin"\n',
      'lib/build.rs': 'fn main() {}\n',
      'lib/src/lib.rs': 'pub fn f() {}\n',
      'lib/src/benches/b.rs': ''
    })
    expect(pathDependencySources(ctx, { dependencies: { lib: { path: '../lib' } } })).toEqual([
      'lib/src/lib.rs'
    ])
  })
})
