// The provider registry. Order does not decide the winner (scores do); it only breaks exact ties.
import { bunProvider } from './bun.js'
import { denoProvider } from './deno.js'
import { dockerProvider } from './docker.js'
import { nodeProvider } from './node.js'
import { staticProvider } from './static.js'
import type { Provider } from './types.js'

export const PROVIDERS: Provider<unknown>[] = [
  nodeProvider,
  bunProvider,
  denoProvider,
  staticProvider,
  dockerProvider
]
