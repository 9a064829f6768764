// Bun apps (Elysia, Hono on Bun, Bun.serve): planned like Node apps with the bun runtime.
import { planJs } from '../node/plan.js'
import { detectJs, isBunProject } from '../node/provider.js'
import type { NodeData } from '../node/data.js'
import { nodeWorkspaces } from '../node/manifest.js'
import type { Provider } from '../../provider.js'

export const bunProvider: Provider<NodeData> = {
  id: 'bun',
  manifests: ['package.json', 'bun.lockb', 'bun.lock', 'bunfig.toml'],
  detect(ctx) {
    const d = detectJs(ctx, 'bun')
    if (!d || !isBunProject(ctx, d.data.pkg)) return null
    return d
  },
  plan: planJs,
  workspaces: nodeWorkspaces
}
