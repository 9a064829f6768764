// Rust web frameworks as data (crate names).
import type { FrameworkSpec } from '../../framework.js'

export const RUST_FRAMEWORKS: readonly FrameworkSpec[] = [
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
    port: 8000
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
