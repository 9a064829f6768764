// A folder with only a Dockerfile: an app whose image the project builds itself; nothing to generate.
import type { Ecosystem } from '../../ecosystem.js'
import { dockerProvider } from './provider.js'

export const dockerEcosystem: Ecosystem = {
  id: 'docker',
  providers: [dockerProvider],
  generators: []
}
