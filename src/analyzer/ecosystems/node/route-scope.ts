// Which of an app's modules the JS route graph (routes.ts) reads for their routes (issue 16 item 12). The
// graph's only answer is health candidates, and every health path it composes has a health-named segment
// that some module declares as a quoted literal (route-precheck.ts). So the graph reads:
// - the seeds: modules holding such a literal (a route, a mount prefix or a path constant);
// - the modules that import a seed, and those that import them, up to the entry: where the prefixes above
//   a seed's routes are mounted (`app.use(mount('/api', initApis()))` in the module importing `initApis`).
//   Only importers that may mount what they take (a route call, a router) or re-export it go on, and a
//   barrel (`export * from`) only for the names that lead to a seed: following every import reached most of
//   a large app through its shared barrels (Unleash's `internals.ts`);
// - the modules a seed imports: the routers it mounts under its health prefix (`use('/health', router)`).
// Any other module is still read on demand when one of these follows an import into it (exports,
// functions, constants), but its own route calls are not read: in a large app (400 controllers) nearly all
// of them, whose paths cannot be a health path. A chain the imports do not show (a router registered
// through dependency injection with no import of the seed on the way) is not composed; its routes are
// still found by the flat reader (source.ts), without the prefix.
import { ROUTE_CALL } from './route-precheck.js'

/** One import or re-export statement of a module, read from its raw text. */
interface ImportStatement {
  spec: string
  /** The names it takes (`default` for a default import); null: everything (namespace, require, side effect). */
  names: string[] | null
  /** A re-export (`export … from`): the names it passes on, as [imported, exported] (null: `export *`). */
  reexports: [string, string][] | null | undefined
  /**
   * How a path specifier ends (specifierKey), null for a package or alias; and the file it resolves to,
   * once asked (each level of the climb meets every statement again).
   */
  key?: string | null
  target?: string | null
}

const IMPORT_FROM =
  /\bimport\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|(\*)\s*as\s+[\w$]+)?\s*from\s*['"]([^'"\n]+)['"]/g
const EXPORT_FROM =
  /\bexport\s+(type\s+)?(?:(\*)(?:\s+as\s+([\w$]+))?|\{([^}]*)\})\s*from\s*['"]([^'"\n]+)['"]/g
/** `require('…')`, `import('…')`, `import '…'`: whatever they take, everything counts. */
const OTHER_IMPORT = /\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]|\bimport\s*['"]([^'"\n]+)['"]/g

/** `[A-Za-z0-9_]`: what `\b` tells from the rest. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}

/** `a, b as c, type d` → [[a, a], [b, c]] (type-only names left out: they cannot carry a router). */
function namedPairs(list: string): [string, string][] {
  const pairs: [string, string][] = []
  for (const part of list.split(',')) {
    const m = /^\s*(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(part)
    if (m && !m[1]) pairs.push([m[2]!, m[3] ?? m[2]!])
  }
  return pairs
}

function statementsOf(text: string): ImportStatement[] {
  const out: ImportStatement[] = []
  for (const m of text.matchAll(IMPORT_FROM)) {
    if (m[1]) continue
    const names = m[4] ? null : [...(m[2] ? ['default'] : []), ...namedPairs(m[3] ?? '').map(p => p[0])]
    out.push({ spec: m[5]!, names, reexports: undefined })
  }
  for (const m of text.matchAll(EXPORT_FROM)) {
    if (m[1]) continue
    const pairs = m[2] ? null : namedPairs(m[4] ?? '')
    // `export * as ns from`: one namespace name carrying everything.
    if (m[2] && m[3]) out.push({ spec: m[5]!, names: null, reexports: [['*', m[3]]] })
    else out.push({ spec: m[5]!, names: pairs ? pairs.map(p => p[0]) : null, reexports: pairs })
  }
  // CommonJS passes what it requires on through `module.exports` (`module.exports = require('./table')`).
  const commonJs = isCommonJs(text)
  for (const m of text.matchAll(OTHER_IMPORT))
    out.push({
      spec: (m[1] ?? m[2])!,
      names: null,
      reexports: commonJs && m[1] !== undefined ? null : undefined
    })
  return out
}

/**
 * `module.exports` or `exports.x`: the word first, which most ES modules lack, before a pattern tried at every
 * word boundary of the module.
 */
function isCommonJs(text: string): boolean {
  // `/\bmodule\.exports\b|\bexports\.[\w$]/.test(text)`, tested at each `exports` of the text.
  for (let k = text.indexOf('exports'); k >= 0; k = text.indexOf('exports', k + 1)) {
    const after = text.charCodeAt(k + 7)
    if (
      k >= 7 &&
      text.startsWith('module.', k - 7) &&
      (k === 7 || !isWordChar(text.charCodeAt(k - 8))) &&
      !isWordChar(after)
    )
      return true
    if ((k === 0 || !isWordChar(text.charCodeAt(k - 1))) && after === 46) {
      const c = text.charCodeAt(k + 8)
      if (isWordChar(c) || c === 36) return true
    }
  }
  return false
}

/** The names a module exports itself (`default` included); null when unknown (CommonJS, destructuring). */
function ownExports(text: string): Set<string> | null {
  if (isCommonJs(text) || /\bexport\s+(?:const|let|var)\s*[{[]/.test(text)) return null
  const names = new Set<string>()
  for (const m of text.matchAll(
    /\bexport\s+(?:declare\s+)?(?:(default)\b|(?:async\s+)?function\s*\*?\s*([\w$]+)|(?:const|let|var|(?:abstract\s+)?class|enum)\s+([\w$]+)|\{([^}]*)\}(?!\s*from))/g
  )) {
    if (m[1]) names.add('default')
    else if (m[2] ?? m[3]) names.add((m[2] ?? m[3])!)
    else for (const [, exported] of namedPairs(m[4] ?? '')) names.add(exported)
  }
  return names
}

/** Specifiers that name the target's path: relative, or from the app's source root (`@/`, `~/`, `#/`). */
const PATH_SPECIFIER = /^(?:\.|[@~#]\/)/

/** How a specifier ends (`../routes/status.js` → `status`): what an importer of `status.ts` must name. */
function specifierKey(spec: string): string {
  // `require('../api/')` names the folder (its index module) with a trailing slash.
  const bare = spec.replace(/(?<=[^/])\/+$/, '')
  const last = bare.slice(bare.lastIndexOf('/') + 1)
  return last.replace(/\.(?:[cm]?[jt]sx?)$/, '')
}

/** The specifier keys that can point at `file`: its stem, and its folder's name for an `index` module. */
function fileKeys(file: string): string[] {
  const slash = file.lastIndexOf('/')
  const stem = file.slice(slash + 1).replace(/\.[^.]*$/, '')
  if (stem !== 'index') return [stem]
  const dir = slash < 0 ? '' : file.slice(0, slash)
  return [stem, dir.slice(dir.lastIndexOf('/') + 1)]
}

/** What may follow a specifier's key up to its closing quote: an extension, trailing slashes. */
const KEY_END = /(?:\.[cm]?[jt]sx?)?\/*['"]/y

/**
 * Whether `text` holds a quoted specifier ending in one of `keys` (specifierKey): `'./status'`,
 * `"../api/status.js"`, `'@/routes/'`, `'back-end/src/app'` — `/[/'"](?:k1|k2)(?:\.[cm]?[jt]sx?)?\/*['"]/`,
 * each key found by literal search: that pattern, starting with a class of common characters, was tried
 * at every quote and slash of every module.
 */
function namesKey(text: string, keys: readonly string[]): boolean {
  for (const key of keys) {
    if (key === '') return true
    for (let at = text.indexOf(key, 1); at >= 0; at = text.indexOf(key, at + 1)) {
      const c = text.charCodeAt(at - 1)
      if (c !== 47 && c !== 39 && c !== 34) continue
      KEY_END.lastIndex = at + key.length
      if (KEY_END.test(text)) return true
    }
  }
  return false
}

export interface RouteScopeInput {
  /** The app's modules, in reading order. */
  files: readonly string[]
  read: (file: string) => string | null
  /** True when the module's text names a health path the graph could compose (a seed). */
  isSeed: (text: string, file: string) => boolean
  /**
   * For a seed: true when a module it imports may have routes under one of its health literals (a mount
   * prefix), so the imported modules' routes are read too. Default: always.
   */
  mountsHealth?: (text: string) => boolean
  /** The file an import specifier of `from` resolves to (null: a package, or unknown). */
  resolve: (from: string, spec: string) => string | null
  /** The files a module imports (its lexed imports, resolved). */
  importedBy: (file: string) => Iterable<string>
  /**
   * True when every specifier of the module that resolves to a file ends like it (fileKeys): relative and
   * `@/` paths, and bare ones only through `paths` patterns ending in `*` or `baseUrl` — no exact alias
   * (`"@health": ["libs/health/src/index.ts"]`) and no package.json `imports`. Default: never.
   */
  namesTargets?: (file: string) => boolean
}

/** The modules of `files` whose route calls the graph reads (see the top of this file). */
export function routeScope(input: RouteScopeInput): Set<string> {
  const {
    files,
    read,
    isSeed,
    resolve,
    importedBy,
    mountsHealth = () => true,
    namesTargets = () => false
  } = input
  const texts = new Map<string, string>()
  for (const f of files) {
    const text = read(f)
    if (text !== null) texts.set(f, text)
  }
  const scope = new Set<string>()
  /**
   * The names of a reached module that lead to a seed: null for every name (a seed, or a module that
   * mounts what it imports), else what a barrel re-exports from reached modules.
   */
  const leading = new Map<string, Set<string> | null>()
  const seeds: string[] = []
  for (const [f, text] of texts)
    if (isSeed(text, f)) {
      scope.add(f)
      seeds.push(f)
      leading.set(f, null)
    }
  for (const seed of seeds)
    if (mountsHealth(texts.get(seed)!))
      for (const imported of importedBy(seed)) if (texts.has(imported)) scope.add(imported)

  const statements = new Map<string, ImportStatement[]>()
  const statementsFor = (f: string): ImportStatement[] => {
    let list = statements.get(f)
    if (!list) statements.set(f, (list = statementsOf(texts.get(f)!)))
    return list
  }
  const exportsCache = new Map<string, Set<string> | null>()
  const exportsOf = (f: string): Set<string> | null => {
    if (!exportsCache.has(f)) exportsCache.set(f, ownExports(texts.get(f)!))
    return exportsCache.get(f)!
  }
  /** The names of `target` that lead to a seed, as a set (null: all of them). */
  const namesOf = (target: string): Set<string> | null => leading.get(target) ?? null

  // Importers, level by level: a module joins when a statement of it names a file of the last level (its
  // specifier ends like the file and resolves to it) and takes a name that leads to a seed.
  let level = seeds
  while (level.length > 0) {
    const targets = new Set(level)
    const keys = new Set(level.flatMap(fileKeys))
    const keyList = [...keys]
    const next: string[] = []
    for (const f of texts.keys()) {
      if (leading.has(f)) continue
      // A module whose specifiers end like their targets names this level's only where its text holds a
      // quoted specifier ending in one of their keys: without one, its statements need not be parsed
      // (most modules of a large app, at every level: issue 16 item 12).
      if (!statements.has(f) && namesTargets(f) && !namesKey(texts.get(f)!, keyList)) continue
      let uses = false
      let passes: Set<string> | null | undefined
      for (const s of statementsFor(f)) {
        // A relative or `@/`, `~/`, `#/` specifier keeps the target's own name; a package name or tsconfig
        // alias (`@acme/health` for `libs/health/src/index.ts`) need not: those are resolved whatever their
        // name (once each per tsconfig).
        if (s.key === undefined) s.key = PATH_SPECIFIER.test(s.spec) ? specifierKey(s.spec) : null
        if (s.key !== null && !keys.has(s.key)) continue
        const target = s.target === undefined ? (s.target = resolve(f, s.spec)) : s.target
        if (target === null || !targets.has(target)) continue
        const wanted = namesOf(target)
        const takes = s.names === null || wanted === null || s.names.some(n => wanted.has(n))
        if (!takes) continue
        if (s.reexports === undefined) uses = true
        else if (s.reexports === null) {
          // `export *` passes every name but the default.
          const all = wanted ?? exportsOf(target)
          if (all === null) passes = null
          else if (passes !== null) for (const n of all) if (n !== 'default') (passes ??= new Set()).add(n)
        } else if (passes !== null)
          for (const [imported, exported] of s.reexports)
            if (imported === '*' || wanted === null || wanted.has(imported))
              (passes ??= new Set()).add(exported)
      }
      const text = texts.get(f)!
      // A module that takes the name and may mount it; or a barrel passing it on.
      const mounts = uses && (ROUTE_CALL.test(text) || /\brouter\b/i.test(text))
      if (mounts || (passes !== undefined && (passes === null || passes.size > 0))) {
        leading.set(f, mounts ? null : (passes ?? null))
        scope.add(f)
        next.push(f)
      }
    }
    level = next
  }
  return scope
}
