// The analyze action's generated files: writes the Dockerfile (only when the app has none), .dockerignore
// and tfvars next to the app in the checkout, the PR comment to a file, and sets the `dockerfile`,
// `dockerignore`, `tfvars` and `comment` outputs (absolute paths). Generator warnings, such as an existing
// Dockerfile exposing another port than the app listens on, become workflow annotations.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AnalysisReport, AppAnalysis } from '../../analyzer/index.js'
import { writeArtifactFiles } from '../../cli/write-artifacts.js'

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
  /** Directory for files that are not part of the repository (the comment): RUNNER_TEMP. */
  outputDir: string
  environment?: string
}

export async function publishArtifacts(input: ArtifactsInput, io: ArtifactsIo): Promise<void> {
  const result = await writeArtifactFiles(input.root, input.report, input.app, {
    force: false,
    baseImageRegistry: input.baseImageRegistry,
    environment: input.environment,
    commentScope: 'report'
  })
  const [dockerfile, dockerignore, tfvars] = result.files
  for (const file of result.files) {
    io.info(
      `${file.outcome === 'wrote' ? 'generated' : file.outcome === 'kept' ? 'using the app’s own' : 'keeping existing'} ${file.path}`
    )
  }
  io.setOutput(
    'dockerfile',
    dockerfile && result.dockerfileAvailable ? resolve(input.root, dockerfile.path) : ''
  )
  io.setOutput('dockerignore', dockerignore ? resolve(input.root, dockerignore.path) : '')
  io.setOutput('tfvars', tfvars ? resolve(input.root, tfvars.path) : '')
  mkdirSync(input.outputDir, { recursive: true })
  const commentPath = join(input.outputDir, `deplight-comment-${input.app.name}.md`)
  writeFileSync(commentPath, result.comment)
  io.setOutput('comment', commentPath)
  for (const warning of result.warnings) {
    io.warning(warning.message, { title: warning.code, file: warning.file, startLine: warning.line })
  }
}
