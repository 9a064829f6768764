// The commands and port of a JavaScript app, from package.json scripts, the framework and the entry file:
// candidates for the provider's plan (plan.ts), each ranked by its tier in precedence.ts.
import { binServeCommand } from './bin-serve-command.js'
import { schemaDefaultPort } from './schema-default-port.js'
import type { Warning } from '../../report.js'
import { fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { portFromCommand } from '../../signals/ports.js'
import { NODE_DEV_RUNNERS } from '../../signals/dev-servers.js'
import { excludedFromEveryImage } from '../../render/dockerignore-common.js'
import { desktopAppServerScript, launchesDesktopShell } from './desktop-start.js'
import type { FrameworkSpec } from '../../framework.js'
import type { PackageJson } from './manifest.js'
import { JS_EXTENSIONS, jsPortCandidates } from './source.js'
import { configFilePort } from '../../signals/config-file.js'
import type { AppContext } from '../../provider.js'
import { joinPath } from '../../tree.js'
import type { Candidate } from '../../candidate.js'
import { CONFIDENCE } from '../../candidate.js'
import { BUILD, PORT, RUNTIME_VERSION, START } from '../../precedence.js'

import type { JsRuntime } from './data.js'

// `-r` is pnpm's "in every workspace package" only after a package manager: `node -r dotenv/config x.js`
// preloads a module and runs the app's own server.
/**
 * A production script that installs dependencies (`npm run client && npm ci && node index.js`) bootstraps a
 * bare machine: the image installs and builds in its own stages, so it runs the plain start script instead.
 */
export const INSTALLS = /(?:^|[;&|]\s*|\b(?:cd\s+\S+\s*&&\s*))(?:npm|pnpm|yarn|bun)\s+(?:ci|install|i)\b/

/**
 * The env file a script loads before the server (`env-cmd -f ./my.prod.env`, `dotenv -e .env.production`,
 * `node --env-file=.env.prod`), or null. A file the repository lacks is a developer's own (`my.*.env` in
 * .gitignore): the script fails in an image with `Failed to find .env file`.
 */
export function loadedEnvFile(script: string): string | null {
  const m =
    /\benv-cmd\s+(?:(?:-f|--file)[\s=]+)?(?!-)(\S+)/.exec(script) ??
    /\bdotenv(?:-cli)?\s+(?:-\w+\s+)*?-e[\s=]+(\S+)/.exec(script) ??
    /--env-file[\s=]+(\S+)/.exec(script)
  return m ? m[1]!.replace(/^['"]|['"]$/g, '') : null
}

/**
 * A script that runs the app in containers (`docker compose down && docker compose up --build app-prod`,
 * `docker-compose -f prod.yml up`, `docker run …`, podman): the developer's way to start the image, not the
 * command inside it — in the image it would look for a Docker engine.
 */
export const RUNS_CONTAINERS =
  /(?:^|[;&|(]\s*|\b(?:cd\s+\S+\s*&&\s*))(?:sudo\s+)?(?:docker(?:-compose\b|\s+(?:compose|run|build|start|buildx)\b)|podman(?:-compose)?\b)/

export const DELEGATING =
  /\b(turbo|nx|lerna|lage|moon)\b|--workspace|\s-w\s|--filter|\b(?:pnpm|npm|yarn)\s+(?:[^\s&|;]+\s+)*-r\s|--recursive|\bworkspaces?\s+(run|foreach)|concurrently/

/** True when the directory is a Bun project (the bun provider takes it; the node provider steps aside). */
export function run(manager: string, script: string): string {
  if (script === 'start') return manager === 'bun' ? 'bun run start' : `${manager} start`
  return manager === 'yarn' ? `yarn ${script}` : `${manager} run ${script}`
}

export function buildCandidates(
  pkg: PackageJson | null,
  spec: FrameworkSpec | undefined,
  manager: string
): Candidate<string>[] {
  const out: Candidate<string>[] = []
  if (pkg?.scripts.build !== undefined)
    out.push({
      value: run(manager, 'build'),
      confidence: BUILD.manifestScript,
      source: 'package.json#scripts.build',
      evidence: [keyEvidence(pkg.path, pkg.text, 'build')]
    })
  else if (spec?.buildCommand)
    out.push({
      value: `npx ${spec.buildCommand}`,
      confidence: CONFIDENCE.convention,
      source: `${spec.name} default`,
      evidence: []
    })
  return out
}

export function startCandidates(
  ctx: AppContext,
  pkg: PackageJson | null,
  spec: FrameworkSpec | undefined,
  refinedStart: string | null,
  entry: string | null,
  manager: string,
  runtime: JsRuntime,
  warnings: Warning[]
): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const scripts = pkg?.scripts ?? {}
  // A production script that loads an env file the repository lacks runs only on a developer's machine, and
  // one the generated .dockerignore keeps out (`.env`, `.env.*` as secrets) fails in the image too.
  const missingEnvFile = (script: string): boolean => {
    const file = loadedEnvFile(script)?.replace(/^\.\//, '')
    if (file === undefined) return false
    return !ctx.has(file) || excludedFromEveryImage(file)
  }
  for (const name of ['start:prod', 'start:production', 'prod', 'serve']) {
    const s = scripts[name]
    if (
      s !== undefined &&
      !NODE_DEV_RUNNERS.test(s) &&
      !missingEnvFile(s) &&
      !/\b(vite preview|serve -s)\b/.test(s) &&
      !INSTALLS.test(s) &&
      !RUNS_CONTAINERS.test(s)
    ) {
      out.push({
        value: run(manager, name),
        confidence: START.productionScript,
        source: `package.json#scripts.${name}`,
        evidence: [keyEvidence(pkg!.path, pkg!.text, name)]
      })
      break
    }
  }
  const start = scripts.start
  // A start script that opens Electron: the app's server mode (`server: node ./serveronly`) is what serves.
  const desktop = start !== undefined && launchesDesktopShell(scripts, 'start')
  const serverScript = desktop ? desktopAppServerScript(scripts) : null
  if (serverScript && !NODE_DEV_RUNNERS.test(scripts[serverScript]!))
    out.push({
      value: run(manager, serverScript),
      confidence: START.startScript,
      source: `package.json#scripts.${serverScript} (scripts.start opens a desktop shell)`,
      evidence: [keyEvidence(pkg!.path, pkg!.text, serverScript)]
    })
  if (start !== undefined && !DELEGATING.test(start)) {
    const dev = NODE_DEV_RUNNERS.test(start)
    out.push({
      value: run(manager, 'start'),
      confidence: dev || desktop ? START.guess : START.startScript,
      source: desktop ? 'package.json#scripts.start (opens a desktop shell)' : 'package.json#scripts.start',
      evidence: [keyEvidence(pkg!.path, pkg!.text, 'start')]
    })
    if (dev)
      warnings.push({
        code: 'DEV_START_SCRIPT',
        message: `scripts.start runs a development server (${start}); add a production start script or set app.startCommand`,
        file: pkg!.path,
        line: keyEvidence(pkg!.path, pkg!.text, 'start').line
      })
  }
  // Next standalone output runs `node server.js`; `next start` does not work with it, so it beats scripts.start.
  if (refinedStart)
    out.push({
      value: refinedStart,
      confidence: refinedStart === 'node server.js' ? START.frameworkOutput : START.frameworkConfig,
      source: `${spec?.name} output`,
      evidence: []
    })
  else if (spec?.startCommand)
    out.push({
      value: /^(node|bun|deno)\s/.test(spec.startCommand) ? spec.startCommand : `npx ${spec.startCommand}`,
      confidence: CONFIDENCE.convention,
      source: `${spec.name} default`,
      evidence: []
    })
  // A CLI package's bin with one server subcommand (`node dist/cmd.js daemon`, bin-serve-command.ts).
  const binServe = binServeCommand(ctx, pkg)
  if (binServe) out.push(binServe)
  if (entry) {
    const ts = /\.[cm]?ts$/.test(entry)
    const cmd = runtime === 'bun' ? `bun run ${entry}` : ts ? compiledEntry(ctx, entry, pkg) : `node ${entry}`
    out.push({
      value: cmd,
      confidence: ts && runtime === 'node' ? START.compiledEntry : START.entryFile,
      source: `entry file ${entry}`,
      evidence: [fileEvidence(ctx.path(entry))]
    })
  }
  return out
}

/** `src/index.ts` → `node dist/index.js` when a build script compiles to tsconfig's outDir, else run with tsx. */
function compiledEntry(ctx: AppContext, entry: string, pkg: PackageJson | null): string {
  const outDir = /"outDir"\s*:\s*"\.?\/?([^"]+?)\/?"/.exec(ctx.read('tsconfig.json') ?? '')?.[1]
  if (pkg?.scripts.build !== undefined && outDir) {
    const rootDir =
      /"rootDir"\s*:\s*"\.?\/?([^"]*?)\/?"/.exec(ctx.read('tsconfig.json') ?? '')?.[1] ??
      (entry.startsWith('src/') ? 'src' : '')
    const rel = rootDir && entry.startsWith(`${rootDir}/`) ? entry.slice(rootDir.length + 1) : entry
    return `node ${outDir}/${rel.replace(/\.([cm]?)ts$/, '.$1js')}`
  }
  return `npx tsx ${entry}`
}

/**
 * Configuration of build, dev-server and test tools, `<tool>.config.js` or the older `<tool>.conf.js`
 * (karma.conf.js, wdio.conf.js, protractor.conf.js): the ports they name are the tools' own.
 */
const TOOL_CONFIG =
  /(^|\/)(vite|webpack|nuxt|next|svelte|remix|tailwind|postcss|jest|vitest|playwright|rollup|eslint|karma|protractor|wdio|nightwatch|cypress|stryker)\.conf(?:ig)?\.[cm]?[jt]s$/

/** Seed, seeder and migration scripts (`seed.ts`, `seed-webhook-deliveries.ts`, `migrations/001.js`). */
const ONE_OFF_SCRIPT =
  /(?:^|\/)(?:(?:seeds?|seeders?|migrate|migrations?)(?:[-_.][^/]*)?\.[cm]?[jt]s|(?:seeds|seeders|migrations)\/.*)$/

export function portCandidates(
  ctx: AppContext,
  pkg: PackageJson | null,
  spec: FrameworkSpec | undefined,
  runtime: JsRuntime,
  warnings: Warning[]
): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const name of ['start:prod', 'start', 'serve']) {
    const s = pkg?.scripts[name]
    const p = s ? portFromCommand(s) : null
    if (p !== null)
      out.push({
        value: p,
        confidence: PORT.scriptFlag,
        source: `package.json#scripts.${name}`,
        evidence: [keyEvidence(pkg!.path, pkg!.text, name)]
      })
  }
  // Dev-server and test-runner configs (vite, webpack, nuxt; karma's test browser on 9876) set ports that
  // production never uses; seed and migration scripts read PORT to reach the running server
  // (`seed-webhooks.ts`: PORT ?? "3030"), they serve nothing.
  const files = ctx
    .sourceFiles(JS_EXTENSIONS, 300)
    .filter(f => !TOOL_CONFIG.test(f) && !ONE_OFF_SCRIPT.test(f))
  // express-generator keeps the server in an extension-less `bin/www`.
  if (ctx.has('bin/www')) files.unshift(ctx.path('bin/www'))
  const found = jsPortCandidates(ctx, files)
  out.push(...found, ...configFilePort(ctx, files))
  // `port: Joi.number().default(3000)` in the top-level config schema (schema-default-port.ts).
  out.push(...schemaDefaultPort(ctx.tree, files))
  const hard = found.find(f => f.source.endsWith('listen()') || f.source.endsWith('listen({ port })'))
  if (hard && found[0] === hard) {
    const e = hard.evidence[0]
    warnings.push({
      code: 'HARDCODED_PORT',
      message: `the app listens on ${hard.value} regardless of $PORT${e ? ` (${e.file}:${e.line})` : ''}; the container will expose ${hard.value}`,
      ...(e ? { file: e.file, line: e.line } : {})
    })
  }
  if (spec?.port)
    out.push({
      value: spec.port,
      confidence:
        spec.kind === 'server' && !spec.startCommand ? PORT.unconfirmedDefault : PORT.frameworkDefault,
      source: `${spec.name} default`,
      evidence: []
    })
  out.push({
    value: 3000,
    confidence: PORT.convention,
    source: `${runtime === 'bun' ? 'Bun' : 'Node'} convention`,
    evidence: []
  })
  return out
}

export function bunVersionCandidates(ctx: AppContext, pkg: PackageJson | null): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const file = ctx.read('.bun-version')?.trim()
  if (file)
    out.push({
      value: file.replace(/^v/, ''),
      confidence: CONFIDENCE.declared,
      source: '.bun-version',
      evidence: [{ file: ctx.path('.bun-version'), line: 1, text: file }]
    })
  const pm = typeof pkg?.json.packageManager === 'string' ? /^bun@(\S+)/.exec(pkg.json.packageManager) : null
  if (pm)
    out.push({
      value: pm[1]!,
      confidence: RUNTIME_VERSION.devEngines,
      source: 'package.json#packageManager',
      evidence: [keyEvidence(pkg!.path, pkg!.text, 'packageManager')]
    })
  const engines =
    pkg && typeof (pkg.json.engines as Record<string, unknown> | undefined)?.bun === 'string'
      ? String((pkg.json.engines as Record<string, unknown>).bun)
      : null
  if (engines)
    out.push({
      value: engines.replace(/^[\^~>=v\s]+/, ''),
      confidence: CONFIDENCE.source,
      source: `package.json#engines.bun (${engines})`,
      evidence: [keyEvidence(pkg!.path, pkg!.text, 'bun')]
    })
  // A workspace member without its own pin runs on the Bun the workspace root installs with
  // (`"packageManager": "bun@1.2.19"` at the root of a bun workspace; versions.ts does the same for Node).
  const root = ctx.workspace?.root
  if (out.length === 0 && root !== undefined && root !== ctx.dir) {
    const rootPath = joinPath(root, 'package.json')
    const text = ctx.tree.read(rootPath) ?? ''
    const rootPm = /"packageManager"\s*:\s*"bun@(\d+(?:\.\d+){0,2})[^"]*"/.exec(text)
    if (rootPm)
      out.push({
        value: rootPm[1]!,
        confidence: RUNTIME_VERSION.inheritedRange,
        source: 'workspace root package.json#packageManager',
        evidence: [keyEvidence(rootPath, text, 'packageManager')]
      })
  }
  return out
}
