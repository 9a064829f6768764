// A workspace's binary crate often only parses the command line and starts the servers its library crates
// build: `warpgate` depends by path on `warpgate-protocol-http`, which declares poem. The binary then serves
// with that framework although its own Cargo.toml names none. The framework of the crates it depends on by
// path (the best-scored one, in the order the manifest lists them) is the binary's, a notch below its own.
import { scoreFrameworks, type FrameworkMatch } from '../common/framework-score.js'
import { fileEvidence } from '../../signals/evidence.js'
import { isRecord, parseTomlFile } from '../../signals/manifests.js'
import { joinPath } from '../../tree.js'
import type { AppContext } from '../../provider.js'
import { cargoDependencies } from './cargo.js'
import { RUST_FRAMEWORKS, type RustFrameworkSpec } from './frameworks.js'
import { pathDependencyDirs } from './path-dependencies.js'

export interface LinkedFramework {
  match: FrameworkMatch<RustFrameworkSpec>
  /** The crate folder that declares it. */
  dir: string
}

/** The web framework of the library crates `cargo` depends on by path, or null (none declares one). */
export function linkedFramework(ctx: AppContext, cargo: Record<string, unknown>): LinkedFramework | null {
  let best: LinkedFramework | null = null
  for (const dir of pathDependencyDirs(ctx, cargo)) {
    const path = joinPath(dir, 'Cargo.toml')
    const parsed = parseTomlFile(ctx.tree, path)
    if (!parsed?.ok || !isRecord(parsed.value)) continue
    const deps = cargoDependencies(path, ctx.tree.read(path) ?? '', parsed.value)
    const match = scoreFrameworks(
      RUST_FRAMEWORKS,
      deps,
      rel => ctx.tree.has(joinPath(dir, rel)),
      rel => fileEvidence(joinPath(dir, rel))
    )[0]
    if (match && match.score >= 0.5 && (!best || match.score > best.match.score)) best = { match, dir }
  }
  return best
}
