// A binary crate that only wires library crates together: the constant root GET its router crate declares
// (holdout42 tuwunel: src/main depends on src/router, whose `.route("/", get(it_works))` answers a constant).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { dependencyRootRoute } from '../../../../src/analyzer/ecosystems/rust/path-dependency-root.js'
import { HEALTH } from '../../../../src/analyzer/precedence.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

type Files = Record<string, string>

/** A virtual workspace: the binary in `main/` (lib at mod.rs layout) and the router crate it depends on. */
const homeserver = (handler: string): Files => ({
  'Cargo.toml':
    '[workspace]\nmembers = ["main", "router"]\n\n[workspace.dependencies.chat-router]\npath = "router"\n\n[workspace.dependencies]\naxum = "0.8"\ntokio = "1"\n',
  'main/Cargo.toml':
    '[package]\nname = "chat"\nversion = "1.0.0"\nedition = "2024"\n\n[[bin]]\nname = "chat"\npath = "main.rs"\n\n[dependencies]\nchat-router.workspace = true\ntokio.workspace = true\n',
  'main/main.rs': 'fn main() { chat_router::run(); }\n',
  'router/Cargo.toml':
    '[package]\nname = "chat-router"\nversion = "1.0.0"\nedition = "2024"\n\n[lib]\npath = "mod.rs"\n\n[dependencies]\naxum.workspace = true\n',
  'router/mod.rs': 'mod router;\npub fn run() {}\n',
  'router/router.rs': `use axum::{Router, routing::get};\n\npub(crate) fn build() -> Router {\n\tRouter::new()\n\t\t.route("/", get(${handler}))\n\t\t.route("/_matrix/client/r0/sync", get(sync))\n}\n\nasync fn it_works() -> &'static str { "hewwo from chat" }\n\nasync fn index() -> &'static str { "Chat API v1" }\n\nasync fn page(db: Db) -> Html<String> { render(db).await }\n`
})

/** A binary member whose API crate (src/ layout) answers its root with the service name. */
const relay = (): Files => ({
  'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
  'crates/relayd/Cargo.toml':
    '[package]\nname = "relayd"\nversion = "0.1.0"\n\n[dependencies]\nrelay-api = { path = "../api" }\ntokio = "1"\n',
  'crates/relayd/src/main.rs': 'fn main() { relay_api::serve(); }\n',
  'crates/api/Cargo.toml':
    '[package]\nname = "relay-api"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.7"\n',
  'crates/api/src/lib.rs':
    'use axum::{Router, routing::get};\npub fn serve() { let _ = Router::new().route("/", get(root)); }\nasync fn root() -> &\'static str { "relay server running" }\n'
})

const app = (files: Files, dir: string) => analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)!

describe('the constant root GET of a router crate the binary depends on', () => {
  it('homeserver: / from router/router.rs (handler it_works), at the constant-root rank', () => {
    const found = app(homeserver('it_works'), 'main')
    expect(found.framework.value).toBe('axum')
    expect(found.healthPath.value).toBe('/')
    expect(found.healthPath.confidence).toBeCloseTo(HEALTH.constantRoot, 5)
    expect(found.healthPath.evidence[0]).toMatchObject({ file: 'router/router.rs', line: 5 })
  })

  it('relay: / from the api crate (src/ layout) answering "relay server running"', () => {
    const found = app(relay(), 'crates/relayd')
    expect(found.healthPath.value).toBe('/')
    expect(found.healthPath.evidence[0]).toMatchObject({ file: 'crates/api/src/lib.rs', line: 2 })
  })

  it('negative: a root page reading the database, or no dependency files, gives nothing', () => {
    expect(app(homeserver('page'), 'main').healthPath.value).toBeNull()
    const tree = treeFromFiles(homeserver('it_works'))
    expect(dependencyRootRoute(tree, ['main/main.rs'], [])).toEqual([])
  })
})
