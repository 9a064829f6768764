// A Python project without a web framework of ours (its own ASGI/WSGI app, Pyramid, a CLI that serves) is
// still an app when the repository starts it through one of its own console scripts: the Dockerfile's
// CMD/ENTRYPOINT or the Procfile's `web:` process runs `datasette`, `kinto start`, `myapp serve`, and the
// project declares that command (`[project.scripts]`, `[tool.poetry.scripts]`, setup.cfg/setup.py
// `console_scripts`). A package whose scripts nothing runs stays a library. The image recipe may be kept in
// a `docker/` folder (thumbor's `docker/Dockerfile` ENTRYPOINT ["thumbor"]): the app's Dockerfile wherever
// it is, as appDockerfile finds it, counts like one beside the manifest.
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'
import { dockerfileFactsIn } from '../../signals/dockerfile.js'
import { getPath, isRecord } from '../../signals/manifests.js'
import { appDockerfile } from '../../signals/shared.js'

/** pyproject.toml's console scripts, `[project.scripts]` then `[tool.poetry.scripts]`: [command, target]. */
export function pyprojectScripts(pyproject: Record<string, unknown> | null): [string, unknown][] {
  const entries: [string, unknown][] = []
  for (const table of [
    getPath(pyproject, 'project', 'scripts'),
    getPath(pyproject, 'tool', 'poetry', 'scripts')
  ])
    if (isRecord(table)) entries.push(...Object.entries(table))
  return entries
}

/** Command names the project installs, from its packaging metadata. */
export function consoleScripts(ctx: AppContext, pyproject: Record<string, unknown> | null): Set<string> {
  const names = new Set(pyprojectScripts(pyproject).map(([name]) => name))
  // `console_scripts = name = pkg.mod:fn` (setup.cfg) and `'name = pkg.mod:fn'` (setup.py entry_points).
  for (const file of ['setup.cfg', 'setup.py']) {
    const text = ctx.tree.read(ctx.path(file))
    if (text === null || !/console_scripts/.test(text)) continue
    const block = text.slice(text.indexOf('console_scripts'), text.indexOf('console_scripts') + 4000)
    for (const m of block.matchAll(/(?:^|["'\s[,=])([A-Za-z][\w.-]*)\s*=\s*[A-Za-z_][\w.]*:[A-Za-z_]\w*/gm))
      names.add(m[1]!)
  }
  return names
}

/** The program a start command runs, past `exec`, environment assignments and init wrappers. */
export function programOf(command: string): string {
  const words = command
    .replace(/^exec\s+/, '')
    .split(/\s+/)
    .filter(w => !/^\w+=/.test(w))
  while (words.length && /^(?:\S*\/)?(?:tini|dumb-init|catatonit)$|^--?$|^-\w+$/.test(words[0]!))
    words.shift()
  // `/venv/bin/python /venv/bin/radicale`: an interpreter given an installed script (a path without `.py`)
  // runs that script, as its shebang would.
  if (/^(?:\S*\/)?python[\d.]*$/.test(words[0] ?? '') && /^\S*\/bin\/[\w.-]+$/.test(words[1] ?? ''))
    if (!words[1]!.endsWith('.py')) words.shift()
  return (words[0] ?? '').split('/').pop() ?? ''
}

/** The repository's own start of one of `scripts`: where the image or the Procfile runs it, or null. */
export function startedConsoleScript(
  ctx: AppContext,
  scripts: ReadonlySet<string>
): { script: string; evidence: Evidence[] } | null {
  if (scripts.size === 0) return null
  const recipes = ['Dockerfile', 'Containerfile'].map(name => ctx.path(name))
  const kept = recipes.some(path => ctx.tree.has(path)) ? null : appDockerfile(ctx.tree, ctx.dir)
  if (kept) recipes.push(kept)
  for (const path of recipes) {
    const text = ctx.tree.read(path)
    if (text === null) continue
    const start = dockerfileFactsIn(ctx.tree, path, text).startCommand[0]
    const program = start ? programOf(start.value) : ''
    if (start && scripts.has(program)) return { script: program, evidence: start.evidence.slice(0, 2) }
  }
  const procfilePath = ctx.path('Procfile')
  const procfile = ctx.tree.read(procfilePath)
  if (procfile !== null) {
    const lines = procfile.split('\n')
    const i = lines.findIndex(l => /^web\s*:/.test(l))
    const program = i >= 0 ? programOf(lines[i]!.replace(/^web\s*:\s*/, '').trim()) : ''
    if (scripts.has(program))
      return { script: program, evidence: [{ file: procfilePath, line: i + 1, text: lines[i]!.trim() }] }
  }
  return null
}
