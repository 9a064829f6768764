// PHP web frameworks as data (Composer package names). No start commands here: every PHP app is served by
// FrankenPHP from its web root (see provider.ts), whatever the framework.
import type { FrameworkSpec } from '../../framework.js'

export interface PhpFrameworkSpec extends FrameworkSpec {
  /** routes/api.php is served under /api (Laravel; bootstrap/app.php's apiPrefix renames it). */
  prefixesApiRoutes?: boolean
  /**
   * Cache builds run right before the server: they read the runtime environment (APP_KEY, DATABASE_URL …),
   * so they cannot run at build time.
   */
  startWarmup?: string
  /** Folders the framework writes at run time, owned by the app user in the image. */
  writableDirs?: string
  /** APP_ENV of production (default `production`). */
  appEnv?: string
}

export const PHP_FRAMEWORKS: readonly PhpFrameworkSpec[] = [
  {
    id: 'laravel',
    name: 'Laravel',
    language: 'php',
    dependencies: ['laravel/framework'],
    markerFiles: ['artisan'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    resources: { cpu: 512, memory: 1024 },
    env: ['APP_ENV=production', 'LOG_CHANNEL=stderr'],
    prefixesApiRoutes: true,
    startWarmup: 'php artisan config:cache && php artisan route:cache && php artisan view:cache',
    writableDirs: 'storage bootstrap/cache'
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
    port: 8000,
    startWarmup: 'php bin/console cache:warmup',
    writableDirs: 'var',
    appEnv: 'prod'
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
