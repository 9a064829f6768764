// The provider registry. Order does not decide the winner (scores do); it only breaks exact ties.
import { bunProvider } from './bun.js'
import { denoProvider } from './deno.js'
import { dotnetProvider } from './dotnet.js'
import { dockerProvider } from './docker.js'
import { elixirProvider } from './elixir.js'
import { goProvider } from './go.js'
import { javaProvider } from './java.js'
import { nodeProvider } from './node.js'
import { phpProvider } from './php.js'
import { pythonProvider } from './python.js'
import { rubyProvider } from './ruby.js'
import { rustProvider } from './rust.js'
import { staticProvider } from './static.js'
import type { Provider } from './types.js'

export const PROVIDERS: Provider<unknown>[] = [
  nodeProvider,
  bunProvider,
  denoProvider,
  pythonProvider,
  goProvider,
  javaProvider,
  rubyProvider,
  phpProvider,
  rustProvider,
  dotnetProvider,
  elixirProvider,
  staticProvider,
  dockerProvider
]
