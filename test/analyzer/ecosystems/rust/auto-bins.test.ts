// Cargo's auto-discovered binaries (src/bin/<name>.rs, src/bin/<name>/main.rs) with `default-run` make a
// package with a lib.rs an app (holdout35 crates.io: `default-run = "crates-io"`, src/bin/crates-io/main.rs,
// Procfile `web: ./target/release/crates-io server`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

/** A registry backend: lib.rs, a server binary in a folder, a worker binary in a file, axum. */
const registry = (defaultRun: string | null, autobins = true): Record<string, string> => ({
  'Cargo.toml': `[package]\nname = "registry"\nversion = "0.1.0"\nedition = "2021"\n${defaultRun ? `default-run = "${defaultRun}"\n` : ''}${autobins ? '' : 'autobins = false\n'}\n[workspace]\nmembers = ["crates/*"]\n\n[dependencies]\naxum = "0.8"\ntokio = { version = "1", features = ["full"] }\n`,
  'Cargo.lock': '',
  'src/lib.rs': 'pub mod router;\n',
  'src/router.rs': 'use axum::Router;\npub fn build() -> Router { Router::new() }\n',
  'src/bin/registry-server/main.rs': 'fn main() { registry::router::build(); }\n',
  'src/bin/background_worker.rs': 'fn main() {}\n',
  Procfile: 'web: ./target/release/registry-server server\n'
})

/** A one-binary service: src/bin/server.rs, actix-web, no default-run. */
const service = (): Record<string, string> => ({
  'Cargo.toml': `[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nactix-web = "4"\n`,
  'Cargo.lock': '',
  'src/lib.rs': 'pub fn run() {}\n',
  'src/bin/server.rs': 'use actix_web::{App, HttpServer};\nfn main() { svc::run(); }\n'
})

describe('Cargo auto-discovered binaries', () => {
  it('default-run names the server binary of a package with a lib.rs: the root is the app, field by field', () => {
    const report = analyze(treeFromFiles(registry('registry-server')))
    expect(report.primary).toBe('.')
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.language.value).toBe('rust')
    expect(app.framework.value).toBe('axum')
    expect(app.packageManager.value).toBe('cargo')
    expect(app.startCommand.value).toBe('./target/release/registry-server server')
  })

  it('the only auto-discovered binary (src/bin/server.rs) is the app’s binary', () => {
    const report = analyze(treeFromFiles(service()))
    expect(report.primary).toBe('.')
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('actix-web')
    expect(app.packageManager.value).toBe('cargo')
    expect(app.startCommand.value).toMatch(/target\/release\/server$/)
  })

  it('negative: several binaries without default-run, or autobins = false, stay a library', () => {
    for (const files of [registry(null), registry('registry-server', false)]) {
      const report = analyze(treeFromFiles(files))
      expect(report.apps.map(a => a.appDir)).not.toContain('.')
    }
  })
})
