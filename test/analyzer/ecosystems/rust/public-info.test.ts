// No health route: a version/info GET whose handler takes no extractor (no auth, no state) is the probe.
import { rustProvider } from '../../../../src/analyzer/ecosystems/rust/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const rust = rustProvider as Provider<unknown>

const axumApp = (handlers: string, extraRoutes = ''): Record<string, string> => ({
  'Cargo.toml':
    '[package]\nname = "music"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\nutoipa-axum = "0.2"\n',
  'src/main.rs': `mod api;\nfn app() -> OpenApiRouter {\n    OpenApiRouter::new().nest("/api", api::router())${extraRoutes}\n}\nfn main() {}\n`,
  'src/api.rs': `pub fn router() -> OpenApiRouter {\n    OpenApiRouter::new()\n        .routes(routes!(get_version))\n        .routes(routes!(get_albums))\n}\n#[utoipa::path(get, path = "/albums")]\nasync fn get_albums(auth: Auth, State(db): State<Db>) -> Json<Vec<Album>> { todo!() }\n${handlers}`
})

test('axum + utoipa: /api/version, nested, whose handler takes nothing', () => {
  const r = analyzeWith(
    rust,
    axumApp('#[utoipa::path(get, path = "/version")]\nasync fn get_version() -> Json<Version> { todo!() }\n')
  )
  expect(r.value('framework')).toBe('axum')
  expect(r.value('healthPath')).toBe('/api/version')
  expect(r.app?.healthPath.source).toContain('takes no extractor')
})

test('actix-web: #[get("/about")] added with .service() under a scope', () => {
  const r = analyzeWith(rust, {
    'Cargo.toml': '[package]\nname = "notes"\nversion = "0.1.0"\n\n[dependencies]\nactix-web = "4"\n',
    'src/main.rs':
      '#[get("/about")]\nasync fn about() -> impl Responder { HttpResponse::Ok().body(VERSION) }\n#[actix_web::main]\nasync fn main() {\n    HttpServer::new(|| App::new().service(web::scope("/v1").service(about))).bind(("0.0.0.0", 8080));\n}\n'
  })
  expect(r.value('framework')).toBe('actix-web')
  expect(r.value('healthPath')).toBe('/v1/about')
})

test('a version handler with an extractor is no probe; a real health route wins over a version one', () => {
  const guarded = analyzeWith(
    rust,
    axumApp(
      '#[utoipa::path(get, path = "/version")]\nasync fn get_version(auth: AdminRights) -> Json<Version> { todo!() }\n'
    )
  )
  expect(guarded.value('healthPath')).toBeNull()
  const both = analyzeWith(
    rust,
    axumApp(
      '#[utoipa::path(get, path = "/version")]\nasync fn get_version() -> Json<Version> { todo!() }\n',
      '\n        .route("/healthz", get(|| async { "ok" }))'
    )
  )
  expect(both.value('healthPath')).toBe('/healthz')
})

describe('warp: a version/info filter that extracts nothing (holdout25)', () => {
  const warpApp = (version: string): Record<string, string> => ({
    'Cargo.toml': '[package]\nname = "verifier"\nversion = "0.1.0"\n\n[dependencies]\nwarp = "0.3"\n',
    'src/main.rs':
      'mod http;\n#[tokio::main]\nasync fn main() {\n    warp::serve(http::routes()).run(([0, 0, 0, 0], 8080)).await;\n}\n',
    'src/http/mod.rs':
      'mod version;\npub fn routes() -> impl Filter<Extract = (impl warp::Reply,), Error = warp::Rejection> + Clone {\n    version::get_version().or(check())\n}\nfn check() -> impl Filter {\n    warp::path!("v1" / "check").and(warp::post()).and(warp::body::json()).and_then(handle)\n}\n',
    'src/http/version.rs': version
  })

  test('`warp::path("version").and(warp::get()).map(|| …)` → /version', () => {
    const r = analyzeWith(
      rust,
      warpApp(
        'pub fn get_version() -> impl Filter {\n\twarp::path("version").and(warp::get()).map(|| {\n\t\twarp::reply::json(&VERSION)\n\t})\n}\n'
      )
    )
    expect(r.value('framework')).toBe('warp')
    expect(r.value('port')).toBe(8080)
    expect(r.value('healthPath')).toBe('/version')
    expect(r.app?.healthPath.source).toContain('extracts nothing')
  })

  test('a second app: `warp::path!("info").and(warp::path::end()).and(warp::get()).then(|| async …)`', () => {
    const r = analyzeWith(
      rust,
      warpApp(
        'pub fn get_version() -> impl Filter {\n    warp::path!("info").and(warp::path::end()).and(warp::get()).then(|| async { warp::reply() })\n}\n'
      )
    )
    expect(r.value('healthPath')).toBe('/info')
  })

  test('negative: a filter that extracts a header (an API key) or state before the handler', () => {
    const r = analyzeWith(
      rust,
      warpApp(
        'pub fn get_version() -> impl Filter {\n    warp::path("version").and(warp::get()).and(warp::header::<String>("x-api-key")).map(|key: String| warp::reply())\n}\n'
      )
    )
    expect(r.value('healthPath')).toBeNull()
  })
})

describe('axum builder routes: `.route("/version", get(…))` whose handler extracts nothing (holdout37)', () => {
  const builderApp = (route: string, extra = ''): Record<string, string> => ({
    'Cargo.toml': '[package]\nname = "panel"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n',
    'src/main.rs': `mod api;\n#[tokio::main]\nasync fn main() {\n    let app = Router::new().nest("/api", api::router());\n    axum::serve(listener, app).await;\n}\n`,
    'src/api.rs': `pub fn router() -> Router {\n    Router::new()\n${route}\n        .nest("/user", user_router())\n}\nfn user_router() -> Router {\n    Router::new().route("/", get(|Extension(user): Extension<User>| async { Json(user) }))\n}\n${extra}`
  })

  test('a closure without parameters: `get(|| async { env!("CARGO_PKG_VERSION") })` under a nest → /api/version', () => {
    const r = analyzeWith(
      rust,
      builderApp('        .route("/version", get(|| async { env!("CARGO_PKG_VERSION") }))')
    )
    expect(r.value('framework')).toBe('axum')
    expect(r.value('healthPath')).toBe('/api/version')
    expect(r.app?.healthPath.source).toContain('closure taking no extractor')
    expect(r.app?.healthPath.evidence.some(e => e.file === 'src/api.rs')).toBe(true)
  })

  test('a second app: a named handler whose fn takes nothing, `get(handlers::about)` → /api/about', () => {
    const r = analyzeWith(
      rust,
      builderApp(
        '        .route("/about", get(handlers::about))',
        'mod handlers {\n    pub async fn about() -> Json<About> { Json(About::current()) }\n}\n'
      )
    )
    expect(r.value('framework')).toBe('axum')
    expect(r.value('healthPath')).toBe('/api/about')
    expect(r.app?.healthPath.source).toContain('takes no extractor')
  })

  test('negatives: a closure or handler that extracts state, and a POST route, are no probes', () => {
    const closure = analyzeWith(
      rust,
      builderApp('        .route("/version", get(|State(db): State<Db>| async move { db.version().await }))')
    )
    expect(closure.value('healthPath')).toBeNull()
    const named = analyzeWith(
      rust,
      builderApp(
        '        .route("/info", get(info))',
        'async fn info(auth: AdminRights, State(db): State<Db>) -> Json<Info> { todo!() }\n'
      )
    )
    expect(named.value('healthPath')).toBeNull()
    const post = analyzeWith(rust, builderApp('        .route("/version", post(|| async { "1" }))'))
    expect(post.value('healthPath')).toBeNull()
  })
})
