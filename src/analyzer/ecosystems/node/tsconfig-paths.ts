// Bare import specifiers through tsconfig.json: `compilerOptions.paths` (`"@server/*": ["../server/*"]`,
// `"#src/*": ["src/*"]`) and `baseUrl` (`import routes from 'routes'` with `"baseUrl": "src"`), read from the
// tsconfig nearest to the importing file and the configs it `extends` — an nx/turbo member's tsconfig.json
// usually holds no paths itself and extends a root `tsconfig.base.json` that does, and a server folder's own
// tsconfig may map an alias differently from the app root's. The route graph (routes.ts) follows routers
// through these imports.
import { getPath, isRecord, parseJsoncFile } from '../../signals/manifests.js'
import { dirname, normalizePath, type SourceTree } from '../../tree.js'
import type { AppContext } from '../../provider.js'

/** The options that resolve bare specifiers, with the folder each relative value is read from. */
export interface TsPathOptions {
  /** Repository-relative folder `baseUrl` names, or null when no config of the chain sets one. */
  baseUrl: string | null
  paths: Record<string, unknown> | null
  /** Folder of the config that set `paths`: the targets' base when no `baseUrl` is set. */
  pathsDir: string
}

const EMPTY: TsPathOptions = { baseUrl: null, paths: null, pathsDir: '.' }
const MAX_EXTENDS = 8

const optionsCache = new WeakMap<SourceTree, Map<string, TsPathOptions>>()

/**
 * `baseUrl` and `paths` of the config at `configPath` after its `extends` chain (a string, or a list whose
 * later entries win, as TypeScript 5 reads it): the nearest config that sets a value wins. Only relative
 * `extends` are followed (a package such as `@tsconfig/node20` sets neither value in practice).
 */
export function tsPathOptions(tree: SourceTree, configPath: string, depth = 0): TsPathOptions {
  let cache = optionsCache.get(tree)
  if (!cache) optionsCache.set(tree, (cache = new Map()))
  const known = cache.get(configPath)
  if (known) return known
  cache.set(configPath, EMPTY) // a config extending itself (directly or in a cycle) ends here
  const result = readOptions(tree, configPath, depth)
  cache.set(configPath, result)
  return result
}

function readOptions(tree: SourceTree, configPath: string, depth: number): TsPathOptions {
  const parsed = parseJsoncFile(tree, configPath)
  if (!parsed?.ok) return EMPTY
  const dir = dirname(configPath)
  let inherited = EMPTY
  const ext = getPath(parsed.value, 'extends')
  const parents = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext : []
  if (depth < MAX_EXTENDS)
    for (const parent of parents) {
      const file = typeof parent === 'string' ? extendedConfig(tree, dir, parent) : null
      if (!file) continue
      const options = tsPathOptions(tree, file, depth + 1)
      inherited = {
        baseUrl: options.baseUrl ?? inherited.baseUrl,
        paths: options.paths ?? inherited.paths,
        pathsDir: options.paths ? options.pathsDir : inherited.pathsDir
      }
    }
  const own = getPath(parsed.value, 'compilerOptions')
  const baseUrl = isRecord(own) && typeof own.baseUrl === 'string' ? own.baseUrl : null
  const paths = isRecord(own) && isRecord(own.paths) ? own.paths : null
  return {
    baseUrl: baseUrl !== null ? normalizePath(`${dir}/${baseUrl}`) : inherited.baseUrl,
    paths: paths ?? inherited.paths,
    pathsDir: paths ? dir : inherited.pathsDir
  }
}

/** `"extends": "../../tsconfig.base.json"` (or without `.json`) → that file; null for a package. */
function extendedConfig(tree: SourceTree, dir: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const file = normalizePath(`${dir}/${spec}`)
  if (tree.has(file)) return file
  return tree.has(`${file}.json`) ? `${file}.json` : null
}

/**
 * The tsconfig.json nearest to `from` (a file), looking up to the repository root; the app's own
 * `tsconfig.json` when none is found on the way.
 */
export function nearestTsconfig(ctx: AppContext, from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const file = dir === '.' ? 'tsconfig.json' : `${dir}/tsconfig.json`
    if (ctx.tree.has(file)) return file
    if (dir === '.') return ctx.path('tsconfig.json')
  }
}

/**
 * Candidate files for a bare specifier: `paths` matches (exact keys before `*` patterns, longest key first),
 * relative to `baseUrl` when set, else to the config that declared them; then `baseUrl/<spec>`.
 */
export function tsconfigPathBases(ctx: AppContext, from: string, spec: string): string[] {
  const configs = [nearestTsconfig(ctx, from)]
  // The app's own config stays a fallback for files under a folder whose config maps the alias differently.
  if (configs[0] !== ctx.path('tsconfig.json')) configs.push(ctx.path('tsconfig.json'))
  const out: string[] = []
  for (const config of configs)
    for (const base of basesFrom(tsPathOptions(ctx.tree, config), spec))
      if (!out.includes(base)) out.push(base)
  return out
}

function basesFrom(options: TsPathOptions, spec: string): string[] {
  const root = options.baseUrl ?? options.pathsDir
  const matches: { key: number; path: string }[] = []
  for (const [key, targets] of Object.entries(options.paths ?? {})) {
    if (!Array.isArray(targets)) continue
    const star = key.indexOf('*')
    let middle: string | null = null
    if (star < 0) middle = key === spec ? '' : null
    else if (spec.startsWith(key.slice(0, star)) && spec.endsWith(key.slice(star + 1)))
      middle = spec.slice(star, spec.length - (key.length - star - 1))
    if (middle === null) continue
    for (const target of targets)
      if (typeof target === 'string')
        matches.push({
          key: star < 0 ? Infinity : key.length,
          path: normalizePath(`${root}/${target.replace('*', middle)}`)
        })
  }
  const bases = matches.sort((a, b) => b.key - a.key).map(m => m.path)
  // With a baseUrl, a bare specifier no pattern matched may name a folder below it (`import x from 'routes'`).
  if (options.baseUrl !== null && !spec.startsWith('#'))
    bases.push(normalizePath(`${options.baseUrl}/${spec}`))
  return bases
}
