// Local `replace` modules: `replace github.com/ory/x => ./oryx` in go.mod builds the app with the copy of
// that module kept in the repository. Its folder has its own go.mod, so the scan sees a separate module
// and the app's source list leaves it out; yet the app's routes may be registered there (a shared health
// handler whose `SetHealthRoutes(r)` adds `/health/alive`). The packages of such a module that the app
// imports are read with the app's routes.
import { dirname, normalizePath } from '../../tree.js'
import type { AppContext } from '../../provider.js'

/** Most files of replaced modules handed to the route reader. */
export const MAX_REPLACED_FILES = 200

/** `module => ./dir` (block and single-line forms; only local paths, never a version), relative to go.mod. */
export function localReplaces(goMod: string): Map<string, string> {
  const out = new Map<string, string>()
  const clean = goMod.replace(/\/\/[^\n]*/g, '')
  const lines: string[] = []
  for (const block of clean.matchAll(/^replace\s*\(([\s\S]*?)^\s*\)/gm)) lines.push(...block[1]!.split('\n'))
  for (const single of clean.matchAll(/^replace\s+([^\s(][^\n]*)$/gm)) lines.push(single[1]!)
  for (const line of lines) {
    const m = /^\s*(\S+)(?:\s+v\S+)?\s*=>\s*(\.{1,2}\/\S*|\.{1,2})\s*$/.exec(line)
    if (m) out.set(m[1]!, m[2]!)
  }
  return out
}

const IMPORT_BLOCK = /^import\s*\(([\s\S]*?)^\)/gm
const IMPORT_SINGLE = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/gm
const QUOTED = /"([^"\n]+)"/g

/**
 * Non-test `.go` files of the replaced modules' packages that `sources` import, in the order first imported
 * (capped at MAX_REPLACED_FILES).
 */
export function replacedModuleFiles(ctx: AppContext, sources: readonly string[]): string[] {
  const goMod = ctx.read('go.mod')
  if (goMod === null || !goMod.includes('=>')) return []
  const replaces = localReplaces(goMod)
  if (replaces.size === 0) return []
  const folders: string[] = []
  const note = (spec: string): void => {
    for (const [module, dir] of replaces) {
      if (spec !== module && !spec.startsWith(`${module}/`)) continue
      const folder = ctx.path(normalizePath(`${dir}${spec.slice(module.length)}`))
      if (!folders.includes(folder)) folders.push(folder)
    }
  }
  for (const path of sources) {
    const text = ctx.tree.read(path)
    if (text === null) continue
    for (const block of text.matchAll(IMPORT_BLOCK)) for (const q of block[1]!.matchAll(QUOTED)) note(q[1]!)
    for (const single of text.matchAll(IMPORT_SINGLE)) note(single[1]!)
  }
  const out: string[] = []
  for (const folder of folders)
    for (const f of ctx.tree.filesUnder(folder)) {
      if (out.length >= MAX_REPLACED_FILES) return out
      if (f.path.endsWith('.go') && !f.path.endsWith('_test.go') && dirname(f.path) === folder)
        out.push(f.path)
    }
  return out
}
