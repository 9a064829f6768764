// Spring/Quarkus/Micronaut application config (src/main/resources/application*.properties|yml): flattened to
// dotted keys with the line that sets each one, so `server.port: ${PORT:8082}` becomes a port with proof.
import type { Evidence, Warning } from '../../report.js'
import { evidenceAt, keyEvidence } from '../../signals/evidence.js'
import { isRecord, parseYamlTolerant } from '../../signals/manifests.js'
import type { AppContext } from '../../provider.js'
import { includedProfiles, springConfigNames } from './config-name.js'
import { joinPath } from '../../tree.js'

export interface ConfigValue {
  value: string
  evidence: Evidence
  /** Profile the value belongs to ('' = default, `prod` …). */
  profile: string
}

const RESOURCE_DIRS = ['src/main/resources', 'src/main/resources/config', 'config', '']
const PROFILE_ORDER = ['', 'prod', 'production', 'docker', 'cloud', 'aws']

/**
 * Reads every application config file; later profiles (prod) are kept beside the default ones. Then those of
 * the sibling modules it depends on (`dependencyModules`, nearest first) that reach its classpath: Spring loads
 * `classpath:application.yaml` from the first jar holding that name, so a dependency's file counts where the
 * module has none of that name and extension (a shared module's `application.yaml` beside the module's own
 * `application.yml`), after the module's own values.
 */
export function readAppConfig(
  ctx: AppContext,
  warnings: Warning[],
  dependencyModules: readonly string[] = []
): Map<string, ConfigValue[]> {
  const out = new Map<string, ConfigValue[]>()
  const put = (key: string, v: ConfigValue): void => {
    const list = out.get(key) ?? []
    list.push(v)
    out.set(key, list)
  }
  const read = (dir: string, name: string, profile: string): string[] => {
    const base = profile ? `${name}-${profile}` : name
    const included: string[] = []
    for (const ext of ['properties', 'yml', 'yaml']) {
      const rel = dir ? `${dir}/${base}.${ext}` : `${base}.${ext}`
      // A bare application.yml at the app root only counts for JVM projects (the caller is one).
      const path = ctx.path(rel)
      const text = ctx.tree.read(path)
      if (text === null) continue
      if (ext === 'properties') readProperties(path, text, profile, put)
      else readYamlConfig(path, text, profile, put, warnings)
      if (!profile && name !== 'application') included.push(...includedProfiles(text, ext === 'properties'))
    }
    return included
  }
  // The default name, then those the main class sets (`spring.config.name`, see config-name.ts) with the
  // profiles their base file always includes, read as part of the default profile.
  const renamed = springConfigNames(ctx)
  for (const dir of RESOURCE_DIRS) {
    for (const profile of PROFILE_ORDER) read(dir, 'application', profile)
    for (const name of renamed) {
      const included = read(dir, name, '')
      for (const profile of included) if (!PROFILE_ORDER.includes(profile)) read(dir, name, profile)
      for (const profile of PROFILE_ORDER.slice(1)) read(dir, name, profile)
    }
  }
  const taken = new Set<string>()
  for (const module of dependencyModules) {
    for (const dir of CLASSPATH_DIRS) {
      for (const profile of PROFILE_ORDER) {
        const base = profile ? `application-${profile}` : 'application'
        for (const ext of ['properties', 'yml', 'yaml']) {
          const name = dir ? `${dir}/${base}.${ext}` : `${base}.${ext}`
          if (taken.has(name) || ctx.has(`src/main/resources/${name}`)) continue
          const path = joinPath(module, `src/main/resources/${name}`)
          const text = ctx.tree.read(path)
          if (text === null) continue
          taken.add(name)
          if (ext === 'properties') readProperties(path, text, profile, put)
          else readYamlConfig(path, text, profile, put, warnings)
        }
      }
    }
  }
  return out
}

/** Where Spring looks for config on the classpath: its root and `config/`. */
const CLASSPATH_DIRS = ['', 'config']

function readProperties(
  path: string,
  text: string,
  profile: string,
  put: (k: string, v: ConfigValue) => void
): void {
  let offset = 0
  for (const line of text.split('\n')) {
    const index = offset
    offset += line.length + 1
    const m = /^\s*([\w.\-[\]]+)\s*[=:]\s*(.*?)\s*$/.exec(line)
    if (!m || /^\s*[#!]/.test(line)) continue
    put(m[1]!, { value: m[2]!, evidence: evidenceAt(path, text, index), profile })
  }
}

function readYamlConfig(
  path: string,
  text: string,
  profile: string,
  put: (k: string, v: ConfigValue) => void,
  warnings: Warning[]
): void {
  // Spring allows several documents in one file (`---`); read them all.
  const docs = text.split(/^---\s*$/m)
  for (const doc of docs) {
    let value: unknown
    try {
      value = parseYamlTolerant(doc)
    } catch (err) {
      const line = (err as { line?: number }).line
      warnings.push({
        code: 'INVALID_MANIFEST',
        message: `${path}: invalid YAML (${(err as Error).message.split('\n')[0]}); fix the file or it is ignored`,
        file: path,
        ...(line ? { line } : {})
      })
      continue
    }
    const docProfile = isRecord(value) ? (profileOf(value) ?? profile) : profile
    flatten(value, '', (key, v) => {
      put(key, { value: v, evidence: nestedKeyEvidence(path, text, key), profile: docProfile })
    })
  }
}

/**
 * The line of a flattened YAML key: each segment searched from its parent's line on, so `server.port` is the
 * `port:` under `server:`, not an earlier `port:` of another block (`collector.scribe.port`). The last
 * segment's first line when the path cannot be followed (dotted keys such as `spring.main.x: …`).
 */
function nestedKeyEvidence(path: string, text: string, key: string): Evidence {
  const segments = key.split('.')
  let at = 0
  for (const [i, segment] of segments.entries()) {
    const escaped = segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const m = new RegExp(`^[ \\t-]*['"]?${escaped}['"]?[ \\t]*:`, 'm').exec(text.slice(at))
    if (!m) return keyEvidence(path, text, segments[segments.length - 1]!)
    at += m.index + (i === segments.length - 1 ? 0 : m[0].length)
  }
  return evidenceAt(path, text, at)
}

function profileOf(doc: Record<string, unknown>): string | null {
  const spring = doc.spring
  const onProfile =
    isRecord(spring) && isRecord(spring.config) && isRecord(spring.config.activate)
      ? spring.config.activate['on-profile']
      : undefined
  const legacy = isRecord(spring) ? spring.profiles : undefined
  const p = onProfile ?? legacy
  return typeof p === 'string' ? p : null
}

function flatten(
  value: unknown,
  prefix: string,
  emit: (key: string, value: string) => void,
  depth = 0
): void {
  if (depth > 12) return
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, emit, depth + 1)
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    emit(prefix, String(value))
  }
}

/** First value for any of `keys`, default profile before prod-like profiles … */
export function configValue(config: Map<string, ConfigValue[]>, keys: string[]): ConfigValue | null {
  for (const key of keys) {
    const list = config.get(key)
    if (!list?.length) continue
    // A production profile is what the container runs when it sets SPRING_PROFILES_ACTIVE; the default
    // profile is what runs otherwise. Prefer the default, unless only a profile sets it.
    return list.find(v => v.profile === '') ?? list[0]!
  }
  return null
}

/** The variables a placeholder's default stands behind: `${SERVER_PORT:${PORT:8080}}` → SERVER_PORT, PORT. */
export function configValueVariables(value: string): string[] {
  return /:\d{2,5}\s*\}+\s*$/.test(value) ? [...value.matchAll(/\$\{\s*(\w+)\s*:/g)].map(m => m[1]!) : []
}

/** `8081`, `${PORT:8081}`, `${SERVER_PORT:${PORT:8080}}` → the number; `${PORT}` → null. */
export function portFromConfigValue(value: string): number | null {
  const plain = /^\s*(\d{2,5})\s*$/.exec(value)
  const fallback = /:(\d{2,5})\s*\}+\s*$/.exec(value)
  const n = Number(plain?.[1] ?? fallback?.[1] ?? NaN)
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : null
}
