// Ports set in a config file the server loads by default: `port: 3000` in config.yml (Wiki.js style),
// `[server] address = ":9000"` in config.toml (a Go service decoding it with BurntSushi/toml). Only a
// file whose name the source passes to a loader counts: a config.yml no code opens (CI, docs tools) says
// nothing about the server. Without the file itself, its committed sample (config.sample.yml,
// config.example.toml) is what the deployer copies, a notch below. Only the top level and the web
// server's own section are read: `[smtp] port = 25` or `database.port` belong to other protocols.
import type { Candidate } from '../candidate.js'
import type { AppContext } from '../provider.js'
import type { Evidence } from '../report.js'
import { PORT } from '../precedence.js'
import { evidenceAt, keyEvidence } from './evidence.js'
import { getPath, isRecord, parseTomlFile, parseYamlBounded, parseYamlFile } from './manifests.js'
import { parse as parseToml } from 'smol-toml'
import { hasTemplateDefaults, renderTemplateDefaults } from './template-defaults.js'
import { CONFIG_FILE_PORT } from './ports.js'
import { containsAny } from './regex-literals.js'

const NAMES = ['config.yml', 'config.yaml', 'config.toml']
const SAMPLES = ['sample', 'example', 'dist', 'default']
/** Sections that configure the app's own HTTP listener ('' = the top level). */
const SECTIONS = ['', 'server', 'http', 'web']
/** Keys holding a port number, then keys holding a listen address (`:9000`, `0.0.0.0:9000`). */
const PORT_KEYS = ['port', 'http_port', 'httpPort']
const ADDRESS_KEYS = ['address', 'addr', 'listen', 'bind', 'listen_addr', 'http_addr', 'http']

/** The port of the app's own config file (top-level or server section), when the source loads it. */
export function configFilePort(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  const named = namedConfigPort(ctx, sources)
  if (named.length > 0) return named
  const viper = viperConfigPort(ctx, sources)
  if (viper.length > 0) return viper
  const quoted = quotedConfigPort(ctx, sources)
  return quoted.length > 0 ? quoted : sampledJsonConfigPort(ctx, sources)
}

/**
 * A JSON config the server loads by a relative path (`configFile: "conf/config.json"`), or, when that file is
 * not committed, its template (`sample_conf/config.json`, `conf/config.sample.json`, `conf/config.json.example`):
 * an install step copies the template into place (holdout33 cronicle: lib/main.js names conf/config.json,
 * sample_conf/config.json sets `"WebServer": { "http_port": 3012 }`). Only file names that say config
 * (`config`, `conf`, `settings`), so data files a source requires say nothing.
 */
const QUOTED_JSON_CONFIG =
  /["'`](?:\.\/)?((?:[\w.-]+\/){1,2}(?:[\w.-]*[._-])?(?:config|conf|settings)\.json)["'`]/g

function sampledJsonConfigPort(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  for (const source of sources) {
    const text = ctx.tree.read(source)
    if (text === null || !text.includes('.json')) continue
    for (const m of text.slice(0, 200_000).matchAll(QUOTED_JSON_CONFIG)) {
      const file = m[1]!
      if (OTHER_TOOLS.test(file)) continue
      // The committed file itself, else its template.
      for (const sample of ctx.has(file) ? [file] : jsonSamples(file)) {
        if (!ctx.has(sample)) continue
        const path = ctx.path(sample)
        const found = configTextPort(path, ctx.tree.read(path) ?? '')
        if (!found) continue
        return [
          {
            value: found.port,
            confidence: sample === file ? PORT.deployConfig : PORT.deployFile,
            source:
              sample === file
                ? `${file} ${found.key} (loaded by ${source})`
                : `${sample} ${found.key} (template of ${file}, loaded by ${source})`,
            evidence: [found.evidence, evidenceAt(source, text, m.index)],
            setsEnv: [CONFIG_FILE_PORT]
          }
        ]
      }
    }
  }
  return []
}

/** Where the template of `dir/name.json` is kept: beside it under a sample name, or in a sample folder. */
function jsonSamples(file: string): string[] {
  const slash = file.lastIndexOf('/')
  const dir = file.slice(0, slash)
  const name = file.slice(slash + 1)
  const base = name.replace(/\.json$/, '')
  const out: string[] = []
  for (const s of SAMPLES) out.push(`${dir}/${base}.${s}.json`, `${dir}/${name}.${s}`)
  for (const s of SAMPLES) {
    const [parent, leaf] = dir.includes('/')
      ? [dir.slice(0, dir.lastIndexOf('/') + 1), dir.slice(dir.lastIndexOf('/') + 1)]
      : ['', dir]
    out.push(
      `${parent}${s}_${leaf}/${name}`,
      `${parent}${s}-${leaf}/${name}`,
      `${parent}${leaf}.${s}/${name}`,
      `${parent}${leaf}-${s}/${name}`
    )
  }
  return out
}

/**
 * Go's viper finds its file by a bare name in search folders: `viper.SetConfigName("config")` with
 * `viper.AddConfigPath("config")` / `AddConfigPath(".")` loads config/config.yaml (or .yml/.toml/.json) — the
 * name carries no extension, so namedConfigPort's quoted `config.yaml` never appears. Only folders of the
 * app (relative paths; `/etc/app`, `$HOME/.app` are the deployer's) and only a call pair in one file.
 */
const VIPER_NAME = /\.SetConfigName\(\s*"([\w.-]+)"\s*\)/g
const VIPER_PATH = /\.AddConfigPath\(\s*"((?:\.{1,2}\/)*[\w.-]*(?:\/[\w.-]+)*)\/?"\s*\)/g
const VIPER_TYPES = ['yaml', 'yml', 'toml', 'json']

function viperConfigPort(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  for (const source of sources) {
    const text = ctx.tree.read(source)
    if (text === null || !text.includes('.SetConfigName(')) continue
    const names = [...text.matchAll(VIPER_NAME)].map(m => m[1]!)
    // `..`/`../../config` search upwards from a test's folder: the app's own folder is what remains.
    const dirs = [...text.matchAll(VIPER_PATH)]
      .map(m => m[1]!.replace(/^(?:\.{1,2}\/)+/, '').replace(/^\.{1,2}$/, ''))
      .filter((d, i, all) => all.indexOf(d) === i)
    for (const dir of dirs)
      for (const name of names)
        for (const type of VIPER_TYPES) {
          const file = dir ? `${dir}/${name}.${type}` : `${name}.${type}`
          if (!ctx.has(file)) continue
          const found = fileListenPort(ctx, ctx.path(file))
          if (!found) continue
          return [
            {
              value: found.port,
              confidence: PORT.deployConfig,
              source: `${file} ${found.key} (viper config "${name}" loaded by ${source})`,
              evidence: [found.evidence, evidenceAt(source, text, text.indexOf('.SetConfigName('))],
              setsEnv: [CONFIG_FILE_PORT]
            }
          ]
        }
  }
  return []
}

/**
 * A relative path to a TOML/YAML file of the app written in a source (`"./config/default.toml"`,
 * `"configs/server.yaml"`): the file the server loads, as config.toml is above. Files of other tools
 * (compose, CI workflows, Kubernetes manifests, lockfiles) are no server config.
 */
const QUOTED_CONFIG = /["'`](?:\.\/)?((?:[\w.-]+\/){1,3}[\w.-]+\.(?:toml|ya?ml))["'`]/g
const OTHER_TOOLS =
  /(?:^|\/)(?:\.github|\.gitlab|k8s|kubernetes|helm|charts|deploy|\.circleci)\/|(?:^|\/)(?:docker-)?compose[\w.-]*\.ya?ml$|(?:^|\/)(?:Cargo|pnpm-lock|pnpm-workspace|\.?[\w-]*lock)\.(?:toml|ya?ml)$/i

/** What the quoted-path test needs (each searched for before the pattern is tried at every `.` of a file). */
const namesConfigFile = containsAny(['.toml', '.yml', '.yaml'])

function quotedConfigPort(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  const seen = new Set<string>()
  for (const source of sources) {
    const text = ctx.tree.read(source)
    if (text === null || !namesConfigFile(text) || !/\.(?:toml|ya?ml)["'`]/.test(text)) continue
    for (const m of text.slice(0, 200_000).matchAll(QUOTED_CONFIG)) {
      const file = m[1]!
      if (seen.has(file) || OTHER_TOOLS.test(file) || !ctx.has(file)) continue
      seen.add(file)
      const found = fileListenPort(ctx, ctx.path(file))
      if (!found) continue
      return [
        {
          value: found.port,
          confidence: PORT.deployFile,
          source: `${file} ${found.key} (named in ${source})`,
          evidence: [found.evidence],
          setsEnv: [CONFIG_FILE_PORT]
        }
      ]
    }
  }
  return []
}

function namedConfigPort(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  for (const name of NAMES) {
    const dot = name.lastIndexOf('.')
    const [base, ext] = [name.slice(0, dot), name.slice(dot + 1)]
    const files = [name, ...SAMPLES.map(s => `${base}.${s}.${ext}`)].filter(f => ctx.has(f))
    if (files.length === 0) continue
    const quoted = new RegExp(`['"\`/]${base}\\.${ext}['"\`]`)
    if (!sources.some(f => quoted.test(ctx.tree.read(f) ?? ''))) continue
    for (const file of files) {
      const found = fileListenPort(ctx, ctx.path(file))
      if (!found) continue
      return [
        {
          value: found.port,
          confidence: file === name ? PORT.deployConfig : PORT.deployFile,
          source: `${file} ${found.key} (loaded by the server)`,
          evidence: [found.evidence],
          // The server's config object gets this port: its own `conf.port || PORT || n` fallback never runs.
          setsEnv: [CONFIG_FILE_PORT]
        }
      ]
    }
  }
  return []
}

/** The listen port of a YAML/TOML file of the tree; a templated one is rendered with its defaults first. */
function fileListenPort(
  ctx: AppContext,
  path: string
): { port: number; key: string; evidence: Evidence } | null {
  const text = ctx.tree.read(path)
  if (text === null) return null
  if (hasTemplateDefaults(text)) return configTextPort(path, text)
  const parsed = /\.toml$/.test(path) ? parseTomlFile(ctx.tree, path) : parseYamlFile(ctx.tree, path)
  if (!parsed?.ok || !isRecord(parsed.value)) return null
  const found = listenPort(parsed.value)
  if (!found) return null
  return {
    port: found.port,
    key: `${found.section ? `${found.section}.` : ''}${found.key}`,
    evidence: sectionKeyEvidence(path, text, found.section, found.key)
  }
}

/**
 * The listen port of a config file's text (TOML, YAML or JSON by its name), rendered with its template
 * defaults first (`http: {{ getenv "WEB_HTTP" "0.0.0.0:5556" }}`, `port: ${PORT:-8080}`): the value and the
 * line of its key. Null when the text does not parse or names no port in the sections read.
 */
export function configTextPort(
  file: string,
  text: string
): { port: number; key: string; evidence: Evidence } | null {
  const rendered = hasTemplateDefaults(text) ? renderTemplateDefaults(text) : text
  let value: unknown
  try {
    value = /\.toml$/i.test(file)
      ? parseToml(rendered)
      : /\.json$/i.test(file)
        ? (JSON.parse(rendered) as unknown)
        : parseYamlBounded(rendered)
  } catch {
    return null
  }
  if (!isRecord(value)) return null
  const found = listenPort(value)
  if (!found) return null
  return {
    port: found.port,
    key: `${found.section ? `${found.section}.` : ''}${found.key}`,
    evidence: /\.json$/i.test(file)
      ? (jsonKeyEvidence(file, text, found.section, found.key) ??
        sectionKeyEvidence(file, text, found.section, found.key))
      : sectionKeyEvidence(file, text, found.section, found.key)
  }
}

/**
 * The line of `"key":` in a JSON text at the top level, or directly inside the top-level object `section`:
 * braces are counted outside strings, so `"db": { "port": 5432 }` before the top-level `"port"` is skipped.
 */
function jsonKeyEvidence(file: string, text: string, section: string, key: string): Evidence | null {
  let depth = 0
  let inSection = false
  const want = section ? 2 : 1
  for (let i = 0; i < text.length && i < 500_000; i++) {
    const c = text[i]
    if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth < 2) inSection = false
    } else if (c === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const name = text.slice(i + 1, j)
      const colon = /^\s*:/.test(text.slice(j + 1, j + 40))
      if (colon && depth === 1) inSection = section !== '' && name === section
      if (colon && depth === want && name === key && (!section || inSection)) return evidenceAt(file, text, i)
      i = j
    }
  }
  return null
}

export function listenPort(
  config: Record<string, unknown>
): { port: number; section: string; key: string } | null {
  for (const section of SECTIONS) {
    const block = section ? getPath(config, section) : config
    if (!isRecord(block)) continue
    for (const key of PORT_KEYS) {
      const v = block[key]
      const port = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN
      if (validPort(port)) return { port, section, key }
    }
    for (const key of ADDRESS_KEYS) {
      const v = block[key]
      const m = typeof v === 'string' ? /^(?:[\w.-]*|\[[\da-f:]*\]):(\d{2,5})$/i.exec(v.trim()) : null
      if (m && validPort(Number(m[1]))) return { port: Number(m[1]), section, key }
    }
  }
  // `"WebServer": { "http_port": 3012 }`, `http_server:`: the web server's own section under a longer name.
  for (const section of Object.keys(config)) {
    if (!WEB_SERVER_SECTION.test(section)) continue
    const block = config[section]
    if (!isRecord(block)) continue
    for (const key of PORT_KEYS) {
      const v = block[key]
      const port = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN
      if (validPort(port)) return { port, section, key }
    }
  }
  return null
}

const WEB_SERVER_SECTION = /^(?:web|http)[_-]?server$/i

const validPort = (p: number): boolean => Number.isInteger(p) && p > 0 && p < 65536

/** The `key` line inside `[section]` (TOML) or under `section:` (YAML); the first `key` at the top level. */
export function sectionKeyEvidence(file: string, text: string, section: string, key: string): Evidence {
  if (!section) return keyEvidence(file, text, key)
  const header = new RegExp(`^[ \\t]*(?:\\[${section}\\]|${section}\\s*:)\\s*(?:#.*)?$`, 'm').exec(text)
  if (!header) return keyEvidence(file, text, key)
  const re = new RegExp(`^[ \\t]*['"]?${key}['"]?\\s*[:=]`, 'gm')
  re.lastIndex = header.index
  const m = re.exec(text)
  return m ? evidenceAt(file, text, m.index) : keyEvidence(file, text, key)
}
