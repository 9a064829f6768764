// Rust web frameworks as data (crate names).
import type { FrameworkSpec } from '../../framework.js'

export interface RustFrameworkSpec extends FrameworkSpec {
  /** A TOML file in the app whose top-level `port = N` sets the port (Rocket.toml). */
  portFile?: string
}

export const RUST_FRAMEWORKS: readonly RustFrameworkSpec[] = [
  {
    id: 'axum',
    name: 'axum',
    language: 'rust',
    dependencies: ['axum'],
    specificity: 0.95,
    kind: 'server',
    port: 3000
  },
  {
    id: 'actix-web',
    name: 'Actix Web',
    language: 'rust',
    dependencies: ['actix-web'],
    specificity: 0.95,
    kind: 'server',
    port: 8080
  },
  {
    id: 'rocket',
    name: 'Rocket',
    language: 'rust',
    dependencies: ['rocket'],
    specificity: 0.95,
    kind: 'server',
    port: 8000,
    portFile: 'Rocket.toml'
  },
  {
    id: 'warp',
    name: 'warp',
    language: 'rust',
    dependencies: ['warp'],
    specificity: 0.9,
    kind: 'server',
    port: 3030
  },
  {
    id: 'poem',
    name: 'Poem',
    language: 'rust',
    dependencies: ['poem'],
    specificity: 0.9,
    kind: 'server',
    port: 3000
  }
]
