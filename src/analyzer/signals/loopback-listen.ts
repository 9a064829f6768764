// A production server bound to the loopback interface only (`server.listen(port, '127.0.0.1')`, Flask's
// host-less `app.run()`, `ListenAndServe("localhost:8080", …)`, `SocketAddr::from(([127, 0, 0, 1], 3000))`,
// `uvicorn app:app` without --host) answers inside its container alone: neither the port mapping nor the
// load balancer reaches it, and the deploy fails its health check with nothing in the app's log to say why.
//
// Two answers, by who owns the command:
// - a start command the generated image runs is fixed there (`publicBind`, applied to every generated CMD):
//   a server program's loopback host becomes 0.0.0.0, and uvicorn/hypercorn/`flask run`, which bind loopback
//   by default, get a host flag;
// - a bind in the code, or in the command of the app's own Dockerfile, cannot be fixed from outside: the
//   analysis warns LISTENS_ON_LOCALHOST with the file and line (`loopbackListenWarnings`).
// A reverse proxy in the same image (nginx, Caddy … under supervisord or a start script) fronts a loopback
// listener on purpose: no warning then. Only the app's production sources are read (no tests, examples,
// scripts, clients), and only when every listener they show binds loopback.
import type { Evidence, Warning } from '../report.js'
import type { SourceTree } from '../tree.js'
import { basename, joinPath } from '../tree.js'
import { desktopShell } from './desktop-shell.js'
import { evidenceAt, stripCComments, stripHashComments, stripJsComments } from './evidence.js'

const LOOPBACK = String.raw`(?:127\.0\.0\.1|localhost|\[?::1\]?)`
const Q = `['"\`]`

/** A server program's host/bind option set to a loopback address: `--host 127.0.0.1`, `-b localhost:8000`. */
const COMMAND_LOOPBACK = new RegExp(
  String.raw`(^|\s)(--host|-H|-h|--hostname|--bind|-b|--listen|--http|--http-socket)(=|\s+)(['"]?)(?:tcp://)?${LOOPBACK}(?=[:'"\s]|$)`
)

/** Server programs that bind 127.0.0.1 unless told otherwise, and the option that says where. */
const LOOPBACK_BY_DEFAULT: { program: RegExp; given: RegExp; add: (port: string) => string }[] = [
  // uvicorn (and `python -m uvicorn`): --host defaults to 127.0.0.1; a socket (--uds/--fd) needs none.
  {
    program: /(?:^|[\s/])uvicorn\s/,
    given: /\s--(?:host|uds|fd)\b/,
    add: () => '--host 0.0.0.0'
  },
  // hypercorn: --bind defaults to 127.0.0.1:8000; a config file (-c) may set it.
  {
    program: /(?:^|[\s/])hypercorn\s/,
    given: /\s(?:-b|--bind|-c|--config)\b/,
    add: port => `--bind 0.0.0.0:${port}`
  },
  // `flask run`: --host defaults to 127.0.0.1 (FLASK_RUN_HOST may set it).
  {
    program: /(?:^|[\s/])flask\s+(?:--app\s+\S+\s+)?run\b/,
    given: /\s(?:--host|-h)\b|FLASK_RUN_HOST/,
    add: () => '--host 0.0.0.0'
  }
]

/** Programs that run other programs or front them: a loopback bind behind them is on purpose. */
const SUPERVISOR_OR_PROXY =
  /\b(?:supervisord|supervisorctl|s6-svscan|\/init|runsvdir|honcho|overmind|foreman|pm2-runtime|nginx|caddy|haproxy|traefik|envoy|apache2(?:ctl|-foreground)?|httpd)\b/

/** The first program a command runs, past `exec`, `env`, `VAR=value` assignments and `cd dir &&`. */
function firstSegment(command: string): string {
  return command
    .trim()
    .replace(/^(?:cd\s+\S+\s*&&\s*)/, '')
    .replace(/^(?:exec\s+|env\s+|[A-Za-z_]\w*=\S*\s+)*/, '')
}

/**
 * The start command with the server listening on every interface: a loopback host option becomes 0.0.0.0
 * (`uvicorn app:app --host 127.0.0.1` → `--host 0.0.0.0`, `gunicorn -b localhost:8000` → `-b 0.0.0.0:8000`),
 * and uvicorn, hypercorn and `flask run` without one get it (`--bind 0.0.0.0:$PORT` where the option holds the
 * port). Commands that start a supervisor or a proxy are left alone: it fronts the loopback listener.
 */
export function publicBind(command: string, port = '$PORT'): string {
  if (SUPERVISOR_OR_PROXY.test(command)) return command
  const out = command.replace(
    new RegExp(COMMAND_LOOPBACK.source, 'g'),
    (_m, lead: string, flag: string, sep: string, quote: string) => `${lead}${flag}${sep}${quote}0.0.0.0`
  )
  // The flag is appended: only to a command that ends with the server (`uvicorn main:app`, `cd api && uvicorn
  // main:app`), never where it would land in another command of the line.
  const server = defaultLoopbackServer(out)
  return server ? `${out} ${server.add(port)}` : out
}

/** The server a command ends with that binds loopback by default, given no host; null otherwise. */
function defaultLoopbackServer(command: string): (typeof LOOPBACK_BY_DEFAULT)[number] | null {
  if (/\|\||;|\||&(?!&)|[<>]/.test(command.replace(/&&/g, ''))) return null
  const last = ` ${command.split('&&').pop()!.trim()}`
  return LOOPBACK_BY_DEFAULT.find(s => s.program.test(last) && !s.given.test(last)) ?? null
}

/** Where a start command binds loopback: the option it passes, or the server's default. Null when it does not. */
export function commandLoopbackBind(command: string): string | null {
  if (SUPERVISOR_OR_PROXY.test(command)) return null
  const explicit = COMMAND_LOOPBACK.exec(command)
  if (explicit) return `passes ${explicit[0].trim().replace(/['"]/g, '')}`
  const server = defaultLoopbackServer(command)
  return server ? `passes no host, and ${server.add('…').split(' ')[0]} defaults to 127.0.0.1` : null
}

interface CodeRule {
  extensions: readonly string[]
  strip: (text: string) => string
  /** Listener addresses on loopback (global). */
  loopback: RegExp
  /** Listeners anywhere else, or on an address the code does not spell out (global). */
  open: RegExp
  /** How to fix it, in the language. */
  advice: string
}

const CODE_RULES: CodeRule[] = [
  {
    // `server.listen(port, '127.0.0.1')`, `app.listen({ port, host: 'localhost' })`, Bun/Deno `hostname`.
    extensions: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
    strip: stripJsComments,
    loopback: new RegExp(
      String.raw`\.listen\(\s*(?!0\s*,)[^,(){}]+?,\s*${Q}${LOOPBACK}${Q}|\.listen\(\s*\{[^}]*\bhost\s*:\s*${Q}${LOOPBACK}${Q}|\b(?:Bun|Deno)\.serve\(\s*\{[^}]*\bhostname\s*:\s*${Q}${LOOPBACK}${Q}`,
      'g'
    ),
    open: new RegExp(
      String.raw`\.listen\(\s*(?!0\s*,)(?![^,(){}]+?,\s*${Q}${LOOPBACK}${Q})(?!\{[^}]*\bhost\s*:\s*${Q}${LOOPBACK}${Q})|\b(?:Bun|Deno)\.serve\(\s*(?!\{[^}]*\bhostname\s*:\s*${Q}${LOOPBACK}${Q})`,
      'g'
    ),
    advice: "listen on '0.0.0.0' (e.g. process.env.HOST ?? '0.0.0.0')"
  },
  {
    // `http.ListenAndServe("127.0.0.1:8080", mux)`, gin `r.Run("localhost:8080")`, echo/fiber, `http.Server{Addr: "localhost:…"}`.
    extensions: ['.go'],
    strip: stripCComments,
    loopback: new RegExp(
      String.raw`(?:ListenAndServe(?:TLS)?|\.Run|\.Start(?:TLS)?|\.Listen(?:TLS)?|net\.Listen)\(\s*(?:"tcp[46]?",\s*)?"${LOOPBACK}:[1-9]\d*"|\bhttp\.Server\s*\{[^}]*?\bAddr\s*:\s*"${LOOPBACK}:[1-9]\d*"`,
      'g'
    ),
    open: new RegExp(
      String.raw`(?:ListenAndServe(?:TLS)?|\.Run|\.Start(?:TLS)?|\.Listen(?:TLS)?|net\.Listen)\(\s*(?:"tcp[46]?",\s*)?(?!\))(?!"${LOOPBACK}:)|\bhttp\.Server\s*\{[^}]*?\bAddr\s*:\s*(?!"${LOOPBACK}:)`,
      'g'
    ),
    advice: 'listen on ":<port>" (every interface) instead'
  },
  {
    // `TcpListener::bind("127.0.0.1:3000")`, `HttpServer::bind(("127.0.0.1", 8080))`, axum/warp `([127, 0, 0, 1], 3000)`.
    extensions: ['.rs'],
    strip: text => stripCComments(text.split(/#\[cfg\(test\)\]/)[0]!),
    loopback: new RegExp(
      String.raw`\bbind\(\s*\(?\s*"${LOOPBACK}(?::[1-9]\d*)?"|\(\s*\[\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\]\s*,\s*[^)\s]|\bIpv4Addr::LOCALHOST\b|\bIpv4Addr::new\(\s*127\s*,`,
      'g'
    ),
    open: /"0\.0\.0\.0(?::\d+)?"|"\[::\](?::\d+)?"|\[\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\]|\bIpv[46]Addr::UNSPECIFIED\b|\bIpv4Addr::new\(\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\)|\bbind\(\s*"(?:0\.0\.0\.0|\[::\])?:/g,
    advice: 'bind 0.0.0.0 (e.g. ([0, 0, 0, 0], port) or "0.0.0.0:<port>")'
  },
  {
    // http4s `.bindHttp(8080, "localhost")`, Akka/Pekko `newServerAt("localhost", 8080)`/`bindAndHandle(r, "127.0.0.1", …)`,
    // Ktor `embeddedServer(Netty, port = 8080, host = "127.0.0.1")`, Javalin `start("127.0.0.1", 7000)`.
    extensions: ['.java', '.kt', '.scala', '.groovy'],
    strip: stripCComments,
    loopback: new RegExp(
      String.raw`\bbindHttp\(\s*[^,()]+,\s*"${LOOPBACK}"|\bnewServerAt\(\s*"${LOOPBACK}"|\bbindAndHandle\([^,()]+,\s*"${LOOPBACK}"|\bembeddedServer\([^)]*\bhost\s*=\s*"${LOOPBACK}"|\.start\(\s*"${LOOPBACK}"\s*,\s*\d`,
      'g'
    ),
    open: new RegExp(
      String.raw`\bbindHttp\(\s*[^,()]+,\s*(?!"${LOOPBACK}")|\bnewServerAt\(\s*(?!"${LOOPBACK}")|\bbindAndHandle\([^,()]+,\s*(?!"${LOOPBACK}")|\bembeddedServer\((?![^)]*\bhost\s*=\s*"${LOOPBACK}")`,
      'g'
    ),
    advice: 'bind "0.0.0.0"'
  }
]

/** Spring Boot's `server.address` in the app's main configuration (not a profile's). */
const SPRING_CONFIG = ['application.properties', 'application.yml', 'application.yaml']
const SPRING_LOOPBACK = new RegExp(
  String.raw`^server\.address\s*[=:]\s*${LOOPBACK}\s*$|^server:\s*\n(?:[ \t]+.*\n|\s*\n)*?[ \t]+address:\s*['"]?${LOOPBACK}['"]?\s*$`,
  'm'
)

/**
 * Python servers that bind 127.0.0.1 unless given a host, run from the started file: Flask/Quart/Sanic
 * `app.run()`, Flask-SocketIO `socketio.run(app)`, `uvicorn.run(app)`. Receiver and arguments (one level of
 * nesting); the receiver must be the app (named so, or built by a framework constructor or factory).
 */
const PY_RUN = /\b([A-Za-z_]\w*)\.run\(((?:[^()]|\([^()]*\))*)\)/g
const PY_APP_NAMES = /^(?:app|application|server|api|uvicorn|socketio|sio)$/
const PY_APP_ASSIGNED =
  /^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:[\w.]+\.)?(?:Flask|Quart|Sanic|FlaskApp|AsyncApp|SocketIO|create_app|make_app|get_app|build_app)\(/gm
const PY_SERVER_FRAMEWORKS = /^(?:flask|quart|sanic|fastapi|starlette|litestar|connexion)$/

export interface LoopbackInput {
  tree: SourceTree
  /** The app folder (repository-relative). */
  dir: string
  framework: string | null
  startCommand: string | null
  /** The app's own Dockerfile (repository path), when the deployed image is built from it. */
  dockerfile: string | null
  /** The app's production source files (repository paths): no tests, examples, scripts or clients. */
  files: readonly string[]
}

/**
 * LISTENS_ON_LOCALHOST warnings: the first loopback listener of the app's production code when no listener
 * there binds elsewhere; a Python start file whose server binds loopback; the start command of the app's own
 * Dockerfile binding loopback (a generated image fixes its own command: `publicBind`). None when the image
 * runs a supervisor or a reverse proxy in front of the app, nor for a desktop shell's own listener
 * (`desktopShell`: Electron/NW.js windows, Tauri crates).
 */
export function loopbackListenWarnings(input: LoopbackInput): Warning[] {
  const { tree, dockerfile, startCommand } = input
  const image = dockerfile ? tree.read(dockerfile) : null
  if (image !== null && SUPERVISOR_OR_PROXY.test(runLines(image))) return []
  if (startCommand && SUPERVISOR_OR_PROXY.test(startCommand)) return []
  if (desktopShell(tree, input.dir, startCommand)) return []

  // `ENV UVICORN_HOST=0.0.0.0`, `FLASK_RUN_HOST`, `GUNICORN_CMD_ARGS`: the image sets the host for the server.
  const hostFromEnv =
    image !== null && /\b(?:UVICORN_HOST|FLASK_RUN_HOST|GUNICORN_CMD_ARGS|HYPERCORN_BIND)\b/.test(image)
  if (startCommand && dockerfile && !hostFromEnv) {
    const how = commandLoopbackBind(firstSegment(startCommand))
    if (how)
      return [
        warning(
          { file: dockerfile, line: 0, text: startCommand },
          `the start command \`${startCommand}\` ${how}`,
          `pass --host 0.0.0.0 (or bind 0.0.0.0:<port>) in ${dockerfile}`
        )
      ]
  }
  const python = pythonStartFile(input)
  if (python) return [python]
  const uwsgi = uwsgiIniBind(input)
  if (uwsgi) return [uwsgi]
  const springBind = springAddress(input)
  if (springBind) return [springBind]
  for (const rule of CODE_RULES) {
    const found = codeLoopback(input, rule)
    if (found) return [found]
  }
  return []
}

/** RUN/CMD/ENTRYPOINT/COPY lines of a Dockerfile (what the image installs and starts). */
function runLines(dockerfile: string): string {
  return dockerfile
    .split('\n')
    .filter(line => /^\s*(?:RUN|CMD|ENTRYPOINT|COPY)\b/i.test(line))
    .join('\n')
}

/** Files read for listeners, most app-like first: a server's listen call sits near its entry. */
const MAX_CODE_FILES = 400
/** Cheap pre-filter: a loopback listener spells one of these. */
const LOOPBACK_WORD = /127\.0\.0\.1|localhost|::1|\[\s*127\s*,|LOCALHOST|new\(\s*127/

/**
 * Development and tool files: a dev watcher's sidecar (`dev-watcher.ts`, `dev-server.js`), a tool's config
 * (`playwright.config.mjs`, `vite.config.ts`) — their listeners are not the production server's.
 */
const DEV_OR_TOOL_FILE = /(?:^|[._-])(?:dev|development)(?:[._-][^/]*)?\.[^/.]+$|\.config\.[cm]?[jt]s$/

function codeLoopback(input: LoopbackInput, rule: CodeRule): Warning | null {
  const files = input.files
    .filter(f => rule.extensions.some(e => f.endsWith(e)) && !DEV_OR_TOOL_FILE.test(basename(f)))
    .slice(0, MAX_CODE_FILES)
  let first: Evidence | null = null
  for (const file of files) {
    const raw = input.tree.read(file)
    if (raw === null || !LOOPBACK_WORD.test(raw)) continue
    rule.loopback.lastIndex = 0
    const stripped = rule.strip(raw)
    const m = rule.loopback.exec(stripped)
    if (m) {
      // Stripping keeps the lines, not the columns: the line from the stripped text, its text from the file.
      const { line } = evidenceAt(file, stripped, m.index)
      first = { file, line, text: (raw.split('\n')[line - 1] ?? '').trim() }
      break
    }
  }
  if (!first) return null
  // Any listener elsewhere on every interface (or on an address the code computes) may be the served one.
  for (const file of files) {
    const raw = input.tree.read(file)
    if (raw === null) continue
    rule.open.lastIndex = 0
    if (rule.open.test(rule.strip(raw))) return null
  }
  return warning(first, `${first.file}:${first.line} binds the loopback address only`, rule.advice)
}

/** The file a `python <file>` start command runs, when its server binds loopback. */
function pythonStartFile(input: LoopbackInput): Warning | null {
  if (!input.framework || !PY_SERVER_FRAMEWORKS.test(input.framework) || !input.startCommand) return null
  const m = /^(?:python3?|python3\.\d+)\s+(?:-u\s+)?([\w./-]+\.py)(?:\s|$)/.exec(
    firstSegment(input.startCommand)
  )
  if (!m) return null
  const file = joinPath(input.dir, m[1]!.replace(/^\.\//, ''))
  const raw = input.tree.read(file)
  if (raw === null) return null
  const text = stripHashComments(raw)
  const apps = new Set([...text.matchAll(PY_APP_ASSIGNED)].map(m => m[1]!))
  let loopback: { index: number; call: string } | null = null
  for (const call of text.matchAll(PY_RUN)) {
    const receiver = call[1]!
    if (!PY_APP_NAMES.test(receiver) && !apps.has(receiver)) continue
    const args = call[2]!
    // `app.run("0.0.0.0", 5000)` (positional host; uvicorn's first argument is the app), `host=HOST`,
    // `host=os.getenv(…)`, `**options`, a unix socket: not loopback, or not known to be.
    if (/\*\*|\b(?:unix_socket|uds|sock|fd)\s*=/.test(args)) return null
    const host = /\bhost\s*=\s*([^,)]+)/.exec(args)
    const positional = receiver !== 'uvicorn' && /^\s*(['"])/.test(args)
    const onLoopback = host
      ? new RegExp(`^['"]${LOOPBACK}['"]$`).test(host[1]!.trim())
      : positional
        ? new RegExp(`^\\s*['"]${LOOPBACK}['"]`).test(args)
        : true
    if (!onLoopback) return null
    loopback ??= { index: call.index, call: call[0].replace(/\s+/g, ' ') }
  }
  if (!loopback) return null
  const at = evidenceAt(file, raw, loopback.index)
  return warning(
    at,
    `the start command runs ${basename(file)}, whose ${clipCall(loopback.call)} (${at.file}:${at.line}) binds 127.0.0.1`,
    "pass host='0.0.0.0' (e.g. host=os.environ.get('HOST', '0.0.0.0')), or serve the app with gunicorn/uvicorn"
  )
}

/** `uwsgi --ini ckan-uwsgi.ini`, `uwsgi -i conf/app.ini`: the ini file a uWSGI start command loads. */
const UWSGI_INI = /^(?:\S*\/)?uwsgi\s+(?:[^|;&]*?\s)?(?:--ini|-i)(?:\s+|=)(['"]?)([\w./-]+\.ini)\1(?:\s|$)/
/** `http = 127.0.0.1:8080`, `http-socket = localhost:8000` in the `[uwsgi]` section. */
const UWSGI_LOOPBACK = new RegExp(String.raw`^[ \t]*(?:https?|http-socket)[ \t]*=[ \t]*${LOOPBACK}:\d`)
const UWSGI_HTTP = /^[ \t]*(?:https?|http-socket)[ \t]*=/

/**
 * A uWSGI start command whose ini serves HTTP on the loopback address only (holdout30 ckan: `ckan-uwsgi.ini`
 * `http = 127.0.0.1:8080`, written for an nginx in front on the same host). Another HTTP listener in the
 * same section on a public address means the loopback one is an extra.
 */
function uwsgiIniBind(input: LoopbackInput): Warning | null {
  const m = input.startCommand ? UWSGI_INI.exec(firstSegment(input.startCommand)) : null
  if (!m) return null
  const file = joinPath(input.dir, m[2]!.replace(/^\.\//, ''))
  const text = input.tree.read(file)
  if (text === null) return null
  let section = ''
  let loopback: Evidence | null = null
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const header = /^[ \t]*\[([^\]]+)\]/.exec(line)
    if (header) section = header[1]!.trim()
    if (section !== 'uwsgi' || !UWSGI_HTTP.test(line)) continue
    if (!UWSGI_LOOPBACK.test(line)) return null
    loopback ??= { file, line: i + 1, text: line.trim() }
  }
  if (!loopback) return null
  return warning(
    loopback,
    `the start command loads ${basename(file)}, whose \`${loopback.text.replace(/\s+/g, ' ')}\` (${file}:${loopback.line}) binds the loopback address only`,
    'set `http = :<port>` (or 0.0.0.0:<port>) in that ini, or start uWSGI with --http :$PORT'
  )
}

function springAddress(input: LoopbackInput): Warning | null {
  for (const name of SPRING_CONFIG) {
    const path = joinPath(input.dir, `src/main/resources/${name}`)
    const text = input.tree.read(path)
    if (text === null) continue
    const m = SPRING_LOOPBACK.exec(text)
    if (!m) continue
    const at = evidenceAt(path, text, m.index + m[0].search(/address/))
    return warning(
      at,
      `${at.file}:${at.line} sets server.address to the loopback address`,
      'remove it or set 0.0.0.0'
    )
  }
  return null
}

function clipCall(call: string): string {
  return call.length > 60 ? `${call.slice(0, 57)}…)` : call
}

function warning(at: Evidence, what: string, fix: string): Warning {
  return {
    code: 'LISTENS_ON_LOCALHOST',
    message:
      `${what}, so the server listens inside its container only: nothing outside reaches it and the health ` +
      `check fails. ${fix[0]!.toUpperCase()}${fix.slice(1)}.`,
    file: at.file,
    ...(at.line > 0 ? { line: at.line } : {})
  }
}
