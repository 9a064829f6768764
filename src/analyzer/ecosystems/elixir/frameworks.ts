// Elixir web frameworks as data (Hex package names).
import type { FrameworkSpec } from '../../framework.js'

export interface ElixirFrameworkSpec extends FrameworkSpec {
  /** Runs `mix assets.deploy` before the release (when mix.exs defines that alias; hint `phoenixAssets`). */
  assetsDeploy?: boolean
}

export const ELIXIR_FRAMEWORKS: readonly ElixirFrameworkSpec[] = [
  {
    id: 'phoenix',
    name: 'Phoenix',
    language: 'elixir',
    dependencies: ['phoenix'],
    specificity: 1,
    kind: 'server',
    port: 4000,
    resources: { cpu: 512, memory: 1024 },
    /** The endpoint serves only when told to (config/runtime.exs `server: true` via PHX_SERVER). */
    env: ['PHX_SERVER=true'],
    assetsDeploy: true
  },
  {
    id: 'plug',
    name: 'Plug',
    language: 'elixir',
    dependencies: ['plug_cowboy', 'bandit'],
    specificity: 0.7,
    kind: 'server',
    port: 4000
  }
]
