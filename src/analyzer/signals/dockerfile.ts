// An existing Dockerfile is the strongest evidence we can get: it is what will actually run. We read
// EXPOSE, ENV PORT, CMD/ENTRYPOINT and HEALTHCHECK from it, and never overwrite it. `$VAR` / `${VAR:-x}`
// in EXPOSE and ENV resolve against the file's own ARG/ENV values.
// Over 300 lines on purpose: instructions, stages (FROM … AS inheritance) and their facts are one reading
// of one file; the pieces share the parsed stage table.
import { movedScriptSource } from './moved-script.js'
import { javaRunnerCommand } from './java-runner.js'
import { imageSymlinks } from './image-symlinks.js'
import type { SourceTree } from '../tree.js'
import type { Evidence } from '../report.js'
import type { Candidate } from '../candidate.js'
import { CONFIDENCE } from '../candidate.js'
import { expandImageEnv, runsInShell, shellVariables } from './shell-env.js'
import { clip } from './evidence.js'
import { healthRank } from './health.js'
import { CONFIG_FILE_PORT, commandPortEnv, parsePort, portFromCommand } from './ports.js'
import { configArgumentPort } from './config-argument.js'
import {
  defaultBranch,
  dropLaunchers,
  followStartScript,
  foregroundAfterJobs,
  inlineScriptMainJob,
  handsOverToArguments,
  loneRepoScript,
  readRepoScript
} from './start-script.js'
import { followDispatch } from './script-dispatch.js'
import { handsOverToFirstArgument } from './script-handover.js'
import { imageMakesProgram } from './image-renamed-program.js'
import { webSubcommand } from './usage-dispatcher.js'
import { HEALTH, PORT, START } from '../precedence.js'
import { rootProbePath, rootProbePort } from './root-probe.js'
import {
  contextCopy,
  copiedFrom,
  copiedOntoPath,
  nextWorkdir,
  PATH_DIRS,
  programOnPath,
  stageCopy,
  type ContextCopy
} from './docker-copies.js'
import {
  followProgramExec,
  handsOverToImageEntrypoint,
  isCompiledProgram,
  onlyHelpArguments
} from './entrypoint-program.js'
import { scriptPort } from './script-port.js'
import { frontServerStartedBy } from './script-front-server.js'
import { noteExposedTogether } from './multi-port-expose.js'
import { labelledWebExpose } from './expose-labels.js'
import { udpPortsOf, withoutUdpExposes } from './udp-expose.js'
import {
  expandFromImage,
  frontServerListensOn,
  httpSiblingPort,
  isFastCgiPort,
  SERVERSIDEUP_WEB_IMAGE
} from './docker-fastcgi.js'
import { declaredS6Longruns, s6WebService, S6_LEGACY_SERVICES, type RepoLister } from './s6-overlay.js'
import { healthcheckScriptRequest, shippedProbeRequest } from './probe-script.js'
import { procfileRunnerProcess } from './procfile-runner.js'
import { probeSendsBody } from './probe-method.js'
import { PHP_NGINX_COMMAND, PHP_NGINX_IMAGE } from './php-nginx-images.js'
import {
  scriptSupervisordRuns,
  supervisedWebProgram,
  supervisordConfig,
  type SupervisedProgram,
  type SupervisordContext
} from './supervisord.js'

export interface DockerfileFacts {
  port: Candidate<number>[]
  startCommand: Candidate<string>[]
  healthPath: Candidate<string>[]
  /**
   * The program the image runs when it needs arguments the Dockerfile does not give (a CLI binary as
   * ENTRYPOINT with no CMD, or a CMD that only prints help): the deployment files may name its subcommand.
   */
  awaitsArguments?: string
}

interface Instruction {
  keyword: string
  args: string
  line: number
  text: string
}

/** Joins `\` continuations and drops comments; keeps the first line number of each instruction. */
export function dockerInstructions(text: string): Instruction[] {
  const out: Instruction[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim()
    if (first === '' || first.startsWith('#')) continue
    // Parts joined once: re-slicing the growing instruction per `\` line was quadratic (issue 14).
    const parts = [first]
    const start = i
    while (parts[parts.length - 1]!.endsWith('\\') && i + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1)
      // Docker drops comment lines before joining: `ENV A=1 \` `# why B` `B=2` is one instruction.
      while (i + 2 < lines.length && lines[i + 1]!.trim().startsWith('#')) i++
      parts.push(lines[++i]!.trim())
    }
    const full = parts.join(' ')
    const m = /^([A-Za-z]+)\s+([\s\S]*)$/.exec(full)
    if (m) out.push({ keyword: m[1]!.toUpperCase(), args: m[2]!.trim(), line: start + 1, text: clip(first) })
  }
  return out
}

/** `["node","server.js"]` → `node server.js`; shell form is returned as is. */
export function commandFromDockerArgs(args: string): string {
  if (args.startsWith('[')) {
    try {
      const parts = JSON.parse(args) as unknown
      if (Array.isArray(parts) && parts.every(p => typeof p === 'string')) {
        const list = parts as string[]
        // `sh -c "…"` wraps the real command.
        // `["sh", "-c", "exec java … \"$@\"", "--"]`: the words after the line are its `$0`, `$@`.
        if (list.length >= 3 && /^(\/bin\/)?(ba)?sh$/.test(list[0]!) && list[1] === '-c')
          return list[2]!
            .replace(/^\s*exec\s+/, '')
            .replace(/\s+"?\$(?:@|\{@\})"?\s*$/, '')
            .trim()
        return list.join(' ')
      }
    } catch {
      // fall through: malformed exec form is treated as shell form
    }
  }
  return args
}

/**
 * Well-known ports of protocols other than HTTP (SSH, SMTP/IMAP/POP3, DNS, LDAP, MQTT, databases and
 * brokers): an image that EXPOSEs one of them beside another port serves its web app on the other.
 * 1025/1110/1143 are the unprivileged SMTP/POP3/IMAP ports mail catchers and test servers listen on
 * (`EXPOSE 1025/tcp 1110/tcp 8025/tcp`: the web UI is 8025).
 */
const NON_HTTP_PORTS = new Set([
  21, 22, 25, 53, 110, 143, 389, 465, 587, 636, 993, 995, 1025, 1110, 1143, 1883, 2525, 3306, 5432, 5672,
  6379, 8883, 9092, 27017
])

/** EXPOSE candidates without the other-protocol ports (databases, SSH, mail) when another port is exposed. */
export function withoutOtherProtocolExposes(ports: Candidate<number>[]): Candidate<number>[] {
  const exposed = ports.filter(p => p.source === 'Dockerfile EXPOSE')
  if (!exposed.some(p => !NON_HTTP_PORTS.has(p.value))) return ports
  return ports.filter(p => p.source !== 'Dockerfile EXPOSE' || !NON_HTTP_PORTS.has(p.value))
}

/** Microsoft's .NET images (`mcr.microsoft.com/dotnet/aspnet:10.0`, `…/runtime-deps`). */
const DOTNET_IMAGE = /^(?:mcr\.microsoft\.com\/)?dotnet\/(?:aspnet|runtime|runtime-deps|sdk)(?::|@|$)/

/** Web-server base images and the port they EXPOSE themselves (used when the Dockerfile does not say). */
const IMAGE_PORTS: [RegExp, number][] = [
  [/^(?:docker\.io\/)?(?:library\/)?(?:nginx|httpd|caddy)(?::|$)/, 80],
  // The unprivileged nginx images (official nginxinc/, Bitnami) cannot bind 80: they listen on 8080.
  [/^(?:docker\.io\/|ghcr\.io\/)?(?:nginxinc\/nginx-unprivileged|bitnami\/nginx)(?::|$)/, 8080],
  [/^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache/, 80],
  [/^(?:docker\.io\/)?(?:richarvey\/nginx-php-fpm|webdevops\/php-(?:nginx|apache))(?::|$)/, 80],
  [/^(?:docker\.io\/)?trafex\/php-nginx(?::|$)/, 8080],
  // The FrankenPHP image EXPOSEs 80 (and 443 for automatic HTTPS): 80 is the plain-HTTP one.
  [/^(?:docker\.io\/)?dunglas\/frankenphp(?::|$)/, 80],
  // serversideup/php's web variants run unprivileged: nginx, Apache, FrankenPHP or Unit on 8080 (its -fpm and
  // -cli variants serve no HTTP).
  [SERVERSIDEUP_WEB_IMAGE, 8080]
]

/** Web-server base images and the command they run when the Dockerfile gives none (their own CMD). */
const IMAGE_COMMANDS: [RegExp, string][] = [
  [
    /^(?:docker\.io\/|ghcr\.io\/)?(?:library\/|nginxinc\/)?nginx(?:-unprivileged)?(?::|$)/,
    "nginx -g 'daemon off;'"
  ],
  [/^(?:docker\.io\/)?(?:library\/)?httpd(?::|$)/, 'httpd-foreground'],
  [
    /^(?:docker\.io\/)?(?:library\/)?caddy(?::|$)/,
    'caddy run --config /etc/caddy/Caddyfile --adapter caddyfile'
  ],
  [/^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache/, 'apache2-foreground'],
  // The official php fpm images' own CMD: php-fpm (FastCGI on 9000, for a web server in front of it).
  [/^(?:docker\.io\/)?(?:library\/)?php:[^\s]*fpm(?![\w-]*nginx)/, 'php-fpm'],
  [PHP_NGINX_IMAGE, PHP_NGINX_COMMAND],
  // Its own ENTRYPOINT docker-php-serversideup-entrypoint, CMD /init: s6-overlay starts the web server and php.
  // The fpm-nginx variant matched above: nginx is the server that answers, as for the other nginx + fpm bundles.
  [SERVERSIDEUP_WEB_IMAGE, '/init']
]

const DENO_SUBCOMMAND = /^(?:run|task|serve|eval|repl)\b/

/**
 * Images that run node on a CMD of node's arguments (`CMD ["bootstrap.cjs"]`, `CMD ["--enable-source-maps",
 * "dist/main.js"]`): distroless nodejs and Chainguard's node have node as their ENTRYPOINT, and the official
 * node image's docker-entrypoint.sh prefixes `node` when the first word is an option or a plain file.
 */
const NODE_ENTRYPOINT_IMAGE =
  /^(?:gcr\.io\/distroless\/nodejs\d*(?:-debian\d+)?|cgr\.dev\/chainguard\/node|(?:docker\.io\/)?(?:library\/)?node)(?::|@|$)/
/** A CMD that is node's arguments: a script file or a node option first. */
const NODE_ARGUMENTS = /^(?:-\S*|\S+\.[cm]?js)(?:\s|$)/

/** Reads a repository file (repository-relative path), or null. Lets the reader look at ENTRYPOINT scripts. */
export type RepoFileReader = (path: string) => string | null

/**
 * Dockerfile variables: ARG defaults and ENV values, in file order (later ones win), so `EXPOSE $PORT`,
 * `EXPOSE ${APP_PORT}` and `${PORT:-3000}` resolve to what the build would use.
 */
export class DockerVars {
  private readonly values = new Map<string, string>()

  /** Defines the instruction's variables; returns the names and values it set. */
  define(keyword: 'ARG' | 'ENV', args: string): [string, string][] {
    const words = splitWords(args)
    // `ENV KEY value with spaces` (legacy form) vs `ENV A=1 B=2` / `ARG NAME[=default]`.
    const set: [string, string][] =
      keyword === 'ENV' && words.length >= 2 && !words[0]!.includes('=')
        ? [[words[0]!, this.expand(words.slice(1).join(' '))]]
        : words.flatMap((word): [string, string][] => {
            const eq = word.indexOf('=')
            return eq > 0 ? [[word.slice(0, eq), this.expand(word.slice(eq + 1))]] : []
          })
    for (const [name, value] of set) this.values.set(name, value)
    return set
  }

  value(name: string): string | undefined {
    return this.values.get(name)
  }

  expand(text: string): string {
    return text.replace(
      /\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g,
      (_, braced: string | undefined, fallback: string | undefined, bare: string | undefined) =>
        this.values.get((braced ?? bare)!) || (fallback ?? '')
    )
  }
}

/** Whitespace-separated words, with quotes removed (`A="x y"` is one word `A=x y`). */
function splitWords(args: string): string[] {
  const out: string[] = []
  for (const m of args.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)) out.push(m[0].replace(/["']/g, ''))
  return out
}

/**
 * The build-context sources of every COPY/ADD (not `--from=` a stage), with the file's ARG/ENV values
 * expanded as the build would (`COPY ${DOCKER_FILES_BASE_PATH}deployment/x.conf /etc/` with
 * `ARG DOCKER_FILES_BASE_PATH="docker/prod/"` → `docker/prod/deployment/x.conf`); unknown variables expand
 * to nothing, as in Docker.
 */
export function contextCopySources(text: string): string[] {
  const vars = new DockerVars()
  const out: string[] = []
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') vars.define(ins.keyword, ins.args)
    else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const copy = contextCopy(ins.args, '/', t => vars.expand(t))
      if (copy) out.push(...copy.sources)
    }
  }
  return out
}

/**
 * An ENTRYPOINT that is a wrapper script handing over to its arguments (`exec "$@"`, the docker-entrypoint
 * convention of Rails' generated Dockerfile and the official images): CMD is then the app's command. The
 * script is looked up in the repository by the tail of its image path; when it is not there, its name
 * (`docker-entrypoint`, `entrypoint.sh`) stands for the convention.
 */
function isExecWrapper(
  entrypoint: string,
  dockerfileDir: string,
  readFile?: RepoFileReader,
  scriptOnly = false
): boolean {
  // `tini -- /entrypoint.sh`, `/bin/ash entrypoint.sh`: the script after the init process or shell decides.
  const words = dropLaunchers(entrypoint)
  if (words.length !== 1) return false
  const segments = words[0]!.split('/').filter(s => s && s !== '.')
  if (segments.length === 0) return false
  const script = readFile ? readRepoScript(words[0]!, dockerfileDir, readFile) : null
  if (script)
    return (
      handsOverToArguments(script.text) || handsOverToImageEntrypoint(script.text, dockerfileDir, readFile!)
    )
  // Without the script's text only its name hints; that is enough to read CMD, not to drop the ENTRYPOINT.
  return !scriptOnly && /entrypoint/i.test(segments[segments.length - 1]!)
}

/**
 * The arguments an ENTRYPOINT script is given in the ENTRYPOINT itself, when the script (found in the
 * repository) hands over to them — `exec "$@"`, or `exec $1` as its last command; null otherwise.
 */
function entrypointArgumentsRun(
  entrypoint: string,
  dockerfileDir: string,
  readFile: RepoFileReader,
  inRepo: (command: string) => string
): string | null {
  const words = dropLaunchers(entrypoint)
  if (words.length < 2) return null
  // The script under the repository path the image copied it from.
  const script = readRepoScript(inRepo(words[0]!), dockerfileDir, readFile)
  if (!script) return null
  return handsOverToArguments(script.text) || handsOverToFirstArgument(script.text)
    ? words.slice(1).join(' ')
    : null
}

/**
 * A probe URL a JavaScript one-liner builds around the port variable — `node -e "http.get('http://localhost:'
 * +(process.env.PORT||8000)+'/health', …)"`, or a template literal `${process.env.PORT ?? 8000}` — as images
 * without curl or wget probe themselves: the shell form `${PORT:-8000}` the rest of the reader understands.
 */
const JS_PROBE_PORT = [
  /:(['"`])\s*\+\s*\(?\s*(?:Number\(\s*)?process\.env\.(\w+)\s*\)?\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})['"]?\s*\)?\s*\+\s*\1/g,
  /:\$\{\s*(?:Number\(\s*)?process\.env\.(\w+)\s*\)?\s*(?:\|\||\?\?)\s*['"]?(\d{2,5})['"]?\s*\}/g
] as const

export function shellProbePort(args: string): string {
  return args
    .replace(JS_PROBE_PORT[0], (_m, _q, name: string, port: string) => `:\${${name}:-${port}}`)
    .replace(JS_PROBE_PORT[1], (_m, name: string, port: string) => `:\${${name}:-${port}}`)
}

/** A HEALTHCHECK URL on the container itself whose port is a `*PORT` variable: `localhost:${APP_PORT-3000}`. */
const SELF_PROBE_PORT_VARIABLE = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):\$\{?\w*PORT\b/i
/** The same URL once the Dockerfile's variables are expanded: `http://localhost:3000/…`. */
const SELF_PROBE = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):(\d{2,5})(\/[^\s"'`|;)]*)/

/** Init processes that only forward signals to the command given after them. */
const INIT_ONLY = /^\s*(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit)(?:\s+-\S+)*(?:\s+--)?\s*$/

/** AWS Lambda base images: the function runtime, which serves no HTTP port of its own. */
const LAMBDA_IMAGE = /^(?:public\.ecr\.aws\/lambda\/|(?:docker\.io\/)?amazon\/aws-lambda-)/i

/**
 * The Dockerfile without the stages at its end that build an AWS Lambda image (`FROM public.ecr.aws/lambda/python`,
 * or a stage built on one): Polar's server/Dockerfile ends on its Lambda worker after the `production` stage
 * that runs uvicorn. Those stages are built with `--target`; the web image is the last stage before them.
 * A Dockerfile made only of Lambda stages is kept whole.
 */
export function withoutTrailingLambdaStages(text: string): string {
  const froms = dockerInstructions(text).filter(i => i.keyword === 'FROM')
  if (froms.length < 2) return text
  const lambda = new Set<string>()
  const isLambda = froms.map(ins => {
    const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
    const base = words[0] ?? ''
    const yes = LAMBDA_IMAGE.test(base) || lambda.has(base.toLowerCase())
    if (yes && /^as$/i.test(words[1] ?? '') && words[2]) lambda.add(words[2].toLowerCase())
    return yes
  })
  let cut = froms.length
  while (cut > 0 && isLambda[cut - 1]) cut--
  if (cut === froms.length || cut === 0) return text
  return text
    .split('\n')
    .slice(0, froms[cut]!.line - 1)
    .join('\n')
}

export function readDockerfile(
  path: string,
  text: string,
  readFile?: RepoFileReader,
  listFiles?: RepoLister
): DockerfileFacts {
  const facts: DockerfileFacts = { port: [], startCommand: [], healthPath: [] }
  text = withoutTrailingLambdaStages(text)
  const ev = (ins: Instruction): Evidence[] => [{ file: path, line: ins.line, text: ins.text }]
  const vars = new DockerVars()
  let entrypoint: Instruction | null = null
  let cmd: Instruction | null = null
  let baseImage = ''
  let fromLine: Instruction | null = null
  // Runtime facts of each named stage: `FROM base AS prod` inherits base's EXPOSE, CMD, ENTRYPOINT and
  // HEALTHCHECK, as Docker does.
  interface StageFacts {
    port: Candidate<number>[]
    healthPath: Candidate<string>[]
    entrypoint: Instruction | null
    cmd: Instruction | null
    baseImage: string
    copies: ContextCopy[]
    workdir: string
    env: Map<string, string>
  }
  const stages = new Map<string, StageFacts>()
  const probePorts = new Map<Candidate<string>, number>()
  let selfProbe: { port: number; ins: Instruction } | null = null
  // ARGs before the first FROM (the only ones a FROM line may use) and php-fpm's FastCGI EXPOSEs.
  const globalArgs = new DockerVars()
  const fastCgi = new Set<Candidate<number>>()
  // EXPOSE candidates whose port a variable names as the HTTP one (`EXPOSE ${HTTP_PORT}`).
  const namedExposes = new Set<Candidate<number>>()
  // Ports the stage EXPOSEs over UDP (see udp-expose.ts); a stage built on another inherits its set.
  let udpPorts = new Set<number>()
  const stageUdp = new Map<string, Set<number>>()
  let stageName: string | null = null
  // Files copied from the build context into the image, so an entrypoint script is read under its repository
  // name (`COPY docker/entry.sh /app/run.sh`).
  let copies: ContextCopy[] = []
  let workdir = '/'
  // The container environment of the stage (ENV, inherited from the stage it builds on): it decides the
  // `if [ "$X" = v ]` tests of the entrypoint script.
  let env = new Map<string, string>()
  // The final stage declares a HEALTHCHECK (or HEALTHCHECK NONE): no probe program is read in its place.
  let healthcheckDeclared = false
  for (const ins of dockerInstructions(text)) {
    // Only the last stage matters for what runs; a new FROM resets the runtime facts (or takes those of
    // the earlier stage it builds on).
    if (ins.keyword === 'FROM') {
      if (stageName !== null) stageUdp.set(stageName, udpPorts)
      if (stageName !== null)
        stages.set(stageName, {
          port: facts.port,
          healthPath: facts.healthPath,
          entrypoint,
          cmd,
          baseImage,
          copies,
          workdir,
          env
        })
      const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
      const from = expandFromImage(words[0] ?? '', name => globalArgs.value(name))
      stageName = /^as$/i.test(words[1] ?? '') && words[2] ? words[2].toLowerCase() : null
      const parent = stages.get(from.toLowerCase())
      fromLine = ins
      baseImage = parent?.baseImage ?? from
      facts.port = [...(parent?.port ?? [])]
      udpPorts = new Set(stageUdp.get(from.toLowerCase()) ?? [])
      facts.healthPath = [...(parent?.healthPath ?? [])]
      healthcheckDeclared = facts.healthPath.length > 0
      entrypoint = parent?.entrypoint ?? null
      cmd = parent?.cmd ?? null
      copies = [...(parent?.copies ?? [])]
      workdir = parent?.workdir ?? '/'
      env = new Map(parent?.env ?? [])
    } else if (ins.keyword === 'ARG') {
      vars.define('ARG', ins.args)
      if (fromLine === null) globalArgs.define('ARG', ins.args)
    } else if (ins.keyword === 'WORKDIR') workdir = nextWorkdir(workdir, vars.expand(ins.args))
    else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const expand = (t: string): string => vars.expand(t)
      const copy = contextCopy(ins.args, workdir, expand)
      if (copy) copies.push(copy)
      else copies.push(...stageCopy(ins.args, workdir, expand, name => stages.get(name)))
    }
    if (ins.keyword === 'EXPOSE') {
      // `EXPOSE ${LDAP_PORT} ${HTTP_PORT}`: of several ports the one a variable names as HTTP is the web one.
      const words = ins.args.split(/\s+/).filter(Boolean)
      const named = words.find(w => /\$\{?\w*(?:HTTP(?!S)|WEB)\w*\}?/i.test(w))
      const portOf = (word: string): number | null =>
        parsePort(
          vars
            .expand(word)
            .split(/\s+/)[0]
            ?.replace(/\/(tcp|udp)$/i, '')
        )
      // `EXPOSE 22 3000` (Gogs: SSH for git, then the web UI): a port of another protocol is never the web
      // one while the line names another.
      for (const p of udpPortsOf(words, portOf)) udpPorts.add(p)
      const web =
        words.find(w => {
          const p = portOf(w)
          return p !== null && !NON_HTTP_PORTS.has(p) && !udpPorts.has(p)
        }) ??
        words.find(w => {
          const p = portOf(w)
          return p !== null && !NON_HTTP_PORTS.has(p)
        })
      const port = portOf(named ?? web ?? words[0] ?? '')
      if (port !== null) {
        const exposed: Candidate<number> = {
          value: port,
          confidence: CONFIDENCE.declared,
          source: 'Dockerfile EXPOSE',
          evidence: ev(ins)
        }
        if (isFastCgiPort(port, baseImage, cmd && commandFromDockerArgs(cmd.args))) fastCgi.add(exposed)
        const listed = words.map(portOf).filter((p): p is number => p !== null && !NON_HTTP_PORTS.has(p))
        if (!named) noteExposedTogether(exposed, listed)
        else namedExposes.add(exposed)
        facts.port.push(exposed)
      }
    } else if (ins.keyword === 'ENV') {
      const args = vars.expand(ins.args)
      for (const [name, value] of vars.define('ENV', ins.args)) env.set(name, value)
      // PORT, and ASP.NET Core's ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS (`http://+:5000`, `5000`).
      // On a .NET image the unprefixed `HTTP_PORTS=11011` is the same Kestrel setting (the host reads every
      // environment variable into its configuration).
      const m =
        /(?:^|\s)PORT[=\s]+["']?(\d{1,5})\b/.exec(args) ??
        /(?:^|\s)ASPNETCORE_(?:URLS[=\s]+["']?https?:\/\/[^:\s"';]*:|HTTP_PORTS[=\s]+["']?)(\d{1,5})\b/.exec(
          args
        ) ??
        (DOTNET_IMAGE.test(baseImage) ? /(?:^|\s)HTTP_PORTS[=\s]+["']?(\d{1,5})\b/.exec(args) : null)
      const port = m ? parsePort(m[1]) : null
      const variable = m ? /ASPNETCORE_\w+|HTTP_PORTS|PORT/.exec(m[0])![0] : null
      if (port !== null && variable !== null)
        facts.port.push({
          value: port,
          confidence: PORT.deployFile,
          source: variable === 'PORT' ? 'Dockerfile ENV PORT' : 'Dockerfile ENV ASPNETCORE_*',
          evidence: ev(ins),
          setsEnv: [variable]
        })
    } else if (ins.keyword === 'CMD') cmd = ins
    else if (ins.keyword === 'ENTRYPOINT') entrypoint = ins
    else if (ins.keyword === 'HEALTHCHECK' && /^NONE\b/i.test(ins.args)) healthcheckDeclared = true
    else if (ins.keyword === 'HEALTHCHECK') {
      healthcheckDeclared = true
      const args = shellProbePort(ins.args)
      const m = /https?:\/\/[^/\s"'`:]+(?::([^/\s"'`]*))?(\/[^\s"'`|;)]*)/.exec(
        joinedShellWord(vars.expand(args))
      )
      // A probe on another port than the app's EXPOSE (a Caddy admin :2019/metrics, a sidecar) is not the
      // app's health route.
      // A probe that POSTs (a GraphQL query) names no path a GET can use, nor a root probe.
      const posts = probeSendsBody(args)
      if (m && m[2] !== '/' && !posts) {
        // A probe of a path that names no health endpoint (`/test`, a page) only proves the server answers:
        // a health route the code declares (0.85) is the better probe, so this one ranks just below it.
        const probe: Candidate<string> = {
          value: m[2]!,
          confidence:
            healthRank(m[2]!) < 0 && !VERSION_PROBE.test(m[2]!) ? HEALTH.anyPathProbe : HEALTH.deployConfig,
          source: 'Dockerfile HEALTHCHECK',
          evidence: ev(ins)
        }
        if (m[1] && /^\d+$/.test(m[1])) probePorts.set(probe, Number(m[1]))
        facts.healthPath.push(probe)
      }
      // A probe script of the repository (`HEALTHCHECK CMD ["/opt/app/healthcheck.sh"]`): the path it requests.
      // Else a probe of the root URL (`curl -f http://localhost:8000`): the app has no health route and the
      // image checks its home page, which is then the health path, below any route the code declares.
      else if (!posts) {
        const script = readFile ? healthcheckScriptRequest(ins.args, copies, dirOf(path), readFile) : null
        if (script)
          facts.healthPath.push({
            value: script.path,
            confidence: healthRank(script.path) < 0 ? HEALTH.anyPathProbe : HEALTH.deployConfig,
            source: `Dockerfile HEALTHCHECK script ${script.evidence.file}`,
            evidence: [...ev(ins), script.evidence]
          })
        const root = script ? null : rootProbePath(vars.expand(args))
        if (root) {
          const probe: Candidate<string> = {
            value: root,
            confidence: HEALTH.rootProbe,
            source: 'Dockerfile HEALTHCHECK of the root URL',
            evidence: ev(ins)
          }
          const port = rootProbePort(vars.expand(args))
          if (port !== null) probePorts.set(probe, port)
          facts.healthPath.push(probe)
        }
      }
      // …through the app's own port variable, on a health route (a literal port may be a management port:
      // Micronaut's `endpoints.all.port`, an exporter's `/metrics` beside the app).
      const self = SELF_PROBE.exec(vars.expand(args))
      if (self && SELF_PROBE_PORT_VARIABLE.test(args) && healthRank(self[2]!) >= 0)
        selfProbe = { port: Number(self[1]), ins }
    }
  }
  // No HEALTHCHECK, but the image installs a probe program (`/usr/bin/check-health` from `COPY rootfs /`) for
  // the deployer's healthcheck: the path it requests from the container, ranked like a HEALTHCHECK's.
  const shipped =
    !healthcheckDeclared && facts.healthPath.length === 0 && readFile && listFiles
      ? shippedProbeRequest(copies, dirOf(path), readFile, listFiles)
      : null
  if (shipped)
    facts.healthPath.push({
      value: shipped.path,
      confidence: healthRank(shipped.path) < 0 ? HEALTH.anyPathProbe : HEALTH.deployConfig,
      source: `probe program the image installs (${shipped.evidence.file})`,
      evidence: [shipped.evidence]
    })
  // `EXPOSE 8081`, `EXPOSE 8080`, `EXPOSE 3000` on lines of their own list the image's ports as one
  // multi-port line does (a gRPC port first, then HTTP and a playground): the first is taken unless only
  // another of them is named elsewhere (see multi-port-expose.ts).
  facts.port = withoutUdpExposes(facts.port, udpPorts)
  // `# HTTP` above `EXPOSE 23232` among `# SSH`/`# Stats`/`# Git` EXPOSE lines: the label names the web port.
  const labelled = labelledWebExpose(
    text,
    facts.port.filter(p => p.source === 'Dockerfile EXPOSE')
  )
  if (labelled) {
    const web: Candidate<number> = {
      ...labelled.candidate,
      evidence: [...labelled.candidate.evidence, { file: path, line: labelled.line, text: labelled.label }]
    }
    facts.port = [web, ...facts.port.filter(p => p !== labelled.candidate)]
    namedExposes.add(web)
  }
  const exposes = facts.port.filter(p => p.source === 'Dockerfile EXPOSE' && !namedExposes.has(p))
  if (exposes.length > 1 && !namedExposes.has(facts.port.find(p => p.source === 'Dockerfile EXPOSE')!))
    noteExposedTogether(exposes[0]!, [...new Set(exposes.map(p => p.value))], exposes.slice(1))
  // php-fpm's FastCGI port is not HTTP: with nothing else left, the stage of this file that serves HTTP.
  const finalCommand = cmd ?? entrypoint
  // …unless a front server's configuration the image copies in listens on that port itself (Caddy's `:9000 {`
  // in front of php-fpm on a unix socket).
  const frontListens = (port: number): boolean =>
    readFile !== undefined && frontServerListensOn(port, copies, dirOf(path), readFile)
  const fastCgiPorts = facts.port.filter(
    p =>
      (fastCgi.has(p) ||
        (p.source === 'Dockerfile EXPOSE' &&
          isFastCgiPort(p.value, baseImage, finalCommand && commandFromDockerArgs(finalCommand.args)))) &&
      !frontListens(p.value)
  )
  if (fastCgiPorts.length > 0) {
    facts.port = facts.port.filter(p => !fastCgiPorts.includes(p))
    const sibling = facts.port.length === 0 ? httpSiblingPort(stages, fastCgiPorts) : null
    if (sibling) facts.port.push(sibling)
  }
  // `EXPOSE 5432` in a base stage that bundles PostgreSQL, `EXPOSE 8000` in the stage built on it: the image
  // exposes both, and a well-known port of another protocol is not the web one while another is exposed.
  facts.port = withoutOtherProtocolExposes(facts.port)
  // No EXPOSE/ENV PORT: web-server base images still listen on a known port (their own EXPOSE).
  const imagePort = IMAGE_PORTS.find(([re]) => re.test(baseImage))?.[1]
  const imagePortOnly = facts.port.length === 0 && imagePort !== undefined && fromLine !== null
  if (imagePortOnly)
    facts.port.push({
      value: imagePort,
      confidence: PORT.imageDefault,
      source: `${baseImage} image default port`,
      evidence: ev(fromLine!)
    })
  // A wrapper ENTRYPOINT that execs its arguments runs CMD: CMD is the command to report (both lines prove it).
  // Scripts are looked up under the repository path the image copied them from.
  const links = imageSymlinks(
    dockerInstructions(text)
      .filter(i => i.keyword === 'RUN')
      .map(i => i.args)
  )
  const inRepo = (command: string): string =>
    readFile ? repositoryScript(command, copies, dirOf(path), readFile, workdir, links) : command
  const wrapped =
    entrypoint !== null &&
    cmd !== null &&
    isExecWrapper(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile) &&
    !imageMakesProgram(
      dockerInstructions(text),
      dropLaunchers(commandFromDockerArgs(entrypoint.args))[0] ?? ''
    )
  const parts = [entrypoint, cmd].filter((x): x is Instruction => x !== null)
  // `ENTRYPOINT ["/entrypoint.bash", "/opt/…/run-java.sh"]` whose script sets things up and execs what it
  // was given: the program is the ENTRYPOINT's own argument (then CMD's).
  const ownArguments =
    entrypoint && readFile
      ? entrypointArgumentsRun(commandFromDockerArgs(entrypoint.args), dirOf(path), readFile, inRepo)
      : null
  let command =
    ownArguments !== null
      ? [ownArguments, cmd ? commandFromDockerArgs(cmd.args) : ''].filter(Boolean).join(' ')
      : (wrapped ? [cmd!] : parts).map(p => commandFromDockerArgs(p.args)).join(' ')
  // `sh -c "start-tor.sh & ./run"`: the background jobs are helpers; the foreground command is the app's.
  command = foregroundAfterJobs(command) ?? command
  // The official Deno image's entrypoint runs `deno <CMD>` when CMD starts with a subcommand.
  if (!entrypoint && /^(?:docker\.io\/)?denoland\/deno\b/.test(baseImage) && DENO_SUBCOMMAND.test(command))
    command = `deno ${command}`
  if (!entrypoint && NODE_ENTRYPOINT_IMAGE.test(baseImage) && NODE_ARGUMENTS.test(command))
    command = `node ${command}`
  // An init wrapper alone (`ENTRYPOINT ["dumb-init", "--"]` with no CMD) runs nothing of the app's; nor does
  // an entrypoint script that ends in `exec "$@"` when no CMD gives it a command (compose or the platform
  // must): the app's own start command is the one to report.
  const execWrapperOnly =
    entrypoint !== null &&
    cmd === null &&
    readFile !== undefined &&
    isExecWrapper(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile, true)
  // …unless it hands over only when given arguments (`if [ $# -gt 0 ]; then exec "$@"; fi`): without CMD it
  // goes on to its own final command.
  const argumentless =
    execWrapperOnly && readFile !== undefined && entrypoint
      ? followStartScript(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile, env)
      : null
  // A lone script of the repository (`tini -- /boot.sh`, `bash /entrypoint.sh`) runs the command it ends
  // with; a shell `if …; then traced; else plain; fi` runs the plain branch unless the option is set.
  // An entrypoint script that execs a program of its own with "$@" runs that program with CMD as arguments.
  const cmdArgs = cmd ? commandFromDockerArgs(cmd.args) : ''
  // …unless the script first dispatches on the CMD word (`if [ "$1" == "run" ]; then …; exec supervisord …;
  // fi` above a final `exec uv run manage.py "$@"` for every other word): that branch is what CMD runs.
  const dispatchedRun =
    readFile && entrypoint && cmd && !wrapped
      ? followDispatch(inRepo(commandFromDockerArgs(entrypoint.args)), cmdArgs, dirOf(path), readFile)
      : null
  const programRun =
    readFile && entrypoint && !dispatchedRun
      ? followProgramExec(inRepo(commandFromDockerArgs(entrypoint.args)), dirOf(path), readFile)
      : null
  const scripted = programRun
    ? {
        command:
          cmdArgs && !onlyHelpArguments(cmdArgs) ? `${programRun.program} ${cmdArgs}` : programRun.program,
        evidence: programRun.evidence
      }
    : (dispatchedRun ??
      (readFile && !execWrapperOnly
        ? wrapped && entrypoint
          ? (followDispatch(inRepo(commandFromDockerArgs(entrypoint.args)), command, dirOf(path), readFile) ??
            // The wrapper execs CMD: a CMD that runs a script of the repository (`sh run.sh`, or `./akhq`, a
            // shell script by its shebang) is followed.
            followStartScript(inRepo(command), dirOf(path), readFile, env))
          : followStartScript(inRepo(command), dirOf(path), readFile, env)
        : argumentless))
  // s6-overlay's `/init` (as ENTRYPOINT without CMD, or as CMD) starts the image's s6-rc services: the web service's run script.
  const overlayOrScript =
    scripted ??
    (readFile && listFiles && (cmd === null || !entrypoint) && /^\/init$/.test(command.trim())
      ? (s6WebService(copies, dirOf(path), readFile, listFiles, null, declaredS6Longruns(text)) ??
        // s6-overlay v2's legacy services (`COPY rootfs /` with etc/services.d/<name>/run), every one a longrun.
        s6WebService(copies, dirOf(path), readFile, listFiles, S6_LEGACY_SERVICES))
      : null)
  // Plain s6 (`CMD ["s6-svscan", "/app/docker/s6/"]`, after an entrypoint that execs "$@"): the web
  // service of the scan directory.
  const svscan = /^(?:\S*\/)?s6-svscan\s+(\/\S+)\s*$/.exec((overlayOrScript?.command ?? command).trim())
  const followed =
    (svscan && readFile && listFiles
      ? s6WebService(copies, dirOf(path), readFile, listFiles, svscan[1]!)
      : null) ??
    overlayOrScript ??
    // `CMD ["postal"]`: a CLI script of the repository that only prints usage without a subcommand runs the
    // web subcommand the repository's deploy files give it.
    (readFile && !programRun && cmd !== null
      ? usageDispatched(command, { copies, workdir, env, dockerfileDir: dirOf(path), readFile })
      : null)
  // The image's own command, before a script it runs is followed to its final foreground process.
  const ownCommand = command
  if (followed) command = followed.command
  // `sh -c "(cd srv && node main.js) & reporter & wait -n"`: the main job of the one-line script.
  else command = inlineScriptMainJob(command)?.command ?? defaultBranch(command)
  // `foreman start` (or overmind, honcho) runs a Procfile: its serving process is what the image serves.
  const procfileRun = readFile ? procfileRunnerProcess(command, dirOf(path), readFile) : null
  if (procfileRun) command = procfileRun.command
  // `ENTRYPOINT ["ntfy"]` alone, or `ENTRYPOINT ["/app/x"]` + `CMD ["--help"]`: a program that needs a
  // subcommand the deployment files may give.
  if (!programRun && entrypoint && !wrapped && (cmd === null || onlyHelpArguments(cmdArgs))) {
    const program = commandFromDockerArgs(entrypoint.args)
    if (dropLaunchers(program).length === 1 && !followed) command = program
  }
  // The OpenJDK images' `run-java.sh` (Quarkus' Dockerfile.jvm) runs the jar the image's ENV names.
  const javaRunner = followed ? null : javaRunnerCommand(command, env)
  if (javaRunner) command = javaRunner
  const awaits = command.trim().split(/\s+/).length === 1 && isCompiledProgram(command.trim())
  if (
    entrypoint &&
    awaits &&
    (cmd === null || onlyHelpArguments(cmdArgs)) &&
    !execWrapperOnly &&
    !argumentless
  )
    facts.awaitsArguments = programOnPath(command.trim())
  command = runsFromPath(command)
  // supervisord runs the programs of its configuration: the one that serves HTTP is the app's command. An
  // entrypoint script that hands over to its arguments only when given some (`if [ "$1" != "" ]; then exec
  // "$@"; … exec supervisord -c …`) starts supervisord itself when the image has no CMD.
  const supervised = readFile
    ? supervisedRun(command, execWrapperOnly ? inRepo(commandFromDockerArgs(entrypoint!.args)) : null, {
        copies,
        dockerfileDir: dirOf(path),
        readFile,
        env: name => vars.value(name),
        workdir
      })
    : null
  // `CMD ["/start.sh"]` whose script starts the web servers as daemons (`service php8.2-fpm start`,
  // `service nginx start`) and ends in a foreground supervisord that runs only queue workers: supervisord
  // serves nothing, the script is what starts the web server.
  if (
    followed &&
    !supervised &&
    readFile &&
    /^(?:\S*\/)?supervisord\b/.test(command.trim()) &&
    startsWebDaemon(readFile(followed.evidence.file) ?? '')
  )
    command = ownCommand.trim()
  if (parts.length > 0 && !INIT_ONLY.test(command) && (!execWrapperOnly || supervised || argumentless)) {
    // ENTRYPOINT without CMD is often a wrapper script expecting the real command as arguments (the
    // base image's CMD, e.g. `irb`, would otherwise run): a Procfile `web:` process outranks it.
    // A followed script is read to its end, so its command is known even without CMD.
    const entrypointOnly = (cmd === null && !followed && !supervised) || facts.awaitsArguments !== undefined
    const scriptEvidence = [
      ...(supervised?.via ? [supervised.via] : followed ? [followed.evidence] : []),
      ...(procfileRun ? [procfileRun.evidence] : [])
    ]
    const source = programRun
      ? `Dockerfile ENTRYPOINT script ${programRun.evidence.file} execs ${programRun.program}`
      : followed
        ? `Dockerfile ${cmd === null ? 'ENTRYPOINT' : 'CMD'} script ${followed.evidence.file}`
        : supervised?.via
          ? `Dockerfile ENTRYPOINT script ${supervised.via.file}`
          : entrypointOnly
            ? 'Dockerfile ENTRYPOINT (no CMD)'
            : wrapped
              ? 'Dockerfile CMD (run by the ENTRYPOINT wrapper)'
              : 'Dockerfile CMD'
    // A front server supervised beside a FastCGI pool (nginx + php-fpm): supervisord starts the pair, so its
    // command is the app's start, with both programs' lines as evidence; the front server still gives the port.
    // (The port logic below still reads the front server's program.)
    const stack = supervised && supervised.program.behind.length > 0 ? supervised : null
    const program = supervised?.program
    const runner = javaRunner ? ' (run-java.sh runs java -jar $JAVA_APP_JAR)' : ''
    // A command Docker runs through a shell gets the image's ENV values (`-context ${CONTEXT}`); a command
    // read from a script or a supervisord config is that file's, not the CMD line's.
    const shellNames = new Set(
      (wrapped ? [cmd!] : parts)
        .filter(p => runsInShell(p.args))
        .flatMap(p => [...shellVariables(commandFromDockerArgs(p.args))])
    )
    const run = followed || programRun ? command : expandImageEnv(command, shellNames, env)
    facts.startCommand.push({
      value: stack ? stack.supervisord : program ? program.command : run,
      confidence: entrypointOnly ? START.imageDefault : START.deployConfig,
      source: stack
        ? `${source} runs supervisord: [program:${stack.program.name}] of ${stack.program.evidence.file} in front of ${stack.program.behind.map(b => `[program:${b.name}]`).join(', ')} (FastCGI), started together`
        : program
          ? `${source} runs supervisord: [program:${program.name}] of ${program.evidence.file}`
          : source + runner + (procfileRun ? ` (its Procfile runner starts ${procfileRun.name}:)` : ''),
      evidence: [
        ...parts.flatMap(ev),
        ...scriptEvidence,
        ...(program ? [program.evidence] : []),
        ...(stack ? stack.program.behind.map(b => b.evidence) : [])
      ]
    })
    // The port the server binds: the supervised program's flag, the followed script's bind or the PORT it
    // exports (with the script's lines as evidence), or a flag of the command itself.
    const script = followed && readFile ? readFile(followed.evidence.file) : null
    const fromScript =
      !program && followed && script !== null
        ? scriptPort(followed.evidence.file, script, followed.evidence.line, command)
        : null
    const port = program ? program.port : fromScript ? fromScript.port : portFromCommand(command)
    // `dex serve /etc/dex/config.yaml`, `python3 -m maubot -c /data/config.yaml` after the entrypoint script's
    // `cp example-config.yaml /data/config.yaml`: the listen address of the config file the command passes.
    const configArg =
      port === null && !program && !fromScript && readFile
        ? configArgumentPort(command, {
            copies,
            workdir,
            dockerfileDir: dirOf(path),
            dockerfileText: text,
            script: followed && script !== null ? { path: followed.evidence.file, text: script } : null,
            readFile
          })
        : null
    if (configArg) {
      if (imagePortOnly) facts.port = []
      facts.port.push({
        value: configArg.port,
        confidence: PORT.deployFile,
        source: `Dockerfile ${cmd === null ? 'ENTRYPOINT' : 'CMD'}: ${configArg.file} ${configArg.key} (the config ${configArg.target} it passes)`,
        evidence: [...parts.flatMap(ev), configArg.evidence],
        setsEnv: [CONFIG_FILE_PORT]
      })
    }
    // The script starts a front server (caddy, nginx) before the app: the container answers on its port.
    const front =
      port === null && !configArg && followed && script !== null && readFile
        ? frontServerStartedBy(
            { path: followed.evidence.file, text: script },
            copies,
            workdir,
            dirOf(path),
            readFile
          )
        : null
    // The image's EXPOSEd ports the front server does not listen on are the app behind it (the port it
    // proxies to) or stale: the front's port is where the container answers HTTP, and they stay alternatives.
    if (front)
      facts.port = facts.port.map(p =>
        p.source === 'Dockerfile EXPOSE' && p.value !== front.port
          ? { ...p, confidence: Math.min(p.confidence, PORT.deployFile - 0.05) }
          : p
      )
    if (front)
      facts.port.push({
        value: front.port,
        confidence: PORT.deployFile,
        source: `Dockerfile ${cmd === null ? 'ENTRYPOINT' : 'CMD'}: ${followed!.evidence.file} starts a front server, ${front.file} listens on ${front.port}`,
        evidence: [...parts.flatMap(ev), ...front.evidence]
      })
    // The command binds its own port: the base image's server (FrankenPHP's 80, nginx's 80) is not what runs.
    if (port !== null && imagePortOnly) facts.port = []
    if (port !== null)
      facts.port.push({
        value: port,
        confidence: PORT.deployFile,
        source: program
          ? `supervisord [program:${program.name}] command`
          : fromScript
            ? `Dockerfile ${cmd === null ? 'ENTRYPOINT' : 'CMD'}: ${fromScript.source}`
            : 'Dockerfile CMD',
        evidence: [...parts.flatMap(ev), ...(program ? [program.evidence] : (fromScript?.evidence ?? []))],
        // The variables the script exports to the server, or the command's own `PORT=…` / `${PORT:-…}`.
        ...(program
          ? {}
          : fromScript
            ? fromScript.setsEnv && { setsEnv: fromScript.setsEnv }
            : commandPortEnv(command, port))
      })
  }
  // Neither CMD nor ENTRYPOINT in the last stage: a web-server base image runs its own command.
  const imageCommand = IMAGE_COMMANDS.find(([re]) => re.test(baseImage))?.[1]
  if (parts.length === 0 && imageCommand !== undefined && fromLine)
    facts.startCommand.push({
      value: imageCommand,
      confidence: START.imageDefault,
      source: `${baseImage} image default command`,
      evidence: ev(fromLine)
    })
  // The image probing itself through its port variable (`curl http://localhost:${ELECTRIC_PORT-3000}/v1/health`)
  // names the port its server listens on, when no EXPOSE or ENV says it.
  if (facts.port.length === 0 && selfProbe && selfProbe.port > 0 && selfProbe.port < 65536)
    facts.port.push({
      value: selfProbe.port,
      confidence: PORT.deployFile,
      source: 'Dockerfile HEALTHCHECK probes this port',
      evidence: ev(selfProbe.ins)
    })
  if (facts.port.length > 0)
    facts.healthPath = facts.healthPath.filter(h => {
      const port = probePorts.get(h)
      return port === undefined || facts.port.some(p => p.value === port)
    })
  return facts
}

/**
 * `tini -- /init.sh` → `tini -- docker/alpine/init.sh` when the image got `/init.sh` from that repository file;
 * the command unchanged otherwise (the script is then looked up by its own path's tails).
 */
function repositoryScript(
  command: string,
  copies: ContextCopy[],
  dockerfileDir: string,
  readFile: RepoFileReader,
  workdir: string,
  links: ReadonlyMap<string, string> = new Map()
): string {
  const words = dropLaunchers(command)
  if (words.length !== 1) return command
  // A bare name (`ENTRYPOINT ["docker-entrypoint.sh"]`) is the file of that name a COPY put on PATH; a
  // relative path (`CMD ["./start.sh"]`) is the WORKDIR's file.
  const word = words[0]!
  // An absolute path no COPY wrote may be a link a RUN made (`ln -s srv/app/entrypoint.sh /entrypoint`).
  const copied = word.startsWith('/') ? copiedFrom(word, copies) : []
  const linked = word.startsWith('/') && copied.length === 0 ? links.get(word) : undefined
  // `sh run.sh` names a file of the WORKDIR when no COPY put one of that name on PATH.
  // …or one a RUN step moved there from where a COPY staged it (moved-script.ts).
  const moved =
    word.startsWith('/') && copied.length === 0 && !linked ? movedScriptSource(word, copies) : null
  const sources = word.startsWith('/')
    ? linked
      ? copiedFrom(linked, copies)
      : moved
        ? [moved]
        : copied
    : word.includes('/')
      ? copiedFrom(nextWorkdir(workdir, word.replace(/^\.\//, '')), copies)
      : [
          ...copiedOntoPath(word, copies),
          ...(words.length < command.trim().split(/\s+/).length
            ? copiedFrom(nextWorkdir(workdir, word), copies)
            : [])
        ]
  for (const source of sources)
    for (const base of dockerfileDir === '.' ? ['.'] : [dockerfileDir, '.'])
      if (readFile(base === '.' ? source : `${base}/${source}`) !== null)
        return command.replace(word, base === '.' ? source : `${base}/${source}`)
  return command
}

/**
 * A script line that starts a web server as a daemon, to run in the background while the script goes on:
 * `service nginx start`, `/etc/init.d/apache2 start`, `apachectl start`, `php-fpm -D`, or a bare `nginx`
 * (daemonized unless `daemon off`).
 */
export function startsWebDaemon(script: string): boolean {
  return /^[ \t]*(?:sudo\s+)?(?:service\s+(?:nginx|apache2|httpd|php[\d.]*-fpm[\d.]*)\s+start\b|\/etc\/init\.d\/(?:nginx|apache2|httpd|php[\d.]*-fpm[\d.]*)\s+start\b|(?:\S*\/)?apache(?:2ctl|ctl)\s+(?:-k\s+)?start\b|(?:\S*\/)?php-fpm[\d.]*\s+(?:-\S+\s+)*-D\b|(?:\S*\/)?nginx[ \t]*$)/m.test(
    script
  )
}

/**
 * The web program of the supervisord the image starts: `command` runs it (`supervisord -c /etc/x.conf`), or,
 * with `handoverScript` (an entrypoint script that execs its arguments, given none), a line of that script
 * does — the script's lines that start supervisord name the configurations to read.
 */
function supervisedRun(
  command: string,
  handoverScript: string | null,
  ctx: SupervisordContext
): { program: SupervisedProgram; via?: Evidence; supervisord: string } | null {
  // A script that picks among supervisord configurations by mode (`http`, `worker`, `scheduler`): the one
  // whose programs serve HTTP is the web mode, whichever branch the script's defaults would take.
  const script = handoverScript ? loneRepoScript(handoverScript, ctx.dockerfileDir, ctx.readFile) : null
  const runs = script ? scriptSupervisordRuns(script.text) : []
  if (script && runs.length > 0) {
    const program = supervisedWebProgram(
      runs.map(r => r.config),
      ctx
    )
    const run = program ? runs.find(r => r.config === program.config) : undefined
    if (program && run)
      return {
        program,
        via: { file: script.path, line: run.line, text: run.text },
        supervisord: run.command
      }
  }
  const config = supervisordConfig(command)
  if (config === undefined) return null
  const program = supervisedWebProgram([config], ctx)
  return program ? { program, supervisord: command.trim().replace(/^exec\s+/, '') } : null
}

/**
 * A one-word command naming a repository dispatcher script (on the image's `ENV PATH`, the default PATH or
 * under WORKDIR) that prints usage when run bare: the command with the web subcommand, or null.
 */
function usageDispatched(
  command: string,
  ctx: {
    copies: ContextCopy[]
    workdir: string
    env: Map<string, string>
    dockerfileDir: string
    readFile: RepoFileReader
  }
): { command: string; evidence: Evidence } | null {
  const words = command.trim().split(/\s+/)
  if (words.length !== 1 || !words[0]) return null
  const program = words[0]
  // The image's own PATH directories (`ENV PATH="/opt/app/bin:${PATH}"`) come first, as the shell looks them up.
  const pathDirs = (ctx.env.get('PATH') ?? '').split(':').filter(d => d.startsWith('/') && !d.includes('$'))
  const imagePaths = program.includes('/')
    ? [program.startsWith('/') ? program : nextWorkdir(ctx.workdir, program.replace(/^\.\//, ''))]
    : [...pathDirs, ...PATH_DIRS].map(dir => `${dir.replace(/\/+$/, '')}/${program}`)
  const bases = ctx.dockerfileDir === '.' ? ['.'] : [ctx.dockerfileDir, '.']
  for (const imagePath of imagePaths)
    for (const source of copiedFrom(imagePath, ctx.copies))
      for (const base of bases) {
        const file = base === '.' ? source : `${base}/${source}`
        const text = ctx.readFile(file)
        if (text === null) continue
        const found = webSubcommand(program, { path: file, text }, bases, ctx.readFile)
        return found && { command: found.command, evidence: found.evidence }
      }
  return null
}

/** `/usr/local/bin/atuin-server start` → `atuin-server start`: a program on PATH runs by its name. */
function runsFromPath(command: string): string {
  const m = /^(\S+)([\s\S]*)$/.exec(viaOwnInterpreter(command))
  return m ? `${programOnPath(m[1]!)}${m[2]}` : command
}

/**
 * `/app/bin/python /app/bin/radicale --hosts …` → `/app/bin/radicale --hosts …`: a virtualenv's interpreter
 * given a script of its own bin folder (a console script, whose shebang names that very interpreter) runs
 * the same as the script itself. A `.py` file or another folder's script keeps its interpreter.
 */
function viaOwnInterpreter(command: string): string {
  const m = /^(\S*\/bin\/)python[\d.]*\s+(\S+)/.exec(command)
  if (!m || m[2]!.endsWith('.py') || m[2]!.slice(0, m[2]!.lastIndexOf('/') + 1) !== m[1]) return command
  return command.slice(command.indexOf(m[2]!, m[1]!.length))
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '.' : path.slice(0, i)
}

/**
 * A probe of the app's version endpoint (`/api/version`, `/version`): the cheap, unauthenticated GET an image
 * probes when the app has no health route (holdout40 frigate: HEALTHCHECK curl …/api/version, nginx in front
 * of FastAPI's `/version`), a health check as the deployment chose it, not just any page.
 */
const VERSION_PROBE = /^(?:\/[\w.-]+)*\/(?:version|about)\/?$/i

/**
 * Quoted pieces of one shell word joined (`http://localhost:"$PORT""$CONTEXT_PATH"rest/ping`, expanded to
 * `localhost:"4040""/"rest/ping` → `localhost:4040/rest/ping`): a quote glued to the word's other characters
 * only groups them. Quoted arguments on their own (`"http://…/health"`, exec form) are left as they are.
 */
function joinedShellWord(text: string): string {
  return text.replace(
    /(?<=[\w:/.-])"([^"\s]*)"|"([^"\s]*)"(?=[\w/])/g,
    (_m, a?: string, b?: string) => a ?? b ?? ''
  )
}

/**
 * `readDockerfile(path, text, <tree's reader>)`, read once per tree: a dozen rules read the same Dockerfile
 * with the tree's reader, and each reading follows its start scripts (a 1 MiB entrypoint script took 0.5 s per
 * reading). The facts are shared, so callers only read them.
 */
export function dockerfileFactsIn(tree: SourceTree, path: string, text: string): DockerfileFacts {
  let byPath = factsByTree.get(tree)
  if (!byPath) factsByTree.set(tree, (byPath = new Map()))
  const known = byPath.get(path)
  if (known !== undefined && known.text === text) return known.facts
  const facts = readDockerfile(path, text, file => tree.read(file))
  byPath.set(path, { text, facts })
  return facts
}
const factsByTree = new WeakMap<SourceTree, Map<string, { text: string; facts: DockerfileFacts }>>()
