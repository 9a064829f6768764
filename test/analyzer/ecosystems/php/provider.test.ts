import { composerDependencies, phpProvider } from '../../../../src/analyzer/ecosystems/php/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const php = phpProvider as Provider<unknown>

test('composer.json: require and require-dev, platform packages skipped', () => {
  const text =
    '{\n  "require": {\n    "php": "^8.2",\n    "ext-pdo": "*",\n    "slim/slim": "^4"\n  },\n  "require-dev": { "phpunit/phpunit": "^11" }\n}\n'
  const deps = composerDependencies('composer.json', text, JSON.parse(text))
  expect([...deps.keys()]).toEqual(['slim/slim', 'phpunit/phpunit'])
  expect(deps.get('slim/slim')).toMatchObject({ dev: false, evidence: { line: 5 } })
  expect(deps.get('phpunit/phpunit')?.dev).toBe(true)
})

test('Slim app in public/: FrankenPHP server, health route, ext hints', () => {
  const { value, app } = analyzeWith(php, {
    'composer.json': '{"require": {"php": ">=8.1", "ext-redis": "*", "slim/slim": "^4"}}',
    'public/index.php': '<?php\n$app->get("/healthz", fn () => null);\n'
  })
  expect(value('framework')).toBe('slim')
  expect(value('startCommand')).toBe('frankenphp php-server --listen :${PORT:-8000} --root public')
  expect(value('runtimeVersion')).toBe('>=8.1')
  expect(app?.hints.phpExtensions).toEqual(['redis'])
})

test('invalid composer.json is a warning naming the file, and the index.php app is still found', () => {
  const { report } = analyzeWith(php, {
    'composer.json': '{\n  "require": {\n    "laravel/framework": \n  }\n}\n',
    'index.php': '<?php\n'
  })
  const warning = [...report.warnings, ...report.apps.flatMap(a => a.warnings)].find(
    w => w.code === 'INVALID_MANIFEST'
  )
  expect(warning).toMatchObject({ file: 'composer.json' })
  expect(report.apps.map(a => a.appDir)).toEqual(['.'])
})
