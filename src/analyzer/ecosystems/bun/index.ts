// Bun: JavaScript/TypeScript apps on the Bun runtime (Elysia, Hono on Bun, Bun.serve).
import type { Ecosystem } from '../../ecosystem.js'
import { bunDockerfile } from './dockerfile.js'
import { bunProvider } from './provider.js'
import { JS_LANGUAGES, NODE_DOCKERIGNORE } from '../node/index.js'

export const bunEcosystem: Ecosystem = {
  id: 'bun',
  providers: [bunProvider],
  generators: [
    {
      id: 'bun',
      languages: [],
      takesOver: { languages: JS_LANGUAGES, frameworks: ['elysia'], packageManagers: ['bun'] },
      buildRootHint: 'workspaceRoot',
      dockerignore: NODE_DOCKERIGNORE,
      ignoresJsBuildOutput: true,
      render: bunDockerfile
    }
  ]
}
