// uWSGI serves HTTP on the address of its ini file's `http = :8000` / `http-socket = 0.0.0.0:8000` (issue 16
// #4): the port lives in that config, not in code. `socket =` speaks the uwsgi protocol to a front proxy
// and `stats =` is a monitoring port, so neither is the web port.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { PORT, START } from '../../precedence.js'
import { parsePort } from '../../signals/ports.js'

/** The HTTP port of each uWSGI ini file in the app (its root or one folder down). */
export function uwsgiPorts(ctx: AppContext): Candidate<number>[] {
  const out: Candidate<number>[] = []
  const inis = ctx
    .files()
    .map(f => f.path)
    .filter(
      p => p.endsWith('.ini') && p.slice(ctx.dir === '.' ? 0 : ctx.dir.length + 1).split('/').length <= 2
    )
  for (const path of inis.slice(0, 20)) {
    const text = ctx.tree.read(path)
    if (text === null || !/^[ \t]*\[uwsgi\]/m.test(text)) continue
    let inSection = false
    const lines = text.split('\n')
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim()
      const header = /^\[([^\]]+)\]/.exec(line)
      if (header) inSection = header[1] === 'uwsgi'
      const m = inSection
        ? /^(https?|http-socket)\s*=\s*(?:[\w.-]*|\[[\da-f:]*\]):(\d{1,5})\b/i.exec(line)
        : null
      const port = m ? parsePort(m[2]) : null
      if (port === null) continue
      out.push({
        value: port,
        confidence: PORT.deployFile,
        source: `${path} uWSGI ${m![1]}`,
        evidence: [{ file: path, line: i + 1, text: line }]
      })
      break
    }
  }
  return out
}

/** Ini names of development or test setups, never the one that ships. */
const DEV_INI = /(?:^|[._-])(?:dev|devel|development|local|test|tests|testing|debug)(?:[._-]|$)/i

/**
 * `uwsgi --ini ckan-uwsgi.ini` (holdout30 ckan): the one uWSGI ini in the app folder itself that serves HTTP
 * (`http =`/`http-socket =`) and names what it serves (`module =`, `wsgi-file =`, `mount =`) is how the
 * project runs in production when no Dockerfile or Procfile says otherwise. Several such files (one per
 * environment) leave the choice to the deployer: none is taken.
 */
export function uwsgiStart(ctx: AppContext): Candidate<string> | null {
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  const found: Candidate<string>[] = []
  for (const f of ctx.tree.filesIn(ctx.dir)) {
    const rel = f.path.slice(prefix.length)
    if (!rel.endsWith('.ini') || DEV_INI.test(rel.replace(/\.ini$/, ''))) continue
    const text = ctx.tree.read(f.path)
    if (text === null) continue
    const section = /^[ \t]*\[uwsgi\][ \t]*$/m.exec(text)
    if (!section) continue
    const body = text.slice(section.index).split(/^[ \t]*\[(?!uwsgi\])/m)[0]!
    const serves = /^[ \t]*(?:https?|http-socket)[ \t]*=/m.test(body)
    const app = /^[ \t]*(?:module|wsgi-file|wsgi|mount)[ \t]*=/m.exec(body)
    if (!serves || !app) continue
    const line =
      text.slice(0, section.index + app.index).split('\n').length + (app[0].startsWith('\n') ? 1 : 0)
    found.push({
      value: `uwsgi --ini ${rel}`,
      confidence: START.frameworkServer + 0.04,
      source: `${f.path} uWSGI config serving the app`,
      evidence: [{ file: f.path, line, text: text.split('\n')[line - 1]!.trim() }]
    })
  }
  return found.length === 1 ? found[0]! : null
}
