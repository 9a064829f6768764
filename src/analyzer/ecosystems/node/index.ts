// Node.js: JavaScript and TypeScript servers and server-rendered frameworks (Express, NestJS, Next.js,
// Nuxt …) on npm, pnpm or Yarn, including workspace members and Nx projects.
import { relocatedManifestRoot } from './dockerfile.js'
import type { Ecosystem } from '../../ecosystem.js'
import { nodeDockerfile } from './dockerfile.js'
import { nodeProvider } from './provider.js'
import { localDependencyContext } from './local-dependency-layout.js'

export const JS_LANGUAGES = ['javascript', 'typescript'] as const

/** What a JavaScript image rebuilds itself: shared by the node, bun and static generators. */
export const NODE_DOCKERIGNORE = [
  '**/node_modules',
  '.npm',
  '.yarn/cache',
  '.yarn/install-state.gz',
  '.pnpm-store',
  '.turbo',
  '**/.cache',
  '.parcel-cache',
  'coverage',
  '.nyc_output'
]

export const nodeEcosystem: Ecosystem = {
  id: 'node',
  providers: [nodeProvider],
  generators: [
    {
      id: 'node',
      languages: JS_LANGUAGES,
      buildRootHint: 'workspaceRoot',
      outerContext: app => relocatedManifestRoot(app) ?? localDependencyContext(app),
      dockerignore: NODE_DOCKERIGNORE,
      ignoresJsBuildOutput: true,
      render: nodeDockerfile
    }
  ]
}
