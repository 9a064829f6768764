// A binary crate of a workspace that only wires library crates together (holdout42 tuwunel: src/main runs
// the server, src/router builds `Router::new()…route("/", get(it_works))`): the constant root GET of the
// API-only server lives in a crate the binary depends on by path, where the generic root-route fallback
// (build-app.ts, the app's own files) never looks. The same rule as signals/root-route.ts (one root handler,
// a short constant answer that announces the service, nothing served as files at `/`), read over the
// binary's files and its path dependencies' — only when the binary's own files declare no root route.
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'
import { rootRouteCandidates } from '../../signals/root-route.js'

export function dependencyRootRoute(
  tree: SourceTree,
  own: readonly string[],
  dependencies: readonly string[]
): Candidate<string>[] {
  if (dependencies.length === 0) return []
  const read = (path: string): string | null => tree.read(path)
  const declaresRoot = own.some(f => /\.route\(\s*"\/"\s*,|#\[get\(\s*"\/"\s*\)\]/.test(read(f) ?? ''))
  if (declaresRoot) return []
  return rootRouteCandidates([...own, ...dependencies], read)
}
