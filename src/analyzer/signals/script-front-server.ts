// An entrypoint script that starts a front server in the background before it execs the app — wishlist's
// `caddy start --config /usr/src/app/Caddyfile` then `exec pnpm start`, or a bare `nginx` (which daemonizes)
// — serves HTTP on the front server's port: the Caddyfile's `:3280 {` site whose `reverse_proxy :3000`
// reaches the app, an nginx `listen 8080;` server that `proxy_pass`es to it.
import type { Evidence } from '../report.js'
import { copiedFrom, nextWorkdir, type ContextCopy } from './docker-copies.js'
import { evidenceAt } from './evidence.js'
import type { RepoFileReader } from './script-files.js'
import { expandScriptVariables } from './start-script.js'

export interface FrontServerPort {
  port: number
  /** The repository file of the front server's configuration. */
  file: string
  evidence: Evidence[]
}

/** `caddy start [--config X]`, `caddy run --config X &` (backgrounded), `nginx [-c X]` without `daemon off`. */
const CADDY = /^\s*(?:\S*\/)?caddy\s+(start|run)\b([^#\n]*)$/
const NGINX = /^\s*(?:\S*\/)?nginx(?:\s+([^#\n]*))?$/

/** The config path a front-server line passes, or its default; null when the line does not background it. */
function startedConfig(line: string): { server: 'caddy' | 'nginx'; config: string } | null {
  const caddy = CADDY.exec(line)
  if (caddy) {
    if (caddy[1] === 'run' && !/&\s*$/.test(caddy[2]!)) return null
    const config = /--config[=\s]+["']?([^\s"']+)/.exec(caddy[2]!)?.[1] ?? '/etc/caddy/Caddyfile'
    return { server: 'caddy', config }
  }
  const nginx = NGINX.exec(line)
  if (nginx) {
    const args = nginx[1] ?? ''
    if (/daemon\s+off/.test(args) && !/&\s*$/.test(args)) return null
    if (/(?:^|\s)-[tTsvV]\b/.test(args)) return null
    const config = /(?:^|\s)-c\s+["']?([^\s"']+)/.exec(args)?.[1] ?? '/etc/nginx/nginx.conf'
    return { server: 'nginx', config }
  }
  return null
}

/**
 * The port a Caddy site or nginx server listens on when it proxies to a backend, with its line. An nginx
 * `listen ${APP_PORT};` is a template the script renders (`envsubst`): `variable` gives the value the script
 * sets for that name, and without one the server has no port.
 */
function proxiedListen(
  server: 'caddy' | 'nginx',
  text: string,
  variable: (name: string) => number | null = () => null
): { port: number; index: number } | null {
  if (!(server === 'caddy' ? /\breverse_proxy\b/ : /\bproxy_pass\b/).test(text)) return null
  const listen =
    server === 'caddy'
      ? /^[ \t]*(?:https?:\/\/)?[\w.*-]*:(\d{2,5})\b[^\n{]*\{/m.exec(text)
      : /^[ \t]*listen[ \t]+(?:\[::\]:|[\d.]+:|\*:)?(?:(\d{2,5})\b|\$\{?([A-Za-z_]\w*)\}?)/m.exec(text)
  if (!listen) return null
  const port = listen[1] !== undefined ? Number(listen[1]) : variable(listen[2]!)
  if (port === null || !(port > 0 && port < 65536)) return null
  return { port, index: listen.index }
}

/**
 * The number a script gives `name` before `line` (0-based) when it renders templates with `envsubst`:
 * `: "${PORT:=6060}"`, `export PORT="${PORT:-6060}"`, `PORT=6060`. Null otherwise.
 */
function renderedVariable(script: string, line: number, name: string): number | null {
  const before = script.split('\n').slice(0, line).join('\n')
  if (!/\benvsubst\b/.test(script)) return null
  const assigned = expandScriptVariables(`\${${name}}`, script, line + 1)
  if (/^\d{2,5}$/.test(assigned)) return Number(assigned)
  const defaulted = new RegExp(`^[ \\t]*:[ \\t]+["']?\\$\\{${name}:?=(\\d{2,5})\\}["']?[ \\t]*$`, 'm').exec(
    before
  )
  return defaulted ? Number(defaulted[1]) : null
}

/**
 * The repository files behind the configuration: the path passed (or the default), and for nginx run with
 * its default nginx.conf the server files the image copies into /etc/nginx/conf.d or sites-enabled too.
 */
function configSources(
  started: { server: 'caddy' | 'nginx'; config: string },
  imagePath: string,
  copies: readonly ContextCopy[]
): string[] {
  const out = copiedFrom(imagePath, [...copies])
  if (started.server === 'nginx' && started.config === '/etc/nginx/nginx.conf')
    for (const copy of copies)
      if (/^\/etc\/nginx\/(?:conf\.d|sites-enabled|sites-available)(?:\/|$)/.test(copy.dest))
        out.push(...copy.sources.map(src => src.replace(/^(?:\.?\/)+/, '')))
  return out
}

/**
 * The front server's port when the script starts one before running the app (a later line remains), read
 * from the configuration file the image copied to the path it passes.
 */
export function frontServerStartedBy(
  script: { path: string; text: string },
  copies: readonly ContextCopy[],
  workdir: string,
  dockerfileDir: string,
  readFile: RepoFileReader
): FrontServerPort | null {
  const lines = script.text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!line || line.startsWith('#')) continue
    const started = startedConfig(line)
    if (!started) continue
    // Something must run after it: the front server alone is not a server in front of the app.
    if (!lines.slice(i + 1).some(l => l.trim() && !l.trim().startsWith('#'))) return null
    const imagePath = started.config.startsWith('/') ? started.config : nextWorkdir(workdir, started.config)
    for (const source of configSources(started, imagePath, copies))
      for (const base of dockerfileDir === '.' ? ['.'] : [dockerfileDir, '.']) {
        const file = base === '.' ? source : `${base}/${source}`
        const text = readFile(file)
        const listen =
          text !== null
            ? proxiedListen(started.server, text, name => renderedVariable(script.text, i, name))
            : null
        if (listen)
          return {
            port: listen.port,
            file,
            evidence: [
              evidenceAt(script.path, script.text, lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0)),
              evidenceAt(file, text!, listen.index)
            ]
          }
      }
  }
  return null
}
