// A workspace member's health probe declared in a repository-level Dockerfile that builds several targets
// from the repository root (`docker/Dockerfile` with stages `web`, `workers`, `cli`): the member has no
// Dockerfile of its own, yet the stage that ships it — the stage, or a stage it is built `FROM`, copies the
// member's build output (`COPY --from=base /app/apps/web/.next/standalone ./`) and no other app folder's —
// declares `HEALTHCHECK … wget http://127.0.0.1:${PORT:-3000}/api/health`. That probe is the member's.
// Only health-named paths count (a probe of `/` or a page proves nothing about a route).
import type { Candidate } from '../candidate.js'
import { HEALTH } from '../precedence.js'
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import { isOwnApp } from './compose.js'
import { dockerInstructions } from './dockerfile.js'
import { healthRank } from './health.js'
import { DOCKERFILE_FOLDERS, DOCKERFILE_NAMES } from './shared.js'

interface Stage {
  name: string
  parent: string | null
  /** App folders (relative to the repository root) whose files the stage copies. */
  apps: Set<string>
  health: { path: string; line: number; text: string } | null
}

const PROBE = /https?:\/\/[^/\s"']+(\/[^\s"'|;)]*)/

/** Health probes of repository-level Dockerfile stages that ship the member `dir` (and only it). */
export function memberStageHealth(tree: SourceTree, dir: string): Candidate<string>[] {
  if (dir === '.') return []
  const out: Candidate<string>[] = []
  for (const folder of ['.', ...DOCKERFILE_FOLDERS]) {
    for (const name of DOCKERFILE_NAMES) {
      const path = joinPath(folder, name)
      const text = tree.has(path) ? tree.read(path) : null
      if (text === null) continue
      for (const c of probesFor(tree, path, text, dir)) if (!out.some(o => o.value === c.value)) out.push(c)
    }
  }
  return out
}

function probesFor(tree: SourceTree, file: string, text: string, dir: string): Candidate<string>[] {
  const stages: Stage[] = []
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      const m = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(ins.args)
      stages.push({
        name: (m?.[2] ?? '').toLowerCase(),
        parent: m?.[1]?.toLowerCase() ?? null,
        apps: new Set(),
        health: null
      })
      continue
    }
    const stage = stages[stages.length - 1]
    if (!stage) continue
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.args.startsWith('[')) {
      const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'))
      for (const source of words.slice(0, -1))
        for (const app of appFoldersIn(tree, source)) stage.apps.add(app)
    } else if (ins.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(ins.args)) {
      const m = PROBE.exec(ins.args)
      if (m && healthRank(m[1]!) >= 0) stage.health = { path: m[1]!, line: ins.line, text: ins.text }
    }
  }
  const out: Candidate<string>[] = []
  for (const stage of stages) {
    if (!stage.health) continue
    const apps = new Set<string>()
    // The stage's own copies and those of the stages it is built FROM.
    for (let s: Stage | undefined = stage, depth = 0; s && depth < 8; depth++) {
      for (const a of s.apps) apps.add(a)
      const parent: string | null = s.parent
      s = parent ? stages.find(x => x.name === parent) : undefined
    }
    // `COPY . .` in a build stage names no folder: the shipping stage must name exactly this member.
    if (apps.size !== 1 || !apps.has(dir)) continue
    out.push({
      value: stage.health.path,
      confidence: HEALTH.deployFile,
      source: `${file} HEALTHCHECK of the stage that ships ${dir}${stage.name ? ` (${stage.name})` : ''}`,
      evidence: [{ file, line: stage.health.line, text: stage.health.text }]
    })
  }
  return out
}

/** Manifests and lockfiles: install layers copy them for every member before the sources. */
const INSTALL_FILE =
  /^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.jsonc?|go\.(?:mod|sum)|Cargo\.(?:toml|lock)|pyproject\.toml|poetry\.lock|uv\.lock|requirements[\w.-]*\.txt|Gemfile(?:\.lock)?|composer\.(?:json|lock)|pom\.xml|build\.gradle(?:\.kts)?|[\w.-]+\.csproj)$/

/** App folders a COPY source names: `/app/apps/web/.next/standalone` → `apps/web` (when it is an app). */
function appFoldersIn(tree: SourceTree, source: string): string[] {
  const segments = source.split('/').filter(s => s !== '' && s !== '.' && s !== '..' && !/[$*?]/.test(s))
  const found: string[] = []
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 2; j <= Math.min(segments.length, i + 4); j++) {
      const candidate = segments.slice(i, j).join('/')
      // `COPY apps/web/package.json apps/web/` in an install layer copies a manifest of every member.
      const rest = segments.slice(j)
      if (rest.length === 1 && INSTALL_FILE.test(rest[0]!)) continue
      if (isOwnApp(tree, candidate)) found.push(candidate)
    }
  return found
}
