// uWSGI serves HTTP on the address of its ini file's `http = :8000` / `http-socket = 0.0.0.0:8000` (issue 16
// #4): the port lives in that config, not in code. `socket =` speaks the uwsgi protocol to a front proxy
// and `stats =` is a monitoring port, so neither is the web port.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { PORT } from '../../precedence.js'
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
