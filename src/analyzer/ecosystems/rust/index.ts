// Rust: Cargo packages and workspaces; actix-web, axum, Rocket.
import type { Ecosystem } from '../../ecosystem.js'
import { rustDockerfile } from './dockerfile.js'
import { rustProvider } from './provider.js'

export const rustEcosystem: Ecosystem = {
  id: 'rust',
  providers: [rustProvider],
  generators: [
    {
      id: 'rust',
      languages: ['rust'],
      buildRootHint: 'buildRoot',
      dockerignore: ['target'],
      render: rustDockerfile
    }
  ]
}
