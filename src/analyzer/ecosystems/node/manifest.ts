// package.json and friends, shared by the node and bun providers: dependencies with evidence, package
// manager (packageManager field, lockfiles up to the workspace root), Node version pins, workspaces.
import type { Evidence, Warning } from '../../report.js'
import { fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { getPath, isRecord, parseJsonFile, parseYamlFile } from '../../signals/manifests.js'
import { toolVersion } from '../../signals/versions.js'
import { basename, dirname, joinPath, type SourceTree } from '../../tree.js'
import type { DependencySet } from '../common/framework-score.js'
import type { AppContext, WorkspaceDeclaration } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { CONFIDENCE } from '../../candidate.js'
import { PACKAGE_MANAGER, RUNTIME_VERSION } from '../../precedence.js'

export interface PackageJson {
  path: string
  text: string
  json: Record<string, unknown>
  name?: string
  scripts: Record<string, string>
  deps: DependencySet
  /** Runtime (non-dev) dependency names. */
  runtimeDeps: string[]
}

export function readPackageJson(ctx: AppContext, warnings: Warning[]): PackageJson | null {
  const path = ctx.path('package.json')
  const parsed = parseJsonFile(ctx.tree, path)
  if (!parsed) return null
  if (!parsed.ok) {
    warnings.push(parsed.warning)
    return null
  }
  if (!isRecord(parsed.value)) {
    warnings.push({
      code: 'INVALID_MANIFEST',
      message: `${path}: expected a JSON object; fix the file or it is ignored`,
      file: path
    })
    return null
  }
  const json = parsed.value
  const text = ctx.tree.read(path) ?? ''
  const scripts: Record<string, string> = {}
  if (isRecord(json.scripts))
    for (const [k, v] of Object.entries(json.scripts)) if (typeof v === 'string') scripts[k] = v
  const deps: DependencySet = new Map()
  const runtimeDeps: string[] = []
  for (const [section, dev] of [
    ['dependencies', false],
    ['optionalDependencies', false],
    ['peerDependencies', true],
    ['devDependencies', true]
  ] as const) {
    const block = json[section]
    if (!isRecord(block)) continue
    for (const [name, version] of Object.entries(block)) {
      const existing = deps.get(name)
      if (existing && !existing.dev) continue
      deps.set(name, {
        dev,
        version: typeof version === 'string' ? version : undefined,
        evidence: keyEvidence(path, text, name)
      })
      if (!dev) runtimeDeps.push(name)
    }
  }
  return {
    path,
    text,
    json,
    name: typeof json.name === 'string' ? json.name : undefined,
    scripts,
    deps,
    runtimeDeps
  }
}

/** The app dir and its ancestors up to the repository root, nearest first. */
export function ancestors(dir: string): string[] {
  const out = [dir]
  let d = dir
  while (d !== '.') {
    d = dirname(d)
    out.push(d)
  }
  return out
}

const LOCKFILES: [string, string][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['yarn.lock', 'yarn'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm']
]

export interface PackageManagerInfo {
  candidates: Candidate<string>[]
  lockfile: string | null
  /** `packageManager` version, e.g. `9.12.0` for pnpm@9.12.0. */
  version: string | null
  warnings: Warning[]
}

export function detectPackageManager(ctx: AppContext, pkg: PackageJson | null): PackageManagerInfo {
  const info: PackageManagerInfo = { candidates: [], lockfile: null, version: null, warnings: [] }
  for (const dir of ancestors(ctx.dir)) {
    const manifest = dir === ctx.dir ? pkg : null
    const json = manifest?.json ?? readRootPackageJson(ctx, dir)
    const field = typeof json?.packageManager === 'string' ? json.packageManager : undefined
    const m = field ? /^(npm|pnpm|yarn|bun)@([^\s+]+)/.exec(field) : null
    if (m && info.version === null) {
      const path = joinPath(dir, 'package.json')
      info.version = m[2]!
      info.candidates.push({
        value: m[1]!,
        confidence: CONFIDENCE.declared,
        source: `${path}#packageManager`,
        evidence: [keyEvidence(path, ctx.tree.read(path) ?? '', 'packageManager')]
      })
    }
    for (const [file, pm] of LOCKFILES) {
      const path = joinPath(dir, file)
      if (!ctx.tree.has(path)) continue
      info.lockfile ??= path
      info.candidates.push({
        value: pm,
        confidence: PACKAGE_MANAGER.lockfile,
        source: file,
        evidence: [fileEvidence(path, 'lockfile present')]
      })
    }
    if (info.candidates.length > 0) break
  }
  const lockManagers = new Set(
    info.candidates.filter(c => c.source !== undefined && !c.source.includes('#')).map(c => c.value)
  )
  if (lockManagers.size > 1) {
    info.warnings.push({
      code: 'MULTIPLE_LOCKFILES',
      message: `lockfiles of several package managers (${[...lockManagers].join(', ')}); delete the stale ones or set build.packageManager`
    })
  }
  if (info.candidates.length === 0) {
    // No lockfile and no packageManager field: the commands the project's own deploy config runs
    // (render.yaml `buildCommand: yarn; yarn build`, Procfile, Dockerfile CMD) still name the manager.
    const signals = ctx.signals
    for (const c of [...signals.buildCommand, ...signals.startCommand]) {
      const m =
        /^\s*(yarn|pnpm|bun)\b/.exec(c.value) ??
        /(?:^|&&|;)\s*(yarn|pnpm|bun)\s+(?:install|run|build)\b/.exec(c.value)
      if (!m) continue
      info.candidates.push({ ...c, value: m[1]!, confidence: PACKAGE_MANAGER.scriptUse })
      break
    }
  }
  if (info.candidates.length === 0) {
    info.candidates.push({
      value: 'npm',
      confidence: CONFIDENCE.fallback,
      source: 'no lockfile: npm by default',
      evidence: []
    })
  }
  return info
}

function readRootPackageJson(ctx: AppContext, dir: string): Record<string, unknown> | undefined {
  const parsed = parseJsonFile(ctx.tree, joinPath(dir, 'package.json'))
  return parsed?.ok && isRecord(parsed.value) ? parsed.value : undefined
}

const LTS_PREFERENCE = [24, 22, 20, 26, 18, 16, 14, 12, 10]
const CODENAMES: Record<string, number> = {
  argon: 4,
  boron: 6,
  carbon: 8,
  dubnium: 10,
  erbium: 12,
  fermium: 14,
  gallium: 16,
  hydrogen: 18,
  iron: 20,
  jod: 22,
  krypton: 24
}

/**
 * Resolves a Node version spec to something a Docker tag can pin: an exact version stays (`20.11.1`), a major
 * or a range becomes the preferred LTS major that satisfies it (`>=18` → `24`, `^20.3` → `20`, `lts/iron` → `20`).
 */
export function resolveNodeVersion(spec: string): string | null {
  const s = spec.trim().replace(/^v(?=\d)/, '')
  if (/^\d+\.\d+\.\d+$/.test(s)) return s
  if (/^\d+(\.\d+)?$/.test(s)) return s.split('.')[0]!
  const lts = /^lts\/(\*|[a-z]+)$/i.exec(s)
  if (lts)
    return String(
      lts[1] === '*' ? LTS_PREFERENCE[0] : (CODENAMES[lts[1]!.toLowerCase()] ?? LTS_PREFERENCE[0])
    )
  if (/^(node|latest|current|stable)$/i.test(s)) return String(LTS_PREFERENCE[0])
  const major =
    LTS_PREFERENCE.find(m => satisfiesMajor(s, m)) ??
    [...Array(30).keys()].find(m => m > 0 && satisfiesMajor(s, m))
  return major !== undefined ? String(major) : null
}

function satisfiesMajor(range: string, major: number): boolean {
  return range.split('||').some(set => {
    const comparators = set
      .trim()
      .replace(/\s+-\s+/g, ' - ')
      .match(/(>=|<=|>|<|=|\^|~)?\s*v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/g)
    if (!comparators) return false
    return [0, 50, 99].some(minor =>
      comparators.every(c => {
        const m = /(>=|<=|>|<|=|\^|~)?\s*v?(\d+|x|\*)(?:\.(\d+|x|\*))?/.exec(c)!
        const op = m[1] ?? '='
        if (m[2] === 'x' || m[2] === '*') return true
        const cmaj = Number(m[2])
        const cmin = m[3] === undefined || m[3] === 'x' || m[3] === '*' ? null : Number(m[3])
        const v = major * 1000 + minor
        const bound = cmaj * 1000 + (cmin ?? 0)
        switch (op) {
          case '>=':
            return v >= bound
          case '>':
            return cmin === null ? major > cmaj : v > bound
          case '<=':
            return cmin === null ? major <= cmaj : v <= bound
          case '<':
            return v < bound
          case '^':
          case '=':
            return major === cmaj && (cmin === null || minor >= cmin)
          case '~':
            return major === cmaj && (cmin === null || minor === cmin || minor >= cmin)
          default:
            return false
        }
      })
    )
  })
}

/** Node version pins, strongest first: .nvmrc/.node-version/.tool-versions, volta, devEngines, engines. */
export function nodeVersionCandidates(ctx: AppContext, pkg: PackageJson | null): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const dirs = ancestors(ctx.dir)
  for (const dir of dirs) {
    for (const file of ['.nvmrc', '.node-version']) {
      const path = joinPath(dir, file)
      const text = ctx.tree.read(path)
      const first = text
        ?.split('\n')
        .map(l => l.replace(/#.*/, '').trim())
        .find(Boolean)
      const v = first ? resolveNodeVersion(first) : null
      if (v)
        out.push({
          value: v,
          confidence: CONFIDENCE.declared,
          source: file,
          evidence: [{ file: path, line: 1, text: first! }]
        })
    }
    if (out.length) break
  }
  const tool = toolVersion(ctx.tree, dirs, ['nodejs', 'node'])
  if (tool) {
    const v = resolveNodeVersion(tool.value)
    if (v) out.push({ ...tool, value: v })
  }
  if (pkg) {
    const pins: [unknown, string, number][] = [
      [getPath(pkg.json, 'volta', 'node'), 'volta', CONFIDENCE.declared],
      [
        getPath(pkg.json, 'devEngines', 'runtime', 'version'),
        'devEngines.runtime',
        RUNTIME_VERSION.devEngines
      ],
      [getPath(pkg.json, 'engines', 'node'), 'engines', CONFIDENCE.source]
    ]
    const devRuntime = getPath(pkg.json, 'devEngines', 'runtime')
    if (Array.isArray(devRuntime)) {
      const node = devRuntime.find(r => isRecord(r) && r.name === 'node')
      pins.push([getPath(node, 'version'), 'devEngines.runtime', RUNTIME_VERSION.devEngines])
    } else if (isRecord(devRuntime) && devRuntime.name !== undefined && devRuntime.name !== 'node') {
      pins[1]![0] = undefined
    }
    for (const [spec, key, confidence] of pins) {
      if (typeof spec !== 'string') continue
      const v = resolveNodeVersion(spec)
      const last = key.split('.').pop()!
      if (v)
        out.push({
          value: v,
          confidence,
          source: `package.json#${key}${key === 'engines' ? '.node' : ''} (${spec})`,
          evidence: [
            keyEvidence(
              pkg.path,
              pkg.text,
              key === 'engines' ? 'node' : last === 'runtime' ? 'version' : 'node'
            )
          ]
        })
    }
  }
  // A workspace member without its own pin runs on the Node version the workspace root declares.
  const root = ctx.workspace?.root
  if (out.length === 0 && root !== undefined && root !== ctx.dir) {
    const rootPath = joinPath(root, 'package.json')
    const parsed = parseJsonFile(ctx.tree, rootPath)
    const spec = parsed?.ok ? getPath(parsed.value, 'engines', 'node') : undefined
    const v = typeof spec === 'string' ? resolveNodeVersion(spec) : null
    if (v)
      out.push({
        value: v,
        confidence: RUNTIME_VERSION.inheritedRange,
        source: `workspace root package.json#engines.node (${spec as string})`,
        evidence: [keyEvidence(rootPath, ctx.tree.read(rootPath) ?? '', 'node')]
      })
  }
  return out
}

/** Member directories from package.json `workspaces` or pnpm-workspace.yaml, expanded against the tree. */
export function nodeWorkspaces(ctx: AppContext): WorkspaceDeclaration | null {
  return nodeWorkspaceAt(ctx.tree, ctx.dir)
}

/** The workspace members declared at `dir` (pnpm-workspace.yaml packages, package.json workspaces). */
export function nodeWorkspaceAt(tree: SourceTree, dir: string): WorkspaceDeclaration | null {
  const ctx = { tree, dir, path: (rel: string) => joinPath(dir, rel) }
  const patterns: string[] = []
  const evidence: Evidence[] = []
  let kind = ''
  const pnpmPath = ctx.path('pnpm-workspace.yaml')
  const pnpm = parseYamlFile(ctx.tree, pnpmPath)
  if (pnpm?.ok) {
    const pk = getPath(pnpm.value, 'packages')
    if (Array.isArray(pk)) patterns.push(...pk.filter((p): p is string => typeof p === 'string'))
    kind = 'pnpm-workspace'
    evidence.push(keyEvidence(pnpmPath, ctx.tree.read(pnpmPath) ?? '', 'packages'))
  }
  const pkgParsed = parseJsonFile(ctx.tree, ctx.path('package.json'))
  if (pkgParsed?.ok) {
    const ws = getPath(pkgParsed.value, 'workspaces')
    const list = Array.isArray(ws) ? ws : getPath(ws, 'packages')
    if (Array.isArray(list)) {
      patterns.push(...list.filter((p): p is string => typeof p === 'string'))
      kind ||= 'npm-workspaces'
      evidence.push(
        keyEvidence(ctx.path('package.json'), ctx.tree.read(ctx.path('package.json')) ?? '', 'workspaces')
      )
    }
  }
  // `packages: ['.']` (pnpm 10 templates keep one for its settings) names the root itself: no members.
  const memberPatterns = patterns.filter(p => !/^!?\.\/?$/.test(p.trim()))
  if (memberPatterns.length === 0) return null
  const include = memberPatterns.filter(p => !p.startsWith('!')).map(p => globToRegex(p))
  const exclude = memberPatterns.filter(p => p.startsWith('!')).map(p => globToRegex(p.slice(1)))
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  const members = new Set<string>()
  for (const f of ctx.tree.filesUnder(ctx.dir)) {
    if (basename(f.path) !== 'package.json' || f.path === ctx.path('package.json')) continue
    const member = dirname(f.path).slice(prefix.length)
    if (member.split('/').includes('node_modules')) continue
    if (include.some(r => r.test(member)) && !exclude.some(r => r.test(member))) members.add(dirname(f.path))
  }
  return { kind, members: [...members].sort(), evidence }
}

function globToRegex(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '').replace(/\/+$/, '')
  let re = ''
  for (let i = 0; i < g.length; i++) {
    const ch = g[i]!
    if (ch === '*' && g[i + 1] === '*') {
      re += '.*'
      i++
      if (g[i + 1] === '/') i++
    } else if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}
