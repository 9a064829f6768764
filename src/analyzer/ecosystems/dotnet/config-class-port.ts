// An app that sets Kestrel's URLs itself (`.UseUrls(urls)` with addresses it builds) from a settings object of
// its own (`serverConfig.Port`, `serverConfig.GetListenAddresses()`) listens on that object's default: `Port = 9117;` in the constructor of
// `class ServerConfig`, or `public int Port { get; set; } = 9117;` — in the host project or a project it
// references. ASPNETCORE_HTTP_PORTS does not apply: UseUrls replaces it.
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import { basename, type SourceTree } from '../../tree.js'
import { evidenceAt } from '../../signals/evidence.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'

/** `.UseUrls(urls)`, `.UseUrls(config.GetListenAddresses())`: URLs the code computes, not a literal. */
const USE_URLS_COMPUTED = /\.UseUrls\(\s*(?!["$@])[\w.]+/

/** A settings class: `class ServerConfig`, `class AppSettings`, `class HostOptions`. */
const SETTINGS_CLASS = /\bclass\s+(\w*(?:Config|Configuration|Settings|Options))\b/g

/** `Port = 9117;` (constructor default) or `int Port { get; set; } = 9117;` (initializer); not HttpsPort. */
const PORT_DEFAULT = new RegExp(
  String.raw`(?:^|[^\w.])(?:(?:Http|Web|Server)?Port\s*=\s*|\bint\s+(?:Http|Web|Server)?Port\s*\{[^}]*\}\s*=\s*)${NOT_HTTP_PORT}(\d{2,5})\s*;`
)

/** An instance of a settings class in use: `serverConfig.Port`, `appSettings.ListenUrl()`. */
const INSTANCE_USE = /\b([a-z]\w*(?:Config|Configuration|Settings|Options))\.\w/g

const distinctLines = (list: Evidence[]): Evidence[] =>
  list.filter((e, i) => list.findIndex(x => x.file === e.file && x.line === e.line) === i)

const camel = (name: string): string => name[0]!.toLowerCase() + name.slice(1)

/**
 * The default Port of a settings class whose instance the app's code uses (`serverConfig.Port`,
 * `serverConfig.GetListenAddresses()` for `class ServerConfig`), when some source calls `.UseUrls(computed)`;
 * the default, the use and the UseUrls call are the evidence.
 */
export function configClassPort(
  tree: SourceTree,
  sources: readonly string[],
  projectDirs: readonly string[]
): Candidate<number> | null {
  const texts = sources.map(path => ({ path, text: tree.read(path) ?? '' }))
  const hosts = texts.filter(t => USE_URLS_COMPUTED.test(t.text))
  if (hosts.length === 0) return null
  // Settings classes whose instance the code uses (`serverConfig.` → ServerConfig), looked up by file name in
  // every project of the host (a large referenced project's files may lie beyond the source sample), then
  // among the sampled sources.
  const used = new Set<string>()
  for (const t of texts)
    for (const m of t.text.matchAll(INSTANCE_USE)) used.add(m[1]![0]!.toUpperCase() + m[1]!.slice(1))
  if (used.size === 0) return null
  const sampled = new Set(sources)
  const named = projectDirs
    .flatMap(dir => tree.filesUnder(dir).map(f => f.path))
    .filter(
      p => used.has(basename(p).replace(/\.cs$/, '')) && !/(^|\/)(bin|obj)\//.test(p) && !sampled.has(p)
    )
  const classFiles = [...named.map(path => ({ path, text: tree.read(path) ?? '' })), ...texts]
  for (const { path, text } of classFiles) {
    for (const cls of text.matchAll(SETTINGS_CLASS)) {
      const name = cls[1]!
      if (!used.has(name)) continue
      // The class body up to the next class declaration: its constructor and properties.
      const start = cls.index
      const next = text.slice(start + cls[0].length).search(/\bclass\s+\w/)
      const body = next < 0 ? text.slice(start) : text.slice(start, start + cls[0].length + next)
      const m = PORT_DEFAULT.exec(body)
      if (!m) continue
      const read = new RegExp(String.raw`\b${camel(name)}\.\w`)
      const reader = texts.find(t => read.test(t.text))
      if (!reader) continue
      const host = hosts[0]!
      return {
        value: Number(m[1]),
        confidence: PORT.portDefault,
        source: `${name}.Port default (the app's own UseUrls)`,
        evidence: distinctLines([
          evidenceAt(path, text, start + m.index + m[0].search(/\w/)),
          evidenceAt(reader.path, reader.text, read.exec(reader.text)!.index),
          evidenceAt(host.path, host.text, USE_URLS_COMPUTED.exec(host.text)!.index)
        ])
      }
    }
  }
  return null
}
