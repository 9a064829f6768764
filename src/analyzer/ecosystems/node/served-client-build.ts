// A server that serves a front end it does not commit: `express.static(join(__dirname, 'public'))` and
// `res.sendFile(… 'public/index.html')` name a folder that is not in the repository (gitignored), while a
// package folder beside the server (`client/`, not a workspace member) builds a single-page app with its own
// lockfile (`react-scripts build` → client/build). Only the repository's own Dockerfile put one into the
// other (`cd client && npm run build && mv client/build/* public`); a generated image without that step
// starts with no front end, and crashes when the server reads a file the build ships (flame:
// `ENOENT open '/app/public/flame.css'`). The generator builds the client in a stage of its own and copies
// its output to the served folder. The serving call may be express.static/serve-static, koa-static (or
// another static middleware under the name the file imports it as), @fastify/static's `root`, NestJS's
// ServeStaticModule `rootPath` or hono's `serveStatic({ root })`.
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

/**
 * A served folder's path: `join(__dirname, 'public')`, `path.resolve(__dirname, '..', 'client', 'build')`
 * (from the file's folder), `join(process.cwd(), 'public')` or a bare `'public'` (from the working directory,
 * the app's). Groups: 1 the base (`__dirname` or `process.cwd()`), 2 the quoted segments, 4 a bare path.
 */
const PATH_ARG = String.raw`(?:(?:path\.)?(?:join|resolve)\(\s*(__dirname|process\.cwd\(\))\s*((?:,\s*(['"${'`'}])[^'"${'`'}$]+\3\s*)+)\)|(['"${'`'}])([^'"${'`'}$]+)\4)`

/**
 * Static-file middleware called with the folder: `express.static(…)`, `serveStatic(…)` (serve-static, and
 * koa-static or any other static module under the name the file imports it as: `serve(…)`).
 */
const STATIC_MODULES = /^(?:serve-static|koa-static|koa-static-cache|express-static-gzip|sirv)$/
/** Plugins and modules configured with the folder as an option: @fastify/static's `root`, Nest's `rootPath`, hono's `serveStatic({ root })`. */
const OPTION_ANCHOR = /\b(?:register|forRoot|forRootAsync|serveStatic)\s*\(/g
const OPTION_MODULES =
  /['"](?:@fastify\/static|fastify-static|@nestjs\/serve-static|@hono\/node-server\/serve-static|hono\/[\w-]+)['"]/
const OPTION_PATH = new RegExp(String.raw`\b(?:rootPath|root)\s*:\s*` + PATH_ARG)

/** The names a file binds the static modules to: `const serve = require('koa-static')`, `import serve from 'koa-static'`. */
function staticNames(text: string): string[] {
  const names = ['express\\.static', 'serveStatic']
  const bind = /(?:const|let|var|import)\s+(\w+)\s*(?:=\s*require\(\s*|from\s+)(['"])([\w@/.-]+)\2/g
  for (const m of text.matchAll(bind)) if (STATIC_MODULES.test(m[3]!)) names.push(m[1]!)
  return [...new Set(names)]
}

interface ServedPath {
  /** The path as joined (`../public`, `public`), and whether it is the file's folder's or the app's. */
  path: string
  fromFile: boolean
  index: number
}

function servedPath(m: RegExpExecArray | RegExpMatchArray, offset: number, index: number): ServedPath {
  const base = m[offset]
  if (base === undefined) return { path: m[offset + 4]!, fromFile: false, index }
  const segments = [...m[offset + 1]!.matchAll(/(['"`])([^'"`$]+)\1/g)].map(s => s[2]!)
  return { path: segments.join('/'), fromFile: base === '__dirname', index }
}

/** Every folder a server file serves static files from, with where the path starts. */
function servedPaths(text: string): ServedPath[] {
  const found: ServedPath[] = []
  const calls = new RegExp(String.raw`\b(?:${staticNames(text).join('|')})\(\s*` + PATH_ARG, 'g')
  for (const m of text.matchAll(calls)) found.push(servedPath(m, 1, m.index))
  if (OPTION_MODULES.test(text)) {
    for (const anchor of text.matchAll(OPTION_ANCHOR)) {
      const window = text.slice(anchor.index, anchor.index + 400)
      const m = OPTION_PATH.exec(window)
      if (m) found.push(servedPath(m, 1, anchor.index + m.index))
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** The packages whose servers serve a static folder: the rule only reads the files of an app depending on one. */
export const STATIC_SERVERS = [
  'express',
  'serve-static',
  'koa-static',
  '@fastify/static',
  'fastify-static',
  '@nestjs/serve-static',
  'hono',
  '@hono/node-server'
]

/** A cheap test before the patterns: the file names a static-file middleware or plugin at all. */
const MENTIONS_STATIC = /static|ServeStaticModule/

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
    if (!text || !MENTIONS_STATIC.test(text)) continue
    for (const m of servedPaths(text)) {
      const arg = m.path
      const rel = path.slice(prefix.length)
      const fileDir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.'
      // `__dirname` is the file's folder; a bare relative path or process.cwd() is the working directory, the app's.
      const joined = m.fromFile ? joinPath(fileDir, arg) : arg
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
