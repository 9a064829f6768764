import { mezzioHealth } from '../../../../src/analyzer/ecosystems/php/mezzio-routes.js'
import { HEALTH } from '../../../../src/analyzer/precedence.js'
import { contextFor } from '../helpers.js'

const MEZZIO = ['mezzio/mezzio']
const routes = (entries: string): string => `<?php\nreturn [\n    'routes' => [\n${entries}\n    ],\n];\n`

test('a literal path of the routes config; a health action named by class takes its ROUTE_PATH constant', () => {
  const ctx = contextFor({
    'config/autoload/routes.global.php': routes(
      "        ['path' => '/ping', 'middleware' => PingHandler::class],\n        Action\\StatusAction::getRouteDef(),"
    ),
    'src/Action/StatusAction.php':
      "<?php\nclass StatusAction {\n    public const ROUTE_PATH = '/status';\n}\n"
  })
  expect(mezzioHealth(ctx, MEZZIO)).toEqual([
    expect.objectContaining({ value: '/ping', confidence: HEALTH.route, source: 'Mezzio routes config' }),
    expect.objectContaining({
      value: '/status',
      evidence: [
        expect.objectContaining({ file: 'config/autoload/routes.global.php', line: 5 }),
        expect.objectContaining({ file: 'src/Action/StatusAction.php', line: 3 })
      ]
    })
  ])
})

test('a helper that prefixes the routes it is given: by a class constant or a literal, placeholders made concrete', () => {
  const provider = [
    '<?php',
    'class ConfigProvider {',
    "    private const string ROUTES_PREFIX = '/rest/v{version:1|2|3}';",
    '    public static function applyRoutesPrefix(array $routes): array {',
    "        return array_map(fn ($r) => [...$r, 'path' => sprintf('%s%s', self::ROUTES_PREFIX, $r['path'])], $routes);",
    '    }',
    '}'
  ].join('\n')
  const ctx = contextFor({
    'config/routes.php': routes("        ...ConfigProvider::applyRoutesPrefix([['path' => '/health']]),"),
    'src/ConfigProvider.php': provider
  })
  expect(mezzioHealth(ctx, MEZZIO)).toMatchObject([
    {
      value: '/rest/v3/health',
      source: 'Mezzio routes config, under the prefix /rest/v{version:1|2|3} of applyRoutesPrefix()'
    }
  ])
  const local = contextFor({
    'config/routes.php':
      "<?php\nfunction internal(array $r): array { return array_map(fn ($x) => [...$x, 'path' => '/internal' . $x['path']], $r); }\n" +
      routes("        ...internal([['path' => '/health[/]']]),")
  })
  expect(mezzioHealth(local, MEZZIO).map(c => c.value)).toEqual(['/internal/health'])
})

test('nothing without Mezzio, outside config folders, or for paths that name no health endpoint', () => {
  const files = {
    'config/routes.php': routes("        ['path' => '/health'],\n        ['path' => '/users']")
  }
  expect(mezzioHealth(contextFor(files), ['laravel/framework'])).toEqual([])
  expect(mezzioHealth(contextFor({ 'src/routes.php': files['config/routes.php'] }), MEZZIO)).toEqual([])
  expect(mezzioHealth(contextFor(files), MEZZIO).map(c => c.value)).toEqual(['/health'])
})

test('a helper that does not prefix is passed over for the one around it; a placeholder path is no probe', () => {
  const provider =
    "<?php\nclass Routes {\n    public static function prefixed(array $r): array { return array_map(fn ($x) => [...$x, 'path' => '/api' . $x['path']], $r); }\n}\n"
  const ctx = contextFor({
    'config/routes.php': routes("        ...Routes::prefixed(array_merge([['path' => '/health']], [])),"),
    'src/Routes.php': provider
  })
  expect(mezzioHealth(ctx, MEZZIO).map(c => c.value)).toEqual(['/api/health'])
  const placeholder = contextFor({
    'config/routes.php':
      "<?php\nfunction tenant(array $r): array { return array_map(fn ($x) => [...$x, 'path' => '/t/{id:\\d+}' . $x['path']], $r); }\n" +
      routes("        ...tenant([['path' => '/health']]),")
  })
  expect(mezzioHealth(placeholder, MEZZIO)).toEqual([])
})
