// Lockfiles of two package managers side by side (yarn.lock beside package-lock.json): the one that no longer
// lists what package.json declares is a leftover. `yarn install --frozen-lockfile` fails on a yarn.lock without
// an entry for `argon2@^0.26.2`, so the manager whose lockfile still covers every direct dependency is the one
// the project installs with. Only yarn.lock and package-lock.json are read; another lockfile is never judged.
import { getPath, isRecord } from '../../signals/manifests.js'
import { MAX_READ_BYTES, type SourceTree } from '../../tree.js'

const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const

/** `name → specifier` of package.json's registry dependencies (workspace:, file:, link:, git URLs left out). */
function directDependencies(pkg: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = []
  for (const field of DEP_FIELDS) {
    const deps = pkg[field]
    if (!isRecord(deps)) continue
    for (const [name, spec] of Object.entries(deps)) {
      if (
        typeof spec !== 'string' ||
        /^(?:workspace|file|link|portal|patch|git\+?|github|https?):|\//.test(spec)
      )
        continue
      out.push([name, spec.trim()])
    }
  }
  return out
}

/** The `name@range` keys of a yarn.lock (v1 `"a@^1", a@~1.2:`, Berry `"a@npm:^1":`). */
function yarnKeys(text: string): Set<string> {
  const keys = new Set<string>()
  for (const line of text.split('\n')) {
    if (!line || /^[\s#]/.test(line) || !line.trimEnd().endsWith(':')) continue
    for (const part of line.trimEnd().slice(0, -1).split(/,\s*/)) {
      const key = part.trim().replace(/^"|"$/g, '')
      keys.add(key)
      keys.add(key.replace(/@npm:/, '@'))
    }
  }
  return keys
}

/** The direct dependencies a lockfile does not cover; null when the lockfile cannot be judged. */
export function lockfileMisses(
  tree: SourceTree,
  lockfile: string,
  pkg: Record<string, unknown>
): string[] | null {
  const size = tree.size(lockfile)
  if (size === undefined || size > MAX_READ_BYTES) return null
  const text = tree.read(lockfile)
  if (text === null) return null
  const deps = directDependencies(pkg)
  if (lockfile.endsWith('yarn.lock')) {
    if (!/^(?:# yarn lockfile v1|__metadata:)/m.test(text)) return null
    const keys = yarnKeys(text)
    return deps.filter(([name, spec]) => !keys.has(`${name}@${spec}`)).map(([n, s]) => `${n}@${s}`)
  }
  if (lockfile.endsWith('package-lock.json') || lockfile.endsWith('npm-shrinkwrap.json')) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return null
    }
    if (!isRecord(json)) return null
    const root = getPath(json, 'packages', '')
    if (isRecord(root)) {
      // lockfileVersion 2/3: the root package records the specifiers package.json had at install time.
      const recorded = new Map<string, unknown>()
      for (const field of DEP_FIELDS) {
        const deps = root[field]
        if (isRecord(deps)) for (const [n, s] of Object.entries(deps)) recorded.set(n, s)
      }
      return deps.filter(([name, spec]) => recorded.get(name) !== spec).map(([n, s]) => `${n}@${s}`)
    }
    // lockfileVersion 1: installed packages by name only.
    const installed = json.dependencies
    if (!isRecord(installed)) return null
    return deps.filter(([name]) => !(name in installed)).map(([n, s]) => `${n}@${s}`)
  }
  return null
}
