// Turborepo 2 lets a workspace member keep a turbo.json of its own, a Package Configuration that starts with
// `"extends": ["//"]` (inherit the root's tasks): it marks a member, never a workspace root (turbo refuses
// `extends` in the root's turbo.json). Such a member is an app by its own manifest like any other: holdout34's
// collaboration server (a fastify member with `apps/server/turbo.json` extending the root) was read as a
// workspace root with only tooling, so its Vite clients were the only apps left.
import { isRecord } from './manifests.js'

/** True for a turbo.json whose `extends` names the root (`"//"`): a member's package configuration. */
export function isTurboPackageConfig(text: string | null): boolean {
  if (text === null || !text.includes('//')) return false
  let json: unknown
  try {
    // turbo.json allows comments (JSONC): drop whole-line ones before parsing.
    json = JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''))
  } catch {
    return /"extends"\s*:\s*\[\s*"\/\/"/.test(text)
  }
  return isRecord(json) && Array.isArray(json.extends) && json.extends.includes('//')
}

/** The monorepo tool configs that make a folder a workspace root; a member's turbo.json is none. */
export function workspaceRootConfigs(
  has: (file: string) => boolean,
  read: (file: string) => string | null
): string[] {
  return ['turbo.json', 'nx.json', 'lerna.json'].filter(
    f => has(f) && !(f === 'turbo.json' && isTurboPackageConfig(read(f)))
  )
}
