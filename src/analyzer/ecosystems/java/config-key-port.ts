// A JVM server that reads its port through its own configuration layer declares the default beside the key:
// `new IntegerConfigKey("web.port", List.of(KeyType.CONFIG), 8082)`, `config.getInt("http.port", 9000)`,
// `Integer.getInteger("server.port", 8080)`. That default is what the server binds while no configuration
// file of the repository sets the key (`<entry key='web.port'>80</entry>`, `web.port=80`); such a file is
// read first and wins. Only keys that name the web port count (`web.port`, `http.port`, `server.port`,
// `port`), never another protocol's (`smtp.port`, `<protocol>.port`).
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { evidenceAt } from '../../signals/evidence.js'
import { NOT_HTTP_PORT, parsePort } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'
import { basename } from '../../tree.js'

/** Files that declare configuration keys: `Keys.java`, `ServerConfig.kt`, `AppSettings.java`, `Constants.java`. */
const KEY_FILE =
  /(?:Keys|Config|Configuration|Settings|Properties|Options|Constants|Defaults)\w*\.(?:java|kt)$/
/** Test and build folders: their keys configure no running server. */
const NOT_MAIN = /(?:^|\/)(?:src\/test|test|tests|build|target)\//

const PORT_KEY = String.raw`(?:[\w-]+\.)*(?:web|http|server|app|api|listen)[._-]port|port`
/** `("web.port", …, 8082)`: the key first, the default last, in one call (one level of nested calls between). */
const KEY_DEFAULT = new RegExp(
  String.raw`\(\s*"(${PORT_KEY})"\s*(?:,(?:[^;()"]|\([^()]*\))*?)?,\s*"?${NOT_HTTP_PORT}(\d{2,5})"?\s*\)`,
  'g'
)
const CONFIG_FILE = /\.(?:xml|properties|conf|ya?ml|json|toml|ini)$/
const MAX_FILES = 60

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The web port of a configuration key's code default, or the value a repository configuration file gives
 * that key (which overrides the default); null when no key names the web port.
 */
export function configKeyPort(ctx: AppContext): Candidate<number> | null {
  const rel = (path: string): string => (ctx.dir === '.' ? path : path.slice(ctx.dir.length + 1))
  // Shallowest first, each path's depth counted once: the comparator split both paths at every comparison,
  // n log n splits over an app's whole file list (tolgee's backend: ~3 % of its analysis; issue 16 item 12).
  // The sort is stable either way, so files of one depth keep their order.
  const files = ctx
    .files()
    .filter(f => !NOT_MAIN.test(rel(f.path)))
    .map(f => ({ f, depth: segmentCount(f.path) }))
    .sort((a, b) => a.depth - b.depth)
    .map(x => x.f)
  const keyFiles = files.filter(f => KEY_FILE.test(basename(f.path))).slice(0, MAX_FILES)
  for (const file of keyFiles) {
    const text = ctx.tree.read(file.path)
    if (text === null || !text.includes('port"')) continue
    for (const m of text.matchAll(KEY_DEFAULT)) {
      const key = m[1]!
      const value = parsePort(m[2])
      if (value === null) continue
      const declared = evidenceAt(file.path, text, m.index + 1)
      const override = configFileValue(ctx, files, key)
      if (override)
        return {
          value: override.value,
          confidence: PORT.deployConfig,
          source: `${override.evidence.file} ${key} (over the code default ${value})`,
          evidence: [override.evidence, declared]
        }
      return {
        value,
        confidence: PORT.portDefault,
        source: `${key} config key default`,
        evidence: [declared]
      }
    }
  }
  return readKeyPort(ctx, files, keyFiles)
}

/** The number of `/`-separated segments of a path (`a/b/c.yml`: 3), as `path.split('/').length` counts them. */
function segmentCount(path: string): number {
  let n = 1
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) n++
  return n
}

/** `getProperty("server_port")`: a web port key read with no default of its own. */
const KEY_READ = new RegExp(String.raw`\(\s*"(${PORT_KEY})"\s*\)`, 'g')

/**
 * A key read without a default (`Server(getProperty("server_port") as Int)`, Koin/Typesafe/Properties
 * lookups): the value is only in the app's configuration file (`koin.properties: server_port=7001`), which is
 * what the server binds.
 */
function readKeyPort(
  ctx: AppContext,
  files: readonly { path: string }[],
  keyFiles: readonly { path: string }[]
): Candidate<number> | null {
  for (const file of keyFiles) {
    const text = ctx.tree.read(file.path)
    if (text === null || !text.includes('port"')) continue
    for (const m of text.matchAll(KEY_READ)) {
      const found = configFileValue(ctx, files, m[1]!)
      if (found)
        return {
          value: found.value,
          confidence: PORT.deployConfig,
          source: `${found.evidence.file} ${m[1]} (read by ${basename(file.path)})`,
          evidence: [found.evidence, evidenceAt(file.path, text, m.index + 1)]
        }
    }
  }
  return null
}

/** `key=80`, `key: 80`, `<entry key='key'>80</entry>`, `"key": 80` in a configuration file of the app. */
function configFileValue(
  ctx: AppContext,
  files: readonly { path: string }[],
  key: string
): { value: number; evidence: ReturnType<typeof evidenceAt> } | null {
  const re = new RegExp(String.raw`(?:^|[\s"'<{,])${escape(key)}["']?\s*(?:>|[:=])\s*["']?(\d{2,5})\b`, 'm')
  for (const f of files.filter(f => CONFIG_FILE.test(f.path)).slice(0, MAX_FILES)) {
    const text = ctx.tree.read(f.path)
    const m = text === null ? null : re.exec(text)
    const value = m ? parsePort(m[1]) : null
    if (m && value !== null)
      return { value, evidence: evidenceAt(f.path, text!, m.index + m[0].search(/\S/)) }
  }
  return null
}
