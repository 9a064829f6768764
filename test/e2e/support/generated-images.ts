// Builds the Dockerfile deplight generates for an example app with the real engine and BuildKit, runs the
// container on the host network with a free PORT, and waits for the expected HTTP answer. Shared by the
// e2e test and the bench (which adds the rebuild after a one-line change).
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import type { AppAnalysis } from '../../../src/analyzer/report.js'
import { primaryApp } from '../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'
import { dockerCli, freePort, type DockerEngine } from '../../support/index.js'
import { ensureStandin, STANDIN_REGISTRY } from './standins.js'

export interface ExampleApp {
  name: string
  /** HTTP path to request and a piece of the body the app must answer with. */
  probe: { path: string; body: string }
  /** A file and a line to append for the rebuild measurement (a one-line source change). */
  edit: { file: string; line: string }
  /** The app inside the example (a workspace member); the example folder is then the build context. */
  appDir?: string
  /** Paths that must not exist in the image (workspace pruning: other members, their dependencies). */
  absent?: string[]
  /** File-name patterns that must match nothing under the given folders of the image (`*.map`). */
  noFiles?: { dirs: string[]; name: string }
  /** A generator warning the example must raise, with the pieces its message must name. */
  warning?: { code: string; mentions: string[] }
}

const EXAMPLES_DIR = join(process.cwd(), 'examples/apps')

export const EXAMPLES: ExampleApp[] = [
  {
    name: 'express-api',
    probe: { path: '/health', body: '"ok"' },
    edit: { file: 'server.js', line: '// touched' }
  },
  {
    name: 'fastify-api',
    probe: { path: '/healthz', body: '"ok"' },
    edit: { file: 'index.js', line: '// touched' }
  },
  {
    name: 'nestjs-api',
    probe: { path: '/health', body: '"ok"' },
    edit: { file: 'src/main.ts', line: '// touched' }
  },
  {
    name: 'nextjs-app',
    probe: { path: '/health', body: '"ok"' },
    edit: { file: 'app/page.js', line: '// touched' }
  },
  {
    name: 'python-stdlib',
    probe: { path: '/health', body: '"ok"' },
    edit: { file: 'server.py', line: '# touched' }
  },
  {
    name: 'npm-workspaces',
    appDir: 'apps/api',
    probe: { path: '/health', body: '"from":"shared"' },
    edit: { file: 'apps/api/server.js', line: '// touched' },
    absent: ['/app/apps/admin/index.js', '/app/node_modules/dayjs', '/app/node_modules/@demo/admin']
  },
  {
    // pnpm 10 refuses this lockfileVersion 6.0 (ERR_PNPM_LOCKFILE_BREAKING_CHANGE); tsx is a devDependency.
    name: 'tsx-pnpm-v6',
    probe: { path: '/health', body: '"runtime":"tsx"' },
    edit: { file: 'src/index.ts', line: '// touched' }
  },
  {
    name: 'pnpm-workspace',
    appDir: 'apps/api',
    probe: { path: '/health', body: '"from":"shared"' },
    edit: { file: 'apps/api/src/server.ts', line: '// touched' },
    absent: ['/app/apps/worker/index.js']
  },
  {
    // packageManager says pnpm@10, the lockfile is pnpm 8's: the image installs pnpm 8 and warns.
    name: 'pnpm-lockfile-mismatch',
    probe: { path: '/health', body: '"installedBy":"pnpm-lockfile-mismatch"' },
    edit: { file: 'server.js', line: '// touched' },
    warning: {
      code: 'PACKAGE_MANAGER_LOCKFILE_MISMATCH',
      mentions: ['packageManager says pnpm@10.4.0', "pnpm-lock.yaml: lockfileVersion '6.0'"]
    }
  },
  {
    name: 'yarn-classic',
    probe: { path: '/health', body: '"installedBy":"yarn-classic"' },
    edit: { file: 'server.js', line: '// touched' }
  },
  {
    // react-dom 17 beside react 18: `npm ci` stops with ERESOLVE unless the image copies the .npmrc
    // (legacy-peer-deps=true) before the install.
    name: 'npmrc-legacy-peers',
    probe: { path: '/health', body: '"installedBy":"npmrc-legacy-peers"' },
    edit: { file: 'server.js', line: '// touched' }
  },
  {
    // "prepare": "husky" with husky a devDependency: the production install drops the script (else exit 127).
    name: 'husky-prepare',
    probe: { path: '/health', body: '"installedBy":"husky-prepare"' },
    edit: { file: 'server.js', line: '// touched' }
  },
  {
    // server/ links "file:../shared" (a TypeScript package outside any workspace): the image builds from
    // the folder holding both, builds shared first and carries only server/ and shared/.
    name: 'npm-file-dependency',
    appDir: 'server',
    probe: { path: '/health', body: '"from":"shared"' },
    edit: { file: 'server/src/index.ts', line: '// touched' },
    absent: [
      '/app/README.md',
      '/app/server/node_modules/typescript',
      '/app/shared/node_modules/typescript',
      '/app/shared/node_modules/@types/ms'
    ]
  },
  {
    name: 'yarn-berry',
    probe: { path: '/health', body: '"installedBy":"yarn-berry"' },
    edit: { file: 'server.js', line: '// touched' }
  },
  {
    // A Next.js standalone member of a pnpm workspace: the server nests under the workspace layout and
    // carries the workspace package it imports; the other member and the build cache stay out.
    name: 'nextjs-pnpm-member',
    appDir: 'apps/web',
    probe: { path: '/health', body: '"from":"greeting"' },
    edit: { file: 'apps/web/app/page.js', line: '// touched' },
    absent: ['/app/apps/docs/index.js', '/app/apps/web/.next/cache', '/app/apps/web/app/page.js']
  },
  {
    // Standalone output in an app linking "file:../greeting": the image cannot use the standalone layout,
    // so it runs next start (never the absent server.js) and says so.
    name: 'nextjs-linked-package',
    appDir: 'web',
    probe: { path: '/health', body: '"from":"greeting"' },
    edit: { file: 'web/app/page.js', line: '// touched' },
    absent: ['/app/web/.next/cache', '/app/web/server.js'],
    warning: { code: 'NEXT_STANDALONE_UNUSED', mentions: ['links packages from outside its folder'] }
  },
  {
    // next start from .next: no build cache, no dev dependencies, no source maps in the image.
    name: 'nextjs-no-standalone',
    probe: { path: '/health', body: '"ok"' },
    edit: { file: 'app/page.js', line: '// touched' },
    absent: ['/app/.next/cache', '/app/node_modules/@types/node'],
    noFiles: { dirs: ['/app/.next', '/app/node_modules'], name: '*.map' },
    warning: { code: 'NEXT_NOT_STANDALONE', mentions: ["output: 'standalone'"] }
  },
  {
    name: 'go-stdlib',
    probe: { path: '/healthz', body: '"ok"' },
    edit: { file: 'main.go', line: '// touched' }
  },
  {
    name: 'static-site',
    probe: { path: '/', body: 'hello from a static site' },
    edit: { file: 'index.html', line: '<!-- touched -->' }
  }
]

export interface PreparedApp {
  app: AppAnalysis
  dockerfile: string
  /** The generator's warnings for this app. */
  warnings: { code: string; message: string }[]
  /** Temporary copy of the example (the build context) with the generated .dockerignore. */
  context: string
  /** The generated Dockerfile inside the copy (`Dockerfile`, or `apps/api/Dockerfile` for a member). */
  dockerfilePath: string
  cleanup: () => void
}

/** Analyses the example with the real analyzer, renders its files into a temporary copy. */
export function prepareExample(example: ExampleApp): PreparedApp {
  const source = join(EXAMPLES_DIR, example.name)
  const report = analyzeRepository(source, { appDir: example.appDir }).report
  const app = primaryApp(report)
  if (!app) throw new Error(`the analyzer found no app in examples/apps/${example.name}`)
  const artifacts = renderAppArtifacts(app, { baseImageRegistry: STANDIN_REGISTRY })
  if (!artifacts.dockerfile)
    throw new Error(`no Dockerfile generated for ${example.name}: ${JSON.stringify(artifacts.warnings)}`)
  // The analysis decides the build context (a workspace member builds from the workspace root).
  if (artifacts.buildContext !== '.')
    throw new Error(`${example.name}: build context ${artifacts.buildContext} is not the example root`)
  const context = mkdtempSync(join(tmpdir(), `dl-${example.name}-`))
  cpSync(source, context, { recursive: true, filter: path => !/\/node_modules(\/|$)/.test(path) })
  writeFileSync(join(context, artifacts.dockerfilePath), artifacts.dockerfile)
  writeFileSync(join(context, '.dockerignore'), artifacts.dockerignore)
  return {
    app,
    dockerfile: artifacts.dockerfile,
    warnings: artifacts.warnings,
    context,
    dockerfilePath: artifacts.dockerfilePath,
    cleanup: () => rmSync(context, { recursive: true, force: true })
  }
}

/** The images the Dockerfile builds FROM (not its own stages). */
export function baseImages(dockerfile: string): string[] {
  const stages = new Set<string>()
  const images: string[] = []
  for (const line of dockerfile.split('\n')) {
    const match = line.match(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i)
    if (!match) continue
    const image = match[1] as string
    if (!stages.has(image)) images.push(image)
    if (match[2]) stages.add(match[2])
  }
  return [...new Set(images)]
}

export async function ensureBases(engine: DockerEngine, dockerfile: string): Promise<void> {
  for (const image of baseImages(dockerfile)) await ensureStandin(engine, image)
}

export async function buildImage(
  engine: DockerEngine,
  context: string,
  tag: string,
  dockerfilePath = 'Dockerfile'
): Promise<number> {
  const started = performance.now()
  await dockerCli(engine, [
    'build',
    '--network',
    'host',
    '--progress',
    'plain',
    '-f',
    join(context, dockerfilePath),
    '-t',
    tag,
    context
  ])
  return performance.now() - started
}

/** The paths among `paths` that exist in the image (a workspace image must not carry other members). */
export async function presentPaths(engine: DockerEngine, tag: string, paths: string[]): Promise<string[]> {
  const present: string[] = []
  for (const path of paths) {
    const result = await dockerCli(engine, [
      'run',
      '--rm',
      '--network',
      'host',
      '--entrypoint',
      '/bin/sh',
      tag,
      '-c',
      `test -e '${path.replace(/'/g, '')}' && echo present || echo absent`
    ])
    if (result.stdout.trim() === 'present') present.push(path)
  }
  return present
}

/** Files under `dirs` in the image whose name matches `name` (a find -name pattern), at most 5. */
export async function filesMatching(
  engine: DockerEngine,
  tag: string,
  dirs: string[],
  name: string
): Promise<string[]> {
  const quoted = (text: string) => `'${text.replace(/'/g, '')}'`
  const result = await dockerCli(engine, [
    'run',
    '--rm',
    '--network',
    'host',
    '--entrypoint',
    '/bin/sh',
    tag,
    '-c',
    `find ${dirs.map(quoted).join(' ')} -name ${quoted(name)} -type f 2>/dev/null | head -5`
  ])
  return result.stdout.split('\n').filter(Boolean)
}

export async function imageSizeBytes(engine: DockerEngine, tag: string): Promise<number> {
  const { stdout } = await dockerCli(engine, ['image', 'inspect', '--format', '{{.Size}}', tag])
  return Number(stdout.trim())
}

export interface ProbeResult {
  status: number
  body: string
  /** Time from `docker run` until the first successful answer. */
  readyMs: number
}

/** Runs the image with a free PORT on the host network, waits for `path` to answer 200, removes the container. */
export async function runAndProbe(
  engine: DockerEngine,
  tag: string,
  path: string,
  timeoutMs = 60_000
): Promise<ProbeResult> {
  const port = await freePort()
  const name = `dl-e2e-${tag.replace(/[^a-z0-9]/g, '-')}-${port}`
  const started = performance.now()
  await dockerCli(engine, [
    'run',
    '-d',
    '--name',
    name,
    '--network',
    'host',
    '--init',
    '-e',
    `PORT=${port}`,
    tag
  ])
  try {
    let last = ''
    while (performance.now() - started < timeoutMs) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) })
        const body = await response.text()
        if (response.status === 200) return { status: 200, body, readyMs: performance.now() - started }
        last = `HTTP ${response.status}`
      } catch (error) {
        last = (error as Error).message
      }
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    const logs = await dockerCli(engine, ['logs', '--tail', '30', name]).catch(() => ({
      stdout: '',
      stderr: ''
    }))
    throw new Error(
      `${tag} did not answer 200 on ${path} within ${timeoutMs} ms (${last}); logs:\n${logs.stdout}${logs.stderr}`
    )
  } finally {
    await dockerCli(engine, ['rm', '-f', name]).catch(() => undefined)
  }
}

/** Appends one line to a source file of the prepared copy (the rebuild measurement). */
export function touchSource(prepared: PreparedApp, example: ExampleApp): void {
  const file = join(prepared.context, example.edit.file)
  appendFileSync(file, `\n${example.edit.line}\n`)
}
