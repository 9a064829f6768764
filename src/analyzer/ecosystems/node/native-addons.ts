// Native addons that fall back to compiling with node-gyp when no prebuilt binary matches the image's Node
// version, platform or libc — better-sqlite3 before 12.1 publishes none for Node 24, the LTS a generated
// image runs when the app declares no version. node:*-slim images carry no compiler, so such an install
// stops at "gyp ERR! find Python" and the image never builds. The generator gives the install stages
// python3, make and g++ (never the runtime stage) when the app depends on one of these.
// Not listed on purpose: addons whose npm package carries every binary or that publish one optional
// package per platform (sharp ≥ 0.33, bufferutil, utf-8-validate, lmdb, msgpackr-extract, @node-rs/*,
// esbuild, @swc/*), and optional natives whose failure npm tolerates (cpu-features under ssh2).
import { MAX_READ_BYTES, type SourceTree } from '../../tree.js'
import type { PackageJson } from './manifest.js'

export const SOURCE_BUILT_ADDONS: ReadonlySet<string> = new Set([
  'better-sqlite3',
  'sqlite3',
  '@vscode/sqlite3',
  'bcrypt',
  'argon2',
  'canvas',
  'node-pty',
  're2',
  'libxmljs',
  'libxmljs2',
  'isolated-vm',
  'usb',
  '@serialport/bindings-cpp',
  'zeromq',
  'leveldown',
  'classic-level',
  'farmhash',
  'microtime',
  'kerberos',
  'unix-dgram',
  'node-expat',
  'iconv',
  'ffi-napi',
  'ref-napi',
  'deasync',
  '@discordjs/opus',
  'node-sass',
  'lodepng',
  '@louislam/sqlite3',
  '@homebridge/node-pty-prebuilt-multiarch'
])

/**
 * The addons among the app's dependencies (runtime and dev: the build stage installs both) and, when the
 * lockfile could be read, among everything it resolves (planka's lodepng comes in through another package),
 * sorted.
 */
export function sourceBuiltAddons(pkg: PackageJson | null, lockfileText: string | null): string[] {
  return withDeclared(pkg, lockfileText ? lockfileAddons(lockfileText) : [])
}

/**
 * sourceBuiltAddons for an app of `tree` installed from `lockfile` (a repository path, or null), with the
 * lockfile searched once per tree: every app of a monorepo asks about the same root lockfile, and searching
 * a megabyte of it for every name cost ~15 ms an app (logto: 11 apps with its lockfile, each planned twice
 * then: 22 searches, a third of its analysis). A lockfile over the read limit is left unread (its head
 * alone names no packages reliably).
 */
export function treeSourceBuiltAddons(
  pkg: PackageJson | null,
  tree: SourceTree,
  lockfile: string | null
): string[] {
  if (!lockfile) return withDeclared(pkg, [])
  let byPath = searched.get(tree)
  if (!byPath) searched.set(tree, (byPath = new Map()))
  let found = byPath.get(lockfile)
  if (!found) {
    const size = tree.size(lockfile)
    const text = size !== undefined && size <= MAX_READ_BYTES ? tree.read(lockfile) : null
    byPath.set(lockfile, (found = text ? lockfileAddons(text) : []))
  }
  return withDeclared(pkg, found)
}
const searched = new WeakMap<SourceTree, Map<string, readonly string[]>>()

function withDeclared(pkg: PackageJson | null, resolved: readonly string[]): string[] {
  const found = new Set([...(pkg?.deps.keys() ?? [])].filter(name => SOURCE_BUILT_ADDONS.has(name)))
  for (const name of resolved) found.add(name)
  return [...found].sort()
}

/**
 * Where any listed addon's name occurs: one search of the lockfile for all of them (a megabyte of it once,
 * not once per name: 7 against 22 ms on logto's pnpm-lock.yaml, issue 16 item 12).
 */
const ANY_ADDON = new RegExp(
  [...SOURCE_BUILT_ADDONS].map(name => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
  'g'
)

/**
 * The listed addons a lockfile resolves: each name's occurrences in order, as `indexOf` from the end of
 * the last one would find them, until one resolves (see resolvesAt).
 */
function lockfileAddons(text: string): string[] {
  const npmPackages = text.includes('"node_modules/')
  const names = [...SOURCE_BUILT_ADDONS]
  const found = new Set<string>()
  // Where each name's next occurrence may start: past the end of its last one.
  const next = new Map<string, number>()
  const any = new RegExp(ANY_ADDON)
  // Every position some name starts at (names may start at one position, or overlap: `sqlite3` in
  // `@vscode/sqlite3`), each tried against every name.
  for (let m = any.exec(text); m; any.lastIndex = m.index + 1, m = any.exec(text)) {
    const at = m.index
    for (const name of names) {
      if (found.has(name) || at < (next.get(name) ?? 0) || !text.startsWith(name, at)) continue
      if (resolvesAt(text, name, at, npmPackages)) found.add(name)
      else next.set(name, at + name.length)
    }
    if (found.size === names.length) break
  }
  return names.filter(name => found.has(name))
}

/**
 * Whether the occurrence of `name` at `at` installs the package: `name@…` after a delimiter (Yarn, pnpm, Bun
 * entries), a `node_modules/name` key (npm 7+), or a quoted key `"name":` in npm 6's nested dependencies.
 * npm 7+'s own quoted keys also list optional peers nobody installs (knex names sqlite3 and better-sqlite3),
 * so only its `node_modules/` keys count (npmPackages: the lockfile has any). Plain string tests: a
 * monorepo's lockfile runs to megabytes.
 */
function resolvesAt(text: string, name: string, at: number, npmPackages: boolean): boolean {
  const before = at === 0 ? '\n' : text[at - 1]!
  const after = text[at + name.length]
  if (!/[\s"'/(]/.test(before)) return false
  // `/name@` is pnpm 6's key prefix; `@scope/name@` is another package.
  if (after === '@' && (before !== '/' || /[\s"'(]/.test(text[at - 2] ?? '\n'))) return true
  if (after !== '"') return false
  return npmPackages
    ? text.endsWith('"node_modules/', at) || text.endsWith('/node_modules/', at)
    : text.startsWith('":', at + name.length)
}

/** The generated line that installs node-gyp's toolchain (Debian base images: node:*-bookworm-slim). */
export const TOOLCHAIN_INSTALL =
  'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked ' +
  'apt-get update && apt-get install -y --no-install-recommends python3 make g++'

/** The comment above it: which dependencies it is for. */
export function toolchainComment(addons: string[], where: string): string {
  const verb = addons.length === 1 ? 'compiles' : 'compile'
  return `# ${addons.join(', ')} ${verb} with node-gyp when no prebuilt binary matches this Node version: ${where}.`
}
