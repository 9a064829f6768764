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
  if (text === null || !/\bpip\b/.test(text)) return []
  const out = new Set<string>()
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword !== 'RUN' || !/\bpip\d?(?:\.\d+)?\s+install\b/.test(ins.args)) continue
    for (const m of ins.args.matchAll(
      /(?:^|\s)(?:-r|--requirement)(?:\s+|=)["']?([\w./-]+\.(?:txt|in))\b/g
    )) {
      const file = m[1]!.replace(/^\.\//, '')
      // The path as given (`-r requirements/prod.txt` from the WORKDIR the context was copied to), else the
      // file of that name at the app folder (`COPY docker-requirements.txt ./`).
      const rel = [file, file.split('/').pop()!].find(p => !p.startsWith('/') && ctx.has(p))
      if (rel && out.size < MAX_FILES) out.add(rel)
    }
  }
  return [...out]
}
