import { generateDockerfile, generatorFor } from '../../../src/analyzer/render/dockerfile/index.js'
import type { AppAnalysis, Warning } from '../../../src/analyzer/report.js'
import { CASES } from './cases.js'
import { lintDockerfile } from './dockerfile-lint.js'
import { makeApp } from './make-app.js'

/** The folders a workspace member's image must carry: its workspace dependencies and itself. */
function workspaceMembersOf(app: AppAnalysis): string[] | undefined {
  const manifests = app.hints.workspaceManifests
  if (!Array.isArray(manifests) || app.appDir === '.') return undefined
  const dependencies = app.hints.workspaceDependencies
  return [...(Array.isArray(dependencies) ? dependencies : []), app.appDir]
}

const NO_INSTALL = new Set(['static-html', 'python-stdlib', 'deno-oak'])
const JS_RUNTIMES = new Set(['node', 'bun'])

describe('generated Dockerfiles', () => {
  for (const [name, app] of Object.entries(CASES)) {
    describe(name, () => {
      const warnings: Warning[] = []
      const generated = generateDockerfile(app, { baseImageRegistry: null }, warnings)

      it('matches the snapshot', () => {
        expect(generated?.text).toMatchSnapshot()
      })

      it('passes the Dockerfile rules', () => {
        const generator = generatorFor(app)
        expect(generated).not.toBeNull()
        const problems = lintDockerfile(generated?.text ?? '', {
          port: app.port.value,
          healthPath: app.healthPath.value,
          installCache: !NO_INSTALL.has(name),
          productionDependencies: generator !== null && JS_RUNTIMES.has(generator),
          workspaceMembers: workspaceMembersOf(app)
        })
        expect(problems).toEqual([])
      })
    })
  }

  it('covers every generator', () => {
    const used = new Set(Object.values(CASES).map(generatorFor))
    for (const generator of [
      'node',
      'static',
      'bun',
      'deno',
      'python',
      'go',
      'java',
      'ruby',
      'php',
      'rust',
      'dotnet',
      'elixir'
    ]) {
      expect(used).toContain(generator)
    }
  })

  it('the lint catches a Dockerfile that breaks the rules', () => {
    const bad = [
      '# syntax=docker/dockerfile:1',
      'FROM node:latest',
      'WORKDIR /app',
      'COPY . .',
      'COPY .env ./',
      'RUN npm install',
      'EXPOSE 80',
      'CMD npm start'
    ].join('\n')
    const problems = lintDockerfile(bad, {
      port: 3000,
      healthPath: '/health',
      installCache: true,
      productionDependencies: true
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('# syntax='),
        expect.stringContaining('not pinned'),
        expect.stringContaining('runs as root'),
        expect.stringContaining('copies a secret'),
        expect.stringContaining('no RUN --mount=type=cache'),
        expect.stringContaining('ENV PORT'),
        expect.stringContaining('EXPOSE 80'),
        expect.stringContaining('no HEALTHCHECK'),
        expect.stringContaining('exec form'),
        expect.stringContaining('production-only')
      ])
    )
  })
})

describe('base image registry rewrite', () => {
  it('rewrites every FROM, keeping Docker Hub library paths and other registries’ paths', () => {
    const registry = '123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub'
    const express = generateDockerfile(CASES['express-npm']!, { baseImageRegistry: registry }, [])?.text ?? ''
    expect(express).toContain(`FROM ${registry}/library/node:20.20-bookworm-slim AS base`)
    const dotnet = generateDockerfile(CASES['dotnet-8']!, { baseImageRegistry: registry }, [])?.text ?? ''
    expect(dotnet).toContain(`FROM ${registry}/dotnet/sdk:8.0-bookworm-slim AS build`)
    const uv =
      generateDockerfile(CASES['fastapi-uv']!, { baseImageRegistry: 'localhost:5000' }, [])?.text ?? ''
    expect(uv).toContain('FROM localhost:5000/astral-sh/uv:')
    for (const line of [express, dotnet, uv]
      .join('\n')
      .split('\n')
      .filter(l => l.startsWith('FROM '))) {
      const image = line.split(/\s+/)[1] ?? ''
      const stage = ['base', 'deps', 'build', 'uv', 'vendor'].includes(image)
      if (!stage) expect(image.startsWith(`${registry}/`) || image.startsWith('localhost:5000/')).toBe(true)
    }
  })
})

describe('repository-controlled input', () => {
  it('keeps a multi-line start command out of the Dockerfile and warns', () => {
    const app = makeApp({
      language: 'javascript',
      framework: 'express',
      packageManager: 'npm',
      lockfile: 'package-lock.json',
      startCommand: 'node a.js\nCOPY /etc/shadow /x',
      port: 3000
    })
    const warnings: Warning[] = []
    const text = generateDockerfile(app, { baseImageRegistry: null }, warnings)?.text ?? ''
    expect(text).not.toContain('/etc/shadow')
    expect(warnings.map(w => w.code)).toContain('UNSAFE_COMMAND')
  })

  it('drops a health path with shell characters instead of embedding it', () => {
    const app = makeApp({
      language: 'python',
      framework: 'flask',
      packageManager: 'pip',
      startCommand: 'python app.py',
      port: 5000,
      healthPath: "/h';rm -rf /;'"
    })
    const warnings: Warning[] = []
    const text = generateDockerfile(app, { baseImageRegistry: null }, warnings)?.text ?? ''
    expect(text).not.toContain('HEALTHCHECK')
    expect(warnings.map(w => w.code)).toContain('UNSAFE_HEALTH_PATH')
  })

  it('runs shell-syntax start commands through sh with exec, plain ones in exec form', () => {
    const text = generateDockerfile(CASES['fastapi-uv']!, { baseImageRegistry: null }, [])?.text ?? ''
    expect(text).toContain('CMD ["/bin/sh", "-c", "exec uvicorn main:app --host 0.0.0.0 --port $PORT"]')
  })

  it('reports apps no generator can handle', () => {
    const app = makeApp({ language: 'unknown', framework: 'none', packageManager: 'none', port: 8080 })
    const warnings: Warning[] = []
    expect(generateDockerfile(app, { baseImageRegistry: null }, warnings)).toBeNull()
    expect(warnings[0]?.code).toBe('NO_DOCKERFILE_GENERATOR')
  })
})

describe('PHP start command', () => {
  it("runs the analysis's FrankenPHP command after the framework cache warm-up", () => {
    const text = generateDockerfile(CASES.laravel!, { baseImageRegistry: null }, [])?.text ?? ''
    expect(text).toContain(
      'php artisan view:cache && exec frankenphp php-server --listen :${PORT:-8000} --root public"]'
    )
    expect(text).not.toContain('Caddyfile')
  })

  it('replaces a development server (php -S, artisan serve) with FrankenPHP and says so', () => {
    const warnings: Warning[] = []
    const text = generateDockerfile(CASES.symfony!, { baseImageRegistry: null }, warnings)?.text ?? ''
    expect(text).not.toContain('php -S')
    expect(text).toContain('exec frankenphp php-server --listen :${PORT:-8000} --root public')
    expect(warnings.map(w => w.code)).toContain('PHP_DEV_SERVER_REPLACED')
  })
})

describe('hints as the providers name them', () => {
  const render = (app: Parameters<typeof generateDockerfile>[0]): string =>
    generateDockerfile(app, { baseImageRegistry: null }, [])?.text ?? ''

  it('reads nextOutput, package, binary, project/assembly, release, webRoot and env', () => {
    const next = makeApp({
      appDir: 'web',
      language: 'javascript',
      framework: 'nextjs',
      packageManager: 'npm',
      lockfile: 'package-lock.json',
      buildCommand: 'npm run build',
      startCommand: 'node server.js',
      port: 3000,
      hints: { nextOutput: 'standalone' }
    })
    expect(render(next)).toContain('COPY --from=build --chown=node:node /app/.next/standalone ./')
    const go = makeApp({
      language: 'go',
      framework: 'chi',
      packageManager: 'go',
      port: 8080,
      hints: { package: './cmd/api', binary: 'api' }
    })
    expect(render(go)).toContain('-o /out/server ./cmd/api')
    const rust = makeApp({
      language: 'rust',
      framework: 'axum',
      packageManager: 'cargo',
      port: 3000,
      hints: { binary: 'svc' }
    })
    expect(render(rust)).toContain('--bin svc')
    const dotnet = makeApp({
      language: 'csharp',
      framework: 'aspnet-core',
      packageManager: 'dotnet',
      runtimeVersion: '9.0',
      port: 8080,
      hints: { project: 'Shop.csproj', assembly: 'Shop.Web' }
    })
    expect(render(dotnet)).toContain('exec dotnet Shop.Web.dll')
    const phoenix = makeApp({
      language: 'elixir',
      framework: 'phoenix',
      packageManager: 'mix',
      port: 4000,
      hints: { release: 'shop', env: ['MIX_ENV=prod', 'PHX_SERVER=true', 'BAD KEY=x'] }
    })
    const phoenixText = render(phoenix)
    expect(phoenixText).toContain('CMD ["/app/bin/shop", "start"]')
    expect(phoenixText).not.toContain('BAD KEY')
    const php = makeApp({
      language: 'php',
      framework: 'symfony',
      packageManager: 'composer',
      port: 8000,
      hints: { webRoot: 'web' }
    })
    expect(render(php)).toContain('exec frankenphp php-server --listen :${PORT:-8000} --root web"]')
    const entry = makeApp({
      appDir: 'svc',
      language: 'typescript',
      framework: 'hono',
      packageManager: 'bun',
      port: 3000,
      hints: { entry: 'svc/src/index.ts' }
    })
    expect(render(entry)).toContain('CMD ["bun", "run", "src/index.ts"]')
    const site = makeApp({
      language: 'javascript',
      framework: 'none',
      packageManager: 'npm',
      port: 8080,
      hints: { static: true, outputDir: 'public' }
    })
    expect(render(site)).toContain('COPY public /srv')
  })
})

describe('an app without its lockfile in the build context', () => {
  // The same cases with the package manager read from the manifest (no lockfile committed).
  const unlocked = (name: string): AppAnalysis => {
    const app = CASES[name]!
    return { ...app, packageManager: { ...app.packageManager, source: 'manifest', evidence: [] } }
  }
  const render = (app: AppAnalysis): { text: string; codes: string[] } => {
    const warnings: Warning[] = []
    const text = generateDockerfile(app, { baseImageRegistry: null }, warnings)?.text ?? ''
    return { text, codes: warnings.map(w => w.code) }
  }

  test.each([
    ['rust-axum', 'Cargo.lock', 'COPY Cargo.toml ./'],
    ['laravel', 'composer.lock', 'COPY composer.json ./'],
    ['rails-postgres', 'Gemfile.lock', 'COPY Gemfile ./'],
    ['phoenix', 'mix.lock', 'COPY mix.exs ./']
  ])('%s copies its manifest alone and warns NO_LOCKFILE', (name, lockfile, copy) => {
    const locked = render(CASES[name]!)
    expect(locked.text).toContain(lockfile)
    expect(locked.codes).not.toContain('NO_LOCKFILE')
    const { text, codes } = render(unlocked(name))
    expect(text).not.toContain(lockfile)
    expect(text).toContain(`${copy}\n`)
    expect(codes).toContain('NO_LOCKFILE')
  })

  test('cargo resolves instead of refusing: no --locked without Cargo.lock', () => {
    expect(render(CASES['rust-axum']!).text).toContain('cargo build --release --locked')
    const { text } = render(unlocked('rust-axum'))
    expect(text).not.toContain('--locked')
    expect(text).toContain('cargo fetch\n')
  })

  test("Bundler's deployment mode, which requires Gemfile.lock, is left off", () => {
    expect(render(CASES['rails-postgres']!).text).toContain('BUNDLE_DEPLOYMENT=1')
    expect(render(unlocked('rails-postgres')).text).not.toContain('BUNDLE_DEPLOYMENT')
  })
})
