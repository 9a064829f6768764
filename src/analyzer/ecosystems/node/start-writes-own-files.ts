// A server that writes into its own committed files at start: it minifies its static assets into static/
// (`fs.writeFileSync('./static/' + name, …)`), rewrites a committed config.json, appends to data/ that the
// repository ships with a .gitkeep. The generated image copies the sources as root and lets the node user
// own only the app folder itself (new files and folders at its top): writing into a committed folder or file
// then stops the server on EACCES (a real pastebin's generated image did: `open './static/application.min.js'`).
// When the start entry writes to such a path, the image copies the sources owned by the node user.
import type { SourceTree } from '../../tree.js'

/** The fs calls that create or change a file or folder, with the path as their first argument. */
const WRITE_CALL =
  /\b(?:writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|mkdirSync|mkdir|copyFileSync|copyFile|renameSync|rename|rmSync|unlinkSync|unlink)\s*\(\s*/g

/** The path argument: `'./static/' + x`, `"data/db.json"`, `path.join(__dirname, 'static', x)`, `__dirname + '/static/'`. */
const LITERAL_PATH = /^(['"`])(\.\/)?([\w.-]+)(\/|\1)/
const DIRNAME_JOIN =
  /^(?:path\.)?(?:join|resolve)\s*\(\s*__dirname\s*,\s*(['"`])(?:\.\/)?([\w.-]+)(?:\/[^'"`]*)?\1/
const DIRNAME_CONCAT = /^__dirname\s*\+\s*(['"`])\/([\w.-]+)(?:\/|\1)/

export interface OwnFileWrite {
  /** Repository-relative entry file and the 1-based line of the call. */
  file: string
  line: number
  /** The committed file or folder the call writes into (app-relative). */
  target: string
}

/**
 * The first write of `entry` (repository-relative) into a file or folder committed in `appDir`, or null.
 * Paths are relative to the working directory (the app folder in the image) or to the entry's folder
 * (`__dirname`); a write to a path the repository does not hold (a `data/` the server creates) is no
 * problem: the node user owns the app folder and so the new entry.
 */
export function startWritesOwnFiles(tree: SourceTree, appDir: string, entry: string): OwnFileWrite | null {
  const source = tree.read(entry)
  if (source === null || !WRITE_CALL.test(source)) return null
  const base = appDir === '.' || appDir === '' ? '' : `${appDir}/`
  const entryDir = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : ''
  const committed = new Set<string>()
  for (const file of tree.filesUnder(appDir)) {
    if (!file.path.startsWith(base) || file.path.includes('node_modules/')) continue
    const rel = file.path.slice(base.length)
    committed.add(rel)
    for (let at = rel.indexOf('/'); at > 0; at = rel.indexOf('/', at + 1)) committed.add(rel.slice(0, at))
  }
  const entryRel = entryDir.startsWith(base) ? entryDir.slice(base.length) : entryDir
  WRITE_CALL.lastIndex = 0
  for (const m of source.matchAll(WRITE_CALL)) {
    const rest = source.slice(m.index + m[0].length, m.index + m[0].length + 200)
    const literal = LITERAL_PATH.exec(rest)
    const joined = DIRNAME_JOIN.exec(rest) ?? DIRNAME_CONCAT.exec(rest)
    const target = literal ? literal[3]! : joined ? `${entryRel}${joined[2]!}` : null
    if (target === null || target === '.' || target === '..' || target === 'node_modules') continue
    if (!committed.has(target)) continue
    return { file: entry, line: source.slice(0, m.index).split('\n').length, target }
  }
  return null
}
