// A web-port field whose default is a derive macro's field attribute (`#[default(8080)]`, `#[default_value(N)]`),
// in the binary's crate or a settings crate it depends on by path.
import { describe, expect, it } from '@jest/globals'
import { fieldDefaultAttributePort } from '../../../../src/analyzer/ecosystems/rust/field-default-attribute.js'
import { rustProvider } from '../../../../src/analyzer/ecosystems/rust/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeWith } from '../helpers.js'

const rust = rustProvider as Provider<unknown>

const axumMain =
  'use std::net::SocketAddr;\nuse axum::{routing::get, Router};\n#[tokio::main]\nasync fn main() {\n' +
  '    let config = core::Config::load();\n    let app = Router::new().route("/ping", get(|| async { "pong" }));\n' +
  '    let addr = SocketAddr::from(([0, 0, 0, 0], config.port));\n' +
  '    let listener = tokio::net::TcpListener::bind(&addr).await.unwrap();\n    axum::serve(listener, app).await.unwrap();\n}\n'

// A library server: its settings crate's config-generator derive holds the port, read through an env key.
const library = {
  'Cargo.toml': '[workspace]\nmembers = ["apps/server", "core"]\n',
  'apps/server/Cargo.toml':
    '[package]\nname = "library_server"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' +
    'axum = "0.8.1"\ntokio = { version = "1", features = ["full"] }\ncore = { path = "../../core" }\n',
  'apps/server/src/main.rs': axumMain,
  'core/Cargo.toml': '[package]\nname = "core"\nversion = "0.1.0"\nedition = "2021"\n',
  'core/src/lib.rs': 'pub mod config;\npub use config::Config;\n',
  'core/src/config.rs':
    'pub const PORT_KEY: &str = "LIBRARY_PORT";\n#[derive(ConfigGenerator, Debug)]\npub struct Config {\n' +
    '    /// The verbosity (default: 0).\n    #[default_value(0)]\n    pub verbosity: u64,\n\n' +
    '    /// The port to serve on (default: 10801).\n    #[default_value(10801)]\n    #[env_key(PORT_KEY)]\n    pub port: u16,\n}\n'
}

// A shop API whose own crate derives SmartDefault: `#[default(7300)]` on `http_port`, a database port beside it.
const shop = {
  'Cargo.toml':
    '[package]\nname = "shop"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' +
    'axum = "0.8.1"\ntokio = { version = "1", features = ["full"] }\nsmart-default = "0.7"\n',
  'src/main.rs': axumMain
    .replace('core::Config::load()', 'settings::Settings::default()')
    .replace('config.port', 'config.http_port'),
  'src/settings.rs':
    'use smart_default::SmartDefault;\n#[derive(SmartDefault)]\npub struct Settings {\n' +
    '    #[default = 5433]\n    pub db_port: u16,\n    #[default(7300)]\n    pub http_port: u16,\n}\n'
}

describe('a port field default attribute', () => {
  it('gives the library server the settings crate default', () => {
    const { value } = analyzeWith(rust, library)
    expect(value('port')).toBe(10801)
    expect(value('framework')).toBe('axum')
    expect(value('startCommand')).toMatch(/library_server$/)
  })

  it('gives the shop its http_port default, not the database port', () => {
    const { value, app } = analyzeWith(rust, shop)
    expect(value('port')).toBe(7300)
    expect(value('framework')).toBe('axum')
    expect(app?.port.evidence[0]?.file).toBe('src/settings.rs')
  })

  it('ignores another server field and a non-port field', () => {
    const files = {
      'src/settings.rs':
        '#[derive(SmartDefault)]\npub struct S {\n    #[default(9464)]\n    pub metrics_port: u16,\n' +
        '    #[default(6379)]\n    pub port: u16,\n    #[default(4000)]\n    pub timeout: u64,\n}\n'
    }
    expect(fieldDefaultAttributePort(treeFromFiles(files), ['src/settings.rs'])).toEqual([])
    const { value } = analyzeWith(rust, {
      ...shop,
      'src/settings.rs': files['src/settings.rs'],
      'src/main.rs': shop['src/main.rs'].replace('config.http_port', 'config.metrics_port')
    })
    // Nothing but axum's own default is left.
    expect(value('port')).toBe(3000)
  })
})
