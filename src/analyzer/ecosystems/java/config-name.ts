// Spring Boot reads `application.yml` unless the app renames its configuration: `spring.config.name=
// zipkin-server` set by the main class (`SpringApplicationBuilder(…).properties("spring.config.name=…")`,
// `System.setProperty("spring.config.name", …)`) makes `zipkin-server.yml` and its profile files
// (`zipkin-server-shared.yml`, pulled in by `spring.profiles.include: shared`) the app's config (holdout30
// zipkin: `server.port: ${QUERY_PORT:9411}` there).
import type { AppContext } from '../../provider.js'

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

/** The profiles a config file always includes (`spring.profiles.include: shared`, or a list of them). */
export function includedProfiles(text: string): string[] {
  const m =
    /^spring\.profiles\.include\s*[:=]\s*(.+)$/m.exec(text) ??
    /^spring:\s*\n(?:[ \t]+.*\n)*?[ \t]+profiles:\s*\n(?:[ \t]+.*\n)*?[ \t]+include:\s*(.+)$/m.exec(text)
  if (!m) return []
  return m[1]!
    .replace(/[[\]"']/g, '')
    .split(',')
    .map(p => p.trim())
    .filter(p => NAME.test(p))
}
