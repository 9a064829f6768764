// Images on s6-overlay (`ENTRYPOINT ["/init"]`, the linuxserver.io and paperless-ngx style) run the
// long-running services under /etc/s6-overlay/s6-rc.d/<name>/ (`type` = longrun, `run` = the script). The
// image's web service is the app's start command: its `run` script's final command. Plain s6
// (`CMD ["s6-svscan", "/app/docker/s6/"]`, Gogs) supervises every `<scan dir>/<name>/run` that has no
// `down` file: the same reading, without s6-rc's `type` files.

import type { Evidence } from '../report.js'
import { copiedFrom, type ContextCopy } from './docker-copies.js'
import {
  dropExecWrappers,
  expandScriptVariables,
  scriptFinalCommand,
  type RepoFileReader
} from './start-script.js'

/** Lists the repository files under a folder (repository-relative paths). */
export type RepoLister = (dir: string) => string[]

const SERVICES = '/etc/s6-overlay/s6-rc.d'
/** Service names that are not the web server: background workers, schedulers, queues, helpers. */
const NOT_WEB =
  /worker|cron|schedul|consumer|queue|beat|flower|celery|redis|postgres|mysql|migrat|init|log|watch|sync|chrome|browser|ssh|mail|smtp/i
const WEB = /(?:^|[-_])(?:web|www|http|webserver|server|app|api|frontend|ui)(?:$|[-_])/i

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
  scanDir: string | null = null
): { command: string; evidence: Evidence } | null {
  // The repository folder that became /etc/s6-overlay/s6-rc.d (`COPY docker/rootfs /`), or s6-svscan's
  // scan directory.
  const probe = `${scanDir === null ? SERVICES : scanDir.replace(/\/+$/, '')}/probe/run`
  const folders = copiedFrom(probe, copies).map(p => p.slice(0, -'/probe/run'.length))
  for (const folder of folders)
    for (const base of dockerfileDir === '.' ? [''] : [`${dockerfileDir}/`, '']) {
      const dir = `${base}${folder}`
      const runs = listFiles(dir).filter(f => /^[^/]+\/run$/.test(f.slice(dir.length + 1)))
      if (runs.length === 0) continue
      const services: { name: string; command: string; evidence: Evidence }[] = []
      for (const run of runs) {
        const name = run.slice(dir.length + 1, -'/run'.length)
        if (scanDir === null && (readFile(`${dir}/${name}/type`) ?? '').trim() !== 'longrun') continue
        if (scanDir !== null && readFile(`${dir}/${name}/down`) !== null) continue
        const text = readFile(run)
        const final = text === null ? null : scriptFinalCommand(text, true)
        if (!final) continue
        const command = dropExecWrappers(
          expandScriptVariables(final.command.replace(/;\s*$/, ''), text!, final.line)
        ).join(' ')
        if (command)
          services.push({ name, command, evidence: { file: run, line: final.line, text: final.text } })
      }
      const helpers = (name: string): boolean => NOT_WEB.test(name)
      const named = services.filter(s => WEB.test(s.name.replace(/^svc-/, '')) && !helpers(s.name))
      // Beside sshd, syslogd and cron the one remaining service is the app (`gogs`), whatever its name.
      const rest = services.filter(s => !helpers(s.name))
      const web = services.length === 1 ? services : named.length > 0 ? named : rest
      if (web.length === 1) return { command: web[0]!.command, evidence: web[0]!.evidence }
      return null
    }
  return null
}
