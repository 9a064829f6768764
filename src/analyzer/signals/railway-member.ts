// A workspace root's railway.json (or railway.toml) that deploys one member: its `deploy.startCommand` runs a
// root script (`pnpm server:start`) that starts that member alone (`pnpm --filter @logchimp/api start`,
// `npm start --workspace server`, `yarn workspace api start`, `cd packages/server && …`). The file then
// describes the member's service, so its `deploy.healthcheckPath` is the member's health path.
import type { Candidate } from '../candidate.js'
import type { Warning } from '../report.js'
import { joinPath, type SourceTree } from '../tree.js'
import { keyEvidence } from './evidence.js'
import { getString, isRecord, parseJsonFile, parseTomlFile } from './manifests.js'
import { DEPLOY_FILE } from '../precedence.js'

/** The targets a root script's command starts: filtered package names or folders, and `cd <folder> &&`. */
function startedTargets(script: string): Set<string> {
  const out = new Set<string>()
  // pnpm --filter x / --filter=x / -F x; npm --workspace x / -w x; yarn workspace x; bun --filter x
  for (const m of script.matchAll(/(?:--filter|--workspace|-F|-w)(?:=|\s+)(\S+)|\byarn\s+workspace\s+(\S+)/g))
    out.add(
      (m[1] ?? m[2]!)
        .replace(/^["']|["']$/g, '')
        .replace(/^\.\//, '')
        .replace(/\/$/, '')
    )
  for (const m of script.matchAll(/\bcd\s+(?:\.\/)?([\w./-]+?)\/?\s*&&/g)) out.add(m[1]!)
  return out
}

/**
 * The health path a root Railway file declares for `dir`, when its start command runs a root script that
 * starts `dir` (by its package name or folder) and nothing else; else null.
 */
export function rootRailwayMemberHealth(
  tree: SourceTree,
  dir: string,
  warnings: Warning[]
): Candidate<string> | null {
  if (dir === '.') return null
  for (const file of ['railway.json', 'railway.toml']) {
    const parsed = file.endsWith('.json') ? parseJsonFile(tree, file) : parseTomlFile(tree, file)
    if (!parsed) continue
    if (!parsed.ok) {
      warnings.push(parsed.warning)
      return null
    }
    const start = getString(parsed.value, 'deploy', 'startCommand')
    const health = getString(parsed.value, 'deploy', 'healthcheckPath')
    if (!start || !health || health === '/') return null
    const script = /^(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?([\w:.-]+)\s*$/.exec(start.trim())?.[1]
    const pkg = parseJsonFile(tree, 'package.json')
    const scripts = pkg?.ok && isRecord(pkg.value) ? pkg.value.scripts : undefined
    const body = script && isRecord(scripts) ? scripts[script] : undefined
    if (typeof body !== 'string') return null
    const own = parseJsonFile(tree, joinPath(dir, 'package.json'))
    const name = own?.ok ? getString(own.value, 'name') : undefined
    const started = startedTargets(body)
    if (started.size !== 1 || !(started.has(dir) || (name !== undefined && started.has(name)))) return null
    const text = tree.read(file) ?? ''
    return {
      value: health,
      confidence: DEPLOY_FILE,
      source: `${file} deploy.healthcheckPath (deploy.startCommand runs ${dir} through package.json scripts.${script})`,
      evidence: [
        keyEvidence(file, text, 'healthcheckPath'),
        keyEvidence('package.json', tree.read('package.json') ?? '', script!)
      ]
    }
  }
  return null
}
