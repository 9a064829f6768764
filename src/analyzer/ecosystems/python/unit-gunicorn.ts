// A project that ships its production setup as files to copy (a systemd unit and the gunicorn config it names,
// `contrib/netbox.service` → `ExecStart=… gunicorn --config /opt/app/gunicorn.py app.wsgi` beside
// `contrib/gunicorn.py` with `bind = '127.0.0.1:8001'`) documents the port gunicorn serves on: the config's
// bind. The unit names the installed path; the repository file is the one of that name beside the unit.
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { evidenceAt, matchAll, stripHashComments } from '../../signals/evidence.js'
import { basename, dirname, joinPath } from '../../tree.js'
import { candidate } from '../common/provider-helpers.js'
import { GUNICORN_BIND } from './serving.js'

/** An active `ExecStart=` running gunicorn with a config file: `--config /opt/x/gunicorn.py`, `-c conf.py`. */
const EXEC_GUNICORN_CONFIG =
  /^ExecStart=[^\n]*\bgunicorn\b[^\n]*?\s(?:--config|-c)[=\s]+["']?([^\s"']+\.py)\b/m

/** The bind of the gunicorn config a committed systemd unit starts gunicorn with, or null. */
export function unitGunicornConfPort(ctx: AppContext): Candidate<number> | null {
  const units = ctx.tree
    .filesUnder(ctx.dir)
    .filter(f => f.path.endsWith('.service'))
    .slice(0, 20)
  for (const unit of units) {
    const text = ctx.tree.read(unit.path)
    if (text === null) continue
    const exec = EXEC_GUNICORN_CONFIG.exec(text)
    if (!exec) continue
    const conf = joinPath(dirname(unit.path), basename(exec[1]!))
    const raw = ctx.tree.read(conf)
    if (raw === null) continue
    const bind = matchAll(conf, stripHashComments(raw), GUNICORN_BIND, 1)[0]
    if (!bind) continue
    const port = Number(bind.match[1] ?? bind.match[2])
    return candidate(port, CONFIDENCE.source, `${conf} bind (the gunicorn config ${unit.path} starts with)`, [
      bind.evidence,
      evidenceAt(unit.path, text, exec.index)
    ])
  }
  return null
}
