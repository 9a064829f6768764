// Requirements files the app's image installs (`pip install -r docker-requirements.txt` in a Dockerfile kept in
// `docker-files/`): the image's install plan, so what they pin is a runtime dependency of the app even when
// packaging metadata only names it in an optional extra (`[project.optional-dependencies] web = ["fastapi"]`,
// exported with `uv export --extra web` into the file the image installs). Only files of the app folder.
import { dockerInstructions } from '../../signals/dockerfile.js'
import type { AppContext } from '../../provider.js'

/** At most this many requirement files are taken from one Dockerfile. */
const MAX_FILES = 8

/** The app-relative requirements files the app's Dockerfile installs with pip/uv pip (`-r`, `--requirement`). */
export function imageRequirementFiles(ctx: AppContext): string[] {
  const dockerfile = ctx.signals.dockerfile
  if (!dockerfile) return []
  const text = ctx.tree.read(dockerfile)
  if (text === null || !/\bpip\d?(?:\.\d+)?\b/.test(text)) return []
  const out = new Set<string>()
  // `COPY requirements/prod.txt ./` + `pip install -r prod.txt`: the file installed by its image name came
  // from that context path (the last copy of a name wins, as in the image).
  const copied = new Map<string, string>()
  const instructions = dockerInstructions(text)
  for (const ins of instructions) {
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD')
      for (const [name, src] of copiedFiles(ins.args)) copied.set(name, src)
    if (ins.keyword !== 'RUN' || !/\bpip\d?(?:\.\d+)?\s+(?:install|wheel)\b/.test(ins.args)) continue
    for (const m of ins.args.matchAll(
      /(?:^|\s)(?:-r|--requirement)(?:\s+|=)["']?([\w./-]+\.(?:txt|in))\b/g
    )) {
      const file = m[1]!.replace(/^\.\//, '')
      // The path as given (`-r requirements/prod.txt` from the WORKDIR the context was copied to), else the
      // file of that name at the app folder (`COPY docker-requirements.txt ./`).
      const name = file.split('/').pop()!
      // A COPY that names the file's source decides: its name alone is read only when no COPY says where it
      // came from (a Dockerfile built from the repository root, kept in the folder that holds a file of that
      // name, installs the root's path, not the folder's file).
      const rel = (copied.has(name) ? [file, copied.get(name)] : [file, name]).find(
        (p): p is string => p !== undefined && !p.startsWith('/') && ctx.has(p)
      )
      if (rel && out.size < MAX_FILES) out.add(rel)
    }
  }
  return [...out]
}

/**
 * The single requirement files a COPY/ADD of the build context puts into the image under their own name
 * (`COPY requirements/prod.txt ./`, `COPY requirements/prod.txt /app/prod.txt`): image name → context path.
 */
function copiedFiles(args: string): [string, string][] {
  if (/(?:^|\s)--from=/.test(args)) return []
  const words = args
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .map(w => w.replace(/^["']|["']$/g, ''))
    .filter(w => w && !w.startsWith('--'))
  if (words.length < 2) return []
  const dest = words[words.length - 1]!
  const out: [string, string][] = []
  for (const src of words.slice(0, -1)) {
    if (!/\.(?:txt|in)$/.test(src) || src.includes('$') || src.includes('*')) continue
    const path = src.replace(/^\.\//, '')
    const name = path.split('/').pop()!
    const destName = /\/$|^\.$/.test(dest) ? name : dest.split('/').pop()!
    out.push([destName, path])
  }
  return out
}
