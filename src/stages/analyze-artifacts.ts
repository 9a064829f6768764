// The analyze stage's generated files (the action hands them on through its outputs). Nothing is written into the checkout: the generated Dockerfile,
// its ignore file, the tfvars and the PR comment go to the action's output directory (RUNNER_TEMP), and
// the outputs point at them — or at the app's own files, which always win (its Dockerfile, its
// .dockerignore, a committed deplight.auto.tfvars). The ignore file is written as
// `Dockerfile.dockerignore` beside the generated Dockerfile: BuildKit reads it from there when the build
// uses `-f <that Dockerfile>`, with the app directory (or workspace root) as context. The app's own files
// are handed on only when they are regular files inside the checkout (no links out).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AnalysisReport, AppAnalysis, Warning } from '../analyzer/index.js'
import { planArtifactFiles, renderArtifacts, type ArtifactRole } from '../analyzer/render/index.js'
import { logSafe } from '../pipeline/log-safe.js'
import { committedFileInside } from '../pipeline/paths.js'

export interface ArtifactsIo {
  setOutput(name: string, value: string): void
  warning(message: string, properties?: { file?: string; startLine?: number; title?: string }): void
  info(message: string): void
}

export interface ArtifactsInput {
  /** Repository root on disk. */
  root: string
  report: AnalysisReport
  app: AppAnalysis
  baseImageRegistry: string | null
  /** Where generated files go (under RUNNER_TEMP). */
  outputDir: string
  environment?: string
}

export interface PublishedArtifacts {
  dockerfile: string
  dockerignore: string
  tfvars: string
  comment: string
  context: string
  warnings: Warning[]
}

export function publishArtifacts(input: ArtifactsInput, io: ArtifactsIo): PublishedArtifacts {
  const { root, app } = input
  // Own files are handed on to later steps only as regular files inside the checkout (committedFileInside
  // throws on a link out, a dangling link, a folder or a FIFO): a committed `deplight.auto.tfvars ->
  // /etc/passwd` must not become the tfvars the deploy reads.
  const ownDockerfile = app.dockerfile ? committedFileInside(root, app.dockerfile) : null
  const existingDockerfile = ownDockerfile ? readIfExists(ownDockerfile) : null
  const out = renderArtifacts(input.report, app, {
    baseImageRegistry: input.baseImageRegistry,
    environment: input.environment,
    existingDockerfiles:
      app.dockerfile && existingDockerfile !== null ? { [app.dockerfile]: existingDockerfile } : {},
    commentScope: 'report'
  })
  const plan = planArtifactFiles(out, { kind: 'output' }, path => committedFileInside(root, path) !== null)
  mkdirSync(join(input.outputDir, 'artifacts', app.name), { recursive: true })
  const context = resolve(root, out.buildContext)
  const where: Record<ArtifactRole, string> = { dockerfile: '', dockerignore: '', tfvars: '', comment: '' }
  for (const file of plan.files) {
    if (file.outcome === 'own') {
      where[file.role] = inRepository(root, file.path)
      if (file.role === 'dockerfile') io.info(`using the app's own ${logSafe(file.path)}`)
      if (file.role === 'tfvars') io.info(`using the committed ${logSafe(file.path)}`)
    } else if (file.outcome === 'write' && file.content !== null) {
      where[file.role] = join(input.outputDir, file.path)
      writeFileSync(where[file.role], file.content)
      if (file.role === 'dockerfile')
        io.info(
          `generated ${logSafe(where.dockerfile)} (${out.generator}) for context ${logSafe(out.buildContext)}`
        )
    }
  }
  const { dockerfile, dockerignore, tfvars, comment } = where
  const warnings = plan.warnings
  const published = { dockerfile, dockerignore, tfvars, comment, context, warnings }
  for (const name of ['dockerfile', 'dockerignore', 'tfvars', 'comment', 'context'] as const)
    io.setOutput(name, published[name])
  for (const warning of warnings)
    io.warning(warning.message, { title: warning.code, file: warning.file, startLine: warning.line })
  return published
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/**
 * A repository-relative path on disk, behind a function boundary: ncc's asset relocator rewrites a direct
 * `resolve(variable, '.dockerignore')` into a path inside the bundle (and copies a matching file from the
 * build machine into dist/), which made the bundled action miss every app's own .dockerignore.
 */
function inRepository(root: string, path: string): string {
  return resolve(root, path)
}
