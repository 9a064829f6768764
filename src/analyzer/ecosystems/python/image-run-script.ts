// A Python project without a web framework of ours (CherryPy, a hand-rolled http.server) is still an app when
// its own image runs one of its scripts with the interpreter: `CMD ["python", "Tautulli.py", "--datadir",
// "/config"]` (holdout35: Tautulli, whose root holds requirements.txt and the vendored lib/ beside
// Tautulli.py), `CMD python3 -u server.py`. The script must be the folder's own file, so an image running
// someone else's script does not make a library deployable.
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'
import { dockerfileFactsIn } from '../../signals/dockerfile.js'

const INTERPRETER = /^(?:\S*\/)?python(?:\d(?:\.\d+)?)?$/

/** The folder's own script the folder's Dockerfile runs with the Python interpreter, or null. */
export function imageRunScript(ctx: AppContext): { script: string; evidence: Evidence[] } | null {
  for (const name of ['Dockerfile', 'Containerfile']) {
    const path = ctx.path(name)
    const text = ctx.tree.read(path)
    if (text === null) continue
    const start = dockerfileFactsIn(ctx.tree, path, text).startCommand[0]
    if (!start) return null
    const words = start.value.split(/\s+/)
    const at = words.findIndex(w => INTERPRETER.test(w))
    if (at < 0) return null
    // The first word after the interpreter's own flags (`-u`, `-O`); `-m module` is another rule's.
    const script = words.slice(at + 1).find(w => !w.startsWith('-'))
    if (!script || words[at + 1] === '-m' || !/\.py$/.test(script)) return null
    const rel = script.replace(/^\.\//, '')
    if (rel.includes('/') || !ctx.has(rel)) return null
    return { script: rel, evidence: start.evidence.slice(0, 2) }
  }
  return null
}
