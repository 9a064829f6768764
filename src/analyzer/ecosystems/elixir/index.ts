// Elixir: Mix projects and umbrellas; Phoenix, built as a release.
import type { Ecosystem } from '../../ecosystem.js'
import { elixirDockerfile } from './dockerfile.js'
import { elixirProvider } from './provider.js'

export const elixirEcosystem: Ecosystem = {
  id: 'elixir',
  providers: [elixirProvider],
  generators: [
    {
      id: 'elixir',
      languages: ['elixir'],
      dockerignore: ['_build', 'deps', '.elixir_ls', 'cover', '**/node_modules'],
      render: elixirDockerfile
    }
  ]
}
