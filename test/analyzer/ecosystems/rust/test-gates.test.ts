import {
  rocketMounts,
  testOnlyFiles,
  underRocketMounts
} from '../../../../src/analyzer/ecosystems/rust/test-gates.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

test('testOnlyFiles: test-named files and modules declared under a test cfg', () => {
  const files = {
    'src/main.rs': '#[cfg(test)]\nmod fake;\n#[cfg(feature = "test-utils")]\npub mod stubs;\nmod api;\n',
    'src/api.rs':
      '#[cfg(any(test, feature = "testing"))]\nmod mock_server;\n#[cfg(feature = "latest")]\nmod latest;\n',
    'src/fake.rs': '',
    'src/stubs/mod.rs': '',
    'src/stubs/routes.rs': '',
    'src/api/mock_server.rs': '',
    'src/api/latest.rs': '',
    'src/test_routes.rs': '',
    'src/db_test.rs': '',
    'src/health.rs': ''
  }
  const gated = testOnlyFiles(treeFromFiles(files), Object.keys(files))
  expect([...gated].sort()).toEqual([
    'src/api/mock_server.rs',
    'src/db_test.rs',
    'src/fake.rs',
    'src/stubs/mod.rs',
    'src/stubs/routes.rs',
    'src/test_routes.rs'
  ])
})

test('rocketMounts: prefixes by handler, test-gated by attribute or cfg!(test) block', () => {
  const main = [
    'fn main() {',
    '    let rocket = rocket::build().mount("/api", routes![api::health, list]);',
    '    #[cfg(feature = "test")]',
    '    let rocket = rocket.mount("/test", routes![test_routes::ping,]);',
    '    if cfg!(test) {',
    '        rocket = rocket.mount("/", routes![stub]);',
    '    }',
    '    rocket.mount("/", routes![index]).launch();',
    '}'
  ].join('\n')
  const mounts = rocketMounts(treeFromFiles({ 'src/main.rs': main }), ['src/main.rs'])
  expect(mounts.get('health')).toMatchObject([{ prefix: '/api', testOnly: false, evidence: { line: 2 } }])
  expect(mounts.get('ping')).toMatchObject([{ prefix: '/test', testOnly: true }])
  expect(mounts.get('stub')).toMatchObject([{ prefix: '/', testOnly: true }])
  expect(mounts.get('index')).toMatchObject([{ prefix: '/', testOnly: false }])
})

test('underRocketMounts: prefixes served handlers, drops test-only ones, keeps unmounted ones', () => {
  const tree = treeFromFiles({
    'src/main.rs': [
      '#[get("/health")]',
      'fn health() {}',
      '#[get("/healthz")]',
      '#[allow(dead_code)]',
      'pub async fn healthz() {}',
      '#[get("/ready")]',
      'fn ready() {}',
      'fn main() {',
      '    let r = rocket::build().mount("/v1", routes![health]);',
      '    #[cfg(test)]',
      '    let r = r.mount("/", routes![healthz]);',
      '}'
    ].join('\n')
  })
  const at = (value: string, line: number) => ({
    value,
    confidence: 0.85,
    source: 'route attribute',
    evidence: [{ file: 'src/main.rs', line, text: '' }]
  })
  const out = underRocketMounts(
    tree,
    [at('/health', 1), at('/healthz', 3), at('/ready', 6)],
    rocketMounts(tree, ['src/main.rs'])
  )
  expect(out.map(c => c.value)).toEqual(['/v1/health', '/ready'])
  expect(out[0]!.evidence[0]).toMatchObject({ line: 9 })
})
