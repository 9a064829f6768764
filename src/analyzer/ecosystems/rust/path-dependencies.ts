// A binary crate of a workspace often only wires the server together, while its routes live in library crates
// it depends on by path (`rauthy-handlers = { path = "../api" }`, or `{ workspace = true }` where the
// workspace declares the path): their `#[get("/ping")]` handlers are registered by the binary
// (`.service(generic::ping)` inside `web::scope("/auth")`). Their source files are read for routes too — also
// when the binary's package is itself the workspace root (`[workspace.dependencies] api = { path = "./api" }`
// beside `[package]`, `api.workspace = true`): its own table names the paths.
import { getPath, isRecord, parseTomlFile } from '../../signals/manifests.js'
import { joinPath, normalizePath, type TreeFile } from '../../tree.js'
import type { AppContext } from '../../provider.js'

/** At most this many path dependencies, and this many of their files in all. */
const MAX_CRATES = 20
const MAX_FILES = 300

export function pathDependencySources(
  ctx: AppContext,
  cargo: Record<string, unknown>,
  ownWorkspace = false
): string[] {
  const dirs = pathDependencyDirs(ctx, cargo, ownWorkspace)
  // Each crate gets its share of the budget first (a small router crate listed after two large API crates
  // is still read, holdout42 tuwunel), then the rest fills up in crate order.
  const lists = [...dirs].map(dir =>
    crateSources(ctx, dir)
      .map(f => f.path)
      .filter(p => p.endsWith('.rs') && !/(^|\/)(tests|benches|examples)\//.test(p))
  )
  const share = Math.floor(MAX_FILES / Math.max(1, lists.length))
  const out = lists.flatMap(l => l.slice(0, share))
  for (const l of lists) for (const p of l.slice(share)) if (out.length < MAX_FILES) out.push(p)
  return out
}

/**
 * A crate's source files: its `src/` folder, or — for a crate whose Cargo.toml points its targets elsewhere
 * (`[lib] path = "mod.rs"`, holdout42 tuwunel's src/core, src/router …) and has no `src/` — its own folder.
 */
function crateSources(ctx: AppContext, dir: string): readonly TreeFile[] {
  const src = ctx.tree.filesUnder(joinPath(dir, 'src'))
  return src.length > 0 ? src : ctx.tree.filesUnder(dir)
}

/**
 * The folders of the crates a crate depends on by path (directly or through the workspace's table). A crate
 * that is itself the workspace root has no enclosing workspace: `ownWorkspace` reads its own table then.
 */
export function pathDependencyDirs(
  ctx: AppContext,
  cargo: Record<string, unknown>,
  ownWorkspace = false
): Set<string> {
  const dirs = new Set<string>()
  const deps = getPath(cargo, 'dependencies')
  if (!isRecord(deps)) return dirs
  const shared = workspaceDependencies(ctx, ownWorkspace && ctx.workspace === null ? ctx.dir : undefined)
  for (const [name, spec] of Object.entries(deps)) {
    if (!isRecord(spec)) continue
    if (typeof spec.path === 'string') dirs.add(normalizePath(joinPath(ctx.dir, spec.path)))
    else if (spec.workspace === true && shared.has(name)) dirs.add(shared.get(name)!)
    if (dirs.size >= MAX_CRATES) break
  }
  dirs.delete(ctx.dir)
  return dirs
}

/** `[workspace.dependencies] x = { path = "crates/x" }` of the enclosing workspace, by name. */
function workspaceDependencies(ctx: AppContext, ownRoot?: string): Map<string, string> {
  const out = new Map<string, string>()
  const root = ctx.workspace?.root ?? ownRoot
  if (root === undefined) return out
  const parsed = parseTomlFile(ctx.tree, joinPath(root, 'Cargo.toml'))
  const deps = parsed?.ok ? getPath(parsed.value, 'workspace', 'dependencies') : undefined
  if (!isRecord(deps)) return out
  for (const [name, spec] of Object.entries(deps))
    if (isRecord(spec) && typeof spec.path === 'string')
      out.set(name, normalizePath(joinPath(root, spec.path)))
  return out
}
