// One app of the report: the winning provider's plan merged with the shared signals and the overrides,
// field by field (merge.ts, precedence.ts), plus the warnings a reader needs to trust or fix the result.
import { belowDeclaredMinimum } from './signals/below-minimum.js'
import type { Candidate } from './candidate.js'
import { CONFIDENCE } from './candidate.js'
import { conflictWarning, resolveField } from './merge.js'
import { OVERRIDE_KEYS, type AppOverrides } from './overrides.js'
import { providerFailure } from './provider-failure.js'
import { NOTHING_FOUND, PORT, RUNTIME_VERSION } from './precedence.js'
import type { AppContext, Detection, FieldCandidates, Provider, ProviderPlan } from './provider.js'
import type { AppAnalysis, Evidence, Language, Resources, Warning } from './report.js'
import { dockerfileRuntimeVersion, type ImageBuildLookup } from './signals/docker-runtime.js'
import { projectImageBuild } from './signals/image-builds.js'
import { refineMajorOnlyImage } from './signals/major-only-image.js'
import { preferCorroboratedExpose } from './signals/multi-port-expose.js'
import { fallbackFiles, healthFromSourceFallback } from './signals/health-fallback.js'
import { withoutHookAuthenticatedRoutes } from './signals/blueprint-auth-hook.js'
import { loopbackListenWarnings } from './signals/loopback-listen.js'
import { dropAuthWrappedRoutes } from './signals/auth-wrapped-mux.js'
import { ungatedHealth } from './signals/health-gate.js'
import { memberStageHealth } from './signals/docker-stage-health.js'
import { selectsMemberPackage } from './signals/workspace-filter.js'
import { fargatePair, isValidFargatePair, recommendResources, UNKNOWN_RUNTIME } from './signals/resources.js'
import { basename, joinPath, type SourceTree } from './tree.js'
import {
  appFolderDockerfile,
  DOCKERFILE_FOLDERS,
  DOCKERFILE_NAMES,
  type SharedSignals
} from './signals/shared.js'
import type { Hints } from './hints.js'
import { withoutLoginRoutes } from './signals/login-decorators.js'
import { rootRouteCandidates } from './signals/root-route.js'

/** A candidate directory, the provider that won it and the ones that scored below. */
export interface ScoredDir {
  dir: string
  ctx: AppContext
  provider: Provider<unknown>
  detection: Detection<unknown>
  rivals: { provider: Provider<unknown>; detection: Detection<unknown> }[]
}

/** The fields of an app, in report order. */
type AppFields = Pick<
  AppAnalysis,
  | 'language'
  | 'framework'
  | 'packageManager'
  | 'runtimeVersion'
  | 'buildCommand'
  | 'startCommand'
  | 'port'
  | 'healthPath'
  | 'resources'
>

export function buildApp(s: ScoredDir, o: AppOverrides, tree: SourceTree, debug = false): AppAnalysis {
  const plan = planOf(s, debug)
  const warnings: Warning[] = []
  const fields = resolveFields(s, plan.candidates, plan.hints, o, warnings)
  warnings.push(...fieldWarnings(s, fields))
  const dockerfile = dockerfileOf(s, o, tree, warnings)
  // An app that only serves built files (no start command, a static site) has no listener of its own.
  if (s.provider.id !== 'static' && fields.startCommand.value !== null)
    warnings.push(
      ...loopbackListenWarnings({
        tree,
        dir: s.dir,
        framework: fields.framework.value,
        startCommand: fields.startCommand.value,
        dockerfile,
        files: fallbackFiles(s.ctx.files(), s.dir, s.provider.id)
      })
    )
  const hints = { ...(plan.hints ?? {}) }
  delete hints.name
  delete hints.sideServerRoots
  return {
    appDir: s.dir,
    name: serviceName(rawName(s, o, plan)),
    ...fields,
    dockerfile,
    hints: sortKeys(hints),
    warnings: dedupeWarnings([...s.ctx.signals.warnings, ...(plan.warnings ?? []), ...warnings])
  }
}

/** The provider's plan; a provider that throws yields an empty plan and a PROVIDER_ERROR warning. */
function planOf(s: ScoredDir, debug: boolean): ProviderPlan {
  try {
    return s.provider.plan(s.ctx, s.detection)
  } catch (err) {
    return { candidates: {}, warnings: [providerFailure(s.provider.id, 'plan', s.dir, err, debug)] }
  }
}

/**
 * The runtime image of the app's own Dockerfile, for the language the provider detected (below any pin file);
 * without one, the image of an enclosing folder's Dockerfile that names this folder (a workspace root's
 * Dockerfile building `apps/web` beside `apps/worker`).
 */
function dockerRuntime(s: ScoredDir, c: FieldCandidates): Candidate<string | null>[] {
  const language = c.language?.[0]?.value
  if (!language) return []
  // A Bun app's version is the one of its oven/bun image.
  const runtime = s.provider.id === 'bun' ? 'bun' : undefined
  // The app's Dockerfile, or a multi-target one in its docker/ folder whose last stage runs nothing.
  const path = s.ctx.signals.dockerfile ?? appFolderDockerfile(s.ctx.tree, s.dir)
  if (path) {
    const text = s.ctx.tree.read(path)
    const found =
      text !== null ? dockerfileRuntimeVersion(path, text, language, builtImage(s.ctx.tree), runtime) : null
    return found
      ? [belowDeclaredMinimum(refineMajorOnlyImage(found, c.runtimeVersion), c.runtimeVersion)]
      : []
  }
  const enclosing = enclosingDockerfileNaming(s.ctx.tree, s.dir)
  const image = enclosing
    ? dockerfileRuntimeVersion(enclosing.path, enclosing.text, language, undefined, runtime)
    : null
  const found = image
    ? belowDeclaredMinimum(refineMajorOnlyImage(image, c.runtimeVersion), c.runtimeVersion)
    : null
  return found
    ? [
        {
          ...found,
          confidence: Math.min(found.confidence, RUNTIME_VERSION.workspaceImage),
          source: `${found.source} (builds ${s.dir})`
        }
      ]
    : []
}

/** The repository's own build of an image (`docker build -f docker/base.dockerfile -t acme/app:base`). */
function builtImage(tree: SourceTree): ImageBuildLookup {
  return image => {
    const build = projectImageBuild(tree, image)
    const text = build ? tree.read(build.dockerfile) : null
    return build && text !== null ? { ...build, text } : null
  }
}

/**
 * The nearest ancestor's Dockerfile whose text names `dir` (relative to it) as a path: `COPY apps/web …`, or
 * selects its package by name with a workspace flag (`pnpm deploy --filter=server /app`).
 * Without a Dockerfile of its own, the ancestor's Dockerfile folder counts (`docker/Dockerfile` built with the
 * ancestor as context, as in `docker build -f docker/Dockerfile .`): the one of them that names `dir`.
 */
function enclosingDockerfileNaming(tree: SourceTree, dir: string): { path: string; text: string } | null {
  let ancestor = dir
  while (ancestor !== '.') {
    const slash = ancestor.lastIndexOf('/')
    ancestor = slash < 0 ? '.' : ancestor.slice(0, slash)
    const member = (ancestor === '.' ? dir : dir.slice(ancestor.length + 1)).replace(
      /[.*+?^${}()|[\]\\]/g,
      '\\$&'
    )
    const names = (text: string): boolean =>
      new RegExp(String.raw`(?:^|[\s/"'=])(?:\./)?${member}(?=[/\s"'&;]|$)`, 'm').test(text) ||
      selectsMemberPackage(tree, dir, text)
    const path = DOCKERFILE_NAMES.map(n => joinPath(ancestor, n)).find(p => tree.has(p))
    if (path) {
      const text = tree.read(path)
      if (text === null) continue
      return names(text) ? { path, text } : null
    }
    // No plain Dockerfile: per-service variants (`Dockerfile.backend`, `api.Dockerfile`), the one naming `dir`
    // when exactly one does (`Dockerfile.backend` building apps/backend beside `Dockerfile.frontend`).
    const naming = tree
      .filesIn(ancestor)
      .filter(f => DOCKERFILE_VARIANT.test(basename(f.path)))
      .map(f => ({ path: f.path, text: tree.read(f.path) }))
      .filter((v): v is { path: string; text: string } => v.text !== null && names(v.text))
    if (naming.length === 1) return naming[0]!
    for (const folder of DOCKERFILE_FOLDERS) {
      const inFolder = DOCKERFILE_NAMES.map(n => joinPath(joinPath(ancestor, folder), n)).find(p =>
        tree.has(p)
      )
      const text = inFolder ? tree.read(inFolder) : null
      if (inFolder && text !== null && names(text)) return { path: inFolder, text }
      // One image per member kept in that folder (`docker/Dockerfile` for the frontend beside
      // `docker/DockerfileServer` or `docker/Dockerfile.api` for the backend): the one variant naming `dir`.
      const variants = tree
        .filesIn(joinPath(ancestor, folder))
        .filter(f => DOCKERFILE_VARIANT.test(basename(f.path)))
        .map(f => ({ path: f.path, text: tree.read(f.path) }))
        .filter((v): v is { path: string; text: string } => v.text !== null && names(v.text))
      if (variants.length === 1) return variants[0]!
    }
  }
  return null
}

/**
 * A Dockerfile variant's name: `Dockerfile.backend`, `Dockerfile-api`, `api.Dockerfile`, `web.dockerfile`,
 * `DockerfileServer` (joined in camel case).
 */
const DOCKERFILE_VARIANT = /^(?:[Dd]ockerfile(?:[.-][\w.-]+|[A-Z]\w*)|[\w.-]+\.[Dd]ockerfile)$/

const nothing = <T>(value: T, source: string): Candidate<T> => ({
  value,
  confidence: NOTHING_FOUND,
  source,
  evidence: []
})

/**
 * Each field from its candidate lists: the override first, then the shared signals (the project's own
 * deployment files win ties), then the provider's candidates, then what stands when nothing was found.
 */
function resolveFields(
  s: ScoredDir,
  c: FieldCandidates,
  hints: Hints | undefined,
  o: AppOverrides,
  warnings: Warning[]
): AppFields {
  const sig = s.ctx.signals
  const staticBuild = hints?.static === true
  const fields: AppFields = {
    language: resolveField<Language>(
      OVERRIDE_KEYS.language,
      o,
      [c.language],
      nothing('unknown', 'no language detected')
    ),
    framework: resolveField(
      OVERRIDE_KEYS.framework,
      o,
      [c.framework],
      nothing('none', 'no framework detected')
    ),
    packageManager: resolveField(
      OVERRIDE_KEYS.packageManager,
      o,
      [c.packageManager],
      nothing('none', 'no package manager detected')
    ),
    runtimeVersion: resolveField<string | null>(
      OVERRIDE_KEYS.runtimeVersion,
      o,
      [c.runtimeVersion, dockerRuntime(s, c)],
      nothing(null, 'not pinned by the project'),
      v => String(v)
    ),
    buildCommand: resolveField<string | null>(
      OVERRIDE_KEYS.buildCommand,
      o,
      [sig.buildCommand, c.buildCommand],
      nothing(null, 'no build step found')
    ),
    startCommand: resolveField<string | null>(
      OVERRIDE_KEYS.startCommand,
      o,
      [withRequiredSubcommand(sig, hints), c.startCommand],
      nothing(null, 'no start command found')
    ),
    port: resolveField<number>(
      OVERRIDE_KEYS.port,
      o,
      // A multi-port EXPOSE defers to the code or compose file naming one of its other ports.
      preferCorroboratedExpose([sig.port, c.port]),
      { value: 8080, confidence: PORT.deplightDefault, source: 'deplight default', evidence: [] },
      v => Number(v)
    ),
    healthPath: resolveField<string | null>(
      OVERRIDE_KEYS.healthPath,
      o,
      healthLists(s, sig.healthPath, c.healthPath, {
        filesOnly: staticBuild && ![sig.startCommand, c.startCommand].some(l => l?.some(x => x.value)),
        skipRoots: hints?.sideServerRoots ?? []
      }),
      nothing(null, 'no health route found (a TCP check is used)')
    ),
    // `.delightful.yaml` sets cpu and memory separately: applyResourceOverrides pairs them below.
    resources: resolveField<Resources>(
      OVERRIDE_KEYS.resources,
      {},
      [c.resources],
      recommendResources({ runtime: UNKNOWN_RUNTIME, dependencies: [] })
    )
  }
  applyResourceOverrides(fields.resources, o, warnings)
  return fields
}

/** Disagreements a reader should settle: two strong ports or frameworks, two ecosystems scoring alike. */
function fieldWarnings(s: ScoredDir, fields: AppFields): Warning[] {
  const warnings: Warning[] = []
  for (const w of [
    conflictWarning(fields.port, 'PORT_MISMATCH', 'port'),
    conflictWarning(fields.framework, 'AMBIGUOUS_FRAMEWORK', 'framework')
  ]) {
    if (w) warnings.push(w)
  }
  const rival = s.rivals[0]
  if (rival && rival.detection.score >= 0.5 && s.detection.score - rival.detection.score < 0.1) {
    warnings.push({
      code: 'AMBIGUOUS_STACK',
      message: `'${s.dir}' looks like ${s.provider.id} (${s.detection.reason}, score ${s.detection.score}) and ${rival.provider.id} (${rival.detection.reason}, score ${rival.detection.score}); set app.language/app.framework in .delightful.yaml if ${s.provider.id} is wrong`,
      file: s.dir
    })
  }
  return warnings
}

/** The app's own Dockerfile: build.dockerfile from .delightful.yaml when it exists, else the one found. */
function dockerfileOf(s: ScoredDir, o: AppOverrides, tree: SourceTree, warnings: Warning[]): string | null {
  const dockerOverride = o[OVERRIDE_KEYS.dockerfile]
  if (!dockerOverride || typeof dockerOverride.value !== 'string') return s.ctx.signals.dockerfile
  const path =
    s.dir === '.'
      ? dockerOverride.value.replace(/^\.\//, '')
      : `${s.dir}/${dockerOverride.value.replace(/^\.\//, '')}`
  if (tree.has(path)) return path
  warnings.push({
    code: 'DOCKERFILE_NOT_FOUND',
    message: `build.dockerfile '${dockerOverride.value}' does not exist in '${s.dir}'; fix the path in .delightful.yaml`,
    file: dockerOverride.evidence.file,
    line: dockerOverride.evidence.line
  })
  return s.ctx.signals.dockerfile
}

/** The service name before cleaning: app.name, else the manifest's name, else the folder. */
function rawName(s: ScoredDir, o: AppOverrides, plan: ProviderPlan): string {
  const nameOverride = o[OVERRIDE_KEYS.name]
  if (typeof nameOverride?.value === 'string') return nameOverride.value
  if (typeof plan.hints?.name === 'string') return plan.hints.name
  return s.dir === '.' ? 'app' : basename(s.dir)
}

/**
 * The health candidate lists: the project's deployment files as declared, then the provider's routes and the
 * source fallback without the routes an anonymous probe cannot pass (see health-gate.ts).
 */
function healthLists(
  s: ScoredDir,
  declared: Candidate<string>[] | undefined,
  provider: Candidate<string | null>[] | undefined,
  app: { filesOnly: boolean; skipRoots: readonly string[] }
): (Candidate<string | null>[] | undefined)[] {
  const reader = {
    read: (path: string) => s.ctx.tree.read(path),
    sourceFiles: (extensions: string[]) => s.ctx.sourceFiles(extensions),
    paths: () => s.ctx.files().map(f => f.path)
  }
  const dropped: string[] = []
  const proof: Evidence[] = []
  const gate = (list: Candidate<string | null>[] | undefined): Candidate<string | null>[] | undefined => {
    if (!list) return list
    const routes = list.filter((c): c is Candidate<string> => c.value !== null)
    const result = ungatedHealth(routes, reader)
    for (const d of result.dropped) {
      if (dropped.some(x => x.startsWith(`${d.candidate.value} `))) continue
      dropped.push(`${d.candidate.value} (${d.verdict.reason})`)
      for (const e of [
        ...d.candidate.evidence.slice(-1),
        ...(d.verdict.evidence ? [d.verdict.evidence] : [])
      ])
        if (!proof.some(p => p.file === e.file && p.line === e.line)) proof.push(e)
    }
    return list.filter(c => c.value === null || result.kept.includes(c as Candidate<string>))
  }
  const own = gate(provider)
  // A member without a Dockerfile of its own: the repository Dockerfile stage that ships it may probe it.
  const staged = s.ctx.signals.dockerfile ? [] : memberStageHealth(s.ctx.tree, s.dir)
  const fallback = gate(healthFallback(s, [declared, staged, own], app))
  const root = constantRootFallback(s, [declared, staged, own, fallback], app)
  // Say why the routes that look like health checks were not taken: shown as the field's source when
  // nothing else stands, else among the alternatives.
  const why: Candidate<string | null>[] = dropped.length
    ? [
        {
          value: null,
          confidence: 0.2,
          source: `no health route an anonymous GET can pass (a TCP check is used): ${dropped.slice(0, 3).join('; ')}`,
          evidence: proof.slice(0, 6)
        }
      ]
    : []
  return [declared, staged, own, fallback, root, why]
}

/**
 * Only when nothing at all proposed a health path (no probe, route, library default, info route or health
 * literal): the constant root GET of an API-only server (signals/root-route.ts).
 */
function constantRootFallback(
  s: ScoredDir,
  lists: (Candidate<string | null>[] | undefined)[],
  app: { filesOnly: boolean; skipRoots: readonly string[] }
): Candidate<string>[] {
  if (s.provider.id === 'static' || app.filesOnly) return []
  if (!ROOT_ROUTE_PROVIDERS.has(s.provider.id)) return []
  if (lists.some(l => l?.some(c => c.value !== null))) return []
  const read = (path: string): string | null => s.ctx.tree.read(path)
  const files = fallbackFiles(s.ctx.files(), s.dir, s.provider.id)
  return rootRouteCandidates(
    files.filter(f => !app.skipRoots.some(root => f.startsWith(root))),
    read
  )
}

/** The ecosystems whose root routes root-route.ts reads. */
const ROOT_ROUTE_PROVIDERS = new Set(['node', 'bun', 'deno', 'python', 'rust'])

/**
 * When neither the shared signals nor the provider proposed a health path at convention confidence or better,
 * the generic source scan proposes one (low-to-medium confidence, with its evidence line). Static sites, and
 * apps whose framework builds files for a static server (a Vite or CRA bundle) with no start command of
 * their own, serve files only: their literals belong to client code (`fetch('/api/health')`), and reading a
 * large frontend for them cost more than the rest of the analysis (2,517 files of one Vite app).
 */
function healthFallback(
  s: ScoredDir,
  lists: (Candidate<string | null>[] | undefined)[],
  app: { filesOnly: boolean; skipRoots: readonly string[] }
): Candidate<string>[] {
  if (s.provider.id === 'static' || app.filesOnly) return []
  if (lists.some(l => l?.some(c => c.value !== null && c.confidence >= CONFIDENCE.convention))) return []
  const read = (path: string): string | null => s.ctx.tree.read(path)
  // A route literal behind a login decorator (Flask `@login_required`), or on a Go router the app wraps in
  // authentication (`auth.Middleware(user, pass, secureMux)`), is no probe either.
  return dropAuthWrappedRoutes(
    read,
    withoutLoginRoutes(
      read,
      // …nor is one of a Flask blueprint whose before_request hook refuses anonymous requests.
      withoutHookAuthenticatedRoutes(
        read,
        folder => s.ctx.tree.filesUnder(folder).map(f => f.path),
        healthFromSourceFallback(
          // Helper servers the provider set aside (python/side-servers.ts) serve other processes' routes.
          fallbackFiles(s.ctx.files(), s.dir, s.provider.id).filter(
            f => !app.skipRoots.some(root => f.startsWith(root))
          ),
          read
        )
      )
    )
  )
}

function applyResourceOverrides(
  field: ReturnType<typeof resolveField<Resources>>,
  o: AppOverrides,
  warnings: Warning[]
): void {
  const cpu = o[OVERRIDE_KEYS.cpu]
  const memory = o[OVERRIDE_KEYS.memory]
  if (!cpu && !memory) return
  const wantCpu = cpu ? Number(cpu.value) : field.value.cpu
  const wantMemory = memory ? Number(memory.value) : field.value.memory
  const pair = isValidFargatePair(wantCpu, wantMemory)
    ? { cpu: wantCpu, memory: wantMemory }
    : fargatePair(wantCpu, wantMemory)
  const ev = [cpu?.evidence, memory?.evidence].filter((e): e is NonNullable<typeof e> => e !== undefined)
  if (pair.cpu !== wantCpu || pair.memory !== wantMemory) {
    warnings.push({
      code: 'INVALID_RESOURCES',
      message: `cpu ${wantCpu} / memory ${wantMemory} is not a Fargate size; using ${pair.cpu} / ${pair.memory} — pick a valid pair in .delightful.yaml`,
      file: ev[0]?.file,
      line: ev[0]?.line
    })
  }
  field.alternatives = [
    { value: field.value, confidence: field.confidence, source: field.source },
    ...(field.alternatives ?? [])
  ].slice(0, 4)
  field.value = { ...pair, reason: 'set in .delightful.yaml' }
  field.confidence = 1
  field.source = '.delightful.yaml'
  field.evidence = ev
  field.overrideKey = cpu ? OVERRIDE_KEYS.cpu : OVERRIDE_KEYS.memory
}

export function serviceName(raw: string): string {
  const name = raw
    .replace(/^@[^/]+\//, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 40)
    .replace(/-+$/, '')
  return /^[a-z]/.test(name) ? name : `app-${name}`.replace(/-$/, '')
}

function sortKeys<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1))) as T
}

function dedupeWarnings(list: Warning[]): Warning[] {
  const seen = new Set<string>()
  return list.filter(w => {
    const key = `${w.code}|${w.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The image's bare program (`ENTRYPOINT ["/opt/tabby/bin/tabby"]`, no arguments anywhere in the repository)
 * is the app's own binary, whose CLI requires a subcommand to serve (`subcommand` hint, `tabby serve`): the
 * image's command with it. The image's own candidates otherwise.
 */
function withRequiredSubcommand(sig: SharedSignals, hints: Hints | undefined): Candidate<string>[] {
  const program = sig.awaitsArguments
  const sub = typeof hints?.subcommand === 'string' ? hints.subcommand : null
  const image = sig.startCommand[0]
  if (!program || !sub || !image || program.split('/').pop() !== hints?.binary) return sig.startCommand
  if (image.value.trim().split(/\s+/).length !== 1) return sig.startCommand
  return [
    {
      ...image,
      value: `${image.value} ${sub}`,
      source: `${image.source} with the ${sub} subcommand its CLI requires`
    },
    ...sig.startCommand.slice(1)
  ]
}
