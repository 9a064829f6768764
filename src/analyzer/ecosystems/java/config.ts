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
  // Where each document starts in the file: a key's line is looked for in its own document.
  let docStart = 0
  for (const doc of docs) {
    const from = text.indexOf(doc, docStart)
    docStart = from + doc.length
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
      put(key, {
        value: v,
        evidence: nestedKeyEvidence(path, text, key, from, from + doc.length),
        profile: docProfile
      })
    })
  }
}

/**
 * The line of a flattened YAML key within its document (`from`…`to` of the file): each segment is looked for
 * inside its parent's block, more indented than the parent, so `server.port` is the `port:` under the
 * top-level `server:` — not an earlier `port:` of another block (`collector.scribe.port`), nor the `port:`
 * of `management.server` when that block comes first. The last segment's first line in the document (then
 * in the file) when the path cannot be followed (dotted keys such as `spring.main.x: …`, flow mappings).
 */
function nestedKeyEvidence(path: string, text: string, key: string, from = 0, to = text.length): Evidence {
  const segments = key.split('.')
  // The document's top-level keys sit at its least indentation (0 in almost every file).
  let top = Infinity
  for (const line of text.slice(from, to).split('\n'))
    if (line.trim() !== '' && !line.trimStart().startsWith('#'))
      top = Math.min(top, /^[ \t]*/.exec(line)![0].length)
  let start = from
  let parentIndent = -1
  let at = -1
  for (let i = 0; i < segments.length; i++) {
    // A segment, or the rest of the path written as one dotted key (`server.port: 8080` inside a block).
    let found = keyInBlock(text, segments[i]!, start, to, parentIndent, i === 0 ? top : null)
    if (!found && i < segments.length - 1) {
      found = keyInBlock(text, segments.slice(i).join('.'), start, to, parentIndent, i === 0 ? top : null)
      if (found) return evidenceAt(path, text, found.at)
    }
    if (!found) {
      const last = segments[segments.length - 1]!
      const doc = text.slice(from, to)
      const inDoc = keyEvidence(path, doc, last)
      return inDoc.line > 0
        ? evidenceAt(path, text, from + lineOffset(doc, inDoc.line))
        : keyEvidence(path, text, last)
    }
    at = found.at
    start = found.next
    parentIndent = found.indent
  }
  return evidenceAt(path, text, at)
}

/**
 * The first line from `start` that sets `key` inside the block of a parent indented `parentIndent` (the block
 * ends at the first line indented no deeper), at exactly `indent` when given (top-level keys).
 */
function keyInBlock(
  text: string,
  key: string,
  start: number,
  end: number,
  parentIndent: number,
  indent: number | null
): { at: number; next: number; indent: number } | null {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`^([ \\t-]*)['"]?${escaped}['"]?[ \\t]*:`)
  for (let pos = start; pos < end;) {
    const nl = text.indexOf('\n', pos)
    const lineEnd = nl < 0 || nl > end ? end : nl
    const line = text.slice(pos, lineEnd)
    const lead = /^[ \t-]*/.exec(line)![0].length
    const blank = line.trim() === '' || line.trimStart().startsWith('#')
    if (!blank && parentIndent >= 0 && lead <= parentIndent) return null
    const m = re.exec(line)
    if (m && m[1]!.length > parentIndent && (indent === null || m[1]!.length === indent))
      return { at: pos, next: lineEnd + 1, indent: m[1]!.length }
    pos = lineEnd + 1
  }
  return null
}

/** The offset of 1-based `line` in `text`. */
function lineOffset(text: string, line: number): number {
  let offset = 0
  for (let i = 1; i < line; i++) offset = text.indexOf('\n', offset) + 1
  return offset
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
