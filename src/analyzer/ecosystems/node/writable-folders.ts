// The folders a self-hosted app writes its state into at run time, which the image must let the node user
// own. The generated image copies the sources as root and makes the node user own only the app folder itself,
// so a new top-level folder is fine but a committed one is not: reiverr's SQLite database lives in
// `config/`, which the repository commits (with a .gitkeep), and its start stopped on
// `SQLITE_CANTOPEN: unable to open database file`. SQLite creates its file and its journal beside it, so the
// node user needs the folder, not only the file.
//
// How the generator knows which folders: from two statements the repository itself makes, never from the
// folder's name alone.
// 1. An embedded database's file path in the app's own configuration: TypeORM/MikroORM `database:`,
//    Sequelize `storage:`, knex `filename:` with a `.sqlite`/`.sqlite3`/`.db` file, and the constructors
//    `new Database('…')` (better-sqlite3) and `new sqlite3.Database('…')`. The path is the working directory's
//    (the app folder in the image); an absolute path, `:memory:` or a path that climbs out is not the app's.
// 2. A committed folder that holds nothing but placeholders (`.gitkeep`, `.keep`, `.gitignore`): the
//    repository ships it empty so that the app has somewhere to write (uploads/, logs/, data/).
// 3. A folder the app lists at start that the repository does not hold: a file that calls `readdirSync` and
//    builds the path `join(require.main.path | __dirname | process.cwd(), '..', …, 'plugins')` or `'./plugins'`
//    for a folder absent from the app (reiverr lists `plugins/` for operator plugins, and stopped on
//    `ENOENT: no such file or directory, scandir '/app/plugins'`; its own image runs `mkdir -p ./plugins`).
//    The path climbs out of the compiled entry's folder to the app's, so the folder is the app's. The image
//    creates it empty, owned by the node user.
// Every other committed file stays root-owned, so the server still cannot rewrite its own code.
import type { SourceTree } from '../../tree.js'
import { MAX_READ_BYTES, joinPath, normalizePath } from '../../tree.js'

export interface WritableFolder {
  /** App-relative folder (`config`, `data/db`). */
  folder: string
  /** Why: `data-source.ts:6 opens ./config/reiverr.sqlite`, or `uploads/.gitkeep`. */
  evidence: string
}

/** Files a repository commits only to keep an otherwise empty folder. */
const PLACEHOLDER = /^(?:\.gitkeep|\.keep|\.gitignore|\.empty|\.placeholder)$/

/** Folders never written at run time (build output, whose placeholders keep a build or tool layout). */
const NOT_STATE =
  /^(?:node_modules|dist|build|out|coverage|\.next|\.git|\.github|\.husky|\.vscode|\.idea|test|tests|__tests__|spec|e2e|fixtures)$/

/** `database: './config/app.sqlite'`, `storage: "data/db.sqlite3"`, `filename: \`./data/app.db\``. */
const OPTION_PATH =
  /\b(?:database|storage|filename|dbPath|databasePath)\s*:\s*(['"`])((?:\$\{[^}\n]*\}|[^'"`\n$])+?\.(?:sqlite3?|db))\1/g
/** `new Database('./data/app.db')`, `new sqlite3.Database("db/app.sqlite")`. */
const CONSTRUCTOR_PATH =
  /\bnew\s+(?:\w+\.)?Database\(\s*(['"`])((?:\$\{[^}\n]*\}|[^'"`\n$])+?\.(?:sqlite3?|db))\1/g

const SOURCE = /\.(?:js|cjs|mjs|ts|cts|mts)$/

/** Folders whose files (not below) may configure the database: the app's own and its usual source folders. */
const CONFIG_FOLDERS = [
  '.',
  'src',
  'server',
  'lib',
  'app',
  'config',
  'db',
  'database',
  'src/config',
  'src/db'
]

/** The folder of a database path relative to the working directory, or null when it is not the app's. */
function dataFolder(path: string): string | null {
  // A template literal's `${…}` parts only ever vary the file name here (`reiverr${dev}.sqlite`).
  const plain = path.replace(/\$\{[^}]*\}/g, '')
  if (plain.startsWith('/') || plain.includes(':') || plain.includes('$')) return null
  const at = plain.lastIndexOf('/')
  if (at < 0) return null
  const folder = normalizePath(plain.slice(0, at))
  if (folder === '.' || folder === '' || folder.split('/').includes('..')) return null
  return folder
}

/** Folders named by an embedded database's file path in the app's configuration files. */
function databaseFolders(tree: SourceTree, appDir: string): WritableFolder[] {
  const found: WritableFolder[] = []
  const prefix = appDir === '.' ? '' : `${appDir}/`
  for (const folder of CONFIG_FOLDERS) {
    for (const file of tree.filesIn(joinPath(appDir, folder))) {
      if (!SOURCE.test(file.path) || /\.(?:test|spec)\.\w+$/.test(file.path)) continue
      const size = tree.size(file.path)
      if (size === undefined || size > MAX_READ_BYTES) continue
      const text = tree.read(file.path)
      if (!text || !/\.(?:sqlite3?|db)\b/.test(text)) continue
      for (const re of [OPTION_PATH, CONSTRUCTOR_PATH]) {
        for (const m of text.matchAll(re)) {
          const dir = dataFolder(m[2]!)
          if (!dir) continue
          const line = text.slice(0, m.index).split('\n').length
          found.push({ folder: dir, evidence: `${file.path.slice(prefix.length)}:${line} opens ${m[2]}` })
        }
      }
    }
  }
  return found
}

/** `path.join(require.main.path, '..', '..', 'plugins')`, `resolve(__dirname, '../plugins')`, `join(process.cwd(), 'plugins')`. */
const LISTED_JOIN =
  /\b(?:path\.)?(?:join|resolve)\(\s*(?:require\.main\.path|require\.main\.filename|__dirname|process\.cwd\(\))\s*((?:,\s*(['"`])\.\.\/?\2\s*)*),\s*(['"`])((?:\.\.\/)*)([\w.-]+)\/?\3\s*\)/g
/** `readdirSync('./plugins')`, `readdirSync("plugins")`. */
const LISTED_LITERAL = /\breaddirSync\(\s*(['"`])(?:\.\/)?([\w.-]+)\/?\1/g

/** Folders at the app's root that a file calling readdirSync lists, absent from the repository. */
function listedFolders(tree: SourceTree, appDir: string): WritableFolder[] {
  const prefix = appDir === '.' ? '' : `${appDir}/`
  const committed = new Set<string>()
  const sources: string[] = []
  for (const file of appDir === '.' ? tree.files : tree.filesUnder(appDir)) {
    const rel = file.path.slice(prefix.length)
    if (rel.includes('node_modules/')) continue
    const top = rel.split('/')[0]!
    if (rel.includes('/')) committed.add(top)
    if (
      SOURCE.test(rel) &&
      !/\.(?:test|spec|d)\.\w+$/.test(rel) &&
      !rel.split('/').some(p => NOT_STATE.test(p))
    )
      sources.push(file.path)
  }
  const found: WritableFolder[] = []
  for (const path of sources) {
    const size = tree.size(path)
    if (size === undefined || size > MAX_READ_BYTES) continue
    const text = tree.read(path)
    if (!text || !text.includes('readdirSync(')) continue
    const names: { name: string; index: number }[] = []
    // The file's depth below the app: `__dirname` climbs that many folders (the source's) or, from a
    // TypeScript source, one more (its compiled copy's in dist/) to the app's root; other paths are not the
    // app's root.
    const depth = path.slice(prefix.length).split('/').length - 1
    for (const m of text.matchAll(LISTED_JOIN)) {
      const ups = (m[1]!.match(/\.\./g) ?? []).length + (m[4]!.match(/\.\./g) ?? []).length
      const base = /^[^(]*\(\s*(\S+?)\s*[,)]/.exec(m[0])?.[1] ?? ''
      const root =
        base === 'process.cwd()'
          ? ups === 0
          : base === '__dirname'
            ? ups === depth || (ups === depth + 1 && /\.[cm]?ts$/.test(path))
            : ups > 0
      if (root) names.push({ name: m[5]!, index: m.index })
    }
    for (const m of text.matchAll(LISTED_LITERAL)) names.push({ name: m[2]!, index: m.index })
    for (const { name, index } of names) {
      // A name with an extension is a file (`CHANGELOG.md`), a dot-folder a tool's.
      if (committed.has(name) || name.startsWith('.') || /\.\w+$/.test(name) || NOT_STATE.test(name)) continue
      const line = text.slice(0, index).split('\n').length
      found.push({
        folder: name,
        evidence: `${path.slice(prefix.length)}:${line} lists ${name}/, which the repository lacks`
      })
    }
  }
  return found
}

/** Committed folders (up to two levels below the app) whose only files are placeholders. */
function placeholderFolders(tree: SourceTree, appDir: string): WritableFolder[] {
  const prefix = appDir === '.' ? '' : `${appDir}/`
  const byFolder = new Map<string, { placeholder: string | null; other: boolean }>()
  for (const file of appDir === '.' ? tree.files : tree.filesUnder(appDir)) {
    const rel = file.path.slice(prefix.length)
    const parts = rel.split('/')
    if (parts.length < 2 || parts.slice(0, -1).some(part => NOT_STATE.test(part) || part.startsWith('.')))
      continue
    // Every ancestor folder (up to two levels) sees this file: a placeholder only counts in its own folder.
    for (let depth = 1; depth <= Math.min(2, parts.length - 1); depth++) {
      const folder = parts.slice(0, depth).join('/')
      const entry = byFolder.get(folder) ?? { placeholder: null, other: false }
      const own = depth === parts.length - 1
      if (own && PLACEHOLDER.test(parts[parts.length - 1]!)) entry.placeholder ??= rel
      else entry.other = true
      byFolder.set(folder, entry)
    }
  }
  const found: WritableFolder[] = []
  for (const [folder, entry] of byFolder) {
    if (entry.placeholder && !entry.other) found.push({ folder, evidence: entry.placeholder })
  }
  return found.sort((a, b) => a.folder.localeCompare(b.folder))
}

/**
 * The app's writable data folders (app-relative), database paths first, each folder once, without a folder
 * inside another one found (its owner already owns it with `chown -R`).
 */
export function writableFolders(tree: SourceTree, appDir: string): WritableFolder[] {
  const all = [
    ...databaseFolders(tree, appDir),
    ...placeholderFolders(tree, appDir),
    ...listedFolders(tree, appDir)
  ]
  const kept: WritableFolder[] = []
  for (const candidate of all) {
    const covered = kept.some(
      k => candidate.folder === k.folder || candidate.folder.startsWith(`${k.folder}/`)
    )
    if (covered) continue
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i]!.folder.startsWith(`${candidate.folder}/`)) kept.splice(i, 1)
    kept.push(candidate)
  }
  return kept
}
