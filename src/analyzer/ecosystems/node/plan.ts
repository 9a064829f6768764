// How a detected JavaScript app runs: language, framework (refined by its config for hybrid frameworks),
// package manager and runtime version, build and start commands, port, health path and size. Shared by the
// node and bun providers (planJs).
import { fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { recommendResources } from '../../signals/resources.js'
import { HEALTH_LIBRARIES } from './health-libraries.js'
import { libraryHealthCandidates } from '../../signals/health.js'
import type { FrameworkSpec } from '../../framework.js'
import { detectPackageManager } from './manifest.js'
import { nodeVersionCandidates } from './versions.js'
import { configRouteCandidates } from './config-route-paths.js'
import { JS_EXTENSIONS, jsHealthCandidates, jsPortCandidates } from './source.js'
import type { AppContext, Detection, FieldCandidates, ProviderPlan } from '../../provider.js'
import type { Hints } from '../../hints.js'
import { CONFIDENCE } from '../../candidate.js'
import { rootWorkspaceManifests, workspaceMemberHints } from './workspace.js'
import { localDependencyHints } from './local-dependencies.js'
import { lockfileFormat } from './lockfile-version.js'
import { installFiles } from './install-files.js'
import { gitKeptOutputFolders } from './committed-output.js'
import { startDotenv, startKeyFiles } from './start-key-files.js'
import { startWritesOwnFiles } from './start-writes-own-files.js'
import { writableFolders } from './writable-folders.js'
import { buildMigration } from './build-migrations.js'
import { serverAfterBuildSteps } from './start-build-steps.js'
import { startDevTools } from './start-tools.js'
import { fastifyLoopbackListen } from './fastify-listen-host.js'
import { trpcOpenApiHealth } from './trpc-openapi.js'
import { nodeConfigPortCandidates } from './node-config-port.js'
import { delegatedServer } from './delegated-server.js'
import { bundledServer } from './bundled-server.js'
import { prismaSchemaToGenerate } from './prisma.js'
import { envValidationSkips, packageDirsOf } from './env-validation.js'
import { treeSourceBuiltAddons } from './native-addons.js'
import { lockfileMissingOptional, lockfileNeedsNpm11, nanNodeLine } from './nan-node-line.js'
import { MAX_READ_BYTES, joinPath } from '../../tree.js'
import { servedClientBuild, STATIC_SERVERS } from './served-client-build.js'
import { relocatedManifest } from './relocated-manifest.js'
import { devLifecycleScripts } from './lifecycle-scripts.js'
import { sourceLifecycleScripts } from './source-lifecycle-scripts.js'
import { sourceMapUse } from './source-maps.js'
import { NODE_FRAMEWORKS } from './frameworks.js'
import { frameworkById } from '../../framework.js'
import { NODE_BASELINE, NODE_VERSIONS } from './runtime.js'
import { BUN_BASELINE } from '../bun/runtime.js'
import { STATIC_BASELINE } from '../static/runtime.js'
import { BUILD, HEALTH, RUNTIME_VERSION, STACK, START } from '../../precedence.js'

import type { NodeData } from './data.js'
import type { PackageJson } from './manifest.js'
import type { Candidate } from '../../candidate.js'
import type { Language, Warning } from '../../report.js'
import { buildCandidates, bunVersionCandidates, portCandidates, startCandidates } from './commands.js'

export function planJs(ctx: AppContext, detection: Detection<NodeData>): ProviderPlan {
  const data = detection.data
  const { runtime, pkg, entry } = data
  const warnings = [...data.warnings]
  const ranked = data.matches.filter(m => m.score >= 0.15)
  // A package bundling client and server whose start runs the built server: the server framework leads.
  const bundled = bundledServer(ctx, pkg, ranked)
  const strong = bundled ? [bundled.match, ...ranked.filter(m => m !== bundled.match)] : ranked
  const top = strong[0]
  const hints = baseHints(ctx, pkg, warnings)

  // A hybrid framework's config settles whether it builds a server or static files.
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

  const c: FieldCandidates = {
    language: languageCandidates(ctx, pkg, entry),
    framework: frameworkCandidates(ctx, data, strong, warnings)
  }
  if (bundled && pkg)
    c.framework = [
      {
        value: bundled.match.spec.id,
        confidence: STACK.startedServer,
        source: `scripts.start runs the built server ${bundled.file}; ${bundled.importedBy} imports ${bundled.match.spec.name}`,
        evidence: [keyEvidence(pkg.path, ctx.tree.read(pkg.path) ?? '', 'start'), ...bundled.match.evidence]
      },
      ...(c.framework ?? [])
    ]
  // A build-only framework (Vite) whose own image's start command runs a server folder's package: that server's
  // framework. Only with the repository's Dockerfile, which builds and runs both: a generated image of the
  // static build would not match the framework reported.
  if (isStatic && ctx.signals.dockerfile !== null) {
    const deployed = [...ctx.signals.startCommand].sort((a, b) => b.confidence - a.confidence)[0]?.value
    const server = delegatedServer(ctx, pkg, deployed ?? pkg?.scripts.start ?? null, STACK.startedServer)
    if (server) c.framework = [server.candidate, ...(c.framework ?? [])]
  }
  // A CLI member a root image runs with a server subcommand: the server of the member that subcommand starts.
  const imageBin = data.imageBin ?? null
  if (imageBin?.framework)
    c.framework = [{ ...imageBin.framework, confidence: STACK.startedServer }, ...(c.framework ?? [])]
  const manager = packageManagerCandidates(ctx, data, c, hints, warnings)
  c.buildCommand = buildCandidates(pkg, spec, manager)
  c.startCommand = isStatic
    ? []
    : startCandidates(ctx, pkg, spec, refined?.startCommand ?? null, entry, manager, runtime, warnings)
  if (imageBin && !isStatic)
    c.startCommand = [
      {
        value: imageBin.command,
        confidence: START.imageDefault,
        source: `${imageBin.dockerfile} runs the member's bin with its server subcommand`,
        evidence: imageBin.evidence
      },
      ...c.startCommand
    ]
  if (entry) hints.entry = ctx.path(entry)
  const entryPath = entry ? ctx.path(entry) : null
  const keyFiles = entryPath && !isStatic ? startKeyFiles(ctx.tree, ctx.dir || '.', entryPath) : []
  if (entryPath && keyFiles.length > 0) {
    hints.startKeyFiles = keyFiles
    warnings.push({
      code: 'COMMITTED_KEY_FILES',
      message:
        `${entryPath} loads ${keyFiles.join(', ')} at start, so the image keeps them (the generated ` +
        '.dockerignore leaves other key files out). A key committed to the repository is no secret: mount ' +
        'a real certificate at run time, or terminate TLS at the load balancer.',
      file: entryPath
    })
  }
  const dotenv = entryPath && !isStatic ? startDotenv(ctx.tree, ctx.dir || '.', entryPath) : null
  if (entryPath && dotenv) {
    hints.startDotenv = dotenv
    warnings.push({
      code: 'COMMITTED_DOTENV',
      message:
        `${entryPath} loads ${dotenv} with dotenv at start and the repository commits it, so the image keeps ` +
        'it (the generated .dockerignore leaves other .env files out; dotenv never overrides a variable the ' +
        'platform sets). A committed .env is no secret: set secrets in the service environment.',
      file: entryPath
    })
  }
  const ownWrite = entryPath && !isStatic ? startWritesOwnFiles(ctx.tree, ctx.dir || '.', entryPath) : null
  if (ownWrite) hints.startWritesOwnFiles = `${ownWrite.file}:${ownWrite.line} writes ${ownWrite.target}`
  // The folders the app writes its state into (a SQLite file's folder, a committed empty uploads/): the
  // runtime stage makes the node user own them (writable-folders.ts).
  const writable = isStatic ? [] : writableFolders(ctx.tree, ctx.dir || '.')
  if (writable.length > 0) hints.writableFolders = writable.map(w => `${w.folder} ${w.evidence}`)
  // A build script that migrates the database cannot run in an image build (build-migrations.ts).
  const migration = pkg && !isStatic ? buildMigration(pkg) : null
  if (migration)
    hints.buildMigration = [
      migration.migration,
      migration.via.join(' → '),
      migration.sibling ?? '-',
      migration.env.join(' ') || '-'
    ]
  const topStart = [...c.startCommand].sort((a, b) => b.confidence - a.confidence)[0]?.value ?? null
  // The build steps of a start script run in the image's build stage: only the server's tools must stay.
  const startsScript = topStart !== null && /^(?:npm|yarn|pnpm|bun)(?: run)? start$/.test(topStart)
  const devTools = startDevTools(
    pkg,
    startsScript && hints.startAfterBuild ? hints.startAfterBuild : topStart
  )
  if (devTools.length > 0) hints.startDevTools = devTools
  const prismaSchema = prismaSchemaToGenerate(ctx, pkg)
  if (prismaSchema) hints.prismaSchema = prismaSchema
  const prismaClient = pkg?.deps.get('@prisma/client')
  if (prismaClient && !prismaClient.dev) hints.prismaClient = prismaClient.version
  const serverDir = spec ? frameworkById(NODE_FRAMEWORKS, spec.id)?.builtServerDir : undefined
  if (serverDir && serverDir.script.test(pkg?.scripts.build ?? '')) hints.builtServerDir = serverDir.dir
  const envSkips = isStatic
    ? []
    : envValidationSkips(
        ctx.tree,
        ctx.dir || '.',
        packageDirsOf(hints.workspaceRoot, hints.workspaceDependencies ?? [])
      )
  if (envSkips.length > 0)
    hints.envValidationSkip = envSkips.map(s => `${s.name}=${s.value} ${s.file}:${s.line}`)
  // Next.js without standalone output: the image drops source maps unless the app uses them.
  const layout = spec ? frameworkById(NODE_FRAMEWORKS, spec.id)?.runtimeLayout : undefined
  const maps = layout === 'next-standalone' ? sourceMapUse(ctx, pkg, topStart) : null
  if (maps) hints.sourceMaps = maps
  addNxCommands(ctx, data, spec, isStatic, c, hints)
  addPortAndHealth(ctx, data, spec, isStatic, c, warnings)
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

/** Name, start script and workspace membership: what the generator needs whatever the framework. */
function baseHints(ctx: AppContext, pkg: PackageJson | null, warnings: Warning[]): Hints {
  const hints: Hints = {}
  if (pkg?.name) hints.name = pkg.name
  // The generator runs a plain `node server.js` start script directly, without npm as PID 1's child.
  if (pkg?.scripts.start) hints.startScript = pkg.scripts.start
  // …unless npm must run a `prestart` first (copying a config template, a migration): then `npm start`.
  if (pkg?.scripts.start && pkg.scripts.prestart) hints.preStartScript = pkg.scripts.prestart
  // …and a start script that builds first serves with what follows its build steps (start-build-steps.ts).
  const served = pkg?.scripts.start ? serverAfterBuildSteps(pkg.scripts.start, pkg.scripts.build) : null
  if (served) hints.startAfterBuild = served
  if (ctx.workspace) {
    hints.workspaceRoot = ctx.workspace.root
    hints.workspaceKind = ctx.workspace.kind
    Object.assign(hints, workspaceMemberHints(ctx))
  } else {
    // The workspace's own root as the app: its members' manifests come in before the install.
    const members = rootWorkspaceManifests(ctx)
    if (members.length > 0) hints.workspaceManifests = members
    if (pkg) {
      // The manifest of the app in the folder above, copied there by the app's own image (NodeBB).
      const relocated = relocatedManifest(ctx.tree, ctx.dir || '.', pkg)
      if (relocated) hints.relocatedManifest = [relocated.root, relocated.entry]
      // A front end built beside the server into a folder the server serves (served-client-build.ts).
      // Only a server with a static-file middleware: the check reads the server's top-level files.
      const serves = STATIC_SERVERS.some(name => pkg.deps.has(name))
      const client =
        serves &&
        servedClientBuild(
          ctx.tree,
          ctx.dir || '.',
          members.length > 0 ||
            pkg.json.workspaces !== undefined ||
            ctx.tree.has(joinPath(ctx.dir || '.', 'pnpm-workspace.yaml'))
        )
      if (client) {
        const lockfile = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'].find(name =>
          ctx.tree.has(joinPath(joinPath(ctx.dir || '.', client.client), name))
        )
        hints.servedClientBuild = [
          client.client,
          client.output,
          client.served,
          lockfile ?? '',
          `${client.file}:${client.line}`
        ]
      }
      // Not a workspace member: `file:../shared` packages make the image build from the folder above.
      const local = localDependencyHints(ctx.tree, ctx.dir || '.', pkg.json)
      Object.assign(hints, local.hints)
      warnings.push(...local.warnings)
    }
  }
  const kept = gitKeptOutputFolders(ctx.tree, [
    ctx.dir || '.',
    ...(ctx.workspace ? [ctx.workspace.root] : []),
    ...(hints.localDependencyRoot ? [hints.localDependencyRoot] : [])
  ])
  if (kept.length > 0) hints.gitKeptOutputFolders = kept
  return hints
}

/** TypeScript when tsconfig or the typescript dependency says so, or when the sources are mostly .ts. */
function languageCandidates(
  ctx: AppContext,
  pkg: PackageJson | null,
  entry: string | null
): Candidate<Language>[] {
  const tsEvidence = ctx.has('tsconfig.json')
    ? fileEvidence(ctx.path('tsconfig.json'), 'tsconfig.json present')
    : pkg?.deps.get('typescript')?.evidence
  const tsFiles = ctx.sourceFiles(['.ts', '.tsx', '.mts', '.cts'], 200).length
  const jsFiles = ctx
    .sourceFiles(['.js', '.jsx', '.mjs', '.cjs'], 200)
    .filter(f => !/\.config\.[cm]?js$/.test(f)).length
  // No tsconfig and no typescript dependency still means TypeScript when the sources are .ts (Bun, Vite templates).
  const tsEntry = (entry !== null && /\.[cm]?ts$/.test(entry)) || tsFiles > jsFiles
  if (tsEvidence || tsEntry)
    return [
      {
        value: 'typescript',
        confidence: STACK.ecosystemMarker,
        source: tsEvidence ? 'tsconfig.json / typescript dependency' : 'TypeScript sources',
        evidence: tsEvidence
          ? [tsEvidence]
          : [
              fileEvidence(
                entry ? ctx.path(entry) : (ctx.sourceFiles(['.ts', '.tsx'], 1)[0] ?? ctx.path('package.json'))
              )
            ]
      }
    ]
  return [
    {
      value: 'javascript',
      confidence: STACK.ecosystemMarker,
      source: 'package.json without TypeScript',
      evidence: pkg ? [fileEvidence(pkg.path, 'package.json present')] : []
    }
  ]
}

/** Every framework that scored, best first; `none` without one; a warning for dev-only server libraries. */
function frameworkCandidates(
  ctx: AppContext,
  data: NodeData,
  strong: NodeData['matches'],
  warnings: Warning[]
): Candidate<string>[] {
  const { pkg, entry } = data
  const out: Candidate<string>[] = strong.map(m => ({
    value: m.spec.id,
    confidence: Math.min(0.95, 0.4 + m.score * 0.6),
    source: `${m.spec.name} (${m.spec.dependencies.find(d => pkg?.deps.has(d)) ?? m.spec.markerFiles?.find(f => ctx.has(f)) ?? 'marker'})`,
    evidence: m.evidence
  }))
  if (strong.length === 0)
    out.push({
      value: 'none',
      confidence: data.serverSource ? STACK.plainApp : STACK.noFramework,
      source: data.serverSource ? `plain Node server (${entry})` : 'no framework dependency',
      evidence: entry ? [fileEvidence(ctx.path(entry))] : []
    })
  for (const m of data.matches.filter(x => x.score < 0.3 && x.spec.kind === 'server')) {
    const dep = m.spec.dependencies.find(d => pkg?.deps.get(d)?.dev)
    if (dep)
      warnings.push({
        code: 'DEV_ONLY_FRAMEWORK',
        message: `${dep} is only a devDependency; it will not be installed in production — move it to dependencies if the app serves with it`,
        file: pkg!.path,
        line: pkg!.deps.get(dep)!.evidence.line
      })
  }
  return out
}

/** Package manager and runtime version candidates; returns the package manager the commands use. */
function packageManagerCandidates(
  ctx: AppContext,
  data: NodeData,
  c: FieldCandidates,
  hints: Hints,
  warnings: Warning[]
): string {
  const { runtime, pkg } = data
  const pm = detectPackageManager(ctx, pkg)
  warnings.push(...pm.warnings)
  c.packageManager = pm.candidates
  if (runtime === 'bun' && !pm.candidates.some(x => x.confidence > CONFIDENCE.fallback))
    c.packageManager = [
      { value: 'bun', confidence: CONFIDENCE.convention, source: 'Bun project', evidence: [] }
    ]
  if (pm.lockfile) {
    hints.lockfile = pm.lockfile
    // The generator pins the package-manager major that can read this lockfile format.
    const format = lockfileFormat(ctx.tree, pm.lockfile)
    if (format) {
      hints.lockfileVersion = format.version
      if (format.major !== null) hints.lockfileManagerMajor = String(format.major)
      hints.lockfileEvidence = format.evidence
    }
  }
  if (pm.version) hints.packageManagerVersion = pm.version
  if (pm.yarnBerry) hints.yarnBerry = true
  if (pm.lockfile) {
    const lockDir = pm.lockfile.includes('/') ? pm.lockfile.replace(/\/[^/]+$/, '') : '.'
    // .npmrc settings, Yarn's release and plugins, pnpm patches: the install reads them beside the lockfile.
    const files = installFiles(ctx.tree, lockDir)
    if (files.length > 0) hints.installFiles = files
    // Lifecycle scripts the production install runs without the devDependencies they need.
    const appDir = ctx.dir || '.'
    const member =
      lockDir === '.' ? appDir : appDir.startsWith(`${lockDir}/`) ? appDir.slice(lockDir.length + 1) : '.'
    const scripts = devLifecycleScripts(ctx.tree, lockDir, ['.', member])
    if (scripts.length > 0) hints.devLifecycleScripts = scripts.map(s => `${s.dir}:${s.script}:${s.tool}`)
    // The app's own install scripts that read its files: the image installs after copying the sources.
    if (lockDir === appDir) {
      const dropped = scripts.filter(s => s.dir === '.').map(s => s.script)
      const reading = sourceLifecycleScripts(ctx.tree, appDir, dropped)
      if (reading.length > 0) hints.installScriptsReadSources = reading
    }
  }
  // Native addons that may compile from source: the install stages get a compiler (native-addons.ts).
  const addons = treeSourceBuiltAddons(pkg, ctx.tree, pm.lockfile || null)
  if (addons.length > 0) hints.nativeAddons = addons
  c.runtimeVersion = runtime === 'node' ? nodeVersionCandidates(ctx, pkg) : bunVersionCandidates(ctx, pkg)
  // The root image that runs a CLI member's bin pins the Node it runs on (root-image-bin.ts).
  const imageBin = data.imageBin
  if (runtime === 'node' && imageBin?.nodeVersion)
    c.runtimeVersion = [
      {
        value: imageBin.nodeVersion,
        confidence: RUNTIME_VERSION.workspaceImage,
        source: `${imageBin.dockerfile}, the root image that runs this member's bin`,
        evidence: imageBin.nodeVersionEvidence
      },
      ...c.runtimeVersion
    ]
  // Nothing pins Node and a native addon compiles against a nan too old for the default line: the image runs
  // the newest line that nan builds on (nan-node-line.ts). Only the generator reads it, never the report's
  // runtime version (a repository's own Dockerfile may still pin one).
  if (runtime === 'node' && c.runtimeVersion.length === 0 && addons.length > 0 && pm.lockfile) {
    const size = ctx.tree.size(pm.lockfile)
    const text = size !== undefined && size <= MAX_READ_BYTES ? ctx.tree.read(pm.lockfile) : null
    const defaultLine = Number(NODE_VERSIONS.fallback.split('.')[0])
    const nan = text ? nanNodeLine(pm.lockfile, text, defaultLine) : null
    if (nan) hints.nanNodeLine = `${nan.line} nan ${nan.nan} ${nan.file}:${nan.lineNumber}`
  }
  // The npm major that can install the npm lockfile (nan-node-line.ts): npm 11 (Node 24) refuses a lockfile
  // that leaves out an optional dependency, npm 10 (Node 22 and older) one that leaves out an optional peer.
  // Nothing pins Node and npm 11 would refuse it: the image runs Node 22 (npm 10); otherwise the generator
  // installs the npm major the lockfile needs on the pinned line.
  if (runtime === 'node' && pm.lockfile?.endsWith('package-lock.json')) {
    const size = ctx.tree.size(pm.lockfile)
    const text = size !== undefined && size <= MAX_READ_BYTES ? ctx.tree.read(pm.lockfile) : null
    const missing = text ? lockfileMissingOptional(text) : null
    const peer = text ? lockfileNeedsNpm11(text) : null
    if (missing && c.runtimeVersion.length === 0) hints.npm10Lockfile = `${pm.lockfile} lacks ${missing}`
    // Both gaps: no npm major installs the lockfile as is (the generator warns).
    if (missing && peer) hints.npmLockfileMajor = `none ${pm.lockfile}: ${missing} is missing; ${peer}`
    else if (missing) hints.npmLockfileMajor = `10 ${pm.lockfile} lacks ${missing}, which npm 11 refuses`
    else if (peer) hints.npmLockfileMajor = `11 ${pm.lockfile}: ${peer}, which npm 10 refuses`
  }
  const chosen = [...c.packageManager].sort((a, b) => b.confidence - a.confidence)[0]!.value
  // Bun only installs a Node app (engines.node; provider.ts): the image runs Node, with bun beside it.
  if (runtime === 'node' && chosen === 'bun') hints.runtime = 'node'
  return chosen
}

/** An Nx project builds through its project.json target and may run the bundle it writes. */
function addNxCommands(
  ctx: AppContext,
  data: NodeData,
  spec: FrameworkSpec | undefined,
  isStatic: boolean,
  c: FieldCandidates,
  hints: Hints
): void {
  const nx = data.nx
  if (!nx) return
  hints.nxProject = nx.name
  hints.workspaceRoot = nx.root
  if (nx.outputPath) hints.outputPath = nx.outputPath
  c.buildCommand!.unshift({
    value: `npx nx build ${nx.name}`,
    confidence: BUILD.buildTarget,
    source: 'Nx project.json build target',
    evidence: [fileEvidence(ctx.path('project.json'), 'Nx project')]
  })
  if (nx.outputPath && !isStatic && spec?.kind !== 'hybrid' && !spec?.startCommand) {
    // @nx/node and @nx/webpack bundle a server to <outputPath>/main.js, run from the workspace root.
    c.startCommand!.unshift({
      value: `node ${nx.outputPath}/main.js`,
      confidence: START.buildOutput,
      source: 'Nx build outputPath',
      evidence: [keyEvidence(ctx.path('project.json'), ctx.read('project.json') ?? '', 'outputPath')]
    })
  }
}

/** Port and health path: from source (and a nested project the start script runs), or 8080 for files. */
function addPortAndHealth(
  ctx: AppContext,
  data: NodeData,
  spec: FrameworkSpec | undefined,
  isStatic: boolean,
  c: FieldCandidates,
  warnings: Warning[]
): void {
  const { pkg, runtime } = data
  if (isStatic) {
    c.port = [
      {
        value: spec?.port ?? 8080,
        confidence: CONFIDENCE.convention,
        source: 'static files served on 8080',
        evidence: []
      }
    ]
    c.healthPath = []
    return
  }
  c.port = portCandidates(ctx, pkg, spec, runtime, warnings)
  const healthFiles = healthSourceFiles(ctx)
  c.port.push(...nodeConfigPortCandidates(ctx, pkg?.runtimeDeps ?? [], healthFiles))
  if (spec?.id === 'fastify') warnings.push(...fastifyLoopbackListen(ctx.tree, healthFiles))
  c.healthPath = [
    ...jsHealthCandidates(ctx, healthFiles),
    ...configRouteCandidates(ctx, healthFiles),
    ...trpcOpenApiHealth(ctx, pkg?.runtimeDeps ?? []),
    ...libraryHealthCandidates(
      ctx.tree,
      healthFiles,
      new Set(pkg?.runtimeDeps ?? []),
      HEALTH_LIBRARIES.filter(l => l.ecosystem === 'node')
    ),
    ...frameworkHealthCandidates(pkg, spec)
  ]
  // A monorepo root whose start script runs a nested project's build (`node dist/apps/api/main`) serves
  // that project's routes and listens where that project's code says.
  const built = builtProjectDir(ctx, pkg?.scripts.start)
  if (built) {
    const sources = builtProjectSources(ctx, built)
    if (c.healthPath.length === 0) c.healthPath = jsHealthCandidates(ctx, sources)
    c.port = [...c.port, ...jsPortCandidates(ctx, sources)]
  }
}

/**
 * The health endpoint a server framework answers by itself (Strapi's `/_health`, Medusa's `/health`), at
 * framework-default confidence: a health route the code declares, or a declared probe, still wins.
 */
function frameworkHealthCandidates(
  pkg: PackageJson | null,
  spec: FrameworkSpec | undefined
): Candidate<string>[] {
  if (!spec?.healthPath || spec.kind !== 'server') return []
  const dep = spec.dependencies.find(d => pkg?.deps.has(d))
  return [
    {
      value: spec.healthPath,
      confidence: HEALTH.frameworkDefault,
      source: `${spec.name} built-in health endpoint`,
      evidence: pkg && dep ? [keyEvidence(pkg.path, pkg.text, dep)] : []
    }
  ]
}

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
