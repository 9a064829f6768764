// A package whose own framework only builds files (Vite) while its start command changes into a folder with
// a package.json of its own and starts that (`daemon:start: cd daemon && bun run start`, `start: npm --prefix
// server start`): the app that runs is that folder's server, so its framework names the app (holdout19
// grimoire: a Vite client at the root served by a Hono daemon in daemon/).
import { keyEvidence } from '../../signals/evidence.js'
import { isRecord, parseJsonFile } from '../../signals/manifests.js'
import { joinPath, normalizePath } from '../../tree.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import type { PackageJson } from './manifest.js'
import { NODE_FRAMEWORKS, type NodeFrameworkSpec } from './frameworks.js'

/** `npm start`, `bun run daemon:start`, `yarn serve`: the package.json script a command runs. */
const RUNS_SCRIPT = /^(?:npm|yarn|pnpm|bun)(?:\s+run)?\s+([\w:.-]+)\s*$/
/** `cd server && …`, `npm --prefix server start`, `yarn --cwd server start`, `pnpm -C server start`. */
const CHANGES_DIR = [
  /^cd\s+(?:\.\/)?([\w./-]+)\s*&&/,
  /^npm\s+(?:--prefix|-C)\s+(?:\.\/)?([\w./-]+)\s/,
  /^yarn\s+--cwd\s+(?:\.\/)?([\w./-]+)\s/,
  /^pnpm\s+(?:-C|--dir)\s+(?:\.\/)?([\w./-]+)\s/
]

export interface DelegatedServer {
  dir: string
  spec: NodeFrameworkSpec
  candidate: Candidate<string>
}

/**
 * The server framework of the folder `command` (a start command, followed through at most two package.json
 * scripts) changes into, or null: no such folder, no package.json there, or no server framework among its
 * runtime dependencies.
 */
export function delegatedServer(
  ctx: AppContext,
  pkg: PackageJson | null,
  command: string | null,
  confidence: number
): DelegatedServer | null {
  let body = command?.trim() ?? ''
  for (let depth = 0; depth < 3 && body; depth++) {
    for (const re of CHANGES_DIR) {
      const m = re.exec(body)
      if (!m) continue
      const dir = normalizePath(joinPath(ctx.dir, m[1]!))
      if (dir === normalizePath(ctx.dir || '.')) return null
      return serverIn(ctx, dir, confidence)
    }
    const script = RUNS_SCRIPT.exec(body)?.[1]
    const next = script ? pkg?.scripts[script] : undefined
    if (next === undefined) return null
    body = next.trim()
  }
  return null
}

function serverIn(ctx: AppContext, dir: string, confidence: number): DelegatedServer | null {
  const path = joinPath(dir, 'package.json')
  const parsed = parseJsonFile(ctx.tree, path)
  if (!parsed?.ok || !isRecord(parsed.value)) return null
  const deps = parsed.value.dependencies
  if (!isRecord(deps)) return null
  const spec = NODE_FRAMEWORKS.filter(s => s.kind === 'server' && s.dependencies.some(d => d in deps)).sort(
    (a, b) => b.specificity - a.specificity
  )[0]
  if (!spec) return null
  const dep = spec.dependencies.find(d => d in deps)!
  return {
    dir,
    spec,
    candidate: {
      value: spec.id,
      confidence,
      source: `${spec.name} (${dep}) in ${dir}, the folder the start command runs`,
      evidence: [keyEvidence(path, ctx.tree.read(path) ?? '', dep)]
    }
  }
}
