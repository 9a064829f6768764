// PHP web frameworks as data (Composer package names). Served with PHP's built-in server from the public
// directory unless the project says otherwise; Laravel through artisan.
import type { FrameworkSpec } from './types.js'

export const PHP_FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'laravel',
    name: 'Laravel',
    language: 'php',
    dependencies: ['laravel/framework'],
    markerFiles: ['artisan'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: 'php artisan serve --host=0.0.0.0 --port=${PORT:-{{port}}}',
    resources: { cpu: 512, memory: 1024 }
  },
  {
    id: 'lumen',
    name: 'Lumen',
    language: 'php',
    dependencies: ['laravel/lumen-framework'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: 'php -S 0.0.0.0:${PORT:-{{port}}} -t public'
  },
  {
    id: 'symfony',
    name: 'Symfony',
    language: 'php',
    dependencies: ['symfony/framework-bundle'],
    markerFiles: ['bin/console', 'symfony.lock'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: 'php -S 0.0.0.0:${PORT:-{{port}}} -t public'
  },
  {
    id: 'slim',
    name: 'Slim',
    language: 'php',
    dependencies: ['slim/slim'],
    specificity: 0.9,
    kind: 'server',
    port: 8000,
    startCommand: 'php -S 0.0.0.0:${PORT:-{{port}}} -t public'
  },
  {
    id: 'codeigniter',
    name: 'CodeIgniter',
    language: 'php',
    dependencies: ['codeigniter4/framework'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: 'php -S 0.0.0.0:${PORT:-{{port}}} -t public'
  }
]
