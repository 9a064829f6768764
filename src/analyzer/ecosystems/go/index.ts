// Go: modules and go.work workspaces; net/http, gin, echo, fiber, chi.
import type { Ecosystem } from '../../ecosystem.js'
import { goDockerfile } from './dockerfile.js'
import { goProvider } from './provider.js'

export const goEcosystem: Ecosystem = {
  id: 'go',
  providers: [goProvider],
  generators: [
    {
      id: 'go',
      languages: ['go'],
      dockerignore: ['bin', '*.test', 'coverage.out'],
      render: goDockerfile
    }
  ]
}
