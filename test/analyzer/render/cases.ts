// One app per generator path, used by the snapshot and lint tests.
import type { AppAnalysis } from '../../../src/analyzer/report.js'
import { makeApp } from './make-app.js'

export const CASES: Record<string, AppAnalysis> = {
  'express-npm': makeApp({
    language: 'javascript',
    framework: 'express',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    runtimeVersion: '20',
    startCommand: 'npm start',
    port: 3000,
    healthPath: '/health',
    hints: { startScript: 'node server.js' }
  }),
  'fastify-yarn': makeApp({
    language: 'javascript',
    framework: 'fastify',
    packageManager: 'yarn',
    lockfile: 'yarn.lock',
    runtimeVersion: '22.11.0',
    startCommand: 'node index.js',
    port: 8080,
    healthPath: '/healthz'
  }),
  'hono-yarn-berry': makeApp({
    language: 'typescript',
    framework: 'hono',
    packageManager: 'yarn',
    lockfile: 'yarn.lock',
    buildCommand: 'yarn build',
    startCommand: 'yarn start',
    port: 3000,
    hints: { packageManagerVersion: '4.5.0' }
  }),
  'nestjs-pnpm': makeApp({
    language: 'typescript',
    framework: 'nestjs',
    packageManager: 'pnpm',
    lockfile: 'pnpm-lock.yaml',
    runtimeVersion: '>=20',
    buildCommand: 'pnpm build',
    startCommand: 'node dist/main',
    port: 3000,
    healthPath: '/health',
    memory: 1024
  }),
  'nextjs-standalone': makeApp({
    language: 'typescript',
    framework: 'nextjs',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    runtimeVersion: '22',
    buildCommand: 'npm run build',
    startCommand: 'npm start',
    port: 3000,
    hints: { nextOutput: 'standalone' },
    cpu: 512,
    memory: 1024
  }),
  'nextjs-plain': makeApp({
    language: 'typescript',
    framework: 'nextjs',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    buildCommand: 'npm run build',
    startCommand: 'next start',
    port: 3000
  }),
  'nuxt-npm': makeApp({
    language: 'typescript',
    framework: 'nuxt',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    buildCommand: 'npm run build',
    startCommand: 'node .output/server/index.mjs',
    port: 3000
  }),
  'sveltekit-pnpm': makeApp({
    language: 'typescript',
    framework: 'sveltekit',
    packageManager: 'pnpm',
    lockfile: 'pnpm-lock.yaml',
    buildCommand: 'pnpm run build',
    startCommand: 'node build',
    port: 3000
  }),
  'remix-npm': makeApp({
    language: 'typescript',
    framework: 'remix',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    buildCommand: 'npm run build',
    startCommand: 'npm start',
    port: 3000
  }),
  'astro-ssr': makeApp({
    language: 'typescript',
    framework: 'astro',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    buildCommand: 'npm run build',
    startCommand: 'node ./dist/server/entry.mjs',
    port: 4321,
    hints: { static: false }
  }),
  'npm-workspace-member': makeApp({
    appDir: 'apps/api',
    language: 'typescript',
    framework: 'express',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    buildCommand: 'npm run build',
    startCommand: 'node dist/server.js',
    port: 4000,
    hints: {
      workspaceRoot: '.',
      workspaceManifests: ['apps/api/package.json', 'packages/shared/package.json'],
      workspaceDependencies: ['packages/shared'],
      workspacePackage: '@acme/api',
      lockfile: 'package-lock.json'
    }
  }),
  'pnpm-workspace-member': makeApp({
    appDir: 'apps/web',
    language: 'javascript',
    framework: 'fastify',
    packageManager: 'pnpm',
    lockfile: 'pnpm-lock.yaml',
    startCommand: 'pnpm start',
    port: 3000,
    healthPath: '/healthz',
    hints: {
      startScript: 'node server.js',
      workspaceRoot: '.',
      workspaceManifests: ['apps/web/package.json', 'apps/docs/package.json', 'packages/ui/package.json'],
      workspaceDependencies: ['packages/ui'],
      workspacePackage: '@acme/web',
      lockfile: 'pnpm-lock.yaml',
      packageManagerVersion: '9.12.0'
    }
  }),
  'yarn-berry-workspace-member': makeApp({
    appDir: 'services/api',
    language: 'typescript',
    framework: 'koa',
    packageManager: 'yarn',
    lockfile: 'yarn.lock',
    buildCommand: 'yarn build',
    startCommand: 'yarn start',
    port: 8080,
    hints: {
      startScript: 'node dist/index.js',
      workspaceRoot: '.',
      workspaceManifests: ['services/api/package.json', 'libs/db/package.json', 'libs/log/package.json'],
      workspaceDependencies: ['libs/log', 'libs/db'],
      workspacePackage: 'api',
      lockfile: 'yarn.lock',
      packageManagerVersion: '4.5.0'
    }
  }),
  'yarn-classic-workspace-member': makeApp({
    appDir: 'packages/server',
    language: 'javascript',
    framework: 'express',
    packageManager: 'yarn',
    lockfile: 'yarn.lock',
    startCommand: 'yarn start',
    port: 5000,
    hints: {
      startScript: 'node index.js',
      workspaceRoot: '.',
      workspaceManifests: ['packages/server/package.json', 'packages/client/package.json'],
      workspacePackage: 'server',
      lockfile: 'yarn.lock'
    }
  }),
  'maven-module': makeApp({
    appDir: 'services/orders',
    language: 'java',
    framework: 'spring-boot',
    packageManager: 'maven',
    runtimeVersion: '21',
    port: 8080,
    healthPath: '/actuator/health',
    hints: {
      buildRoot: '.',
      buildManifests: ['pom.xml', 'libs/common/pom.xml', 'services/orders/pom.xml'],
      springBootVersion: '3.4.1'
    }
  }),
  'gradle-kotlin-module': makeApp({
    appDir: 'backend/server',
    language: 'kotlin',
    framework: 'ktor',
    packageManager: 'gradle',
    runtimeVersion: '17',
    port: 8080,
    hints: {
      buildRoot: 'backend',
      buildManifests: [
        'settings.gradle.kts',
        'build.gradle.kts',
        'gradle/libs.versions.toml',
        'server/build.gradle.kts',
        'shared/build.gradle.kts'
      ]
    }
  }),
  'cargo-member': makeApp({
    appDir: 'crates/web',
    language: 'rust',
    framework: 'actix-web',
    packageManager: 'cargo',
    runtimeVersion: '1.83',
    port: 8080,
    healthPath: '/health',
    hints: {
      buildRoot: '.',
      buildManifests: ['Cargo.lock', 'Cargo.toml', 'crates/core/Cargo.toml', 'crates/web/Cargo.toml'],
      binary: 'web-server',
      cargoPackage: 'web'
    }
  }),
  'dotnet-solution-project': makeApp({
    appDir: 'src/Api',
    language: 'csharp',
    framework: 'aspnet-core',
    packageManager: 'dotnet',
    runtimeVersion: '9.0',
    port: 8080,
    healthPath: '/healthz',
    hints: {
      buildRoot: '.',
      buildManifests: ['Directory.Packages.props', 'src/Api/Api.csproj', 'src/Core/Core.csproj'],
      project: 'Api.csproj',
      assembly: 'Api'
    }
  }),
  'vite-spa': makeApp({
    language: 'typescript',
    framework: 'vite',
    packageManager: 'npm',
    lockfile: 'package-lock.json',
    buildCommand: 'npm run build',
    port: 8080,
    hints: { outputDir: 'dist' }
  }),
  'static-html': makeApp({
    language: 'static',
    framework: 'static',
    packageManager: 'none',
    port: 8080,
    healthPath: '/'
  }),
  'bun-elysia': makeApp({
    language: 'typescript',
    framework: 'elysia',
    packageManager: 'bun',
    lockfile: 'bun.lock',
    runtimeVersion: '1.1.30',
    startCommand: 'bun run src/index.ts',
    port: 3000,
    healthPath: '/health'
  }),
  'deno-oak': makeApp({
    language: 'typescript',
    framework: 'oak',
    packageManager: 'deno',
    runtimeVersion: '2.1.4',
    port: 8000,
    hints: { ecosystem: 'deno', entry: 'main.ts' }
  }),
  'python-stdlib': makeApp({
    language: 'python',
    framework: 'none',
    packageManager: 'pip',
    runtimeVersion: '3.11',
    startCommand: 'python server.py',
    port: 8000,
    healthPath: '/health'
  }),
  'flask-pip': makeApp({
    language: 'python',
    framework: 'flask',
    packageManager: 'pip',
    lockfile: 'requirements.txt',
    runtimeVersion: '3.12.4',
    startCommand: 'gunicorn app:app --bind 0.0.0.0:$PORT',
    port: 8000,
    healthPath: '/healthz'
  }),
  'fastapi-uv': makeApp({
    language: 'python',
    framework: 'fastapi',
    packageManager: 'uv',
    lockfile: 'uv.lock',
    runtimeVersion: '>=3.12',
    startCommand: 'uvicorn main:app --host 0.0.0.0 --port $PORT',
    port: 8000,
    healthPath: '/health'
  }),
  'django-poetry': makeApp({
    language: 'python',
    framework: 'django',
    packageManager: 'poetry',
    lockfile: 'poetry.lock',
    runtimeVersion: '3.12',
    port: 8000,
    hints: { wsgiModule: 'mysite.wsgi', djangoSettingsModule: 'mysite.settings' },
    memory: 1024
  }),
  'flask-pipenv': makeApp({
    language: 'python',
    framework: 'flask',
    packageManager: 'pipenv',
    lockfile: 'Pipfile.lock',
    port: 5000,
    hints: { wsgiModule: 'app:app' }
  }),
  'go-stdlib': makeApp({
    language: 'go',
    framework: 'net/http',
    packageManager: 'go',
    runtimeVersion: '1.22.3',
    port: 8080,
    healthPath: '/healthz'
  }),
  'go-gin-cmd': makeApp({
    language: 'go',
    framework: 'gin',
    packageManager: 'go',
    runtimeVersion: '1.23',
    port: 8080,
    hints: { package: 'cmd/server' }
  }),
  'spring-maven': makeApp({
    language: 'java',
    framework: 'spring-boot',
    packageManager: 'maven',
    runtimeVersion: '21',
    port: 8080,
    healthPath: '/actuator/health',
    cpu: 512,
    memory: 1024
  }),
  'spring-gradle-old': makeApp({
    language: 'kotlin',
    framework: 'spring-boot',
    packageManager: 'gradle',
    runtimeVersion: '17',
    port: 8080,
    hints: { springBootVersion: '3.1.5' },
    cpu: 512,
    memory: 1024
  }),
  'quarkus-maven': makeApp({
    language: 'java',
    framework: 'quarkus',
    packageManager: 'maven',
    runtimeVersion: '21',
    port: 8080,
    healthPath: '/q/health'
  }),
  'micronaut-gradle': makeApp({
    language: 'java',
    framework: 'micronaut',
    packageManager: 'gradle',
    runtimeVersion: '17',
    port: 8080,
    healthPath: '/health'
  }),
  'rails-postgres': makeApp({
    language: 'ruby',
    framework: 'rails',
    packageManager: 'bundler',
    lockfile: 'Gemfile.lock',
    runtimeVersion: '3.3.5',
    port: 3000,
    healthPath: '/up',
    hints: { databaseAdapter: 'postgresql' },
    memory: 1024
  }),
  sinatra: makeApp({
    language: 'ruby',
    framework: 'sinatra',
    packageManager: 'bundler',
    lockfile: 'Gemfile.lock',
    port: 4567
  }),
  laravel: makeApp({
    language: 'php',
    framework: 'laravel',
    packageManager: 'composer',
    lockfile: 'composer.lock',
    runtimeVersion: '^8.2',
    startCommand: 'frankenphp php-server --listen :${PORT:-8000} --root public',
    port: 8000,
    healthPath: '/up',
    hints: { phpExtensions: ['pdo_pgsql', 'redis'] }
  }),
  symfony: makeApp({
    language: 'php',
    framework: 'symfony',
    packageManager: 'composer',
    lockfile: 'composer.lock',
    runtimeVersion: '>=8.3',
    startCommand: 'php -S 0.0.0.0:${PORT:-8000} -t public',
    port: 8000
  }),
  'rust-axum': makeApp({
    name: 'api',
    language: 'rust',
    framework: 'axum',
    packageManager: 'cargo',
    lockfile: 'Cargo.lock',
    runtimeVersion: '1.83.0',
    port: 3000,
    healthPath: '/health',
    hints: { binary: 'api' }
  }),
  'dotnet-8': makeApp({
    language: 'csharp',
    framework: 'aspnet-core',
    packageManager: 'dotnet',
    runtimeVersion: 'net8.0',
    port: 8080,
    healthPath: '/healthz',
    hints: { project: 'Api.csproj' }
  }),
  'dotnet-10': makeApp({
    language: 'csharp',
    framework: 'aspnet-core',
    packageManager: 'dotnet',
    runtimeVersion: 'net10.0',
    port: 8080,
    hints: { project: 'src/Web/Web.csproj' }
  }),
  phoenix: makeApp({
    name: 'hello-web',
    language: 'elixir',
    framework: 'phoenix',
    packageManager: 'mix',
    lockfile: 'mix.lock',
    runtimeVersion: '1.17.3',
    port: 4000,
    healthPath: '/health',
    hints: { release: 'hello_web' }
  })
}
