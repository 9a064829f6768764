// What rendering one app gives: the files a deployment needs and where they go in the repository.
import type { AppAnalysis, Warning } from '../report.js'
import type { Generator } from './dockerfile/index.js'

export interface AppArtifacts {
  app: AppAnalysis
  generator: Generator | null
  /** Generated Dockerfile, or null when the app has its own (or no generator fits). */
  dockerfile: string | null
  /** Repository-relative path of the Dockerfile to build: the app's own or where the generated one goes. */
  dockerfilePath: string
  /** Build context, repository-relative (the app dir, or its JavaScript workspace root). */
  buildContext: string
  dockerignore: string
  dockerignorePath: string
  tfvars: string
  tfvarsPath: string
  /** Generator warnings and the existing-Dockerfile check, on top of `app.warnings`. */
  warnings: Warning[]
}

export interface RenderedArtifacts extends AppArtifacts {
  /** Markdown PR comment with its hidden marker. */
  comment: string
}
