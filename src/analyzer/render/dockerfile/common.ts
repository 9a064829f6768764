// Building blocks shared by the per-ecosystem Dockerfile generators. Everything that comes from the
// repository (commands, paths) passes through a check here before it reaches a Dockerfile line, so a
// repository cannot smuggle extra instructions (newlines) or shell into the generated file.
import type { AppAnalysis, Warning } from '../../report.js'
import { imageRef } from '../base-images.js'
import { hintEnv, hintList, safeRelativePath } from '../hints.js'
import { basename, dirname } from '../../tree.js'
import { publicBind } from '../../signals/loopback-listen.js'

export interface DockerfileContext {
  app: AppAnalysis
  port: number
  /** A health path safe to embed in a command, or null (no HEALTHCHECK). */
  healthPath: string | null
  /** Build context relative to the repository root (the app dir, or its workspace root). */
  context: string
  /** Applies the `base-image-registry` rewrite. */
  image(ref: string): string
  /** Generator warnings (shown in the PR comment and the action log). */
  warn(code: string, message: string): void
}

export interface GeneratedDockerfile {
  /** Generator id: `node`, `nextjs`, `static`, `python`, `go` … */
  generator: string
  text: string
  /** Build context relative to the repository root. */
  context: string
}

export function createContext(
  app: AppAnalysis,
  registry: string | null,
  warnings: Warning[],
  context: string
): DockerfileContext {
  const warn = (code: string, message: string): void => {
    warnings.push({ code, message, file: app.dockerfile ?? undefined })
  }
  return {
    app,
    port: app.port.value,
    healthPath: safeHealthPath(app.healthPath.value, warn),
    context,
    image: ref => imageRef(ref, registry),
    warn
  }
}

/** A plain URL path (and query) safe inside a HEALTHCHECK command; .delightful.yaml's schema uses it too. */
export const HEALTH_PATH_MAX_LENGTH = 200
export const HEALTH_PATH = /^\/[A-Za-z0-9._~%/:@+,=-]*(\?[A-Za-z0-9._~%/:@+,=&-]*)?$/

function safeHealthPath(path: string | null, warn: (code: string, message: string) => void): string | null {
  if (path === null) return null
  if (HEALTH_PATH.test(path) && path.length <= HEALTH_PATH_MAX_LENGTH) return path
  warn(
    'UNSAFE_HEALTH_PATH',
    `Health path ${JSON.stringify(path.slice(0, 80))} has characters that cannot go into a HEALTHCHECK ` +
      'command; no HEALTHCHECK was generated (set app.healthPath in .delightful.yaml to a plain path).'
  )
  return null
}

/**
 * A repository command (build or start) that may go into a Dockerfile: one line, no control characters.
 * Returns null (and warns) otherwise.
 */
export function safeCommand(ctx: DockerfileContext, command: string | null, what: string): string | null {
  if (command === null) return null
  const trimmed = command.trim()
  if (trimmed === '') return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed) || trimmed.length > 500) {
    ctx.warn(
      'UNSAFE_COMMAND',
      `The ${what} command has line breaks or control characters and was left out of the Dockerfile; ` +
        `set it in .delightful.yaml as one line.`
    )
    return null
  }
  return trimmed
}

/** JSON exec form: `["node", "server.js"]`. */
export function execForm(args: string[]): string {
  return `[${args.map(arg => JSON.stringify(arg)).join(', ')}]`
}

const SHELL_SYNTAX = /[$&|;<>`'"\\*?(){}~]|\s#/

/**
 * CMD for a start command. Plain words run in exec form (PID 1 gets signals); anything with shell
 * syntax (`$PORT`, `&&`, quotes) runs through /bin/sh, with `exec` when it is a single command so the
 * server still replaces the shell and receives SIGTERM.
 */
export function cmdInstruction(start: string): string {
  // A server the command leaves on loopback (uvicorn without --host, `-b 127.0.0.1:8000`) would be
  // unreachable in the container: the image runs it on every interface.
  const command = publicBind(start)
  if (!SHELL_SYNTAX.test(command)) return `CMD ${execForm(command.split(/\s+/))}`
  const compound = /&&|\|\||;|\|/.test(command)
  const line = compound || command.startsWith('exec ') ? command : `exec ${command}`
  return `CMD ${execForm(['/bin/sh', '-c', line])}`
}

/** How a HEALTHCHECK probes HTTP with a tool the runtime image already has (no curl in slim images). */
export type HealthProbe = 'node' | 'bun' | 'deno' | 'python' | 'wget' | 'bash'

export function healthcheck(probe: HealthProbe, path: string | null, startPeriod = '20s'): string[] {
  if (path === null) return []
  const url = `'http://127.0.0.1:'+process.env.PORT+'${path}'`
  const js = `fetch(${url}).then(r=>process.exit(r.status<400?0:1),()=>process.exit(1))`
  const commands: Record<HealthProbe, string> = {
    node: `node -e "${js}"`,
    bun: `bun -e "${js}"`,
    deno: `deno eval "const r=await fetch('http://127.0.0.1:'+Deno.env.get('PORT')+'${path}').catch(()=>null);Deno.exit(r&&r.status<400?0:1)"`,
    python: `python -c "import os,urllib.request; urllib.request.urlopen('http://127.0.0.1:'+os.environ['PORT']+'${path}', timeout=4)"`,
    wget: `wget -q -T 4 -O /dev/null "http://127.0.0.1:$PORT${path}" || exit 1`,
    // Debian/Ubuntu runtimes ship bash but no curl or wget: speak HTTP/1.0 over bash's /dev/tcp.
    bash: `bash -c 'exec 3<>/dev/tcp/127.0.0.1/$PORT && printf "GET ${path} HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n" >&3 && head -n 1 <&3 | grep -Eq "^HTTP/1\\.[01] [23]"'`
  }
  return [
    `HEALTHCHECK --interval=30s --timeout=5s --start-period=${startPeriod} --retries=3 \\`,
    `  CMD ${commands[probe]}`
  ]
}

/**
 * A non-root account without distro tools: `useradd` (Debian) and `adduser` (Alpine/busybox) differ, and
 * appending to passwd/group works on every base we use.
 */
export function addUser(name = 'app', uid = 10001, home = '/app'): string {
  return `RUN echo '${name}:x:${uid}:${uid}::${home}:/sbin/nologin' >> /etc/passwd && echo '${name}:x:${uid}:' >> /etc/group`
}

/** The header every generated Dockerfile starts with. */
export function header(ctx: DockerfileContext, summary: string, pins: string[]): string[] {
  const dockerfilePath = ctx.app.appDir === '.' ? 'Dockerfile' : `${ctx.app.appDir}/Dockerfile`
  const build =
    ctx.context === ctx.app.appDir
      ? `docker build -t ${ctx.app.name} ${ctx.context}`
      : `docker build -f ${dockerfilePath} -t ${ctx.app.name} ${ctx.context}`
  return [
    `# Generated by deplight for ${commentSafe(ctx.app.appDir)}: ${commentSafe(summary)}.`,
    `# Build: ${commentSafe(build)}`,
    ...pins.map(pin => `# Base image: ${commentSafe(pin)}`),
    '# deplight never overwrites an existing Dockerfile: edit this one freely once committed.',
    ''
  ]
}

/** Text that goes into a `#` comment: one line, printable. */
export function commentSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200)
}

/** `ENV PORT=3000 …` plus EXPOSE: the one port contract every image follows. */
export function portLines(ctx: DockerfileContext, extraEnv: Record<string, string> = {}): string[] {
  // Provider `env` hints (PHX_SERVER=true, STREAMLIT_SERVER_HEADLESS=true …) refine the generator's defaults.
  const env = { PORT: String(ctx.port), ...extraEnv, ...hintEnv(ctx.app) }
  const pairs = Object.entries(env).map(
    ([key, value]) => `${key}=${/[\s"'$\\]/.test(value) ? JSON.stringify(value) : value}`
  )
  return [`ENV ${pairs.join(' \\\n    ')}`]
}

export function expose(ctx: DockerfileContext): string {
  return `EXPOSE ${ctx.port}`
}

/** Joins sections with one blank line between stages and a trailing newline. */
export function dockerfile(...sections: (string | string[] | null | false)[]): string {
  const lines: string[] = []
  for (const section of sections) {
    if (section === null || section === false) continue
    if (Array.isArray(section)) lines.push(...section)
    else lines.push(section)
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

/** Memory (MiB) the app's heap may use: ~75 % of the task, leaving room for the runtime itself. */
export function heapMiB(app: AppAnalysis): number {
  return Math.max(128, Math.floor(app.resources.value.memory * 0.75))
}

/** The app directory relative to the build context: '.' unless the context is a workspace/build root. */
export function appInContext(ctx: DockerfileContext): string {
  const { context } = ctx
  const dir = ctx.app.appDir
  if (context === dir) return '.'
  if (context === '.') return dir
  return dir.startsWith(`${context}/`) ? dir.slice(context.length + 1) : dir
}

/**
 * `COPY a/b.xml a/b.xml` for each build file of a multi-module build (the `buildManifests` hint, relative
 * to the build root), so the dependency step sees every module before any source arrives. Empty when
 * the hint is missing.
 */
export function moduleManifestCopies(ctx: DockerfileContext): string[] {
  return hintList(ctx.app, 'buildManifests')
    .map(path => safeRelativePath(path))
    .filter((path): path is string => path !== null && path !== '.')
    .map(path => (path.includes('/') ? `COPY ${path} ${path}` : `COPY ${path} ./`))
}

/**
 * Whether the app's lockfile sits at the build context's root, where the Dockerfile can copy it: the
 * analysis names it as the package manager's source or evidence. A manager chosen from its manifest, or a
 * lockfile at a workspace root above the context, has none there; the image then resolves the dependencies
 * while it builds (a COPY of a missing file would fail the build), and a NO_LOCKFILE warning says so.
 */
export function lockfileInContext(ctx: DockerfileContext, lockfile: string, tool: string): boolean {
  const { evidence, source } = ctx.app.packageManager
  const named = evidence.find(e => basename(e.file) === lockfile)?.file
  // Evidence names the lockfile's path; without it, a source named after the lockfile means the app's folder.
  if (
    named !== undefined
      ? dirname(named) === ctx.context
      : source === lockfile && ctx.context === ctx.app.appDir
  )
    return true
  const where = named
    ? `${named} lies outside the build context ${ctx.context}`
    : `${ctx.context} has no ${lockfile}`
  ctx.warn(
    'NO_LOCKFILE',
    `${where}, so ${tool} resolves the dependencies while the image builds and each build may get other versions; commit ${lockfile} beside the app's manifest (or build from the workspace root with your own Dockerfile) for reproducible images.`
  )
  return false
}
