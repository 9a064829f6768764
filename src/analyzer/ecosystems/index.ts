// The ecosystem registry: one line per ecosystem folder. Providers and Dockerfile generators are read from
// here. Provider order does not decide the winner (scores do); it only breaks exact ties. Generator order
// decides which takeover (bun before deno) is tried first.
import type { DockerfileGenerator, Ecosystem } from '../ecosystem.js'
import type { Provider } from '../provider.js'
import { bunEcosystem } from './bun/index.js'
import { denoEcosystem } from './deno/index.js'
import { dockerEcosystem } from './docker/index.js'
import { dotnetEcosystem } from './dotnet/index.js'
import { elixirEcosystem } from './elixir/index.js'
import { goEcosystem } from './go/index.js'
import { javaEcosystem } from './java/index.js'
import { nodeEcosystem } from './node/index.js'
import { phpEcosystem } from './php/index.js'
import { pythonEcosystem } from './python/index.js'
import { rubyEcosystem } from './ruby/index.js'
import { rustEcosystem } from './rust/index.js'
import { staticEcosystem } from './static/index.js'

export const ECOSYSTEMS: readonly Ecosystem[] = [
  nodeEcosystem,
  bunEcosystem,
  denoEcosystem,
  pythonEcosystem,
  goEcosystem,
  javaEcosystem,
  rubyEcosystem,
  phpEcosystem,
  rustEcosystem,
  dotnetEcosystem,
  elixirEcosystem,
  staticEcosystem,
  dockerEcosystem
]

export const PROVIDERS: readonly Provider<unknown>[] = ECOSYSTEMS.flatMap(e => e.providers)

export const GENERATORS: readonly DockerfileGenerator[] = ECOSYSTEMS.flatMap(e => e.generators)
