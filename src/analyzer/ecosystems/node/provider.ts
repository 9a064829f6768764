// Node.js (and, through runtime: 'bun', Bun) apps: package.json dependencies scored against framework data,
// start/build commands from scripts, ports and health routes from source, workspaces for monorepos.
import type { Warning } from '../../report.js'
import { fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { portFromCommand } from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { NODE_FRAMEWORKS, DEV_RUNNERS, FRONTEND_LIBRARIES, type NodeFrameworkSpec } from './frameworks.js'
import { HEALTH_LIBRARIES } from './health-libraries.js'
import { libraryHealthCandidates } from '../../signals/health.js'
import { scoreFrameworks, type FrameworkMatch } from '../common/framework-score.js'
import type { FrameworkSpec } from '../../framework.js'
import {
  detectPackageManager,
  nodeVersionCandidates,
  nodeWorkspaces,
  readPackageJson,
  type PackageJson
} from './manifest.js'
import { JS_EXTENSIONS, jsHealthCandidates, jsPortCandidates } from './source.js'
import { nxProject, nxStandaloneProject, type NxProject } from './nx.js'
import type { AppContext, Detection, FieldCandidates, Provider, ProviderPlan } from '../../provider.js'
import type { Hints } from '../../hints.js'
import type { Candidate } from '../../candidate.js'
import { CONFIDENCE } from '../../candidate.js'
import { usedByWorkspaceMember, workspaceMemberHints } from './workspace.js'
import { NODE_BASELINE } from './runtime.js'
import { BUN_BASELINE } from '../bun/runtime.js'
import { STATIC_BASELINE } from '../static/runtime.js'
import { BUILD, PORT, RUNTIME_VERSION, STACK, START } from '../../precedence.js'

export type JsRuntime = 'node' | 'bun'

export interface NodeData {
  runtime: JsRuntime
  /** Set for an Nx integrated-monorepo app (project.json, dependencies in the root package.json). */
  nx: NxProject | null
  pkg: PackageJson | null
  matches: FrameworkMatch<NodeFrameworkSpec>[]
  entry: string | null
  serverSource: boolean
  workspaceRoot: boolean
  warnings: Warning[]
}

const ENTRY_FILES = [
  'server',
  'index',
  'app',
  'main',
  'src/server',
  'src/index',
  'src/main',
  'src/app'
].flatMap(b => ['js', 'mjs', 'cjs', 'ts', 'mts'].map(e => `${b}.${e}`))
const SERVER_CODE = /\.listen\(|createServer\(|\b(?:Bun|Deno)\.serve\(|\bserve\(\s*\{|\bnew Elysia\(/
// Scripts that delegate to other workspace packages: the root itself serves nothing.
const DELEGATING =
  /\b(turbo|nx|lerna|lage|moon)\b|--workspace|\s-w\s|--filter|\s-r\s|--recursive|\bworkspaces?\s+(run|foreach)|concurrently/

/** True when the directory is a Bun project (the bun provider takes it; the node provider steps aside). */
export function isBunProject(ctx: AppContext, pkg: PackageJson | null): boolean {
  if (ctx.has('bun.lockb') || ctx.has('bun.lock') || ctx.has('bunfig.toml')) return true
  if (!pkg) return false
  if (typeof pkg.json.packageManager === 'string' && pkg.json.packageManager.startsWith('bun@')) return true
  if (pkg.deps.has('elysia') || pkg.deps.has('@types/bun') || pkg.deps.has('bun-types')) return true
  return /^bun\s/.test(pkg.scripts.start ?? '')
}

const NODE_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']

/**
 * A deno.json beside package.json is secondary when Node's own install state says the app is a Node app:
 * a Node lockfile, no deno.lock, and a Node framework dependency (NestJS boilerplates ship a deno.json so the
 * code can also run under Deno, while their Dockerfile and lockfile are Node's). A Deno app that keeps a
 * package.json only for tooling (GraphQL codegen, husky) has no framework there and stays Deno's.
 */
export function nodeOwnsDenoConfig(ctx: AppContext, detection?: Detection<NodeData> | null): boolean {
  if (ctx.has('deno.lock') || !NODE_LOCKFILES.some(f => ctx.has(f))) return false
  const d = detection === undefined ? detectJs(ctx, 'node') : detection
  return d !== null && d.data.matches.some(m => m.score >= 0.3)
}

/**
 * Source files searched for health routes: the shallowest 600, plus any deeper file whose own path names a
 * health endpoint (a large Nx/Nest app keeps `apps/api/src/app/health/health.controller.ts` six levels down).
 */
function healthSourceFiles(ctx: AppContext): string[] {
  const shallow = ctx.sourceFiles(JS_EXTENSIONS, 600)
  const seen = new Set(shallow)
  const named = ctx
    .sourceFiles(JS_EXTENSIONS, Number.MAX_SAFE_INTEGER)
    .filter(
      f =>
        !seen.has(f) &&
        /(?:^|\/)[^/]*(?:health|heartbeat|liveness|readiness|monitor|probe)[^/]*(?:\/|\.[cm]?[jt]sx?$)/i.test(
          f
        )
    )
  return [...shallow, ...named.slice(0, 50)]
}

/**
 * The source file a start script runs directly (`NODE_ENV=production bun backend/server.ts`,
 * `tsx ./src/main.ts`): the app's entry even when it sits outside the conventional names.
 */
function scriptEntry(script: string | undefined): string | null {
  if (!script) return null
  const m = /(?:^|[\s;&])(?:node|bun|tsx|ts-node)\s+(?:-\S+\s+)*(?:\.\/)?([\w@./-]+\.[cm]?[jt]sx?)\b/.exec(
    script
  )
  return m?.[1] ?? null
}

/** `apps/api` for a start script `node dist/apps/api/main` when that folder holds sources, else null. */
function builtProjectDir(ctx: AppContext, start: string | undefined): string | null {
  const m = start
    ? /\bnode\s+(?:-\S+\s+)*(?:\.\/)?dist\/((?:apps|packages|services)\/[\w.-]+)\//.exec(start)
    : null
  if (!m) return null
  const dir = ctx.path(m[1]!)
  return ctx.tree.filesUnder(dir).length > 0 ? dir : null
}

function builtProjectSources(ctx: AppContext, dir: string): string[] {
  return ctx.tree
    .filesUnder(dir)
    .map(f => f.path)
    .filter(p => JS_EXTENSIONS.some(e => p.endsWith(e)) && !/\.(test|spec|d)\.[cm]?[jt]sx?$/.test(p))
    .sort((a, b) => Number(/health|heartbeat|main\./i.test(b)) - Number(/health|heartbeat|main\./i.test(a)))
    .slice(0, 1500)
}

export function detectJs(ctx: AppContext, runtime: JsRuntime): Detection<NodeData> | null {
  const warnings: Warning[] = []
  const nxMember = nxProject(ctx, warnings)
  if (!ctx.has('package.json') && !nxMember) return null
  const pkg = nxMember ? nxMember.pkg : readPackageJson(ctx, warnings)
  const hasWorkspaces = nodeWorkspaces(ctx) !== null
  const nx = nxMember ?? (pkg ? nxStandaloneProject(ctx, pkg, hasWorkspaces, warnings) : null)
  const matches = pkg
    ? scoreFrameworks(NODE_FRAMEWORKS, pkg.deps, ctx.has, rel =>
        fileEvidence(ctx.path(rel), 'config file present')
      )
    : []
  const mainField = typeof pkg?.json.main === 'string' ? pkg.json.main.replace(/^\.\//, '') : null
  const startEntry = pkg ? scriptEntry(pkg.scripts.start) : null
  const entry =
    [...(mainField ? [mainField] : []), ...(startEntry ? [startEntry] : []), ...ENTRY_FILES].find(f =>
      ctx.has(f)
    ) ?? null
  const serverSource = entry !== null && SERVER_CODE.test(ctx.read(entry) ?? '')
  // pnpm-workspace.yaml also carries plain settings (pnpm 10 `onlyBuiltDependencies`): only a `packages`
  // list makes the directory a workspace root, and nodeWorkspaces() reads that list.
  // An Nx standalone project's nx.json sits beside its own project.json: that root is the app itself.
  const standalone = nx !== null && nx.root === ctx.dir
  const workspaceRoot =
    hasWorkspaces || (!standalone && ['turbo.json', 'nx.json', 'lerna.json'].some(f => ctx.has(f)))
  const start = pkg?.scripts.start
  const ownStart = start !== undefined && !DELEGATING.test(start)
  const strong = matches.filter(m => m.score >= 0.3)
  const top = strong[0]
  const data: NodeData = { runtime, nx, pkg, matches, entry, serverSource, workspaceRoot, warnings }
  const evidence = top
    ? top.evidence
    : pkg
      ? [fileEvidence(pkg.path, 'package.json present')]
      : [fileEvidence(ctx.path('package.json'))]

  let score: number
  let reason: string
  if (top) {
    score = 0.5 + 0.45 * top.score
    reason = `${top.spec.name} dependency`
  } else if (serverSource) {
    score = 0.65
    reason = `server code in ${entry}`
  } else if (ownStart) {
    score = 0.6
    reason = 'package.json start script'
  } else {
    score = 0.35
    reason = 'package.json without a server'
  }
  // Frontend libraries alone (a component library) are not an app; with a build tool they are an SPA (matched above).
  const onlyFrontend =
    !top &&
    pkg !== null &&
    FRONTEND_LIBRARIES.some(l => pkg.deps.has(l)) &&
    !serverSource &&
    !ctx.has('index.html')
  let deployable = (top !== undefined || serverSource || ownStart) && !onlyFrontend
  if (workspaceRoot) {
    // A monorepo root is an app only when it serves something itself, not when it merely runs tooling.
    const runtimeServer =
      top !== undefined &&
      top.spec.kind !== 'static' &&
      pkg?.deps.get(top.spec.dependencies.find(d => pkg.deps.has(d))!)?.dev === false
    // A meta-framework whose own config file sits at the root builds the root itself (a Nuxt or SvelteKit
    // app that keeps a small helper package in its workspace); such frameworks live in devDependencies.
    const build = pkg?.scripts.build
    const ownBuild = build !== undefined && !DELEGATING.test(build)
    const rootFramework =
      top !== undefined &&
      top.spec.kind !== 'static' &&
      top.spec.devDependencyOk === true &&
      (top.spec.markerFiles ?? []).some(f => ctx.has(f)) &&
      (ownStart || ownBuild)
    // Nx integrated roots hold every app's dependencies, so a server dependency alone proves nothing here.
    deployable =
      (serverSource || (runtimeServer && ownStart) || rootFramework) &&
      !(start !== undefined && DELEGATING.test(start))
    if (!deployable) reason = 'workspace root with only tooling'
  }
  if (nx?.library) {
    deployable = false
    reason = 'Nx library project'
  }
  // A member that declares what it exports (main/exports/types), has no start script, and that other
  // members depend on is a package they import, not an app.
  const exportsCode = ['main', 'module', 'exports', 'types', 'typings'].some(k => pkg?.json[k] !== undefined)
  if (deployable && !ownStart && exportsCode && pkg?.name && usedByWorkspaceMember(ctx, pkg.name)) {
    deployable = false
    reason = 'workspace package used by other members'
  }
  if (pkg && !deployable && !workspaceRoot && (pkg.json.bin !== undefined || pkg.json.exports !== undefined))
    reason = 'library or CLI package'
  return { score: Math.round(score * 100) / 100, deployable, reason, evidence, data }
}

export function planJs(ctx: AppContext, detection: Detection<NodeData>): ProviderPlan {
  const { runtime, pkg, matches, entry, warnings: detectWarnings } = detection.data
  const warnings = [...detectWarnings]
  const c: FieldCandidates = {}
  const strong = matches.filter(m => m.score >= 0.15)
  const top = strong[0]
  const hints: Hints = {}
  if (pkg?.name) hints.name = pkg.name
  // The generator runs a plain `node server.js` start script directly, without npm as PID 1's child.
  if (pkg?.scripts.start) hints.startScript = pkg.scripts.start
  if (ctx.workspace) {
    hints.workspaceRoot = ctx.workspace.root
    hints.workspaceKind = ctx.workspace.kind
    Object.assign(hints, workspaceMemberHints(ctx))
  }

  const refined = top?.spec.refine ? top.spec.refine(ctx, top.spec, pkg) : null
  const spec: FrameworkSpec | undefined = refined?.spec ?? top?.spec
  const isStatic = spec?.kind === 'static'
  if (refined) {
    Object.assign(hints, refined.hints)
    warnings.push(...refined.warnings)
  }
  if (isStatic) {
    hints.static = true
    if (spec?.outputDir) hints.outputDir = spec.outputDir
  }

  // Language
  const tsEvidence = ctx.has('tsconfig.json')
    ? fileEvidence(ctx.path('tsconfig.json'), 'tsconfig.json present')
    : pkg?.deps.get('typescript')?.evidence
  const tsFiles = ctx.sourceFiles(['.ts', '.tsx', '.mts', '.cts'], 200).length
  const jsFiles = ctx
    .sourceFiles(['.js', '.jsx', '.mjs', '.cjs'], 200)
    .filter(f => !/\.config\.[cm]?js$/.test(f)).length
  // No tsconfig and no typescript dependency still means TypeScript when the sources are .ts (Bun, Vite templates).
  const tsEntry = (entry !== null && /\.[cm]?ts$/.test(entry)) || tsFiles > jsFiles
  c.language = [
    tsEvidence || tsEntry
      ? {
          value: 'typescript',
          confidence: STACK.ecosystemMarker,
          source: tsEvidence ? 'tsconfig.json / typescript dependency' : 'TypeScript sources',
          evidence: tsEvidence
            ? [tsEvidence]
            : [
                fileEvidence(
                  entry
                    ? ctx.path(entry)
                    : (ctx.sourceFiles(['.ts', '.tsx'], 1)[0] ?? ctx.path('package.json'))
                )
              ]
        }
      : {
          value: 'javascript',
          confidence: STACK.ecosystemMarker,
          source: 'package.json without TypeScript',
          evidence: pkg ? [fileEvidence(pkg.path, 'package.json present')] : []
        }
  ]

  // Framework
  c.framework = strong.map(m => ({
    value: m.spec.id,
    confidence: Math.min(0.95, 0.4 + m.score * 0.6),
    source: `${m.spec.name} (${m.spec.dependencies.find(d => pkg?.deps.has(d)) ?? m.spec.markerFiles?.find(f => ctx.has(f)) ?? 'marker'})`,
    evidence: m.evidence
  }))
  if (!top)
    c.framework.push({
      value: 'none',
      confidence: detection.data.serverSource ? STACK.plainApp : STACK.noFramework,
      source: detection.data.serverSource ? `plain Node server (${entry})` : 'no framework dependency',
      evidence: entry ? [fileEvidence(ctx.path(entry))] : []
    })
  for (const m of matches.filter(x => x.score < 0.3 && x.spec.kind === 'server')) {
    const dep = m.spec.dependencies.find(d => pkg?.deps.get(d)?.dev)
    if (dep)
      warnings.push({
        code: 'DEV_ONLY_FRAMEWORK',
        message: `${dep} is only a devDependency; it will not be installed in production — move it to dependencies if the app serves with it`,
        file: pkg!.path,
        line: pkg!.deps.get(dep)!.evidence.line
      })
  }

  // Package manager and runtime version
  const pm = detectPackageManager(ctx, pkg)
  warnings.push(...pm.warnings)
  c.packageManager = pm.candidates
  if (runtime === 'bun' && !pm.candidates.some(x => x.confidence > CONFIDENCE.fallback))
    c.packageManager = [
      { value: 'bun', confidence: CONFIDENCE.convention, source: 'Bun project', evidence: [] }
    ]
  const manager = [...c.packageManager].sort((a, b) => b.confidence - a.confidence)[0]!.value
  if (pm.lockfile) hints.lockfile = pm.lockfile
  if (pm.version) hints.packageManagerVersion = pm.version
  c.runtimeVersion = runtime === 'node' ? nodeVersionCandidates(ctx, pkg) : bunVersionCandidates(ctx, pkg)

  // Commands
  c.buildCommand = buildCandidates(pkg, spec, manager)
  const nx = detection.data.nx
  if (nx) {
    hints.nxProject = nx.name
    hints.workspaceRoot = nx.root
    if (nx.outputPath) hints.outputPath = nx.outputPath
    c.buildCommand.unshift({
      value: `npx nx build ${nx.name}`,
      confidence: BUILD.buildTarget,
      source: 'Nx project.json build target',
      evidence: [fileEvidence(ctx.path('project.json'), 'Nx project')]
    })
  }
  c.startCommand = isStatic
    ? []
    : startCandidates(ctx, pkg, spec, refined?.startCommand ?? null, entry, manager, runtime, warnings)
  if (entry) hints.entry = ctx.path(entry)
  if (nx?.outputPath && !isStatic && spec?.kind !== 'hybrid' && !spec?.startCommand) {
    // @nx/node and @nx/webpack bundle a server to <outputPath>/main.js, run from the workspace root.
    c.startCommand.unshift({
      value: `node ${nx.outputPath}/main.js`,
      confidence: START.buildOutput,
      source: 'Nx build outputPath',
      evidence: [keyEvidence(ctx.path('project.json'), ctx.read('project.json') ?? '', 'outputPath')]
    })
  }

  // Port and health
  c.port = isStatic
    ? [
        {
          value: spec?.port ?? 8080,
          confidence: CONFIDENCE.convention,
          source: 'static files served on 8080',
          evidence: []
        }
      ]
    : portCandidates(ctx, pkg, spec, runtime, warnings)
  const healthFiles = isStatic ? [] : healthSourceFiles(ctx)
  c.healthPath = isStatic
    ? []
    : [
        ...jsHealthCandidates(ctx, healthFiles),
        ...libraryHealthCandidates(
          ctx.tree,
          healthFiles,
          new Set(pkg?.runtimeDeps ?? []),
          HEALTH_LIBRARIES.filter(l => l.ecosystem === 'node')
        )
      ]
  // A monorepo root whose start script runs a nested project's build (`node dist/apps/api/main`) serves
  // that project's routes and listens where that project's code says.
  const built = isStatic ? null : builtProjectDir(ctx, pkg?.scripts.start)
  if (built) {
    const sources = builtProjectSources(ctx, built)
    if (c.healthPath.length === 0) c.healthPath = jsHealthCandidates(ctx, sources)
    c.port = [...(c.port ?? []), ...jsPortCandidates(ctx, sources)]
  }

  c.resources = [
    recommendResources({
      runtime: isStatic ? STATIC_BASELINE : runtime === 'bun' ? BUN_BASELINE : NODE_BASELINE,
      framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
      dependencies: pkg?.runtimeDeps ?? [],
      evidenceFor: d => pkg?.deps.get(d)?.evidence
    })
  ]
  return { candidates: c, hints, warnings }
}

function run(manager: string, script: string): string {
  if (script === 'start') return manager === 'bun' ? 'bun run start' : `${manager} start`
  return manager === 'yarn' ? `yarn ${script}` : `${manager} run ${script}`
}

function buildCandidates(
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

function startCandidates(
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
  for (const name of ['start:prod', 'start:production', 'prod', 'serve']) {
    const s = scripts[name]
    if (s !== undefined && !DEV_RUNNERS.test(s) && !/\b(vite preview|serve -s)\b/.test(s)) {
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
  if (start !== undefined && !DELEGATING.test(start)) {
    const dev = DEV_RUNNERS.test(start)
    out.push({
      value: run(manager, 'start'),
      confidence: dev ? START.guess : START.startScript,
      source: 'package.json#scripts.start',
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

function portCandidates(
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
  // Dev-server configs (vite, webpack, nuxt) set ports that production never uses.
  const files = ctx
    .sourceFiles(JS_EXTENSIONS, 300)
    .filter(
      f =>
        !/(^|\/)(vite|webpack|nuxt|next|svelte|remix|tailwind|postcss|jest|vitest|playwright|rollup|eslint)\.config\.[cm]?[jt]s$/.test(
          f
        )
    )
  // express-generator keeps the server in an extension-less `bin/www`.
  if (ctx.has('bin/www')) files.unshift(ctx.path('bin/www'))
  const found = jsPortCandidates(ctx, files)
  out.push(...found)
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
      confidence: spec.kind === 'server' && !spec.startCommand ? 0.45 : CONFIDENCE.convention,
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

function bunVersionCandidates(ctx: AppContext, pkg: PackageJson | null): Candidate<string>[] {
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
  return out
}

export const nodeProvider: Provider<NodeData> = {
  id: 'node',
  manifests: ['package.json', 'project.json'],
  detect(ctx) {
    const d = detectJs(ctx, 'node')
    if (!d) return null
    // Bun and Deno projects are planned by their own providers.
    if (isBunProject(ctx, d.data.pkg)) return null
    if ((ctx.has('deno.json') || ctx.has('deno.jsonc')) && !nodeOwnsDenoConfig(ctx, d)) return null
    return d
  },
  plan: planJs,
  workspaces: nodeWorkspaces
}
