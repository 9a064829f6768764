// A server that serves a front end it does not commit: `express.static(join(__dirname, 'public'))` and
// `res.sendFile(… 'public/index.html')` name a folder that is not in the repository (gitignored), while a
// package folder beside the server (`client/`, not a workspace member) builds a single-page app with its own
// lockfile (`react-scripts build` → client/build). Only the repository's own Dockerfile put one into the
// other (`cd client && npm run build && mv client/build/* public`); a generated image without that step
// starts with no front end, and crashes when the server reads a file the build ships (flame:
// `ENOENT open '/app/public/flame.css'`). The generator builds the client in a stage of its own and copies
// its output to the served folder.
import type { SourceTree } from '../../tree.js'
import { MAX_READ_BYTES, joinPath, normalizePath } from '../../tree.js'
import { parseJsonFile, getPath } from '../../signals/manifests.js'

export interface ServedClientBuild {
  /** The client package's folder, relative to the app (`client`). */
  client: string
  /** The folder its build writes, relative to the app (`client/build`). */
  output: string
  /** The folder the server serves, relative to the app (`public`). */
  served: string
  /** The serving call, for the evidence and the generated comment. */
  file: string
  line: number
  text: string
}

/** `express.static(join(__dirname, 'public'))`, `serveStatic(path.resolve(__dirname, '../public'))`, `express.static('public')`. */
const STATIC_CALL =
  /\b(?:express\.static|serveStatic)\(\s*(?:(?:path\.)?(?:join|resolve)\(\s*__dirname\s*,\s*(['"`])([^'"`$]+)\1\s*\)|(['"`])([^'"`$]+)\3)/g

/** Single-page-app builders and the folder each writes by default. */
const SPA_BUILDERS: readonly [RegExp, string][] = [
  [/\b(?:react-scripts|craco|react-app-rewired) build\b/, 'build'],
  [/\bvite build\b/, 'dist'],
  [/\bvue-cli-service build\b/, 'dist'],
  [/\bparcel build\b/, 'dist']
]

const SOURCE = /\.(?:js|cjs|mjs|ts|cts|mts)$/

/** Folders whose files (not below) are read for the static-serving call: the app's own and its usual server folders. */
const SERVER_FOLDERS = ['.', 'src', 'server', 'lib', 'app']

/** The server's JS files: directly in the app folder or in one of its usual server folders. */
function serverFiles(tree: SourceTree, appDir: string): string[] {
  return SERVER_FOLDERS.flatMap(folder =>
    tree
      .filesIn(joinPath(appDir, folder))
      .map(f => f.path)
      .filter(path => SOURCE.test(path))
  )
}

/** True when a relative path climbs above its start (`../public`). */
function climbs(path: string): boolean {
  let depth = 0
  for (const part of path.split('/')) {
    if (part === '..') depth--
    else if (part !== '.' && part !== '') depth++
    if (depth < 0) return true
  }
  return false
}

/** Folders right below the app holding a package whose build script builds a single-page app, with its output. */
function clientPackages(tree: SourceTree, appDir: string): { dir: string; output: string }[] {
  const found: { dir: string; output: string }[] = []
  const prefix = appDir === '.' ? '' : `${appDir}/`
  for (const f of appDir === '.' ? tree.files : tree.filesUnder(appDir)) {
    const rel = f.path.slice(prefix.length)
    const m = /^([\w.-]+)\/package\.json$/.exec(rel)
    if (!m) continue
    const parsed = parseJsonFile(tree, f.path)
    const build = parsed?.ok ? getPath(parsed.value, 'scripts', 'build') : undefined
    if (typeof build !== 'string') continue
    const builder = SPA_BUILDERS.find(([re]) => re.test(build))
    if (!builder) continue
    const outDir = /--out-?[dD]ir[= ]([\w./-]+)/.exec(build)?.[1] ?? viteOutDir(tree, joinPath(appDir, m[1]!))
    found.push({ dir: m[1]!, output: normalizePath(joinPath(m[1]!, outDir ?? builder[1])) })
  }
  return found
}

/** `build: { outDir: '…' }` in the client's vite.config, when a literal. */
function viteOutDir(tree: SourceTree, dir: string): string | null {
  for (const name of ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts']) {
    const text = tree.read(joinPath(dir, name))
    const m = text ? /\boutDir\s*:\s*(['"`])([\w./-]+)\1/.exec(text) : null
    if (m) return m[2]!
  }
  return null
}

/**
 * The client build a server at `appDir` serves from a folder the repository does not hold: exactly one
 * single-page-app package right below the app, and a static-serving call naming an absent folder inside the
 * app. Null for a workspace root (its members build through the workspace) and for anything ambiguous.
 */
export function servedClientBuild(
  tree: SourceTree,
  appDir: string,
  workspaces: boolean
): ServedClientBuild | null {
  if (workspaces) return null
  const prefix = appDir === '.' ? '' : `${appDir}/`
  let clients: { dir: string; output: string }[] | null = null
  for (const path of serverFiles(tree, appDir)) {
    const size = tree.size(path)
    if (size === undefined || size > MAX_READ_BYTES) continue
    const text = tree.read(path)
    if (!text || !/\b(?:express\.static|serveStatic)\(/.test(text)) continue
    for (const m of text.matchAll(STATIC_CALL)) {
      const arg = m[2] ?? m[4]!
      const rel = path.slice(prefix.length)
      const fileDir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.'
      // `__dirname` is the file's folder; a bare relative path is the working directory, the app's.
      const joined = m[2] !== undefined ? joinPath(fileDir, arg) : arg
      if (arg.startsWith('/') || climbs(joined)) continue
      const served = normalizePath(joined)
      if (served === '.') continue
      // The folder must be absent: a committed one is what the server serves as is.
      if (tree.filesUnder(joinPath(appDir, served)).length > 0) continue
      clients ??= clientPackages(tree, appDir)
      if (clients.length !== 1) return null
      const client = clients[0]!
      if (served === client.output || served.startsWith(`${client.dir}/`)) continue
      const line = text.slice(0, m.index).split('\n').length
      return {
        client: client.dir,
        output: client.output,
        served,
        file: path,
        line,
        text: text.split('\n')[line - 1]!.trim()
      }
    }
  }
  return null
}
