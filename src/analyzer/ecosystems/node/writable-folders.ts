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

/** Committed folders (up to two levels below the app) whose only files are placeholders. */
function placeholderFolders(tree: SourceTree, appDir: string): WritableFolder[] {
  const prefix = appDir === '.' ? '' : `${appDir}/`
  const byFolder = new Map<string, { placeholder: string | null; other: boolean }>()
  for (const file of appDir === '.' ? tree.files : tree.filesUnder(appDir)) {
    const rel = file.path.slice(prefix.length)
    const parts = rel.split('/')
    if (parts.length < 2 || parts.some(part => NOT_STATE.test(part))) continue
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
  const all = [...databaseFolders(tree, appDir), ...placeholderFolders(tree, appDir)]
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
