// The analyze action's generated files. Nothing is written into the checkout: the generated Dockerfile,
// its ignore file, the tfvars and the PR comment go to the action's output directory (RUNNER_TEMP), and
// the outputs point at them — or at the app's own files, which always win (its Dockerfile, its
// .dockerignore, a committed deplight.auto.tfvars). The ignore file is written as
// `Dockerfile.dockerignore` beside the generated Dockerfile: BuildKit reads it from there when the build
// uses `-f <that Dockerfile>`, with the app directory (or workspace root) as context.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AnalysisReport, AppAnalysis, Warning } from '../../analyzer/index.js'
import { renderArtifacts } from '../../analyzer/render/index.js'
import { logSafe } from '../../pipeline/log-safe.js'

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
  const existingDockerfile = app.dockerfile ? readIfExists(resolve(root, app.dockerfile)) : null
  const out = renderArtifacts(input.report, app, {
    baseImageRegistry: input.baseImageRegistry,
    environment: input.environment,
    existingDockerfiles:
      app.dockerfile && existingDockerfile !== null ? { [app.dockerfile]: existingDockerfile } : {},
    commentScope: 'report'
  })
  const dir = join(input.outputDir, 'artifacts', app.name)
  mkdirSync(dir, { recursive: true })
  const warnings = [...out.warnings]
  const context = resolve(root, out.buildContext)
  const ownIgnore = fileInDirectory(context, '.dockerignore')

  let dockerfile = ''
  let dockerignore = existsSync(ownIgnore) ? ownIgnore : ''
  if (app.dockerfile) {
    dockerfile = resolve(root, app.dockerfile)
    io.info(`using the app's own ${logSafe(app.dockerfile)}`)
    if (!dockerignore) {
      warnings.push({
        code: 'NO_DOCKERIGNORE',
        message: `${out.buildContext} has no .dockerignore, so .env files and keys would be sent to the build; \`deplight analyze --write\` generates one.`
      })
    }
  } else if (out.dockerfile !== null) {
    dockerfile = join(dir, 'Dockerfile')
    writeFileSync(dockerfile, out.dockerfile)
    io.info(`generated ${logSafe(dockerfile)} (${out.generator}) for context ${logSafe(out.buildContext)}`)
    if (!dockerignore) {
      dockerignore = join(dir, 'Dockerfile.dockerignore')
      writeFileSync(dockerignore, out.dockerignore)
    }
  }

  const committedTfvars = resolve(root, out.tfvarsPath)
  let tfvars = committedTfvars
  if (!existsSync(committedTfvars)) {
    tfvars = join(dir, 'deplight.auto.tfvars')
    writeFileSync(tfvars, out.tfvars)
  } else {
    io.info(`using the committed ${logSafe(out.tfvarsPath)}`)
  }
  const comment = join(dir, 'comment.md')
  writeFileSync(comment, out.comment)

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
 * `resolve(dir, name)` behind a function boundary: ncc's asset relocator rewrites a direct
 * `resolve(variable, '.dockerignore')` into a path inside the bundle (and copies a matching file from the
 * build machine into dist/), which made the bundled action miss every app's own .dockerignore.
 */
function fileInDirectory(dir: string, name: string): string {
  return resolve(dir, name)
}
