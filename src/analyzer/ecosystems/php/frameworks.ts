// PHP web frameworks as data (Composer package names). No start commands here: every PHP app is served by
// FrankenPHP from its web root (see provider.ts), whatever the framework.
import type { FrameworkSpec } from '../../framework.js'

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
    resources: { cpu: 512, memory: 1024 }
  },
  {
    id: 'lumen',
    name: 'Lumen',
    language: 'php',
    dependencies: ['laravel/lumen-framework'],
    specificity: 1,
    kind: 'server',
    port: 8000
  },
  {
    id: 'symfony',
    name: 'Symfony',
    language: 'php',
    dependencies: ['symfony/framework-bundle'],
    markerFiles: ['bin/console', 'symfony.lock'],
    specificity: 1,
    kind: 'server',
    port: 8000
  },
  {
    id: 'slim',
    name: 'Slim',
    language: 'php',
    dependencies: ['slim/slim'],
    specificity: 0.9,
    kind: 'server',
    port: 8000
  },
  {
    id: 'codeigniter',
    name: 'CodeIgniter',
    language: 'php',
    dependencies: ['codeigniter4/framework'],
    specificity: 1,
    kind: 'server',
    port: 8000
  }
]
