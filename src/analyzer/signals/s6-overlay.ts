// Images on s6-overlay (`ENTRYPOINT ["/init"]`, the linuxserver.io and paperless-ngx style) run the
// long-running services under /etc/s6-overlay/s6-rc.d/<name>/ (`type` = longrun, `run` = the script). The
// image's web service is the app's start command: its `run` script's final command. Plain s6
// (`CMD ["s6-svscan", "/app/docker/s6/"]`, Gogs) supervises every `<scan dir>/<name>/run` that has no
// `down` file: the same reading, without s6-rc's `type` files.

import type { Evidence } from '../report.js'
import { copiedFrom, type ContextCopy } from './docker-copies.js'
import { readRepoScript } from './script-files.js'
import { handsOverToArguments } from './script-handover.js'
import {
  dropExecWrappers,
  expandScriptVariables,
  scriptFinalCommand,
  type RepoFileReader
} from './start-script.js'

/** Lists the repository files under a folder (repository-relative paths). */
export type RepoLister = (dir: string) => string[]

const SERVICES = '/etc/s6-overlay/s6-rc.d'
/** s6-overlay v2's service folder (`/etc/services.d/<name>/run`), still read by v3: supervised like a scan dir. */
export const S6_LEGACY_SERVICES = '/etc/services.d'
/** Service names that are not the web server: background workers, schedulers, queues, helpers. */
const NOT_WEB =
  /worker|cron|schedul|consumer|queue|sidekiq|resque|jobs|beat|flower|celery|redis|postgres|mysql|influx|migrat|init|log|watch|sync|chrome|browser|ssh|mail|smtp|(?:^|[-_])once(?:$|[-_])/i
const WEB = /(?:^|[-_])(?:web|www|http|webserver|server|app|api|frontend|ui)(?:$|[-_])/i
/** FastCGI process managers: no HTTP of their own, the front server beside them is the web server. */
const FASTCGI_SERVER = /^(?:\S*\/)?(?:php-fpm[\d.]*|php-cgi[\d.]*|fcgiwrap|spawn-fcgi)(?:\s|$)/
/** A service whose program is a front web server or proxy: it serves what the app service behind it does. */
const FRONT_SERVER =
  /^(?:\S*\/)?(?:nginx|openresty|caddy|haproxy|traefik|httpd|apache2(?:ctl)?|envoy|lighttpd)(?:\s|$)/

/**
 * The command of the web service an s6-overlay image starts, with its `run` line as evidence: the only
 * longrun service that runs a command, or, of several, the one named as the web server (`svc-webserver`,
 * `svc-web`) that is no worker. Null when the services are not in the repository or none is the web one.
 */
export function s6WebService(
  copies: ContextCopy[],
  dockerfileDir: string,
  readFile: RepoFileReader,
  listFiles: RepoLister,
  scanDir: string | null = null,
  declaredLongruns: ReadonlySet<string> = new Set()
): { command: string; evidence: Evidence } | null {
  // The repository folder that became /etc/s6-overlay/s6-rc.d (`COPY docker/rootfs /`), or s6-svscan's
  // scan directory.
  const probe = `${scanDir === null ? SERVICES : scanDir.replace(/\/+$/, '')}/probe/run`
  const folders = copiedFrom(probe, copies).map(p => p.slice(0, -'/probe/run'.length))
  const bases = dockerfileDir === '.' ? [''] : [`${dockerfileDir}/`, '']
  const groups: S6Service[][] = []
  for (const folder of folders)
    for (const base of bases) {
      const dir = `${base}${folder}`
      const runs = listFiles(dir).filter(f => /^[^/]+\/run$/.test(f.slice(dir.length + 1)))
      if (runs.length > 0) {
        groups.push(
          runs.map(run => ({ name: run.slice(dir.length + 1, -'/run'.length), folder: dirOf(run) }))
        )
        break
      }
    }
  // Services copied one by one (`COPY docker/s6-rc.d/app/app /etc/s6-overlay/s6-rc.d/app`).
  if (groups.length === 0 && scanDir === null)
    groups.push(serviceCopies(copies, bases, listFiles, declaredLongruns))
  for (const group of groups) {
    if (group.length === 0) continue
    const services: { name: string; command: string; evidence: Evidence }[] = []
    for (const { name, folder, runFile, longrun } of group) {
      const run = runFile ?? `${folder}/run`
      if (scanDir === null && !longrun && (readFile(`${folder}/type`) ?? '').trim() !== 'longrun') continue
      if (scanDir !== null && readFile(`${folder}/down`) !== null) continue
      const text = readFile(run)
      const final = text === null ? null : scriptFinalCommand(text, true)
      if (!final) continue
      const command = throughHandOverScript(
        dropExecWrappers(expandScriptVariables(final.command.replace(/;\s*$/, ''), text!, final.line)).join(
          ' '
        ),
        dockerfileDir,
        readFile
      )
      if (command)
        services.push({ name, command, evidence: { file: run, line: final.line, text: final.text } })
    }
    const helpers = (name: string): boolean => NOT_WEB.test(name)
    const named = services.filter(s => WEB.test(s.name.replace(/^svc-/, '')) && !helpers(s.name))
    // Beside sshd, syslogd and cron the one remaining service is the app (`gogs`), whatever its name; and
    // a front server (nginx, caddy …) beside an app service proxies to that app, which is what starts it.
    const unnamed = services.filter(s => !helpers(s.name))
    // …unless the service beside it speaks FastCGI (php-fpm): then the front server is the HTTP server.
    const apps = unnamed.filter(s => !FRONT_SERVER.test(s.command))
    if (apps.some(s => FASTCGI_SERVER.test(s.command))) apps.length = 0
    const rest = apps.length > 0 ? apps : unnamed
    const web = services.length === 1 ? services : named.length > 0 ? named : rest
    if (web.length === 1) return { command: web[0]!.command, evidence: web[0]!.evidence }
    return null
  }
  return null
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'))
}

interface S6Service {
  name: string
  folder: string
  /** A run script copied on its own (`COPY docker/app.run /etc/s6-overlay/s6-rc.d/app/run`). */
  runFile?: string
  /** The Dockerfile itself writes `longrun` into the service's `type`. */
  longrun?: boolean
}

/**
 * Service folders copied one each onto `/etc/s6-overlay/s6-rc.d/<name>`, found in the repository; and run
 * scripts copied alone onto `<name>/run` whose `type` the Dockerfile writes (`RUN echo 'longrun' >
 * /etc/s6-overlay/s6-rc.d/nginx-ui/type`, `declaredLongruns`).
 */
function serviceCopies(
  copies: ContextCopy[],
  bases: string[],
  listFiles: RepoLister,
  declaredLongruns: ReadonlySet<string>
): S6Service[] {
  const out: S6Service[] = []
  for (const copy of copies) {
    const dest = new RegExp(`^${SERVICES}/([^/]+)(/run)?/?$`).exec(copy.dest)
    const name = dest?.[1]
    if (!name || copy.sources.length !== 1 || /[*?]/.test(copy.sources[0]!)) continue
    const source = copy.sources[0]!.replace(/^(?:\.?\/)+/, '').replace(/\/+$/, '')
    for (const base of bases) {
      const path = `${base}${source}`
      if (dest[2]) {
        if (!declaredLongruns.has(name) || !listFiles(dirOf(path)).includes(path)) continue
        if (!out.some(s => s.name === name))
          out.push({ name, folder: `${SERVICES}/${name}`, runFile: path, longrun: true })
        break
      }
      if (listFiles(path).includes(`${path}/run`)) {
        if (!out.some(s => s.name === name)) out.push({ name, folder: path })
        break
      }
    }
  }
  return out
}

/** `RUN echo 'longrun' > /etc/s6-overlay/s6-rc.d/<name>/type`: the services the Dockerfile declares. */
export function declaredS6Longruns(dockerfile: string): Set<string> {
  const names = new Set<string>()
  for (const m of dockerfile.matchAll(/\blongrun['"]?\s*>\s*\/etc\/s6-overlay\/s6-rc\.d\/([\w.-]+)\/type\b/g))
    names.add(m[1]!)
  return names
}

/**
 * A run line that goes through the repository's entrypoint script (`bin/docker-entrypoint.sh foreman start`):
 * when that script hands over to its arguments (`exec … "$@"`), the arguments are what serves.
 */
function throughHandOverScript(command: string, dockerfileDir: string, readFile: RepoFileReader): string {
  const [first, ...rest] = command.split(/\s+/)
  if (!first || rest.length === 0 || !/[/.]/.test(first)) return command
  const script = readRepoScript(first, dockerfileDir, readFile) ?? readRepoScript(first, '.', readFile)
  return script && handsOverToArguments(script.text) ? rest.join(' ') : command
}
