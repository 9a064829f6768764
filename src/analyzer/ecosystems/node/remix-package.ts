// Remix 3 ships as one package, `remix` (`remix/fetch-router`, `remix/node-fetch-server`): the app builds
// its own `node:http` server around a router, so there is no `remix-serve` and no `remix build` — its start
// and build come from its own scripts (or image). Remix 1 and 2 apps also list `remix` (the v1 re-export
// package) beside the @remix-run/* packages, which keep the remix-serve defaults.
import type { FrameworkSpec } from '../../framework.js'
import type { PackageJson } from './manifest.js'
import type { AppContext } from '../../provider.js'
import type { Refinement } from './hybrid.js'

/** The major version a dependency range names (`3.0.0-beta.10`, `^3.1.0`, `~2.15.0`), or null. */
function rangeMajor(range: string | undefined): number | null {
  const m = /^\s*[\^~>=v]*\s*(\d+)(?:\.|$|\s)/.exec(range ?? '')
  return m ? Number(m[1]) : null
}

/** True when the package is a Remix 3 app: `remix` at major 3 or later, no Remix 2 CLI or server. */
export function isRemix3(pkg: PackageJson | null): boolean {
  if (!pkg) return false
  const major = rangeMajor(pkg.deps.get('remix')?.version)
  return major !== null && major >= 3 && !pkg.deps.has('@remix-run/dev') && !pkg.deps.has('@remix-run/serve')
}

export function refineRemix(_ctx: AppContext, spec: FrameworkSpec, pkg: PackageJson | null): Refinement {
  const own = isRemix3(pkg)
  return {
    spec: own ? { ...spec, startCommand: undefined, buildCommand: undefined } : spec,
    startCommand: null,
    hints: {},
    warnings: []
  }
}
