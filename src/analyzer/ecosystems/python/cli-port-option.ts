// A web app launched by its own single-command CLI: the console script (`[project.scripts] fava =
// "fava.cli:main"`) targets a click command (not a group) that takes the listen port as an option with a
// default —
//
//   @click.command(context_settings={"auto_envvar_prefix": "FAVA"})
//   @click.option("-p", "--port", type=int, default=5000, show_default=True, help="The port to listen on.")
//   def main(*, port: int = 5000, …):
//
// Running the script starts the server on that port, with the project's own settings (a WSGI server pointed
// at the app object it builds inside does not). Read only for a project with a web framework: a `--port` of
// another tool's CLI is the port it connects to. A click group needs a subcommand (cli-serve.ts reads that).
import type { Candidate } from '../../candidate.js'
import { evidenceAt, keyEvidence } from '../../signals/evidence.js'
import { pyprojectScripts } from './console-script-start.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import type { AppContext } from '../../provider.js'
import { PORT, START } from '../../precedence.js'

/**
 * `@click.option("-p", "--port", …, default=5000, …)` (nested parentheses one level deep), or `@option(…)`
 * where the module imported the decorators by name (`from click import command, option`: supysonic).
 */
const PORT_OPTION = new RegExp(
  String.raw`@(click\.)?option\(\s*(?:["']-\w["']\s*,\s*)?["']--(?:port|http-port|listen-port)["'](?:[^()]|\([^()]*\))*?\bdefault\s*=\s*${NOT_HTTP_PORT}(\d{2,5})\b`
)

export interface CliPortOption {
  start: Candidate<string>
  port: Candidate<number>
}

export function consoleScriptPortOption(
  ctx: AppContext,
  pyproject: Record<string, unknown> | null
): CliPortOption | null {
  const pyPath = ctx.path('pyproject.toml')
  const pyText = ctx.tree.read(pyPath) ?? ''
  for (const [script, target] of pyprojectScripts(pyproject)) {
    if (typeof target !== 'string') continue
    const m = /^\s*([A-Za-z_][\w.]*)\s*:\s*([A-Za-z_]\w*)\s*$/.exec(target)
    if (!m) continue
    const found = portOption(ctx, m[1]!, m[2]!)
    if (!found) continue
    const scriptEvidence = keyEvidence(pyPath, pyText, script)
    return {
      start: {
        value: script,
        confidence: START.frameworkServer + 0.05,
        source: `console script ${script} (${target}), a click command with a --port option`,
        evidence: [scriptEvidence, found.evidence]
      },
      port: {
        value: found.port,
        confidence: PORT.portDefault,
        source: `--port option default of console script ${script}`,
        evidence: [found.evidence, scriptEvidence]
      }
    }
  }
  return null
}

/** The `--port` default of click command `fn` in module `mod` (flat or src layout), or null. */
function portOption(
  ctx: AppContext,
  mod: string,
  fn: string
): { port: number; evidence: ReturnType<typeof evidenceAt> } | null {
  const rel = mod.replace(/\./g, '/')
  for (const candidatePath of [
    `${rel}.py`,
    `${rel}/__init__.py`,
    `src/${rel}.py`,
    `src/${rel}/__init__.py`
  ]) {
    const path = ctx.path(candidatePath)
    const text = ctx.tree.read(path)
    if (text === null || !text.includes('click')) continue
    const def = new RegExp(String.raw`^[ \t]*(?:async\s+)?def\s+${fn}\s*\(`, 'm').exec(text)
    if (!def) return null
    // The decorators right above the def: from the last top-level statement that is no decorator line.
    const before = text.slice(0, def.index)
    const imported = clickImports(text)
    const command = Math.max(
      before.lastIndexOf('@click.command('),
      imported.has('command') ? before.lastIndexOf('@command(') : -1
    )
    if (command < 0 || /^(?:def|class|async\s+def)\s/m.test(before.slice(command))) return null
    const decorators = before.slice(command)
    const option = PORT_OPTION.exec(decorators)
    if (!option || (!option[1] && !imported.has('option'))) return null
    const port = Number(option[2])
    if (port < 80 || port > 65535) return null
    return { port, evidence: evidenceAt(path, text, command + option.index) }
  }
  return null
}

/** The names a module imports from click by name (`from click import Option, command, option`). */
function clickImports(text: string): Set<string> {
  const names = new Set<string>()
  for (const m of text.matchAll(/^from\s+click\s+import\s+(\([^)]*\)|[^\n]+)/gm))
    for (const word of m[1]!.replace(/[()]/g, ' ').split(/[\s,]+/)) if (/^\w+$/.test(word)) names.add(word)
  return names
}
