// An image that runs `kellnr start` runs the binary of the Cargo package `kellnr`: a workspace's
// `docker/Dockerfile` that installs the released binary (no COPY of the sources, no `cargo build -p`) and
// whose entrypoint execs it still ships that member, named by its binary alone.
import type { SourceTree } from '../tree.js'
import { basename, joinPath } from '../tree.js'
import { dropExecWrappers } from './script-handover.js'

/** The binaries a member's Cargo.toml builds: its package name and every `[[bin]] name`. */
export function cargoBinaries(tree: SourceTree, dir: string): string[] {
  const manifest = tree.read(joinPath(dir, 'Cargo.toml'))
  if (manifest === null) return []
  const names: string[] = []
  const pkg = /^\[package\][^[]*?^name\s*=\s*"([\w-]+)"/m.exec(manifest)?.[1]
  // A library-only package (`[lib]` and no `src/main.rs`/`[[bin]]`) builds no binary.
  if (pkg && tree.has(joinPath(dir, 'src/main.rs'))) names.push(pkg)
  for (const m of manifest.matchAll(/^\[\[bin\]\][^[]*?^name\s*=\s*"([\w-]+)"/gm)) names.push(m[1]!)
  return [...new Set(names)]
}

/** True when `command` (wrappers dropped) runs one of the binaries `dir`'s Cargo package builds. */
export function runsCargoBinary(tree: SourceTree, dir: string, command: string): boolean {
  const program = basename(dropExecWrappers(command.trim().slice(0, 2000))[0] ?? '')
  return program !== '' && cargoBinaries(tree, dir).includes(program)
}

/**
 * The member of the Cargo workspace at `root` whose binary `command` runs (`harbor start` → `crates/server`
 * building `harbor`), or null: the root is no workspace, or no member (or several) builds that program.
 */
export function workspaceMemberRunBy(tree: SourceTree, root: string, command: string): string | null {
  const manifest = tree.read(joinPath(root, 'Cargo.toml'))
  if (manifest === null || !/^\[workspace\]/m.test(manifest)) return null
  const prefix = root === '.' ? '' : `${root}/`
  const members = tree
    .filesUnder(root)
    .map(f => f.path)
    .filter(p => basename(p) === 'Cargo.toml' && p !== joinPath(root, 'Cargo.toml'))
    .filter(p => p.slice(prefix.length).split('/').length <= 5)
    .map(p => p.slice(0, -'/Cargo.toml'.length))
    .filter(dir => runsCargoBinary(tree, dir, command))
  return members.length === 1 ? members[0]! : null
}
