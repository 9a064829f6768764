// Images that start supervisord (`CMD ["supervisord", "-c", "/etc/supervisor/conf.d/app.conf"]`, or an
// entrypoint script that execs it) run the programs of its configuration: the web server is one
// `[program:x] command=` among queue workers, schedulers and cron. That program is what serves the app, so
// its command is the start command to report, with the config file and line as evidence. The config is
// read under the repository path the Dockerfile copied it from (`COPY docker/supervisord.conf /etc/…`), or,
// when supervisord is given no `-c`, from the paths the supervisor packages read by default and the
// `[include]` folders they name (Debian `/etc/supervisor/conf.d/*.conf`, Alpine `/etc/supervisor.d/*.ini`).
// A front server chosen beside a FastCGI pool (nginx + php-fpm, caddy + php-fpm) is no such program: the
// two serve the app only together, so the image's supervisord command is the start (`behind`).
import type { Evidence } from '../report.js'
import { clip } from './evidence.js'
import { FRONT_SERVER, runsFrontServer } from './front-server.js'
import { copiedFrom, type ContextCopy } from './docker-copies.js'
import { portFromCommand } from './ports.js'
import { dropExecWrappers, dropLaunchers, readRepoScript, type RepoFileReader } from './start-script.js'

/** The Dockerfile context a supervisord configuration is read in. */
export interface SupervisordContext {
  copies: ContextCopy[]
  dockerfileDir: string
  readFile: RepoFileReader
  /** The image's environment: `%(ENV_ROOT)s` in a config is `${ROOT}` (Dockerfile ENV/ARG values). */
  env: (name: string) => string | undefined
  /** The image's WORKDIR: `php /var/www/html/artisan` run from there is `php artisan`. */
  workdir: string
}

export interface SupervisedProgram {
  /** The program's command, variables expanded, paths under its working directory made relative. */
  command: string
  name: string
  /** The config line of the program's command. */
  evidence: Evidence
  /** The configuration supervisord was started with that led to this program (null: its default search). */
  config: string | null
  /** The port the command binds on all interfaces (`--port=8000`, `-b 0.0.0.0:8000`), or null. */
  port: number | null
  /**
   * The FastCGI pools supervised beside this front server (`[program:php-fpm] command=php-fpm -F` next to
   * `[program:nginx]`): neither program serves the app alone, so supervisord itself is the app's start.
   * Empty for an app server, or a front server with nothing behind it but workers.
   */
  behind: { name: string; evidence: Evidence }[]
}

const SUPERVISORD = /^(?:\S*\/)?supervisord$/

/**
 * The configuration a supervisord command line names (`supervisord -n -c /etc/x.conf`,
 * `--configuration=/etc/x.conf`): its image path, `null` for the package's default one, or `undefined`
 * when the command does not run supervisord.
 */
export function supervisordConfig(command: string): string | null | undefined {
  const words = dropExecWrappers(dropLaunchers(command.replace(/^\s*exec\s+/, '')).join(' ')).map(w =>
    w.replace(/^["']|["']$/g, '')
  )
  if (!SUPERVISORD.test(words[0] ?? '')) return undefined
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if ((w === '-c' || w === '--configuration') && words[i + 1]) return words[i + 1]!
    const m = /^(?:--configuration=|-c)(\S+)$/.exec(w)
    if (m) return m[1]!.replace(/["']/g, '')
  }
  return null
}

/** The lines of a script that start supervisord, with the configuration each names (see supervisordConfig). */
export function scriptSupervisordRuns(
  text: string
): { config: string | null; line: number; text: string; command: string }[] {
  const out: { config: string | null; line: number; text: string; command: string }[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!line || line.startsWith('#') || !/supervisord/.test(line)) continue
    // `then exec supervisord -c x`, `… && exec supervisord`: the command part of the line that runs it.
    for (const part of line.split(/\s*(?:&&|\|\||;|\bthen\b|\belse\b|\bdo\b)\s*/)) {
      const config = supervisordConfig(part.trim())
      if (config !== undefined) {
        out.push({ config, line: i + 1, text: clip(line), command: part.trim().replace(/^exec\s+/, '') })
        break
      }
    }
  }
  return out
}

/** Where supervisord looks when given no `-c` (after its own folder and the working directory). */
const DEFAULT_CONFIGS = ['/etc/supervisord.conf', '/etc/supervisor/supervisord.conf']
/** What the packaged default configurations include (Debian/Ubuntu, Alpine). */
const PACKAGE_INCLUDES = ['/etc/supervisor/conf.d/*.conf', '/etc/supervisor.d/*.ini']

interface Section {
  name: string
  keys: Map<string, { value: string; line: number; text: string }>
}

/** INI sections with their keys; `;`/`#` comments, indented continuation lines joined to the value. */
export function parseSupervisorIni(text: string): Section[] {
  const sections: Section[] = []
  let current: Section | null = null
  let lastKey: { value: string; line: number; text: string } | null = null
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    const line = raw.trim()
    if (!line || line.startsWith(';') || line.startsWith('#')) continue
    const header = /^\[([^\]]+)\]/.exec(line)
    if (header) {
      current = { name: header[1]!.trim(), keys: new Map() }
      sections.push(current)
      lastKey = null
      continue
    }
    if (!current) continue
    if (/^\s/.test(raw) && lastKey && !line.includes('=')) {
      lastKey.value += ` ${line}`
      continue
    }
    const kv = /^([\w.-]+)\s*=\s*(.*)$/.exec(line)
    if (!kv) continue
    // An inline comment needs whitespace before its `;` (supervisor's own rule).
    const value = kv[2]!.replace(/\s+;.*$/, '').trim()
    lastKey = { value, line: i + 1, text: clip(line) }
    current.keys.set(kv[1]!.toLowerCase(), lastKey)
  }
  return sections
}

/** Programs that do not serve HTTP: workers, schedulers, cron, FastCGI pools, datastores, log shippers. */
const NOT_WEB =
  /(?:^|[\s/:])(?:queue:(?:work|listen)|horizon(?::\w+)?|schedule:(?:run|work)|messenger:consume|pulse:check|php-fpm[\d.]*|cron|crond|supercronic|celery|sidekiq|dramatiq|huey|rqworker|redis-server|memcached|postgres|mysqld|mongod|sshd|rsyslogd|syslog-ng|tail|sleep|logrotate)(?=$|[\s@:])|(?:^|\s)(?:rq\s+worker|worker|beat|runworker|qcluster)(?=$|\s)/
/** Application servers and runtimes that serve the app itself. */
const APP_SERVER =
  /(?:^|\s)(?:\S*\/)?(?:gunicorn|uvicorn|daphne|hypercorn|granian|waitress-serve|uwsgi|node|bun|deno|puma|unicorn|thin|passenger|frankenphp|rr|java|dotnet|rackup|hypnotoad|starman|plackup)(?=$|\s)|\bartisan\s+(?:octane:\w+|serve)\b|\bmanage\.py\s+runserver\b|\b(?:rails|bin\/rails)\s+(?:s|server)\b|\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?(?:start|serve)\b|\bphp\s+-S\b/
/** WebSocket servers (Laravel Reverb, laravel-websockets, soketi): HTTP only for upgrades. */
const WEBSOCKET = /\b(?:reverb:start|websockets:serve|soketi)\b/
/** FastCGI pools: they run the app's code but speak FastCGI, so a front server must stand before them. */
const FASTCGI_POOL = /^(?:\S*\/)?(?:php-fpm[\d.]*|php-cgi[\d.]*|php\d[\d.]*-fpm|fcgiwrap|spawn-fcgi|hhvm)$/

/** A worker named in a program's name or in a word of its command (`node /app/worker.js`, `[program:queue]`). */
const WORKER_WORD = /(?:^|[/_.:-])(?:workers?|queues?|jobs?|consumers?|cron|scheduler|beat)(?=$|[/_.:-])/i
/** Program names that say they serve (`[program:web]`, `[program:http]`, `[program:api]`). */
const WEB_NAME = /web|http|app|server|api|site|www|front/i

/**
 * How much a program looks like the app's web server: higher serves more of it, negative serves none. A
 * serving name breaks a tie between two programs of one kind (`[program:http]` beside `[program:resizer]`).
 */
export function webRank(command: string, name = ''): number {
  if (!command.trim()) return -1
  if (WEBSOCKET.test(command)) return 1
  if (NOT_WEB.test(command)) return -1
  const words = command.trim().split(/\s+/)
  if (WORKER_WORD.test(name) || words.some(w => !w.startsWith('-') && WORKER_WORD.test(w))) return -1
  const named = WEB_NAME.test(name) ? 0.5 : 0
  if (FRONT_SERVER.test(words[0]!)) return 3 + named
  if (APP_SERVER.test(command)) return 4 + named
  return 2 + named
}

/**
 * The program that serves HTTP among those of the configurations supervisord is started with (`configs`:
 * image paths, `null` for its default search), following `[include] files=`. App servers (Octane, gunicorn,
 * uvicorn, node …) outrank a front server (nginx), which outranks an unknown program, which outranks a
 * WebSocket server; workers, schedulers, cron and php-fpm (FastCGI, not HTTP) never serve. Programs with
 * `autostart=false` do not run. Null when no configuration is in the repository or none of its programs serves.
 */
export function supervisedWebProgram(
  configs: (string | null)[],
  ctx: SupervisordContext
): SupervisedProgram | null {
  // Held in an object: TypeScript does not see the closure below assign a plain `let`.
  const state: { best: { rank: number; priority: number; program: SupervisedProgram } | null } = {
    best: null
  }
  // The FastCGI pools each configuration runs (a front server's backends), by the configuration started.
  const pools: { config: string | null; name: string; evidence: Evidence }[] = []
  const seen = new Set<string>()
  const visit = (image: string, config: string | null, depth: number): boolean => {
    let found = false
    for (const file of repoFilesFor(image, ctx)) {
      found = true
      if (seen.has(file.path)) continue
      seen.add(file.path)
      for (const section of parseSupervisorIni(file.text)) {
        const includes = section.name === 'include' ? section.keys.get('files')?.value : undefined
        if (includes && depth < MAX_INCLUDE_DEPTH)
          for (const pattern of includes.split(/\s+/).filter(Boolean).slice(0, MAX_INCLUDE_PATTERNS))
            visit(resolveImagePath(pattern, file.image), config, depth + 1)
        const programName = /^program:(.+)$/.exec(section.name)?.[1]?.trim()
        const command = section.keys.get('command')
        if (!programName || !command) continue
        const expand = (v: string): string => expandSupervisorVars(v, programName, file.image, ctx)
        const autostart = section.keys.get('autostart')
        if (autostart && /^(?:false|no|off|0)$/i.test(expand(autostart.value).trim())) continue
        const directory = section.keys.get('directory')
        const value = relativeTo(
          expand(command.value).replace(/\s+/g, ' ').trim(),
          directory ? expand(directory.value).trim() : ctx.workdir
        )
        const evidence = { file: file.path, line: command.line, text: command.text }
        if (FASTCGI_POOL.test(value.replace(/^exec\s+/, '').split(/\s+/)[0] ?? ''))
          pools.push({ config, name: programName, evidence })
        const rank = webRank(value, programName)
        if (rank < 0) continue
        const priority = Number(section.keys.get('priority')?.value ?? 999) || 999
        const best = state.best
        if (best && (rank < best.rank || (rank === best.rank && priority >= best.priority))) continue
        state.best = {
          rank,
          priority,
          program: {
            command: value,
            name: programName,
            evidence,
            config,
            port: boundPort(value),
            behind: []
          }
        }
      }
    }
    return found
  }
  for (const config of configs) {
    // A relative `-c` is read from the working directory supervisord starts in (the image's WORKDIR).
    const mains =
      config === null
        ? DEFAULT_CONFIGS
        : [config.startsWith('/') ? config : resolveImagePath(config, `${ctx.workdir.replace(/\/+$/, '')}/`)]
    let found = false
    for (const image of mains) if (visit(image, config, 0)) found = true
    // The packaged default configuration (not in the repository) includes its conf.d folder.
    if (!found && mains.every(m => DEFAULT_CONFIGS.includes(m)))
      for (const image of PACKAGE_INCLUDES) visit(image, config, 1)
  }
  const program = state.best?.program
  if (!program) return null
  // nginx (caddy, apache …) in front of php-fpm: the pair serves the app, and supervisord starts the pair.
  if (runsFrontServer(program.command))
    program.behind = pools
      .filter(p => p.config === program.config)
      .map(({ name, evidence }) => ({ name, evidence }))
  return program
}

const MAX_INCLUDE_DEPTH = 4
/** Real include lines name a folder glob or two; a hostile one with thousands is cut here. */
const MAX_INCLUDE_PATTERNS = 32

/** The port a command binds on all interfaces; a loopback bind is a backend behind a front server. */
function boundPort(command: string): number | null {
  if (
    /(?:--host[=\s]+|--bind[=\s]+|-b\s+|--listen[=\s]+)["']?(?:127\.0\.0\.1|localhost|\[::1\])\b/.test(
      command
    )
  )
    return null
  return portFromCommand(command)
}

/** `%(ENV_ROOT)s`, `%(program_name)s`, `%(here)s` (the config's folder); unknown ENV values are empty. */
function expandSupervisorVars(
  value: string,
  program: string,
  image: string,
  ctx: SupervisordContext
): string {
  return value.replace(/%\((\w+)\)[sd]/g, (whole, key: string) => {
    if (key.startsWith('ENV_')) return ctx.env(key.slice(4)) ?? ''
    if (key === 'program_name') return program
    if (key === 'here') return image.slice(0, image.lastIndexOf('/')) || '/'
    return whole
  })
}

/** `php /var/www/html/artisan serve` run from `/var/www/html` → `php artisan serve`. */
function relativeTo(command: string, dir: string): string {
  const base = dir.replace(/\/+$/, '')
  if (!base.startsWith('/') || base === '') return command
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return command.replace(new RegExp(`(^|[\\s=])${escaped}/`, 'g'), '$1')
}

/** An include pattern relative to the including file's folder, as supervisord resolves it. */
function resolveImagePath(pattern: string, from: string): string {
  if (pattern.startsWith('/')) return pattern
  const dir = from.slice(0, from.lastIndexOf('/'))
  return `${dir}/${pattern.replace(/^\.\//, '')}`
}

/**
 * The repository files an image path (or an image glob such as `/etc/supervisor/conf.d/*.conf`) holds:
 * through the Dockerfile's COPY/ADD (a file, a folder's contents, a glob source into a folder), else by the
 * path's tails in the repository (`/etc/supervisord.conf` → `supervisord.conf` beside the Dockerfile).
 */
function repoFilesFor(
  image: string,
  ctx: SupervisordContext
): { path: string; text: string; image: string }[] {
  const name = image.slice(image.lastIndexOf('/') + 1)
  const dir = image.slice(0, image.lastIndexOf('/') + 1)
  const bases = ctx.dockerfileDir === '.' || ctx.dockerfileDir === '' ? ['.'] : [ctx.dockerfileDir, '.']
  const read = (source: string): { path: string; text: string } | null => {
    for (const base of bases) {
      const path = base === '.' ? source : `${base}/${source}`
      const text = ctx.readFile(path)
      if (text !== null) return { path, text }
    }
    return null
  }
  const out: { path: string; text: string; image: string }[] = []
  const add = (source: string, imagePath: string): void => {
    const file = read(source)
    if (file && !out.some(o => o.path === file.path)) out.push({ ...file, image: imagePath })
  }
  if (/[*?]/.test(name)) {
    // An image glob: every file a COPY put into that folder under a matching name.
    const matches = globRegex(name)
    for (const copy of ctx.copies) {
      const intoDir = copy.dest.endsWith('/') || copy.sources.length > 1
      if (!intoDir) {
        // A file copied under its image name (`COPY supervisor/app.ini /etc/supervisor.d/app.ini`).
        const slash = copy.dest.lastIndexOf('/')
        const source = copy.sources[0]!
        if (
          copy.dest.slice(0, slash + 1) === dir &&
          matches.test(copy.dest.slice(slash + 1)) &&
          !/[*?]/.test(source)
        )
          add(source.replace(/^\.\//, ''), copy.dest)
        continue
      }
      const destDir = copy.dest.replace(/\/+$/, '') + '/'
      if (destDir !== dir) continue
      for (const source of copy.sources) {
        const base = source.slice(source.lastIndexOf('/') + 1)
        if (!/[*?]/.test(source) && matches.test(base)) add(source.replace(/^\.\//, ''), destDir + base)
      }
    }
    return out
  }
  for (const source of copiedFrom(image, ctx.copies)) add(source, image)
  // A glob source copied into the folder (`COPY deploy/supervisord.*.conf /etc/supervisor/conf.d/`).
  for (const copy of [...ctx.copies].reverse()) {
    const destDir = copy.dest.replace(/\/+$/, '') + '/'
    if (destDir !== dir) continue
    for (const source of copy.sources) {
      const slash = source.lastIndexOf('/')
      if (/[*?]/.test(source.slice(slash + 1)) && globRegex(source.slice(slash + 1)).test(name))
        add(`${source.slice(0, slash + 1)}${name}`.replace(/^\.\//, ''), image)
    }
  }
  if (out.length === 0) {
    const found = readRepoScript(image, ctx.dockerfileDir, ctx.readFile)
    if (found) out.push({ ...found, image })
  }
  return out
}

/** `*` and `?` only (supervisord's rare `[…]` classes are taken literally): everything else is escaped. */
function globRegex(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}
