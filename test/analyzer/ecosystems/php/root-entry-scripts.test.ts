import { phpProvider } from '../../../../src/analyzer/ecosystems/php/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const php = phpProvider as Provider<unknown>

test('plain-PHP project with entry scripts at the root (no index.php): served from the root', () => {
  const { value, report } = analyzeWith(php, {
    'composer.json':
      '{"type": "project", "require": {"php": "^8.1", "rmccue/requests": "^2.0"}, "config": {"platform": {"php": "8.1.0"}}}',
    'composer.lock': '{}',
    'shortener-loader.php': '<?php\nrequire __DIR__ . "/includes/load.php";\n',
    'shortener-api.php': '<?php\n',
    'admin/index.php': '<?php\n',
    'includes/load.php': '<?php\n'
  })
  expect(report.apps.map(a => a.appDir)).toEqual(['.'])
  expect(value('framework')).toBe('none')
  expect(value('packageManager')).toBe('composer')
  expect(value('runtimeVersion')).toBe('8.1.0')
  expect(value('startCommand')).toBe('frankenphp php-server --listen :${PORT:-8000} --root .')
})

test('composer.json without a type and a root entry script: still an app', () => {
  const { report } = analyzeWith(php, {
    'composer.json': '{"require": {"php": ">=8.0", "twig/twig": "^3"}}',
    'gallery.php': '<?php\necho "hi";\n',
    'lib/Gallery.php': '<?php\n'
  })
  expect(report.apps.map(a => a.appDir)).toEqual(['.'])
})

test('a library, a CLI package or tool configs at the root are no web app', () => {
  const cases: Record<string, string>[] = [
    // Composer library with a root bootstrap script.
    {
      'composer.json': '{"type": "library", "require": {"php": "^8.1"}}',
      'entry.php': '<?php\n',
      'src/Lib.php': '<?php\n'
    },
    // Command-line tool: composer `bin`.
    {
      'composer.json': '{"type": "project", "bin": ["bin/tool"], "require": {"php": "^8.1"}}',
      'tool.php': '<?php\n',
      'bin/tool': '#!/usr/bin/env php\n'
    },
    // Only tool configurations at the root.
    {
      'composer.json': '{"type": "project", "require": {"php": "^8.1"}}',
      'rector.php': '<?php\n',
      '.php-cs-fixer.dist.php': '<?php\n',
      'ecs.php': '<?php\n',
      'src/App.php': '<?php\n'
    },
    // A plugin type.
    {
      'composer.json': '{"type": "wordpress-plugin", "require": {"php": "^8.1"}}',
      'my-plugin.php': '<?php\n'
    }
  ]
  for (const files of cases) {
    const { report } = analyzeWith(php, files)
    expect(report.apps.map(a => a.appDir)).toEqual([])
  }
})
