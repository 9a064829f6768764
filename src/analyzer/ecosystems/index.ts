// The provider registry. Order does not decide the winner (scores do); it only breaks exact ties.
import { bunProvider } from './bun/provider.js'
import { denoProvider } from './deno/provider.js'
import { dotnetProvider } from './dotnet/provider.js'
import { dockerProvider } from './docker/provider.js'
import { elixirProvider } from './elixir/provider.js'
import { goProvider } from './go/provider.js'
import { javaProvider } from './java/provider.js'
import { nodeProvider } from './node/provider.js'
import { phpProvider } from './php/provider.js'
import { pythonProvider } from './python/provider.js'
import { rubyProvider } from './ruby/provider.js'
import { rustProvider } from './rust/provider.js'
import { staticProvider } from './static/provider.js'
import type { Provider } from '../provider.js'

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
