// Corpus manifests: which public repository, at which commit, holds each app, and the hand-written truth
// for it. The manifests are committed; the repositories' code never is (it lives in a tree cache outside
// the repository, filled by bench/corpora/materialize.ts from the mirrors the session's `fetch` brings).
//
//   { "corpus": "hard", "description": "…", "truthWritten": "2026-…",
//     "apps": [ { "id": "healthchecks", "repo": "healthchecks/healthchecks", "commit": "<40 hex>",
//                 "appDir": ".", "ecosystem": "python",
//                 "framework": "django", "port": 8000, "startCommand": "uwsgi docker/uwsgi.ini",
//                 "packageManager": "pip", "runtimeVersion": "3.12", "healthPath": "/api/v3/status/",
//                 "notes": { "port": "docker/uwsgi.ini:4 http-socket = :8000", … } } ] }
//
// Field semantics are those of bench/real-repos.ts (arrays list every acceptable value, a field left out
// is not scored, healthPath null = the app has no health route, runtimeVersion null = nothing pins it).
import { readFileSync } from 'node:fs'
import type { TruthRepo } from '../real-repos.js'

export const TRUTH_FIELDS = [
  'framework',
  'port',
  'startCommand',
  'packageManager',
  'runtimeVersion',
  'healthPath'
] as const

export interface ManifestApp extends Omit<TruthRepo, 'tree' | 'notes'> {
  repo: string
  commit: string
  /** Where in the repository each value was read (file:line), keyed by field (plus `app` for the app). */
  notes?: Record<string, string>
}

export interface CorpusManifest {
  corpus: string
  description?: string
  truthWritten?: string
  apps: ManifestApp[]
}

const REPO = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/
const COMMIT = /^[0-9a-f]{40}$/
const ALLOWED = new Set(['id', 'repo', 'commit', 'appDir', 'ecosystem', 'primary', 'notes', ...TRUTH_FIELDS])

/** Folder name of one repository at one commit inside the tree cache: `owner+name@commit`. */
export function treeName(repo: string, commit: string): string {
  return `${repo.replace('/', '+')}@${commit}`
}

const isStrings = (v: unknown): boolean =>
  typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every(x => typeof x === 'string'))

/** Every problem with one app, as `what is wrong` strings (empty when the entry is valid). */
function appProblems(app: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(app))
    if (!ALLOWED.has(key)) problems.push(`unknown key "${key}" (allowed: ${[...ALLOWED].join(', ')})`)
  if (typeof app.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/.test(app.id))
    problems.push('"id" must be a lowercase slug')
  if (typeof app.repo !== 'string' || !REPO.test(app.repo)) problems.push('"repo" must be "owner/name"')
  if (typeof app.commit !== 'string' || !COMMIT.test(app.commit))
    problems.push('"commit" must be 40 lowercase hex digits')
  if (typeof app.ecosystem !== 'string') problems.push('"ecosystem" must be a string')
  if (app.appDir !== undefined && !isStrings(app.appDir))
    problems.push('"appDir" must be a path or a list of paths')
  for (const f of ['framework', 'packageManager'] as const)
    if (app[f] !== undefined && !isStrings(app[f])) problems.push(`"${f}" must be a string or a list`)
  for (const f of ['startCommand', 'healthPath', 'runtimeVersion'] as const)
    if (app[f] !== undefined && app[f] !== null && !isStrings(app[f]))
      problems.push(`"${f}" must be a string, a list of strings or null`)
  const ports = app.port === undefined ? [] : Array.isArray(app.port) ? app.port : [app.port]
  if (app.port !== undefined && (ports.length === 0 || !ports.every(p => Number.isInteger(p))))
    problems.push('"port" must be an integer or a list of integers')
  if (app.notes !== undefined) {
    const notes = app.notes as Record<string, unknown>
    if (typeof notes !== 'object' || notes === null || Array.isArray(notes))
      problems.push('"notes" must be an object keyed by field')
    else
      for (const [k, v] of Object.entries(notes))
        if (typeof v !== 'string') problems.push(`notes."${k}" must be a string`)
  }
  return problems
}

/** Validates a parsed manifest; throws one line naming the entry, what is wrong and how to fix it. */
export function validateManifest(data: unknown, source: string): CorpusManifest {
  const m = data as Partial<CorpusManifest> | null
  if (typeof m !== 'object' || m === null || typeof m.corpus !== 'string' || !Array.isArray(m.apps))
    throw new Error(`${source}: expected { "corpus": string, "apps": [ … ] } (see bench/corpora/README.md)`)
  const ids = new Set<string>()
  m.apps.forEach((app, i) => {
    const where = `${source}: apps[${i}]${typeof app?.id === 'string' ? ` (${app.id})` : ''}`
    if (typeof app !== 'object' || app === null) throw new Error(`${where}: must be an object`)
    const problems = appProblems(app as unknown as Record<string, unknown>)
    if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`)
    if (ids.has(app.id)) throw new Error(`${where}: duplicate id; give every app its own id`)
    ids.add(app.id)
  })
  return m as CorpusManifest
}

export function readManifest(path: string): CorpusManifest {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new Error(`${path}: not readable JSON (${(err as Error).message})`)
  }
  return validateManifest(data, path)
}

/** The scorer's view of a manifest app: its tree is the cache folder of its repository at its commit. */
export function toTruth(app: ManifestApp): TruthRepo {
  const { repo, commit, notes, ...truth } = app
  return {
    ...truth,
    tree: treeName(repo, commit),
    source: `${repo}@${commit.slice(0, 12)}`,
    ...(notes ? { notes } : {})
  }
}

/** Each repository at each commit once, in manifest order (several apps may share one tree). */
export function uniqueTrees(manifest: CorpusManifest): { repo: string; commit: string; tree: string }[] {
  const seen = new Map<string, { repo: string; commit: string; tree: string }>()
  for (const app of manifest.apps) {
    const tree = treeName(app.repo, app.commit)
    if (!seen.has(tree)) seen.set(tree, { repo: app.repo, commit: app.commit, tree })
  }
  return [...seen.values()]
}
