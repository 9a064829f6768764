// A desktop shell (an Electron or NW.js window, a Tauri crate) often serves its bundled UI or a local agent
// API on 127.0.0.1 on purpose: the listener belongs to the desktop runtime, which is never deployed behind a
// load balancer, so a loopback bind there is no LISTENS_ON_LOCALHOST defect. Only the shell itself counts:
// an Electron package whose start command runs a separate server entry (an Electron app's `serveronly`
// mode) is a web server again, and its loopback bind still warns.
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'

/** Desktop runtimes a package.json names as a dependency. */
const DESKTOP_RUNTIMES = ['electron', 'nw']

/** A start command that runs the desktop runtime itself: `electron .`, `npx electron main.js`, `nw .`. */
const RUNS_RUNTIME = /(?:^|[\s/])(?:electron|nw|electron-forge\s+start)(?:\s|$)/

/**
 * The folder is a desktop shell whose start command runs that shell: a package.json depending on Electron
 * or NW.js whose start command runs the runtime or the package's `main` file (the window's entry); or a
 * Tauri crate (`tauri.conf.json`, or a Cargo.toml depending on `tauri`). The file that proves it, or null.
 */
export function desktopShell(tree: SourceTree, dir: string, startCommand: string | null): string | null {
  const tauriConf = joinPath(dir, 'tauri.conf.json')
  if (tree.has(tauriConf)) return tauriConf
  const cargo = joinPath(dir, 'Cargo.toml')
  const crate = tree.read(cargo)
  if (crate !== null && /^\s*tauri\s*=/m.test(crate)) return cargo
  const manifest = joinPath(dir, 'package.json')
  const text = tree.read(manifest)
  if (text === null || startCommand === null) return null
  let pkg: { main?: unknown; dependencies?: unknown; devDependencies?: unknown }
  try {
    pkg = JSON.parse(text) as typeof pkg
  } catch {
    return null
  }
  const declared = (deps: unknown): boolean =>
    typeof deps === 'object' && deps !== null && DESKTOP_RUNTIMES.some(d => d in deps)
  if (!declared(pkg.dependencies) && !declared(pkg.devDependencies)) return null
  if (RUNS_RUNTIME.test(startCommand)) return manifest
  const main = typeof pkg.main === 'string' ? pkg.main.replace(/^\.\//, '') : null
  if (main === null) return null
  const ran = /^(?:node|bun|tsx)\s+(?:\.\/)?(\S+)/.exec(startCommand.trim())
  return ran && withoutJs(ran[1]!) === withoutJs(main) ? manifest : null
}

function withoutJs(file: string): string {
  return file.replace(/\.[cm]?js$/, '')
}
