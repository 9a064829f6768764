// A `start` script that opens a desktop shell (Electron, NW.js) starts no server a container can serve:
// MagicMirror's `start` runs `node --run start:wayland`, which runs `electron js/electron.js`, while its web
// mode is the `server` script (`node ./serveronly`). Such an app's server script is its start command.

/** How a script runs another of the same package: `npm run x`, `node --run x`, `yarn x`, `pnpm x`, `bun run x`. */
const RUNS_SCRIPT =
  /(?:^|[;&|]\s*)(?:npm\s+(?:run(?:-script)?|start)|node\s+--run|yarn(?:\s+run)?|pnpm(?:\s+run)?|bun\s+run)(?:\s+([\w:.-]+))?/g

/** A desktop shell launched from a script (`electron .`, `./node_modules/.bin/electron main.js`, `nw .`). */
const DESKTOP_SHELL = /(?:^|[\s/;&|"'])(?:electron|nw)(?=\s|$)|\belectron-forge\s+start\b/

/** Scripts a desktop app keeps its web-server mode in, best first. */
const SERVER_SCRIPTS = ['server', 'start:server', 'serve', 'server:start']

/** True when `name`, or a script it runs (a few levels down), launches a desktop shell. */
export function launchesDesktopShell(scripts: Record<string, string>, name: string): boolean {
  const seen = new Set<string>()
  const visit = (script: string, depth: number): boolean => {
    const text = scripts[script]
    if (typeof text !== 'string' || seen.has(script) || depth > 4) return false
    seen.add(script)
    if (DESKTOP_SHELL.test(text)) return true
    for (const m of text.matchAll(RUNS_SCRIPT)) {
      const next = m[1] ?? 'start'
      if (visit(next, depth + 1)) return true
    }
    return false
  }
  return visit(name, 0)
}

/** The script of a desktop app that starts its web server (`server: node ./serveronly`), or null. */
export function desktopAppServerScript(scripts: Record<string, string>): string | null {
  return (
    SERVER_SCRIPTS.find(name => typeof scripts[name] === 'string' && !launchesDesktopShell(scripts, name)) ??
    null
  )
}
