// A daemon control script (the apachectl shape: `bin/control.sh start|stop|restart|status`) that the package
// declares as its `bin` and whose `start)` arm runs the package's own entry with node
// (`BINARY="node $HOMEDIR/lib/main.js"` … `start) … $BINARY`). The package is then a long-running server
// started by that script, whatever server library its entry builds on (a framework none of our data knows:
// holdout33's scheduler builds its web server from its author's own pixl-server components, no `.listen(`
// in its entry). A `bin` script with no `start` arm is a command-line tool, not a service.
import type { Evidence } from '../../report.js'
import { evidenceAt } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import type { PackageJson } from './manifest.js'

export interface ControlScript {
  /** App-relative path of the script (`bin/control.sh`). */
  script: string
  /** App-relative path of the entry its start arm runs (`lib/main.js`). */
  entry: string
  evidence: Evidence[]
}

/** `start)` or `start|restart)` as a case arm of a shell script. */
const START_ARM = /^[ \t]*(?:["']?start["']?)(?:\s*\|\s*[\w-]+)*\s*\)/m
/** `node <path>.js` (the path may start with a variable: `$HOMEDIR/lib/main.js`, `${DIR}/server.js`). */
const NODE_RUN = /\bnode\s+(?:-[\w-]+(?:=\S+)?\s+)*["']?((?:\$\{?\w+\}?\/)?[\w@./-]+\.[cm]?js)\b/g

export function controlScript(ctx: AppContext, pkg: PackageJson): ControlScript | null {
  for (const bin of binPaths(pkg.json.bin)) {
    const text = ctx.read(bin)
    if (text === null || !/^#!.*\b(?:ba|da|z)?sh\b/.test(text)) continue
    const arm = START_ARM.exec(text)
    if (!arm) continue
    for (const m of text.matchAll(NODE_RUN)) {
      const entry = ownEntry(ctx, m[1]!)
      if (!entry) continue
      return {
        script: bin,
        entry,
        evidence: [
          evidenceAt(ctx.path(bin), text, m.index),
          evidenceAt(ctx.path(bin), text, arm.index + arm[0].search(/\S/))
        ]
      }
    }
  }
  return null
}

function binPaths(bin: unknown): string[] {
  const values =
    typeof bin === 'string'
      ? [bin]
      : bin !== null && typeof bin === 'object'
        ? Object.values(bin).filter((v): v is string => typeof v === 'string')
        : []
  return values.map(v => v.replace(/^\.\//, '')).filter(v => v !== '' && !v.includes('..'))
}

/** The package file a script's path names: literal, or past a leading `$HOME_DIR/` variable. */
function ownEntry(ctx: AppContext, raw: string): string | null {
  const rel = raw.replace(/^\$\{?\w+\}?\//, '').replace(/^\.\//, '')
  return rel && !rel.startsWith('/') && ctx.has(rel) ? rel : null
}
