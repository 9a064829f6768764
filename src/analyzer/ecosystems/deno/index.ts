// Deno: deno.json projects and Deno frameworks (Fresh, Oak, Hono on Deno).
import type { Ecosystem } from '../../ecosystem.js'
import { denoDockerfile } from './dockerfile.js'
import { denoProvider } from './provider.js'
import { JS_LANGUAGES } from '../node/index.js'

export const denoEcosystem: Ecosystem = {
  id: 'deno',
  providers: [denoProvider],
  generators: [
    {
      id: 'deno',
      languages: [],
      takesOver: { languages: JS_LANGUAGES, frameworks: ['deno', 'fresh'], packageManagers: ['deno'] },
      dockerignore: ['**/node_modules', 'coverage'],
      render: denoDockerfile
    }
  ]
}
