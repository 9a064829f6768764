// One .gitignore's rules as the scan applies them to the paths below its folder. Matching goes through the
// `ignore` package; what this module adds is speed on large trees (issue 16 item 12): every rule is a
// regular expression tested against every path, thousands of paths × dozens of rules per scan.
//
// A pattern without a slash (`*.log`, `node_modules`, `.env`, `build/`) matches a name at any depth, so its
// verdict depends on the file or folder name alone — the same `index.ts` or `package.json` in a hundred
// folders asks the same question. When a .gitignore has no negation (`!keep`), the order of its rules
// cannot change a verdict (a path is ignored when any rule matches), so those name rules are tested once
// per distinct name and remembered, and only the rules with a slash see the full path. With a negation the
// last matching rule decides across both kinds: a path no slash rule can reach (below) takes the name
// rules' verdict, remembered by name the same way; any other path is tested against the whole file in
// order.
// A rule with a slash is anchored at the .gitignore's folder and, without `**`, spans a fixed number of
// path segments (`*` never crosses a slash); a deeper path could only match through an ancestor folder,
// which the scan has already pruned — so paths deeper than the longest such rule skip them. Such a rule
// whose first segment is a plain name (`frontend/build`, `/dist`) can only match paths that start with
// that name (case-insensitively, as `ignore` matches), so slash rules are grouped by first segment and a
// path meets only its own group and the rules that start with a wildcard.
import ignore, { type Ignore } from 'ignore'

export interface IgnoreScope {
  /** The folder the .gitignore sits in ('.' = the root); its patterns are relative to it. */
  dir: string
  /** Every rule, in file order (compiled when first read). */
  readonly rules: Ignore
  /** The kept pattern lines, in file order. */
  patterns: readonly string[]
  /** The slash-free rules (verdict by name, memoised) and the rest (by path). */
  split: {
    /** The file has a negation: a path a slash rule may reach is tested against `rules` whole. */
    negated: boolean
    /** The slash-free rules `ignore` matches (without negations: those `plainNames` does not cover). */
    readonly names: Ignore
    /** `names` holds a rule (else nothing to ask it). */
    hasNames: boolean
    /** Without negations: the plain name rules, matched as strings (null with a negation). */
    plainNames: PlainNames | null
    /**
     * With a negation, when every name rule is a simple glob: the rules in file order, for the last one that
     * matches a name to decide (null otherwise: `names` decides).
     */
    orderedNames: OrderedNames | null
    /** The rules with a slash, each with what a path must have for it to match. */
    slashRules: SlashRule[]
    /** Most path segments any slash rule can match (Infinity with `**` or anything unusual). */
    pathDepth: number
    /** Slash rules by their case-folded first segment (see FirstGroup), and those without one. */
    byFirst: Map<string, FirstGroup>
    looseFirst: number[]
    /**
     * By entry name: which of the first 30 of `looseFirst` its name lets match (last segment's name and
     * glob), as bits; the same name recurs in every folder (FolderVerdicts).
     */
    looseNames: Map<string, number>
    /** The last first segment looked up in byFirst, and what it found. */
    lastFirst: string | null
    lastNamed: FirstGroup | undefined
    /** Name verdicts, for files and for folders. */
    byName: Map<string, boolean>
    byFolderName: Map<string, boolean>
    /** `ignore` instances for the subsets of slash rules paths can meet, by their indices. */
    subsets: Map<string, Ignore>
    /**
     * With a negation, when every name rule is a simple glob: the name rules with their line indices (null
     * otherwise: a path a slash rule may reach meets the whole file). See exactKey.
     */
    indexedNames: IndexedNames | null
    /** Each slash rule's index among the file's lines. */
    slashLines: number[]
    /** Line indices (`2,17`) of the name rules matching a name, for files and for folders. */
    nameLines: Map<string, string>
    folderNameLines: Map<string, string>
    /** exactKey of each folder asked about (local path). */
    folderKeys: Map<string, string>
    /** reachingRules' indices as line indices, and unions of two keys, remembered (see exactKey). */
    reachLines: Map<string, string>
    unions: Map<string, string>
  }
}

/**
 * Name rules simple enough to match as strings, lower-cased: `bin`, `.env` (exact names), `obj/` (folders
 * only) and `*.log`, `*~` (suffixes). `ignore` compiles them to `(?:^|\/)bin(?=$|\/$)` and
 * `(?:^|\/)[^\/]*\.log(?=$|\/$)`, matched case-insensitively: on a name, an ASCII case-insensitive equality
 * or suffix, the same for a file and a folder.
 */
interface PlainNames {
  exact: Set<string>
  folders: Set<string>
  suffixes: string[]
  /** The suffixes that are one extension (`.log`, not `.sln.docstates`): a set lookup of a name's own. */
  extensions: Set<string>
  /** Other simple globs (`.pnp.*`, `*.log*`, `*.py[cod]`), compiled as `ignore` does, for names only. */
  globs: RegExp[]
  folderGlobs: RegExp[]
  /** `globs` and `folderGlobs` joined (anyOf), set once the patterns are sorted. */
  anyGlob: RegExp | null
  anyFolderGlob: RegExp | null
}

const PLAIN = /^[A-Za-z0-9._~-]+$/
const NO_RULES: readonly number[] = []
/**
 * A glob on one name: `*` (not `**`), `?`, a class of letters and digits, an escaped punctuation character
 * (`\#`, `\.`) and plain characters (`#` not first: a comment).
 */
const SIMPLE_GLOB = /^(?!#)(?:[A-Za-z0-9._~$@+=,%&'#-]|\*(?!\*)|\?|\[[A-Za-z0-9]+\]|\\[^A-Za-z0-9/\s])+$/

/** The regular expression `ignore` builds for a simple glob, anchored on a name (`[^/]` is any char there). */
function globRegExp(glob: string): RegExp {
  const source = glob.replace(/\*|\?|\[[A-Za-z0-9]+\]|\\.|[^A-Za-z0-9]/g, t =>
    t === '*'
      ? '[^/]*'
      : t === '?'
        ? '[^/]'
        : t.startsWith('[')
          ? t
          : (t.startsWith('\\') ? t.slice(1) : t).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  )
  return new RegExp(`^${source}$`, 'i')
}

function plainNames(patterns: readonly string[]): { plain: PlainNames; rest: string[] } {
  const plain: PlainNames = {
    exact: new Set(),
    folders: new Set(),
    suffixes: [],
    extensions: new Set(),
    globs: [],
    folderGlobs: [],
    anyGlob: null,
    anyFolderGlob: null
  }
  const rest: string[] = []
  for (const pattern of patterns) {
    const p = caseClasses(inSegmentStars(pattern))
    const folder = p.endsWith('/')
    const body = folder ? p.slice(0, -1) : p
    if (PLAIN.test(body) && !body.startsWith('#'))
      (folder ? plain.folders : plain.exact).add(asciiLower(body))
    else if (!folder && body.startsWith('*') && PLAIN.test(body.slice(1))) {
      const suffix = asciiLower(body.slice(1))
      if (/^\.[^.]+$/.test(suffix)) plain.extensions.add(suffix)
      else plain.suffixes.push(suffix)
    } else if (SIMPLE_GLOB.test(body)) (folder ? plain.folderGlobs : plain.globs).push(globRegExp(body))
    else rest.push(pattern)
  }
  plain.anyGlob = anyOf(plain.globs)
  plain.anyFolderGlob = anyOf(plain.folderGlobs)
  return { plain, rest }
}

const CASE_PAIR = /\[([A-Za-z])([A-Za-z])\]/g

/**
 * A class of one ASCII letter in both cases (`[Bb]in/`, `*.[Rr]e[Ss]harper`, as Visual Studio's .gitignore
 * writes dozens) as that letter: `ignore` matches case-insensitively, where the class is the letter, and the
 * rule becomes a plain name or suffix matched as a string instead of a glob tested on every name. Patterns
 * with an escape are left alone.
 */
function caseClasses(pattern: string): string {
  if (!pattern.includes('[') || pattern.includes('\\')) return pattern
  // Every bracket must open or close such a pair (no `[a[Bb]`, a class holding `[`).
  const pairs = pattern.match(CASE_PAIR)
  if (pairs === null || pairs.length * 2 !== pattern.replace(/[^[\]]/g, '').length) return pattern
  return pattern.replace(CASE_PAIR, (whole, a: string, b: string) =>
    a !== b && a.toLowerCase() === b.toLowerCase() ? a.toLowerCase() : whole
  )
}

/** Lower case for ASCII letters only, as `ignore`'s case-insensitive match folds them (no other letter). */
function asciiLower(text: string): string {
  // An ASCII name (nearly all) is lowered whole by toLowerCase, which then changes A-Z only: no pattern
  // and callback per run of capitals (`FeatureToggleList.tsx`), once a tenth of a large React tree's scan.
  let upper = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) return text.replace(/[A-Z]+/g, m => m.toLowerCase())
    if (c >= 65 && c <= 90) upper = true
  }
  return upper ? text.toLowerCase() : text
}

function matchesPlain(plain: PlainNames, name: string, isDir: boolean): boolean {
  const lower = asciiLower(name)
  if (plain.exact.has(lower) || (isDir && plain.folders.has(lower))) return true
  const dot = lower.lastIndexOf('.')
  if (dot >= 0 && plain.extensions.has(lower.slice(dot))) return true
  for (const suffix of plain.suffixes) if (lower.endsWith(suffix)) return true
  if (plain.anyGlob?.test(name)) return true
  return isDir && plain.anyFolderGlob !== null && plain.anyFolderGlob.test(name)
}

/**
 * The globs of a list as one regular expression (`^(?:g1|g2)$`): a name is tested once, not once per glob
 * (a Visual Studio .gitignore has dozens). Null for none.
 */
function anyOf(globs: readonly RegExp[]): RegExp | null {
  if (globs.length === 0) return null
  return new RegExp(`^(?:${globs.map(g => g.source.slice(1, -1)).join('|')})$`, 'i')
}

interface OrderedName {
  negative: boolean
  folder: boolean
  glob: RegExp
}

/** Name rules in file order, and all their globs as one expression (null for none). */
type OrderedNames = OrderedName[] & { anyGlob: RegExp | null }

function orderedNames(patterns: readonly string[]): OrderedNames | null {
  const out: OrderedName[] = []
  for (const p of patterns) {
    if (p.trim() === '' || p.startsWith('#')) continue
    const negative = p.startsWith('!')
    const body = negative ? p.slice(1) : p
    const folder = body.endsWith('/')
    const core = folder ? body.slice(0, -1) : body
    if (!SIMPLE_GLOB.test(core)) return null
    out.push({ negative, folder, glob: globRegExp(core) })
  }
  return Object.assign(out, { anyGlob: anyOf(out.map(r => r.glob)) })
}

/** A name rule's line index among the file's lines, and whether it matches folders only. */
interface NameLine {
  line: number
  folder: boolean
}

/**
 * The name rules of a file with a negation, when every one is a simple glob, by kind as plainNames sorts
 * them (exact names, one-extension suffixes, other suffixes, other globs), each with its line index.
 */
interface IndexedNames {
  exact: Map<string, NameLine[]>
  extensions: Map<string, NameLine[]>
  suffixes: (NameLine & { suffix: string })[]
  globs: (NameLine & { glob: RegExp })[]
  /** `globs` as one expression (null for none). */
  anyGlob: RegExp | null
}

function indexedNames(patterns: readonly string[], isName: readonly boolean[]): IndexedNames | null {
  const out: IndexedNames = {
    exact: new Map(),
    extensions: new Map(),
    suffixes: [],
    globs: [],
    anyGlob: null
  }
  const add = (map: Map<string, NameLine[]>, key: string, rule: NameLine): void => {
    const list = map.get(key)
    if (list) list.push(rule)
    else map.set(key, [rule])
  }
  for (const [line, p] of patterns.entries()) {
    if (!isName[line] || p.trim() === '' || p.startsWith('#')) continue
    const body = p.startsWith('!') ? p.slice(1) : p
    const folder = body.endsWith('/')
    const core = folder ? body.slice(0, -1) : body
    if (!SIMPLE_GLOB.test(core)) return null
    // As plainNames: a plain name is an ASCII case-insensitive equality, `*.log` a suffix.
    if (PLAIN.test(core) && !core.startsWith('#')) add(out.exact, asciiLower(core), { line, folder })
    else if (core.startsWith('*') && PLAIN.test(core.slice(1))) {
      const suffix = asciiLower(core.slice(1))
      if (/^\.[^.]+$/.test(suffix)) add(out.extensions, suffix, { line, folder })
      else out.suffixes.push({ line, folder, suffix })
    } else out.globs.push({ line, folder, glob: globRegExp(core) })
  }
  out.anyGlob = anyOf(out.globs.map(r => r.glob))
  return out
}

/**
 * The verdict of the last rule matching `name`. Most names match none: one test of all the globs at once
 * (`anyGlob`, a superset: folder-only rules included) settles those before the rules are tried one by one,
 * last first — a .gitignore with a negation has dozens, and a large tree thousands of distinct names.
 */
function lastNameVerdict(rules: OrderedNames, name: string, isDir: boolean): boolean {
  if (rules.anyGlob !== null && !rules.anyGlob.test(name)) return false
  for (let i = rules.length - 1; i >= 0; i--) {
    const r = rules[i]!
    if ((isDir || !r.folder) && r.glob.test(name)) return !r.negative
  }
  return false
}

/**
 * The slash rules sharing one first segment (indices, ascending), split by their case-folded last segment:
 * a path meets only the rules ending in its own last segment and those whose last segment is not a plain
 * name. A generated .gitignore can list a thousand files under one folder (joplin: 1,429 rules under
 * `packages/`), each tried on every path there (issue 16 item 12).
 */
interface FirstGroup {
  byLast: Map<string, number[]>
  anyLast: number[]
  /** Every rule of the group (indices, ascending), or null until a folder first needs them (folderReach). */
  all: number[] | null
}

interface SlashRule {
  pattern: string
  /** Lower-cased first and last segment when each is a plain name, else null (wildcards, escapes …). */
  first: string | null
  last: string | null
  /** The first and last segment as a simple glob (`_temp_*`, `*.cs`) when not a plain name, else null. */
  firstGlob: RegExp | null
  lastGlob: RegExp | null
  /** Ends in `/`: matches folders only. */
  dirOnly: boolean
  /** Most path segments the rule can match. */
  depth: number
  /**
   * Its segments between the first and the last that are plain names, case-folded and each between
   * slashes (`/PACKAGES/` for `packages` in the middle of a `**` rule): a path the rule matches holds each as
   * one of its own segments.
   */
  middle: string[]
}

/** Compiles a scope from the kept (bounded) pattern lines; throws when `ignore` rejects a pattern. */
export function ignoreScope(dir: string, patterns: readonly string[]): IgnoreScope {
  // `ignore` instances are compiled when first asked (most paths are settled by name): a monorepo's dozens
  // of .gitignore files cost a visible share of the scan compiled up front. `ignore` can reject a pattern
  // only when compiling a bracket class, so those are compiled now and a bad file still throws here.
  const classes = patterns.filter(p => p.includes('['))
  if (classes.length > 0) ignore().add(classes)
  let rules: Ignore | undefined
  let nameRules: Ignore | undefined
  const names: string[] = []
  const paths: string[] = []
  // Conservative: anything with a slash before its end, or an escaped slash, is matched on the full path.
  const isName = patterns.map(p => /^(?:[^/\\]|\\[^/])*\/?$/.test(p))
  for (const [line, p] of patterns.entries()) (isName[line] ? names : paths).push(p)
  const slashLines: number[] = []
  for (const [line, p] of patterns.entries())
    if (!isName[line] && p.trim() !== '' && !p.startsWith('#')) slashLines.push(line)
  const rulesWithSlash = slashLines.map(line => patterns[line]!)
  const negated = patterns.some(p => p.startsWith('!'))
  // A name verdict is asked only where no slash rule can reach (see isIgnored): the name rules alone
  // decide, so a negation among the slash rules (`!enterprise/**/src`) leaves them unordered.
  const namesNegated = names.some(p => p.startsWith('!'))
  const quick = namesNegated ? null : plainNames(names)
  const slashRules = rulesWithSlash.map(slashRule)
  const byFirst = new Map<string, FirstGroup>()
  slashRules.forEach((r, i) => {
    if (r.first === null) return
    let group = byFirst.get(r.first)
    if (!group) byFirst.set(r.first, (group = { byLast: new Map(), anyLast: [], all: null }))
    if (r.last === null) group.anyLast.push(i)
    else {
      const list = group.byLast.get(r.last)
      if (list) list.push(i)
      else group.byLast.set(r.last, [i])
    }
  })
  return {
    dir,
    get rules() {
      return (rules ??= ignore().add(patterns as string[]))
    },
    split: {
      negated,
      get names() {
        return (nameRules ??= ignore().add(quick ? quick.rest : names))
      },
      hasNames: (quick ? quick.rest : names).some(p => p.trim() !== '' && !p.startsWith('#')),
      plainNames: quick?.plain ?? null,
      orderedNames: namesNegated ? orderedNames(names) : null,
      slashRules,
      byFirst,
      looseFirst: slashRules.flatMap((r, i) => (r.first === null ? [i] : [])),
      looseNames: new Map(),
      lastFirst: null,
      lastNamed: undefined,
      // Each slash rule's own depth (slashRule computed it): a generated .gitignore lists a thousand rules.
      pathDepth: slashRules.reduce((most, r) => Math.max(most, r.depth), 0),
      byName: new Map(),
      byFolderName: new Map(),
      subsets: new Map(),
      indexedNames: negated ? indexedNames(patterns, isName) : null,
      slashLines,
      nameLines: new Map(),
      folderNameLines: new Map(),
      folderKeys: new Map(),
      reachLines: new Map(),
      unions: new Map()
    },
    patterns
  }
}

const PLAIN_PATH = /^!?\/?[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\/?$/

/**
 * What a path needs for a slash rule to match it. A rule's first and last segments, when plain names
 * (letters, digits, `.`, `_`, `-`, in a pattern without whitespace or escapes), match only a path segment
 * equal to them ignoring ASCII case (`ignore` matches case-insensitively); `**` spans segments in between
 * but never replaces the first or the last.
 */
function slashRule(pattern: string): SlashRule {
  // Plain names between slashes (`packages/app/build/x.js`, a generated .gitignore's thousand lines): what
  // the general case below finds, without its globs and regular expressions.
  if (PLAIN_PATH.test(pattern)) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern
    const dirOnly = body.endsWith('/')
    const segments = body.slice(body.startsWith('/') ? 1 : 0, dirOnly ? -1 : undefined).split('/')
    const folded = segments.map(foldCase)
    return {
      pattern,
      first: folded[0]!,
      last: folded[folded.length - 1]!,
      firstGlob: null,
      lastGlob: null,
      dirOnly,
      // As segmentsOf counts them: `!/x` counts its `!` as a segment.
      depth: segments.length + (pattern.startsWith('!/') ? 1 : 0),
      middle: folded.slice(1, -1).map(m => `/${m}/`)
    }
  }
  const plain = !/[\s\\]/.test(pattern)
  const starred = inSegmentStars(pattern)
  const body = starred.replace(/^!/, '').replace(/^\//, '')
  const dirOnly = body.endsWith('/')
  const segments = (dirOnly ? body.slice(0, -1) : body).split('/')
  const name = (segment: string | undefined): string | null =>
    plain && segment !== undefined && /^[A-Za-z0-9._-]+$/.test(segment) ? foldCase(segment) : null
  const first = segments[0]
  const last = segments[segments.length - 1]
  const firstName = name(first)
  const lastName = segments.length === 1 ? firstName : name(last)
  // A lone `*` matches any segment: nothing to test. `named` is name(segment), computed once.
  const glob = (segment: string | undefined, named: string | null): RegExp | null =>
    plain && segment !== undefined && segment !== '*' && named === null && SIMPLE_GLOB.test(segment)
      ? globRegExp(segment)
      : null
  // Any other first segment without wildcards or escapes, before a slash (trailing spaces are trimmed only
  // at the end of a pattern) and not starting with a space: `Generated_Code #added for RIA/Silverlight
  // projects` (a comment `ignore` rightly reads as part of the pattern) meets only that folder.
  const literalFirst =
    segments.length > 1 && first !== undefined && /^[^\s*?[\]\\](?:[^*?[\]\\]*)$/.test(first) ? first : null
  return {
    pattern,
    first: firstName ?? (literalFirst !== null ? foldCase(literalFirst) : null),
    last: lastName,
    firstGlob: glob(first, firstName),
    lastGlob: glob(last, lastName),
    dirOnly,
    depth: segmentsOf(starred),
    middle: segments.slice(1, -1).flatMap(segment => {
      const folded = name(segment)
      return folded === null ? [] : [`/${folded}/`]
    })
  }
}

/**
 * `**` inside a segment (`**-changes-cache.json`, `src/**.js`) is a plain `*` to `ignore` (both compile to
 * `[^/]*`): written as one, such a rule is a simple glob on a name, not a path rule of any depth. Runs of
 * stars followed by a slash or ending the pattern keep their meaning; patterns with escapes are left alone.
 */
function inSegmentStars(pattern: string): string {
  return pattern.includes('**') && !pattern.includes('\\')
    ? pattern.replace(/\*{2,}(?=[^/*])/g, '*')
    : pattern
}

/**
 * Case-folded for comparing a segment with a rule's literal: upper case, so that any two strings `ignore`'s
 * case-insensitive match equates (`σ`/`ς`, ASCII pairs) fold alike; it may equate a few it does not (`ſ`/`s`),
 * which only sends a path to `ignore` for nothing.
 */
function foldCase(text: string): string {
  return text.toUpperCase()
}

/** Path segments a slash rule spans (`/dist` 1, `apps/web/build/` 3), or Infinity when not fixed. */
function segmentsOf(pattern: string): number {
  if (/\*\*|[\\[\s]/.test(pattern.trim())) return Infinity
  return pattern.trim().replace(/^\//, '').replace(/\/$/, '').split('/').length
}

/**
 * True when a scope ignores `path` (repository-relative). Scopes are ancestors of `path`, and the scan
 * never descends into an ignored folder, so no ancestor folder of `path` is ignored by any scope.
 */
export function isIgnored(scopes: readonly IgnoreScope[], path: string, isDir: boolean): boolean {
  for (const s of scopes) {
    // Scopes are ancestors of `path`, so the local path is a plain suffix.
    const local = s.dir === '.' ? path : path.slice(s.dir.length + 1)
    const slash = local.lastIndexOf('/')
    const reach = reachingRules(s.split, local, isDir)
    if (scopeIgnores(s, local.slice(0, slash + 1), local.slice(slash + 1), isDir, reach)) return true
  }
  return false
}

/**
 * The verdicts of the entries of one folder, as isIgnored gives them for `${folder}/${name}` (issue 16 item
 * 12: the scan asks for every entry of the tree). What depends on the folder alone is worked out once: each
 * scope's local path, and whether any slash rule can reach an entry here at all — for most folders of a
 * large tree none can (their first segment starts no rule, or they lie deeper than the longest rule), and
 * an entry then meets only its name's remembered verdict, with no path built or measured.
 */
export class FolderVerdicts {
  private readonly here: ScopeHere[]

  /** `scopes` are the folder's ancestors' (and its own), as for isIgnored; `folder` '.' is the root. */
  constructor(scopes: readonly IgnoreScope[], folder: string) {
    this.here = scopes.map(scope => {
      const local =
        folder === '.' || folder === scope.dir
          ? ''
          : scope.dir === '.'
            ? folder
            : folder.slice(scope.dir.length + 1)
      const { reach, loose, bits, needs } = folderReach(scope.split, local)
      return { scope, prefix: local === '' ? '' : `${local}/`, reach, loose, bits, needs }
    })
  }

  /** True when an entry `name` of the folder (a folder itself when `isDir`) is ignored. */
  ignored(name: string, isDir: boolean): boolean {
    for (const h of this.here) {
      const split = h.scope.split
      const reach =
        h.reach === REACH_ANY || (h.reach === REACH_LOOSE && looseMayReach(split, h, name, isDir))
          ? reachingRules(split, h.prefix + name, isDir)
          : ''
      if (scopeIgnores(h.scope, h.prefix, name, isDir, reach)) return true
    }
    return false
  }
}

/**
 * No slash rule reaches an entry of the folder; only those listed (`loose`) may, by the entry's name; any
 * may (ask reachingRules).
 */
const REACH_NONE = 0
const REACH_LOOSE = 1
const REACH_ANY = 2

interface ScopeHere {
  scope: IgnoreScope
  /** The folder's path local to the scope with a trailing slash ('' at the scope's own folder). */
  prefix: string
  reach: typeof REACH_NONE | typeof REACH_LOOSE | typeof REACH_ANY
  /**
   * With REACH_LOOSE: the slash rules that may reach an entry of the folder by what depends on the folder
   * (indices): deep enough, of its first segment or a wildcard first segment, holding its middle segments.
   */
  loose: readonly number[]
  /** For each of `loose`, its bit in `looseNames` (-1: a rule of a first segment, or past the 30th). */
  bits: readonly number[]
  /**
   * For each of `loose`, the one middle segment (case-folded, between slashes) the folder's path lacks, which
   * the entry's name must then be; null when the folder holds them all.
   */
  needs: readonly (string | null)[]
}

type FolderReach = Pick<ScopeHere, 'reach' | 'loose' | 'bits' | 'needs'>

/**
 * Which slash rules can reach an entry of a folder (`local` to the scope, '' at its own folder), by the
 * tests of reachingRules that depend on the folder alone: the entries' depth, their first segment's group
 * and the wildcard-first rules' depth and first-segment glob. At the scope's own folder the first segment
 * is the entry's name: any rule may.
 */
function folderReach(split: IgnoreScope['split'], local: string): FolderReach {
  const none: FolderReach = { reach: REACH_NONE, loose: NO_RULES, bits: NO_RULES, needs: [] }
  if (split.slashRules.length === 0) return none
  const any: FolderReach = { reach: REACH_ANY, loose: NO_RULES, bits: NO_RULES, needs: [] }
  if (local === '') return any
  const depth = depthOf(local) + 1
  if (depth > split.pathDepth) return none
  const slash = local.indexOf('/')
  const first = slash < 0 ? local : local.slice(0, slash)
  const group = split.byFirst.get(foldCase(first))
  let named: readonly number[] = NO_RULES
  if (group !== undefined) {
    named = group.all ??= [...group.anyLast, ...[...group.byLast.values()].flat()].sort((a, b) => a - b)
    // A generated .gitignore's thousand rules under one folder: per entry, by its last segment.
    if (named.length > MAX_FOLDER_RULES) return any
  }
  // A middle segment is one whole segment of the entry's path (`/PACKAGES/` in `/A/PACKAGES/X/`): one the
  // folder's path lacks can only be the entry's own name, so a rule lacking two reaches no entry here.
  const folded = `/${foldCase(local)}/`
  const loose: number[] = []
  const bits: number[] = []
  const needs: (string | null)[] = []
  for (const list of [named, split.looseFirst])
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!
      const r = split.slashRules[i]!
      if (depth > r.depth || (r.firstGlob !== null && !r.firstGlob.test(first))) continue
      let need: string | null = null
      let reaches = true
      for (const m of r.middle)
        if (!folded.includes(m)) {
          if (need !== null && need !== m) {
            reaches = false
            break
          }
          need = m
        }
      if (!reaches) continue
      loose.push(i)
      bits.push(list === named || k >= LOOSE_BITS ? -1 : k)
      needs.push(need)
    }
  return loose.length === 0 ? none : { reach: REACH_LOOSE, loose, bits, needs }
}

/** Most rules of one first segment a folder sorts out for its entries (folderReach). */
const MAX_FOLDER_RULES = 64

/** How many wildcard-first rules `looseNames` remembers by name. */
const LOOSE_BITS = 30

/**
 * False when none of a folder's `loose` rules can match an entry `name` by the tests of reachingRules on
 * the entry alone (folders only, its last segment's name or glob, the middle segment it must be): then
 * reachingRules finds none.
 */
function looseMayReach(split: IgnoreScope['split'], h: ScopeHere, name: string, isDir: boolean): boolean {
  let folded: string | undefined
  let mask: number | undefined
  for (let k = 0; k < h.loose.length; k++) {
    const r = split.slashRules[h.loose[k]!]!
    if (r.dirOnly && !isDir) continue
    const bit = h.bits[k]!
    if (bit >= 0) {
      if (((mask ??= looseMask(split, name)) & (1 << bit)) === 0) continue
    } else {
      if (r.last !== null && r.last !== (folded ??= foldCase(name))) continue
      if (r.lastGlob !== null && !r.lastGlob.test(name)) continue
    }
    const need = h.needs[k]
    if (need != null && need !== `/${(folded ??= foldCase(name))}/`) continue
    return true
  }
  return false
}

/** The bits of `looseNames` for `name`, remembered. */
function looseMask(split: IgnoreScope['split'], name: string): number {
  let mask = split.looseNames.get(name)
  if (mask === undefined) {
    mask = 0
    let folded: string | undefined
    const n = Math.min(split.looseFirst.length, LOOSE_BITS)
    for (let k = 0; k < n; k++) {
      const r = split.slashRules[split.looseFirst[k]!]!
      if (r.last !== null && r.last !== (folded ??= foldCase(name))) continue
      if (r.lastGlob !== null && !r.lastGlob.test(name)) continue
      mask |= 1 << k
    }
    split.looseNames.set(name, mask)
  }
  return mask
}

/**
 * One scope's verdict on the path `prefix + name` local to the scope (`prefix` '' or ending in a slash),
 * given `reach`, the slash rules that can reach it (reachingRules).
 */
function scopeIgnores(s: IgnoreScope, prefix: string, name: string, isDir: boolean, reach: string): boolean {
  const split = s.split
  // With a negation, the order of a name rule and a slash rule that both match decides: the whole file.
  if (split.negated && reach !== '') {
    const local = prefix + name
    if (split.indexedNames === null) return ignores(s.rules, isDir ? `${local}/` : local)
    const key = exactKey(split, local, isDir, reach)
    let subset = split.subsets.get(key)
    if (!subset)
      split.subsets.set(key, (subset = ignore().add(key.split(',').map(i => s.patterns[Number(i)]!))))
    return ignores(subset, isDir ? `${local}/` : local)
  }
  // Files and folders by name, in two maps: no `name/` key built for every lookup.
  const verdicts = isDir ? split.byFolderName : split.byName
  let byName = verdicts.get(name)
  if (byName === undefined) {
    byName = split.orderedNames
      ? lastNameVerdict(split.orderedNames, name, isDir)
      : (split.plainNames !== null && matchesPlain(split.plainNames, name, isDir)) ||
        (split.hasNames && ignores(split.names, isDir ? `${name}/` : name))
    verdicts.set(name, byName)
  }
  if (byName) return true
  if (reach === '') return false
  let subset = split.subsets.get(reach)
  if (!subset) {
    const picked = reach.split(',').map(i => split.slashRules[Number(i)]!.pattern)
    split.subsets.set(reach, (subset = ignore().add(picked)))
  }
  const local = prefix + name
  return ignores(subset, isDir ? `${local}/` : local)
}

/**
 * With a negation, the lines (indices, `3,17,40`) of every rule that can match `local` or one of its
 * ancestor folders: the name rules whose glob matches the name of one of them, and the slash rules that can
 * reach one (reachingRules). The last matching rule decides and an ignored ancestor settles a path, so
 * `ignore` gives the same verdict on that subset as on the whole file: the rules left out match none of
 * those paths. A Visual Studio .gitignore (two hundred name rules and one negated `**` rule) tested every rule
 * on every path, half a .NET monorepo's analysis (issue 16 item 12); a path now meets a handful.
 * `reach` is reachingRules for `local` (non-empty).
 */
function exactKey(split: IgnoreScope['split'], local: string, isDir: boolean, reach: string): string {
  const slash = local.lastIndexOf('/')
  let own = split.reachLines.get(reach)
  if (own === undefined) {
    own = reach
      .split(',')
      .map(i => split.slashLines[Number(i)]!)
      .join(',')
    split.reachLines.set(reach, own)
  }
  own = unionLines(split, own, nameLinesOf(split, local.slice(slash + 1), isDir))
  return slash < 0 ? own : unionLines(split, folderKey(split, local.slice(0, slash)), own)
}

/** exactKey of a folder (whether or not a slash rule reaches it), remembered. */
function folderKey(split: IgnoreScope['split'], local: string): string {
  let key = split.folderKeys.get(local)
  if (key === undefined) {
    const reach = reachingRules(split, local, true)
    if (reach !== '') key = exactKey(split, local, true, reach)
    else {
      const slash = local.lastIndexOf('/')
      const own = nameLinesOf(split, local.slice(slash + 1), true)
      key = slash < 0 ? own : unionLines(split, folderKey(split, local.slice(0, slash)), own)
    }
    split.folderKeys.set(local, key)
  }
  return key
}

/** Two keys (ascending line indices, `3,17`) as one, remembered: most paths join the same few. */
function unionLines(split: IgnoreScope['split'], a: string, b: string): string {
  if (a === '' || a === b) return b
  if (b === '') return a
  const pair = `${a}|${b}`
  let key = split.unions.get(pair)
  if (key === undefined) {
    key = mergeLines(a.split(',').map(Number), b.split(',').map(Number)).join(',')
    split.unions.set(pair, key)
  }
  return key
}

/** Line indices of the name rules matching `name` (folder-only rules: folders only), remembered. */
function nameLinesOf(split: IgnoreScope['split'], name: string, isDir: boolean): string {
  const memo = isDir ? split.folderNameLines : split.nameLines
  let lines = memo.get(name)
  if (lines === undefined) {
    const rules = split.indexedNames!
    const found: number[] = []
    const take = (list: readonly NameLine[] | undefined): void => {
      for (const r of list ?? []) if (isDir || !r.folder) found.push(r.line)
    }
    const lower = asciiLower(name)
    take(rules.exact.get(lower))
    const dot = lower.lastIndexOf('.')
    if (dot >= 0) take(rules.extensions.get(lower.slice(dot)))
    take(rules.suffixes.filter(r => lower.endsWith(r.suffix)))
    if (rules.anyGlob?.test(name)) take(rules.globs.filter(r => r.glob.test(name)))
    lines = found.sort((a, b) => a - b).join(',')
    memo.set(name, lines)
  }
  return lines
}

/** Two ascending lists of line indices as one, without repeats. */
function mergeLines(a: readonly number[], b: readonly number[]): number[] {
  if (a.length === 0) return [...b]
  if (b.length === 0) return [...a]
  const out: number[] = []
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!
    if (out[out.length - 1] !== next) out.push(next)
  }
  return out
}

/** Indices (`0,3`) of the slash rules that can match `local`; '' when none can. */
function reachingRules(split: IgnoreScope['split'], local: string, isDir: boolean): string {
  if (split.slashRules.length === 0) return ''
  const slash = local.indexOf('/')
  const firstSegment = slash < 0 ? local : local.slice(0, slash)
  // Only the rules whose first segment is this one, and those with a wildcard first segment. The walk asks
  // for the paths of one folder in a row, which share their first segment: the last lookup is kept.
  let group: FirstGroup | undefined
  if (firstSegment === split.lastFirst) group = split.lastNamed
  else {
    group = split.byFirst.get(foldCase(firstSegment))
    split.lastFirst = firstSegment
    split.lastNamed = group
  }
  const loose = split.looseFirst
  if (group === undefined && loose.length === 0) return ''
  const depth = depthOf(local)
  if (depth > split.pathDepth) return ''
  const lastSegment = local.slice(local.lastIndexOf('/') + 1)
  let last: string | undefined
  let folded: string | undefined
  // The group's rules that can end at this segment: those ending in it and those ending in a wildcard.
  let named: readonly number[] = NO_RULES
  if (group !== undefined) {
    const ending = group.byLast.size === 0 ? undefined : group.byLast.get((last = foldCase(lastSegment)))
    named = ending === undefined ? group.anyLast : mergeLines(ending, group.anyLast)
  }
  let reach = ''
  // Both lists ascend: merged, the indices stay in file order (the subset `ignore` applies in order).
  for (let a = 0, b = 0; a < named.length || b < loose.length;) {
    const i = b >= loose.length || (a < named.length && named[a]! < loose[b]!) ? named[a++]! : loose[b++]!
    const r = split.slashRules[i]!
    if (depth > r.depth || (r.dirOnly && !isDir)) continue
    if (r.last !== null && r.last !== (last ??= foldCase(lastSegment))) continue
    if ((r.firstGlob && !r.firstGlob.test(firstSegment)) || (r.lastGlob && !r.lastGlob.test(lastSegment)))
      continue
    // `**/packages/*` reaches only paths with a `packages` folder (a Visual Studio .gitignore's negated
    // `!**/packages/build/` otherwise sent every path of the tree to the whole-file test).
    if (r.middle.length > 0) {
      folded ??= `/${foldCase(local)}/`
      if (!r.middle.every(m => folded!.includes(m))) continue
    }
    reach = reach === '' ? String(i) : `${reach},${i}`
  }
  return reach
}

function depthOf(path: string): number {
  let n = 1
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) n++
  return n
}

function ignores(rules: Ignore, path: string): boolean {
  try {
    return rules.ignores(path)
  } catch {
    // `ignore` rejects a few exotic names (e.g. with a trailing backslash); keep such files.
    return false
  }
}
