// A packaged app started through its own command-line tool: `[project.scripts] octoprint = "octoprint:main"`
// whose click/typer commands include the server, `@cli.command(name="serve")` in the package's cli module. The
// project's own server command (`octoprint serve`) runs the app with its settings and plugins; a WSGI server
// pointed at the Flask object it builds inside (`gunicorn octoprint.server:app`) does not. Read only when the
// repository runs nothing itself (no Dockerfile or Procfile command): those rank above it.
import type { Candidate } from '../../candidate.js'
import { evidenceAt, keyEvidence } from '../../signals/evidence.js'
import { pyprojectScripts } from './console-script-start.js'
import type { AppContext } from '../../provider.js'
import { START } from '../../precedence.js'

/** Subcommand names that start the server. */
const SERVE_NAMES = 'serve|server'
/** `@cli.command(name="serve")`, `@app.command("server")` (click, typer). */
const NAMED_COMMAND = new RegExp(
  `@\\w+(?:\\.\\w+)*\\.command\\(\\s*(?:name\\s*=\\s*)?["'](${SERVE_NAMES})["']`
)
/** `@cli.command()` (decorators between) `def serve(` — the function name is the command's. */
const FUNCTION_COMMAND = new RegExp(
  `@\\w+(?:\\.\\w+)*\\.command\\(\\s*\\)\\s*\\n(?:\\s*@[^\\n]*\\n)*\\s*(?:async\\s+)?def\\s+(${SERVE_NAMES})\\s*\\(`
)
/** At most this many files of the script's package are read. */
const MAX_FILES = 200

export function consoleScriptServe(
  ctx: AppContext,
  pyproject: Record<string, unknown> | null
): Candidate<string> | null {
  const pyPath = ctx.path('pyproject.toml')
  const pyText = ctx.tree.read(pyPath) ?? ''
  for (const [script, target] of pyprojectScripts(pyproject)) {
    if (typeof target !== 'string') continue
    const pkg = /^([A-Za-z_]\w*)/.exec(target)?.[1]
    if (!pkg) continue
    const found = serveCommand(ctx, pkg)
    if (!found) continue
    return {
      value: `${script} ${found.name}`,
      confidence: START.frameworkServer + 0.05,
      source: `console script ${script} (${target}) with its ${found.name} command`,
      evidence: [keyEvidence(pyPath, pyText, script), found.evidence]
    }
  }
  return null
}

/** The server command a click/typer CLI of package `pkg` (flat or src layout) declares, CLI modules first. */
function serveCommand(
  ctx: AppContext,
  pkg: string
): { name: string; evidence: ReturnType<typeof evidenceAt> } | null {
  const roots = [pkg, `src/${pkg}`].filter(r => ctx.has(`${r}/__init__.py`))
  if (roots.length === 0) return null
  const files = roots
    .flatMap(r => ctx.tree.filesUnder(ctx.path(r)).map(f => f.path))
    .filter(p => p.endsWith('.py') && !/(^|\/)(tests?|plugins?)\//.test(p))
    .sort((a, b) => cliRank(a) - cliRank(b) || (a < b ? -1 : 1))
    .slice(0, MAX_FILES)
  for (const path of files) {
    const text = ctx.tree.read(path)
    if (
      text === null ||
      !text.includes('.command(') ||
      !/^\s*(?:import|from)\s+(?:click|typer)\b/m.test(text)
    )
      continue
    const m = NAMED_COMMAND.exec(text) ?? FUNCTION_COMMAND.exec(text)
    if (m) return { name: m[1]!, evidence: evidenceAt(path, text, m.index) }
  }
  // No command named for serving: the one whose own body starts the server (`@tp.command("v2")` … `uvicorn.run(app,
  // …)`), not one that only delegates to it (a deprecated `v1` calling `v2(…)`).
  for (const path of files) {
    const text = ctx.tree.read(path)
    if (text === null || !text.includes('.command(') || !SERVER_CALL.test(text)) continue
    if (!/^\s*(?:import|from)\s+(?:click|typer)\b/m.test(text)) continue
    const found = serverRunningCommand(text)
    if (found) return { name: found.name, evidence: evidenceAt(path, text, found.index) }
  }
  return null
}

/** A call that starts an HTTP server in the process. */
const SERVER_CALL =
  /\b(?:uvicorn\.run|uvicorn\.Server|web\.run_app|waitress\.serve|hypercorn\.(?:asyncio|trio)\.serve)\(/
/** A click/typer command decorator and the name it gives (its own, or the function's on the `def` after it). */
const ANY_COMMAND =
  /^([ \t]*)@\w+(?:\.\w+)*\.command\(\s*(?:(?:name\s*=\s*)?["']([\w-]+)["'])?[^)\n]*\)[ \t]*\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+(\w+)\s*\(/gm

/** The one command whose body (to the next statement at its decorator's indentation) calls SERVER_CALL. */
function serverRunningCommand(text: string): { name: string; index: number } | null {
  const found: { name: string; index: number }[] = []
  for (const m of text.matchAll(ANY_COMMAND)) {
    const indent = m[1]!.length
    // From the line after `def name(`: the signature's own first line is no statement of the body's end.
    const from = text.indexOf('\n', m.index + m[0].length)
    const rest = from < 0 ? '' : text.slice(from)
    const end = new RegExp(`^[ \\t]{0,${indent}}(?:@|def\\s|async\\s+def\\s|class\\s|[A-Za-z_])`, 'm').exec(
      rest
    )
    const body = end ? rest.slice(0, end.index) : rest
    if (SERVER_CALL.test(body))
      found.push({ name: m[2] ?? m[3]!.replace(/_/g, '-'), index: m.index + indent })
  }
  return found.length === 1 ? found[0]! : null
}

/** CLI modules (`cli/`, `cli.py`, `__main__.py`, `commands`) before the rest of the package. */
function cliRank(path: string): number {
  return /(?:^|\/)(?:cli|commands?|__main__|main|manage)(?:\/|\.py$)/.test(path) ? 0 : 1
}
