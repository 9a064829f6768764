// Turborepo reads one turbo.json at the workspace root and, optionally, a "package configuration" in a
// member folder that must say `"extends": ["//"]` (inherit from the root). A member's turbo.json of that
// kind configures its tasks inside the workspace: it makes the member no workspace root of its own (holdout39
// tunarr: server/turbo.json beside the fastify server's package.json).
import { parseJsoncFile } from '../../signals/manifests.js'
import type { SourceTree } from '../../tree.js'

export function isTurboPackageConfig(tree: SourceTree, path: string): boolean {
  const parsed = parseJsoncFile(tree, path)
  if (!parsed?.ok) return false
  const json = parsed.value
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false
  const ext = (json as Record<string, unknown>).extends
  return Array.isArray(ext) && ext.includes('//')
}
