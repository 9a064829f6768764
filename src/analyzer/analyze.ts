// The analyzer core: candidate directories → provider detection (scored, not first match) → plan → merge
// with cross-cutting signals and overrides → AnalysisReport. Pure: the tree is the only input.
import { createHash } from 'node:crypto'
import { VERSION } from '../version.js'
import { createAppContext } from './context.js'
import { deployEvidence, evidenceFor, type DeployEvidence } from './deploy-evidence.js'
import { conflictWarning, resolveField } from './merge.js'
import { NO_OVERRIDES, OVERRIDE_KEYS, overridesFor, type AppOverrides, type Overrides } from './overrides.js'
import { PROVIDERS } from './providers/index.js'
import type { AppContext, Candidate, Detection, Provider } from './providers/types.js'
import { CONFIDENCE } from './providers/types.js'
import type { AnalysisReport, AppAnalysis, Language, Resources, Warning } from './report.js'
import { fallbackFiles, healthFromSourceFallback } from './signals/health-fallback.js'
import { fargatePair, isValidFargatePair, recommendResources } from './signals/resources.js'
import { basename, dirname, type SourceTree } from './tree.js'

export interface AnalyzeOptions {
  /** Select one app directory (repository-relative). It becomes the primary app. */
  appDir?: string
  overrides?: Overrides
  /** Providers to use (tests); defaults to the registry. */
  providers?: readonly Provider<unknown>[]
}

/** Bad input the caller can fix (unknown --app-dir …): the CLI prints it and exits 2. */
export class AnalyzeError extends Error {}

/** Candidate app roots deeper than this are ignored unless a workspace declares them or they are selected. */
const MAX_APP_DEPTH = 5
/** Path segments that mark example/test/doc apps: listed only when nothing else is deployable. */
const NON_APP_SEGMENTS = new Set([
  'test',
  'tests',
  '__tests__',
  'fixtures',
  '__fixtures__',
  'examples',
  'example',
  'samples',
  'sample',
  'docs',
  'doc',
  'e2e',
  'benchmarks',
  'bench',
  'templates',
  'template',
  'testdata',
  'demo',
  'demos'
])

interface Scored {
  dir: string
  ctx: AppContext
  provider: Provider<unknown>
  detection: Detection<unknown>
  rivals: { provider: Provider<unknown>; detection: Detection<unknown> }[]
}

export function normalizeAppDir(input: string): string {
  const parts = input
    .replace(/\\/g, '/')
    .split('/')
    .filter(p => p !== '' && p !== '.')
  if (parts.includes('..'))
    throw new AnalyzeError(`app dir '${input}' leaves the repository; pass a path inside it`)
  return parts.length ? parts.join('/') : '.'
}

export function analyze(tree: SourceTree, options: AnalyzeOptions = {}): AnalysisReport {
  const providers = options.providers ?? PROVIDERS
  const overrides = options.overrides ?? NO_OVERRIDES
  const selected = options.appDir !== undefined ? normalizeAppDir(options.appDir) : undefined
  const repoWarnings: Warning[] = []

  const candidateDirs = findCandidateDirs(tree, providers)
  const selectedIsEmpty = selected !== undefined && selected !== '.' && tree.filesUnder(selected).length === 0
  if (selected !== undefined && !selectedIsEmpty && !candidateDirs.includes(selected)) {
    candidateDirs.push(selected)
    candidateDirs.sort()
  }

  // Workspace roots declare members; members learn their root (for lockfiles, package manager …).
  const workspaceOf = new Map<string, { root: string; kind: string }>()
  const bareContexts = new Map(candidateDirs.map(d => [d, createAppContext(tree, d, candidateDirs, null)]))
  for (const dir of candidateDirs) {
    for (const p of providers) {
      const decl = p.workspaces?.(bareContexts.get(dir)!)
      if (!decl) continue
      for (const m of decl.members)
        if (m !== dir && !workspaceOf.has(m)) workspaceOf.set(m, { root: dir, kind: decl.kind })
    }
  }

  const scored: Scored[] = []
  for (const dir of candidateDirs) {
    const workspace = workspaceOf.get(dir) ?? null
    const depth = dir === '.' ? 0 : dir.split('/').length
    if (depth > MAX_APP_DEPTH && !workspace && dir !== selected) continue
    const ctx = workspace ? createAppContext(tree, dir, candidateDirs, workspace) : bareContexts.get(dir)!
    const detections = providers
      .map(provider => ({ provider, detection: safeDetect(provider, ctx, repoWarnings) }))
      .filter(
        (d): d is { provider: Provider<unknown>; detection: Detection<unknown> } => d.detection !== null
      )
      // A deployable reading beats a higher-scored non-deployable one (a library package.json beside an
      // index.html is still a static site), then the score decides.
      .sort(
        (a, b) =>
          Number(b.detection.deployable) - Number(a.detection.deployable) ||
          b.detection.score - a.detection.score
      )
    const [best, ...rivals] = detections
    if (best) scored.push({ dir, ctx, provider: best.provider, detection: best.detection, rivals })
    else if (dir === selected)
      throw new AnalyzeError(
        `no app found in '${selected}': no provider recognised its files; available app dirs: ${deployableList(scored)}`
      )
  }

  if (selectedIsEmpty) {
    throw new AnalyzeError(
      `app dir '${selected}' does not exist or holds no files; available app dirs: ${deployableList(scored)}`
    )
  }
  let deployable = scored.filter(s => s.detection.deployable || s.dir === selected)
  const mainstream = deployable.filter(s => !isNonAppPath(s.dir) || s.dir === selected)
  if (mainstream.length > 0) deployable = mainstream

  const apps = deployable.map(s => buildApp(s, overridesFor(overrides, s.dir), tree))
  const evidence = deployEvidence(
    tree,
    deployable.map(s => s.dir)
  )
  const primary = choosePrimary(deployable, selected, overrides, repoWarnings, evidence)

  if (apps.length === 0) {
    repoWarnings.push({
      code: 'NO_APP',
      message:
        'no deployable app found: add a manifest (package.json, requirements.txt, go.mod …) or a Dockerfile'
    })
  } else if (apps.length > 1 && selected === undefined && overrides.primary === undefined) {
    repoWarnings.push({
      code: 'MULTIPLE_APPS',
      message: `${apps.length} deployable apps (${apps.map(a => a.appDir).join(', ')}); analysing '${primary}' as primary${primaryReason(evidenceFor(evidence, primary))} — choose another with --app-dir or app.dir in .delightful.yaml`
    })
  }

  return {
    schemaVersion: 1,
    tool: { name: 'deplight', version: VERSION },
    contentDigest: digest(tree),
    primary,
    apps,
    warnings: [...tree.warnings, ...repoWarnings],
    stats: {
      files: tree.files.length,
      bytes: tree.files.reduce((n, f) => n + f.size, 0),
      skipped: tree.skipped
    }
  }
}

function safeDetect(
  provider: Provider<unknown>,
  ctx: AppContext,
  warnings: Warning[]
): Detection<unknown> | null {
  try {
    return provider.detect(ctx)
  } catch (err) {
    // A provider bug must not sink the whole analysis; report it and carry on.
    warnings.push({
      code: 'PROVIDER_ERROR',
      message: `${provider.id} provider failed on '${ctx.dir}': ${(err as Error).message}`,
      file: ctx.dir
    })
    return null
  }
}

function findCandidateDirs(tree: SourceTree, providers: readonly Provider<unknown>[]): string[] {
  const names = new Set<string>()
  const extensions: string[] = []
  for (const p of providers) {
    for (const m of p.manifests) {
      if (m.startsWith('*.')) extensions.push(m.slice(1))
      else names.add(m)
    }
  }
  const dirs = new Set<string>()
  const vetoed = (path: string, name: string): boolean =>
    providers.some(p => p.isManifest !== undefined && p.manifests.includes(name) && !p.isManifest(tree, path))
  for (const f of tree.files) {
    const name = basename(f.path)
    if ((names.has(name) && !vetoed(f.path, name)) || extensions.some(e => name.endsWith(e)))
      dirs.add(dirname(f.path))
  }
  // Entry files (a manifest-less `server.py`) count only outside every manifest candidate, shallowest first.
  const entryNames = new Set(providers.flatMap(p => p.entryFiles ?? []))
  if (entryNames.size > 0) {
    const strong = [...dirs]
    const loose: string[] = []
    const covered = (dir: string): boolean =>
      [...strong, ...loose].some(root => root === '.' || root === dir || dir.startsWith(`${root}/`))
    const entryDirs = tree.files
      .filter(f => entryNames.has(basename(f.path)))
      .map(f => dirname(f.path))
      .sort((a, b) => depthOf(a) - depthOf(b) || (a < b ? -1 : 1))
    for (const dir of entryDirs) {
      if (depthOf(dir) > ENTRY_FILE_DEPTH || covered(dir)) continue
      loose.push(dir)
      dirs.add(dir)
    }
  }
  return [...dirs].sort()
}

/** Manifest-less entry files deeper than this are scripts in a folder, not app roots. */
const ENTRY_FILE_DEPTH = 2

function isNonAppPath(dir: string): boolean {
  return dir !== '.' && dir.split('/').some(s => NON_APP_SEGMENTS.has(s.toLowerCase()))
}

function deployableList(scored: Scored[]): string {
  return (
    scored
      .filter(s => s.detection.deployable)
      .map(s => s.dir)
      .join(', ') || 'none'
  )
}

function choosePrimary(
  apps: Scored[],
  selected: string | undefined,
  overrides: Overrides,
  warnings: Warning[],
  evidence: ReadonlyMap<string, DeployEvidence>
): string {
  if (selected !== undefined) return selected
  const wanted = overrides.primary
  if (wanted && typeof wanted.value === 'string') {
    const dir = normalizeAppDir(wanted.value)
    if (apps.some(a => a.dir === dir)) return dir
    warnings.push({
      code: 'UNKNOWN_APP_DIR',
      message: `.delightful.yaml app.dir '${dir}' is not a deployable app; available: ${apps.map(a => a.dir).join(', ') || 'none'}`,
      file: wanted.evidence.file,
      line: wanted.evidence.line
    })
  }
  // A deployment recipe that builds an app (root Dockerfile, compose service) outranks provider scores,
  // which only say how sure we are that a folder is an app.
  const strength = (dir: string): number => evidenceFor(evidence, dir)?.strength ?? 0
  const ranked = [...apps].sort(
    (a, b) =>
      strength(b.dir) - strength(a.dir) ||
      b.detection.score - a.detection.score ||
      depthOf(a.dir) - depthOf(b.dir) ||
      (a.dir < b.dir ? -1 : 1)
  )
  return ranked[0]?.dir ?? '.'
}

function primaryReason(e: DeployEvidence | undefined): string {
  return e ? ` (deployed by ${e.reason})` : ''
}

function depthOf(dir: string): number {
  return dir === '.' ? 0 : dir.split('/').length
}

function buildApp(s: Scored, o: AppOverrides, tree: SourceTree): AppAnalysis {
  const warnings: Warning[] = []
  let plan
  try {
    plan = s.provider.plan(s.ctx, s.detection)
  } catch (err) {
    plan = {
      candidates: {},
      warnings: [
        {
          code: 'PROVIDER_ERROR',
          message: `${s.provider.id} provider failed to plan '${s.dir}': ${(err as Error).message}`
        }
      ]
    }
  }
  const c = plan.candidates
  const sig = s.ctx.signals
  const fallback = <T>(value: T, source: string): Candidate<T> => ({
    value,
    confidence: 0.1,
    source,
    evidence: []
  })

  const language = resolveField<Language>(
    OVERRIDE_KEYS.language,
    o,
    [c.language],
    fallback('unknown', 'no language detected')
  )
  const framework = resolveField(
    OVERRIDE_KEYS.framework,
    o,
    [c.framework],
    fallback('none', 'no framework detected')
  )
  const packageManager = resolveField(
    OVERRIDE_KEYS.packageManager,
    o,
    [c.packageManager],
    fallback('none', 'no package manager detected')
  )
  const runtimeVersion = resolveField<string | null>(
    OVERRIDE_KEYS.runtimeVersion,
    o,
    [c.runtimeVersion],
    fallback(null, 'not pinned by the project'),
    v => String(v)
  )
  const buildCommand = resolveField<string | null>(
    OVERRIDE_KEYS.buildCommand,
    o,
    [sig.buildCommand, c.buildCommand],
    fallback(null, 'no build step found')
  )
  const startCommand = resolveField<string | null>(
    OVERRIDE_KEYS.startCommand,
    o,
    [sig.startCommand, c.startCommand],
    fallback(null, 'no start command found')
  )
  const port = resolveField<number>(
    OVERRIDE_KEYS.port,
    o,
    [sig.port, c.port],
    { value: 8080, confidence: 0.2, source: 'deplight default', evidence: [] },
    v => Number(v)
  )
  const healthPath = resolveField<string | null>(
    OVERRIDE_KEYS.healthPath,
    o,
    [sig.healthPath, c.healthPath, healthFallback(s, [sig.healthPath, c.healthPath])],
    fallback(null, 'no health route found (a TCP check is used)')
  )
  const resources = resolveField<Resources>(
    OVERRIDE_KEYS.resources,
    {},
    [c.resources],
    recommendResources({ runtime: 'unknown', dependencies: [] })
  )
  applyResourceOverrides(resources, o, warnings)

  for (const w of [
    conflictWarning(port, 'PORT_MISMATCH', 'port'),
    conflictWarning(framework, 'AMBIGUOUS_FRAMEWORK', 'framework')
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

  let dockerfile = sig.dockerfile
  const dockerOverride = o[OVERRIDE_KEYS.dockerfile]
  if (dockerOverride && typeof dockerOverride.value === 'string') {
    const path =
      s.dir === '.'
        ? dockerOverride.value.replace(/^\.\//, '')
        : `${s.dir}/${dockerOverride.value.replace(/^\.\//, '')}`
    if (tree.has(path)) dockerfile = path
    else
      warnings.push({
        code: 'DOCKERFILE_NOT_FOUND',
        message: `build.dockerfile '${dockerOverride.value}' does not exist in '${s.dir}'; fix the path in .delightful.yaml`,
        file: dockerOverride.evidence.file,
        line: dockerOverride.evidence.line
      })
  }

  const nameOverride = o[OVERRIDE_KEYS.name]
  const rawName =
    typeof nameOverride?.value === 'string'
      ? nameOverride.value
      : typeof plan.hints?.name === 'string'
        ? plan.hints.name
        : s.dir === '.'
          ? 'app'
          : basename(s.dir)
  const hints = { ...(plan.hints ?? {}) }
  delete hints.name
  return {
    appDir: s.dir,
    name: serviceName(rawName),
    language,
    framework,
    packageManager,
    runtimeVersion,
    buildCommand,
    startCommand,
    port,
    healthPath,
    resources,
    dockerfile,
    hints: sortKeys(hints),
    warnings: dedupeWarnings([...sig.warnings, ...(plan.warnings ?? []), ...warnings])
  }
}

/**
 * When neither the shared signals nor the provider proposed a health path at convention confidence or better,
 * the generic source scan proposes one (low-to-medium confidence, with its evidence line). Static sites serve
 * files only: their literals belong to client code.
 */
function healthFallback(s: Scored, lists: (Candidate<string | null>[] | undefined)[]): Candidate<string>[] {
  if (s.provider.id === 'static') return []
  if (lists.some(l => l?.some(c => c.value !== null && c.confidence >= CONFIDENCE.convention))) return []
  return healthFromSourceFallback(fallbackFiles(s.ctx.files(), s.dir), path => s.ctx.tree.read(path))
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
 * sha256 over every path in the tree plus the content of each file the analysis read. Files the analysis
 * never reads cannot change its result, so this is a sound cache key without hashing 100k files.
 * Exported for the analysis cache, which recomputes it for the current tree on a hit.
 */
export function digest(tree: SourceTree): string {
  const h = createHash('sha256')
  for (const f of tree.files) h.update(`${f.path}\0`)
  for (const path of tree.readPaths()) {
    h.update(`\n${path}\0`)
    h.update(tree.read(path) ?? '')
  }
  return `sha256:${h.digest('hex')}`
}
