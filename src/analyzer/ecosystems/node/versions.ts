// Which Node.js version an app runs on: .nvmrc/.node-version/.tool-versions, volta, devEngines, engines
// (its own or the workspace root's), with ranges and LTS names resolved to one major.
import { ancestors, type PackageJson } from './manifest.js'
import { keyEvidence } from '../../signals/evidence.js'
import { getPath, isRecord, parseJsonFile } from '../../signals/manifests.js'
import { NODE_CODENAMES } from '../../signals/node-codenames.js'
import { toolVersion } from '../../signals/versions.js'
import { joinPath } from '../../tree.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { CONFIDENCE } from '../../candidate.js'
import { RUNTIME_VERSION } from '../../precedence.js'
import { nixNodeVersion } from './nix-node.js'
import { workflowSetupVersion } from '../common/workflow-version.js'

/**
 * Which major a range resolves to, first satisfying wins: the maintained LTS lines oldest first, then the
 * newer line, then lines past their end of life newest first. The oldest maintained line is the one closest
 * to the floor the authors declared and tested (`>=22.14` → 22), while a floor on a dead line (`>=18`) still
 * lands on a maintained one. Newest-first was the rule before: `>=22.14` ran on 24, and native addons without
 * a Node 24 build (nan-based, old node-gyp: "C++20 or later required") failed to compile in the image.
 * Lines as of the runtime table (render/base-images.ts): 20 ended 2026-04-30, 22 ends 2027-04-30, 24 2028-04-30.
 */
const RANGE_PREFERENCE = [22, 24, 26, 20, 18, 16, 14, 12, 10]
/** `lts/*`, `node`, `latest`: the newest LTS line the image table pins by default. */
const NEWEST_LTS = 24

/**
 * Resolves a Node version spec to something a Docker tag can pin: an exact version stays (`20.11.1`), a major
 * stays, a range becomes the first major of RANGE_PREFERENCE that satisfies it (`>=18` → `22`, `>=24` → `24`,
 * `^20.3` → `20`), an LTS name its line (`lts/iron` → `20`, `lts/*` → `24`).
 */
export function resolveNodeVersion(spec: string): string | null {
  const s = spec.trim().replace(/^v(?=\d)/, '')
  if (/^\d+\.\d+\.\d+$/.test(s)) return s
  if (/^\d+(\.\d+)?$/.test(s)) return s.split('.')[0]!
  const lts = /^lts\/(\*|[a-z]+)$/i.exec(s)
  if (lts) return String(lts[1] === '*' ? NEWEST_LTS : (NODE_CODENAMES[lts[1]!.toLowerCase()] ?? NEWEST_LTS))
  if (/^(node|latest|current|stable)$/i.test(s)) return String(NEWEST_LTS)
  const major =
    RANGE_PREFERENCE.find(m => satisfiesMajor(s, m)) ??
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

/**
 * Version files (.nvmrc, .node-version, .tool-versions) whose major the engines range excludes (the app's own engines.node, else its workspace
 * root's) are leftovers — bigcapital's root `.nvmrc` says v14.20 while engines asks for 16.x–18.x and the
 * image runs 18.16 — so they rank below the image and the range instead of above them.
 */
function demoteExcludedVersionFiles(
  ctx: AppContext,
  pkg: PackageJson | null,
  found: Candidate<string>[]
): void {
  const own = pkg ? getPath(pkg.json, 'engines', 'node') : undefined
  const root = ctx.workspace?.root
  const rootParsed =
    own === undefined && root !== undefined ? parseJsonFile(ctx.tree, joinPath(root, 'package.json')) : null
  const range = own ?? (rootParsed?.ok ? getPath(rootParsed.value, 'engines', 'node') : undefined)
  if (typeof range !== 'string' || !/\d/.test(range)) return
  for (const c of found) {
    const major = Number(c.value.split('.')[0])
    if (!Number.isInteger(major) || satisfiesMajor(range, major)) continue
    c.confidence = RUNTIME_VERSION.staleVersionFile
    c.source = `${c.source} (outside engines.node ${range})`
  }
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
  // asdf/mise's .tool-versions goes stale like an .nvmrc (pigallery2: nodejs 18.16.0 beside engines >=22 <24).
  demoteExcludedVersionFiles(ctx, pkg, out)
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
  if (out.length === 0) {
    const ci = workflowNodeVersion(ctx)
    if (ci) out.push(ci)
  }
  if (out.length === 0) {
    const nix = nixNodeVersion(ctx)
    if (nix) out.push(nix)
  }
  return out
}

/** `node-version: '20'`, `- node-version: 20.x` (a literal, not a `${{ matrix.node }}` expression or a list). */
const SETUP_NODE_VERSION = /^[ \t-]*node-version:[ \t]*["']?([\w.*/-]+)["']?[ \t]*(?:#.*)?$/gm

/**
 * A workflow step that runs the package's build script, or a hosting platform's CLI building the app on the
 * runner (`vercel build --prod` then `vercel deploy --prebuilt`, `netlify build`): the build runs on the Node
 * the workflow set up. A bare `vercel deploy` builds on the platform, not here.
 */
const BUILDS_APP = /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\b(?:vercel|netlify)\s+build\b/

/**
 * The Node version the repository's CI workflows set up (actions/setup-node `node-version`), when nothing in
 * the project pins one and every literal version there resolves to the same major: the version the project
 * builds and deploys with (adocasts' Cleavr workflow builds on `node-version: '20'`). A matrix of versions,
 * or workflows that disagree, say nothing; so do workflows that never build the app (lint, type checks).
 */
function workflowNodeVersion(ctx: AppContext): Candidate<string> | null {
  return workflowSetupVersion(ctx.tree, {
    action: 'setup-node',
    // Only a workflow that builds the app (`npm run build`, `pnpm build`) sets up what the app runs on; a
    // lint or type-check job's version says nothing about production.
    builds: BUILDS_APP,
    line: SETUP_NODE_VERSION,
    version: raw => {
      // Only a version number pins: `lts/*`, `lts/-1`, `latest` follow the release line as it moves.
      if (!/^v?\d+(?:\.(?:\d+|x))*$/.test(raw)) return null
      return resolveNodeVersion(raw)?.split('.')[0] ?? null
    },
    source: (file, raw) => `${file} setup-node node-version ${raw}`
  })
}
