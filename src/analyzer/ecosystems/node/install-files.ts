// Files a package manager reads during the install besides package.json and the lockfile. The generated
// image installs from the manifests alone (so the dependency layer survives source changes); without these
// the install fails or resolves differently from the repository's own:
// - `.npmrc` settings (`legacy-peer-deps=true`: `npm ci` stops with ERESOLVE without it) — copied only when
//   it holds no credentials (the .dockerignore keeps a credential-bearing one out of the image);
// - `.yarnrc.yml`'s `yarnPath` release and plugin paths: Yarn loads them first (ENOENT … yarn-4.3.1.cjs);
// - pnpm's patch files (`patchedDependencies`) and `.pnpmfile.cjs` hooks;
// - patch-package's `patches/` folder (or its `--patch-dir`) when an install script runs it: without it the
//   dependencies install unpatched and nothing fails. Folders end with `/`.
import { getPath, isRecord, parseJsonFile, parseYamlFile } from '../../signals/manifests.js'
import type { SourceTree } from '../../tree.js'

/** A path as written in a config file, unquoted; null when it leaves the folder or is absolute. */
function relativeValue(raw: string): string | null {
  const value = raw.trim().replace(/^["']|["']$/g, '')
  if (value === '' || value.startsWith('/') || value.split('/').includes('..')) return null
  return value.replace(/^\.\//, '')
}

/** `_authToken`, `_auth`, `_password`, `username`/`email` with a password, client certificates. */
const NPMRC_CREDENTIAL =
  /(?:^|[:\s])_(?:authToken|auth|password)\s*=|^\s*(?:[^=\s]*:)?(?:certfile|keyfile)\s*=/m

/** The release and plugins `.yarnrc.yml` makes Yarn load before anything else. */
function yarnrcFiles(text: string): string[] {
  const found: string[] = []
  const yarnPath = /^yarnPath\s*:\s*(.+?)\s*$/m.exec(text)?.[1]
  if (yarnPath) found.push(relativeValue(yarnPath) ?? '')
  // plugins:\n  - path: .yarn/plugins/@yarnpkg/plugin-x.cjs\n    spec: "…"  (or `- .yarn/plugins/x.cjs`)
  const plugins = /^plugins\s*:\s*\n((?:[ \t]+.*\n?|[ \t]*\n)*)/m.exec(text)?.[1] ?? ''
  for (const m of plugins.matchAll(/^[ \t]*-?[ \t]*(?:path\s*:\s*)?(\S*\.c?js["']?)\s*$/gm))
    found.push(relativeValue(m[1]!) ?? '')
  return found
}

/** Patch files of `patchedDependencies` (pnpm-workspace.yaml, or package.json's `pnpm` section). */
function pnpmPatches(tree: SourceTree, at: (file: string) => string): string[] {
  const sources: unknown[] = []
  const workspace = parseYamlFile(tree, at('pnpm-workspace.yaml'))
  if (workspace?.ok) sources.push(getPath(workspace.value, 'patchedDependencies'))
  const pkg = parseJsonFile(tree, at('package.json'))
  if (pkg?.ok) sources.push(getPath(pkg.value, 'pnpm', 'patchedDependencies'))
  return sources
    .filter(isRecord)
    .flatMap(patches => Object.values(patches))
    .filter((value): value is string => typeof value === 'string')
    .map(value => relativeValue(value) ?? '')
}

/** The folder patch-package reads when an install lifecycle script runs it (`--patch-dir x`, else `patches`). */
function patchPackageDir(tree: SourceTree, packageJson: string): string | null {
  const pkg = parseJsonFile(tree, packageJson)
  const scripts = pkg?.ok ? getPath(pkg.value, 'scripts') : undefined
  if (!isRecord(scripts)) return null
  for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) {
    const command = scripts[name]
    if (typeof command !== 'string' || !/\bpatch-package\b/.test(command)) continue
    const dir = /\bpatch-package\b[^;&|]*--patch-dir[\s=]+(\S+)/.exec(command)?.[1]
    return dir ? relativeValue(dir)?.replace(/\/+$/, '') || null : 'patches'
  }
  return null
}

/**
 * The files in `dir` (repository-relative, `.` for the root: the lockfile's folder) the install reads
 * besides package.json and the lockfile, relative to `dir`, only those committed. Empty when none.
 */
export function installFiles(tree: SourceTree, dir: string): string[] {
  const at = (file: string): string => (dir === '.' || dir === '' ? file : `${dir}/${file}`)
  const found: string[] = []
  const npmrc = tree.read(at('.npmrc'))
  if (npmrc !== null && !NPMRC_CREDENTIAL.test(npmrc)) found.push('.npmrc')
  // The scan skips `.yarn/` (caches and installs live there), so its releases and plugins are not in the
  // tree: Yarn cannot start in the repository without the files its config names, so they are committed.
  const yarnrc = tree.read(at('.yarnrc.yml'))
  const yarnFiles = yarnrc ? yarnrcFiles(yarnrc) : []
  found.push(...yarnFiles)
  found.push(...pnpmPatches(tree, at))
  if (tree.has(at('.pnpmfile.cjs'))) found.push('.pnpmfile.cjs')
  const patchDir = patchPackageDir(tree, at('package.json'))
  if (patchDir) found.push(`${patchDir}/`)
  const listed = (path: string): boolean =>
    path.endsWith('/')
      ? tree.filesUnder(at(path.slice(0, -1))).length > 0
      : tree.has(at(path)) || (path.startsWith('.yarn/') && yarnFiles.includes(path))
  return [...new Set(found)].filter(path => path !== '' && listed(path))
}
