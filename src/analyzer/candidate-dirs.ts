// Where apps may live: every directory holding a provider's manifest (a vetoed look-alike excluded), plus
// manifest-less entry files outside them; and which of those are example, test or doc folders.
import type { Provider } from './provider.js'
import { basename, dirname, type SourceTree } from './tree.js'
import { goMainDockerfiles } from './signals/go-main-dockerfiles.js'

/** Candidate app roots deeper than this are ignored unless a workspace declares them or they are selected. */
export const MAX_APP_DEPTH = 5
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
  'benchmark',
  'bench',
  'loadtest',
  'load-test',
  'load-tests',
  'templates',
  'template',
  'testdata',
  'demo',
  'demos',
  'experimental',
  'experiments'
])

export function findCandidateDirs(tree: SourceTree, providers: readonly Provider<unknown>[]): string[] {
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
  // Entry files (a manifest-less `server.py`) count only outside every manifest candidate, shallowest first.
  const entryNames = new Set(providers.flatMap(p => p.entryFiles ?? []))
  const entryRoot = (path: string): string =>
    providers.find(p => p.entryRoot && p.entryFiles?.includes(basename(path)))?.entryRoot?.(path) ??
    dirname(path)
  const entryFiles: string[] = []
  // One pass, each name taken once: a large tree has thousands of files.
  for (const f of tree.files) {
    const name = basename(f.path)
    if ((names.has(name) && !vetoed(f.path, name)) || extensions.some(e => name.endsWith(e)))
      dirs.add(dirname(f.path))
    if (entryNames.has(name)) entryFiles.push(f.path)
  }
  if (entryNames.size > 0) {
    const strong = [...dirs]
    const loose: string[] = []
    const covered = (dir: string): boolean =>
      [...strong, ...loose].some(root => root === '.' || root === dir || dir.startsWith(`${root}/`))
    const entryDirs = entryFiles.map(entryRoot).sort((a, b) => depthOf(a) - depthOf(b) || (a < b ? -1 : 1))
    for (const dir of entryDirs) {
      if (depthOf(dir) > ENTRY_FILE_DEPTH || covered(dir)) continue
      loose.push(dir)
      dirs.add(dir)
    }
  }
  // A Go main package built by a Dockerfile kept elsewhere (`zarf/docker/dockerfile.sales`) is an app.
  for (const dir of goMainDockerfiles(tree).keys()) dirs.add(dir)
  return [...dirs].sort()
}

/** Manifest-less entry files deeper than this are scripts in a folder, not app roots. */
const ENTRY_FILE_DEPTH = 2

export function isNonAppPath(dir: string): boolean {
  return dir !== '.' && dir.split('/').some(s => NON_APP_SEGMENTS.has(s.toLowerCase()))
}

/** Path segments below the root: '.' is 0. */
export function depthOf(dir: string): number {
  return dir === '.' ? 0 : dir.split('/').length
}
