// Optional extras the app's image installs: `uv sync --all-extras`, `uv sync --extra server`, `poetry install
// -E web` / `--all-extras`, `pip install '.[server]'`. Packaging metadata keeps the web server of some
// projects in an extra (letta: `[project.optional-dependencies] server = ["fastapi", "uvicorn"]`, its image
// `uv sync --frozen --no-dev --all-extras`): what the image installs is a runtime dependency of the app,
// not an option, so the framework it names is the app's. Extras nothing installs stay optional.
import { dockerInstructions } from '../../signals/dockerfile.js'
import type { AppContext } from '../../provider.js'

export interface ImageExtras {
  /** The image installs every extra (`--all-extras`). */
  all: boolean
  /** Extras the image names, normalised (lower case, `_`/`.` as `-`). */
  names: Set<string>
}

export const normalizeExtra = (name: string): string => name.toLowerCase().replace(/[_.]+/g, '-')

/** The extras the app's Dockerfile installs (none when it has no Dockerfile or installs none). */
export function imageInstalledExtras(ctx: AppContext): ImageExtras {
  const out: ImageExtras = { all: false, names: new Set() }
  const dockerfile = ctx.signals.dockerfile
  const text = dockerfile ? ctx.tree.read(dockerfile) : null
  if (text === null || !/extra|\[/.test(text)) return out
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword !== 'RUN') continue
    for (const command of ins.args.split(/&&|\|\||;/)) {
      if (/\buv\s+sync\b|\bpoetry\s+install\b|\bpdm\s+(?:install|sync)\b/.test(command)) {
        if (/(?:^|\s)--all-extras\b/.test(command)) out.all = true
        for (const m of command.matchAll(
          /(?:^|\s)(?:--extras?|-E)(?:\s+|=)["']?([\w.,\- ]+?)["']?(?=\s+-|\s*$)/g
        ))
          for (const name of m[1]!.split(/[\s,]+/)) if (name) out.names.add(normalizeExtra(name))
      }
      // `pip install '.[server,postgres]'`, `uv pip install -e ".[web]"`, `pip install /app[server]`.
      if (/\bpip\d?(?:\.\d+)?\s+install\b/.test(command))
        for (const m of command.matchAll(/(?:^|\s)["']?(?:\.|\/[\w./-]*|\.\/[\w./-]*)\[([\w.,\- ]+)\]/g))
          for (const name of m[1]!.split(/[\s,]+/)) if (name) out.names.add(normalizeExtra(name))
    }
  }
  return out
}
