// Elixir web frameworks as data (Hex package names).
import type { FrameworkSpec } from '../../framework.js'

export const ELIXIR_FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'phoenix',
    name: 'Phoenix',
    language: 'elixir',
    dependencies: ['phoenix'],
    specificity: 1,
    kind: 'server',
    port: 4000,
    resources: { cpu: 512, memory: 1024 }
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
