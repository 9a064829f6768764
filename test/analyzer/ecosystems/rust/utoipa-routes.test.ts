import { rustComposedHealth } from '../../../../src/analyzer/ecosystems/rust/routes.js'
import { contextFor } from '../helpers.js'

const files = (handlers: string): Record<string, string> => ({
  'Cargo.toml':
    '[package]\nname = "svc"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\nutoipa-axum = "0.2"\n',
  'src/main.rs': `mod api;\nfn app() -> OpenApiRouter {\n    OpenApiRouter::new().nest("/api", api::router())\n}\n`,
  'src/api.rs': `pub fn router() -> OpenApiRouter {\n    OpenApiRouter::new().routes(routes!(probe))\n}\n${handlers}`
})

const health = (handlers: string) => {
  const ctx = contextFor(files(handlers))
  return rustComposedHealth(ctx, ['src/main.rs', 'src/api.rs']).map(c => [c.value, c.source])
}

test('a GET documented by #[utoipa::path] and added with routes!() sits under the nest prefix', () => {
  expect(health('#[utoipa::path(get, path = "/health")]\npub async fn probe() {}\n')).toEqual([
    ['/api/health', 'src/api.rs utoipa::path attribute']
  ])
})

test('a POST documented the same way is no health route', () => {
  expect(health('#[utoipa::path(post, path = "/health")]\npub async fn probe() {}\n')).toEqual([])
})

test('a documented GET that no routes!() adds is no route of the nested router', () => {
  const out = health(
    '#[utoipa::path(get, path = "/health")]\npub async fn other() {}\n#[utoipa::path(get, path = "/items")]\npub async fn probe() {}\n'
  )
  expect(out.map(([path]) => path)).not.toContain('/api/health')
})
