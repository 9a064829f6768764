// A workspace root that is no app of its own whose `start` script runs one member (`"start": "yarn workspace
// @chibisafe/backend start"`, `"start": "npm start -w packages/api"`, `"start": "cd server && npm start"`):
// `npm start` at the root (what a Node buildpack or a developer runs) starts that member, so the repository
// says it is the app that serves — the other members are a frontend built apart, a migration tool. A root
// that starts several members (`concurrently`, `&`, `turbo run start`) or none says nothing (holdout34:
// chibisafe's yarn 4 workspace of a fastify backend and a Next.js frontend, whose root start runs the
// backend while the frontend's higher detection score made it primary).
import { getPath, isRecord, parseJsonFile } from './manifests.js'
import { memberSelectedBy } from './procfile-member.js'
import type { SourceTree } from '../tree.js'

export interface RootStartMember {
  dir: string
  /** `package.json scripts.start: yarn workspace @acme/api start`. */
  reason: string
}

/** Several processes at once, or a task runner over every member: no single member. */
const SEVERAL =
  /\bconcurrently\b|\bnpm-run-all\b|\brun-p\b|(?:^|[^&])&(?!&)|\b(?:turbo|nx|lerna|lage|moon)\b|\s-r\b|--recursive|\bforeach\b|--parallel/

/** The one member the root package.json's `start` script runs, with the reason; null otherwise. */
export function rootStartMember(tree: SourceTree, apps: readonly string[]): RootStartMember | null {
  const parsed = parseJsonFile(tree, 'package.json')
  if (!parsed?.ok) return null
  const start = getPath(parsed.value, 'scripts', 'start')
  if (typeof start !== 'string' || SEVERAL.test(start) || start.length > 500) return null
  // Only a workspace root hands over to members.
  const workspaces = isRecord(parsed.value) ? parsed.value.workspaces : undefined
  if (workspaces === undefined && !tree.has('pnpm-workspace.yaml')) return null
  const members = new Set<string>()
  // Each command of a chain, with what follows it (`cd server && npm start` needs its `&&`).
  const parts = start.split(/(?=&&|;|\|\|)/)
  for (let i = 0; i < parts.length; i++) {
    const rest = parts
      .slice(i)
      .join('')
      .replace(/^(?:&&|;|\|\|)/, '')
    const dir = memberSelectedBy(tree, apps, rest.trim())
    if (dir) members.add(dir)
  }
  if (members.size !== 1) return null
  const [dir] = [...members]
  return { dir: dir!, reason: `package.json scripts.start: ${start}` }
}
