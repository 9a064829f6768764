// Key and certificate files a server loads at start from its own repository: self-signed development
// certificates committed beside the code (WebRTC apps serve HTTPS on a LAN this way). The generated
// .dockerignore keeps key files out of every image as secrets; a file the start entry names would then be
// missing and the server stop on ENOENT. Such files are kept in the context (render/dockerignore.ts), and a
// warning says a key committed to the repository is no secret.
import { basename, type SourceTree } from '../../tree.js'

/** The key-file patterns the generated .dockerignore excludes (`**\/*.pem` …). */
const KEY_FILE = /\.(?:pem|key|p12|pfx)$/

/** Repository-relative paths of the app's committed key files whose names its start entry spells out. */
export function startKeyFiles(tree: SourceTree, appDir: string, entry: string): string[] {
  const keys = tree
    .filesUnder(appDir)
    .filter(file => KEY_FILE.test(file.path) && !file.path.includes('node_modules/'))
  if (keys.length === 0) return []
  const source = tree.read(entry)
  if (source === null) return []
  return keys.map(file => file.path).filter(path => namedIn(source, basename(path)))
}

/** `'key.pem'`, `"../ssl/key.pem"`: the name as a whole path segment inside a string literal. */
function namedIn(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`[/'"\`]${escaped}['"\`]`).test(source)
}

/**
 * A `.env` committed beside the app that its start entry loads with dotenv (`require('dotenv').config()`,
 * `import 'dotenv/config'`): the app reads its settings there (flame's VERSION, which it slugifies at start:
 * without the file it stops on `Cannot read properties of undefined (reading 'replace')`). The generated
 * .dockerignore keeps `.env` files out as secrets; a committed one is no secret, and dotenv never overrides a
 * variable the platform sets, so it is kept. The repository path, or null.
 */
export function startDotenv(tree: SourceTree, appDir: string, entry: string): string | null {
  const path = appDir === '.' ? '.env' : `${appDir}/.env`
  if (!tree.has(path)) return null
  const source = tree.read(entry)
  return source !== null && LOADS_DOTENV.test(source) ? path : null
}

/** `require('dotenv').config(`, `require("dotenv/config")`, `import 'dotenv/config'`, `dotenv.config(` after importing it. */
const LOADS_DOTENV =
  /require\(\s*['"]dotenv['"]\s*\)\s*\.config\(|require\(\s*['"]dotenv\/config['"]\s*\)|import\s+['"]dotenv\/config['"]|(?:import\s+\*?\s*(?:as\s+)?dotenv\s+from\s+['"]dotenv['"]|(?:const|let|var)\s+dotenv\s*=\s*require\(\s*['"]dotenv['"]\s*\))[\s\S]*\bdotenv\.config\(/
