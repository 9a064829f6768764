// Cargo discovers binaries without a [[bin]] table: `src/bin/<name>.rs` and `src/bin/<name>/main.rs` each
// build the binary <name> (unless `autobins = false`), and `package.default-run` names the one `cargo run`
// runs. A package with a lib.rs and its binaries under src/bin/ is an app, not a library (holdout35:
// crates.io's root package, `default-run = "crates-io"` with src/bin/crates-io/main.rs beside
// src/bin/background_worker.rs, deployed by a Procfile `web: ./target/release/crates-io server`).
import { getPath } from '../../signals/manifests.js'
import type { AppContext } from '../../provider.js'

/** The auto-discovered binaries of the package in `ctx.dir`, sorted. */
export function autoDiscoveredBins(ctx: AppContext, cargo: Record<string, unknown>): string[] {
  if (getPath(cargo, 'package', 'autobins') === false) return []
  const root = ctx.path('src/bin')
  const names = new Set<string>()
  for (const file of ctx.tree.filesUnder(root)) {
    const rel = file.path.slice(root.length + 1)
    const single = /^([\w-]+)\.rs$/.exec(rel)
    const folder = /^([\w-]+)\/main\.rs$/.exec(rel)
    const name = single?.[1] ?? folder?.[1]
    if (name) names.add(name)
  }
  return [...names].sort()
}

/**
 * The binary a package without a src/main.rs nor a named [[bin]] builds to run: the auto-discovered one
 * `default-run` names, else the only one; null when there are several and none is the default.
 */
export function autoBinary(ctx: AppContext, cargo: Record<string, unknown>): string | null {
  const bins = autoDiscoveredBins(ctx, cargo)
  const defaultRun = getPath(cargo, 'package', 'default-run')
  if (typeof defaultRun === 'string' && bins.includes(defaultRun)) return defaultRun
  return bins.length === 1 ? bins[0]! : null
}
