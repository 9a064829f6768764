// Spring Boot reads `application.yml` unless the app renames its configuration: `spring.config.name=
// zipkin-server` set by the main class (`SpringApplicationBuilder(…).properties("spring.config.name=…")`,
// `System.setProperty("spring.config.name", …)`) makes `zipkin-server.yml` and its profile files
// (`zipkin-server-shared.yml`, pulled in by `spring.profiles.include: shared`) the app's config (holdout30
// zipkin: `server.port: ${QUERY_PORT:9411}` there).
import type { AppContext } from '../../provider.js'
import { getPath, isRecord, parseYamlTolerant } from '../../signals/manifests.js'

/** At most this many main sources are searched for the setting. */
const MAX_SOURCES = 400
const SOURCE = /^(?:.*\/)?src\/main\/(?:java|kotlin)\/.+\.(?:java|kt)$/
const NAME = /^[\w-]{1,60}$/

/** The config names the app's main sources set with `spring.config.name` (none when they keep the default). */
export function springConfigNames(ctx: AppContext): string[] {
  const names = new Set<string>()
  let read = 0
  for (const f of ctx.files()) {
    if (!SOURCE.test(f.path)) continue
    if (++read > MAX_SOURCES) break
    const text = ctx.tree.read(f.path)
    if (text === null || !text.includes('spring.config.name')) continue
    for (const m of text.matchAll(/["']spring\.config\.name(?:=|["']\s*,\s*["'])([\w,-]+)["']/g))
      for (const name of m[1]!.split(',')) if (NAME.test(name) && name !== 'application') names.add(name)
  }
  return [...names]
}

/**
 * The profiles a config file always includes (`spring.profiles.include: shared`, nested or flat, a string or a
 * list), read from the parsed document (properties: the `spring.profiles.include=` line).
 */
export function includedProfiles(text: string, properties = false): string[] {
  let value: unknown
  if (properties) value = /^[ \t]*spring\.profiles\.include[ \t]*[=:][ \t]*(.*)$/m.exec(text)?.[1]
  else {
    let doc: unknown
    try {
      doc = parseYamlTolerant(text.split(/^---\s*$/m)[0]!)
    } catch {
      return []
    }
    if (!isRecord(doc)) return []
    value = doc['spring.profiles.include'] ?? getPath(doc, 'spring', 'profiles', 'include')
    if (value === undefined && isRecord(doc['spring.profiles'])) value = doc['spring.profiles'].include
  }
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return list
    .filter((p): p is string => typeof p === 'string')
    .map(p => p.trim())
    .filter(p => NAME.test(p))
}
