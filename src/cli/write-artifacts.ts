// `deplight analyze --write`: puts the generated Dockerfile (only when the app has none), .dockerignore and
// deplight.auto.tfvars into the app directory (the .dockerignore into the build context) and prints their
// paths. Nothing that exists is overwritten without --force, and an app's own Dockerfile never is; nothing
// is written through a symbolic link or into a folder that links out of the repository.
// The renderer is imported lazily so plain `deplight analyze` does not load it.
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { AnalysisReport, AppAnalysis, Warning } from '../analyzer/index.js'
import type { PlannedFile } from '../analyzer/render/index.js'
import type { CliIo } from './main.js'
import { logSafe } from '../pipeline/log-safe.js'
import { existsNoFollow, isOutside, resolveInside, writeFileInside } from '../pipeline/paths.js'

export interface WriteOptions {
  force: boolean
  baseImageRegistry?: string | null
}

export type WriteOutcome = 'wrote' | 'skipped' | 'kept'

export interface WrittenFile {
  /** Repository-relative path. */
  path: string
  outcome: WriteOutcome
}

/** Resolves a repository-relative path, refusing anything that would land outside the repository. */
function insideRoot(root: string, path: string): string {
  const abs = resolveInside(path, [root])
  if (abs === null || abs === resolve(root))
    throw new Error(`refusing to write ${path}: it is outside ${root}`)
  return abs
}

/** Like insideRoot, but a link at the path is not followed: writeFileInside says what is wrong with it. */
function lexicallyInside(root: string, path: string): string {
  const abs = resolve(root, path)
  if (isOutside(relative(resolve(root), abs)))
    throw new Error(`refusing to write ${path}: it is outside ${root}`)
  return abs
}

/** The app's own Dockerfile by repository-relative path, for the EXPOSE-vs-port check. */
export function readExistingDockerfile(root: string, app: AppAnalysis): Record<string, string> {
  if (!app.dockerfile) return {}
  try {
    return { [app.dockerfile]: readFileSync(insideRoot(root, app.dockerfile), 'utf8') }
  } catch {
    return {}
  }
}

/** Writes the files; returns what happened to each. Throws on invalid options (a bad registry). */
export async function writeArtifactFiles(
  root: string,
  report: AnalysisReport,
  app: AppAnalysis,
  options: WriteOptions
): Promise<{ files: WrittenFile[]; warnings: Warning[] }> {
  const { planArtifactFiles, renderArtifacts } = await import('../analyzer/render/index.js')
  const out = renderArtifacts(report, app, {
    baseImageRegistry: options.baseImageRegistry ?? null,
    existingDockerfiles: readExistingDockerfile(root, app),
    commentScope: 'app'
  })
  // A dangling symlink counts as existing (so it is skipped, or refused with --force by writeFileInside).
  const plan = planArtifactFiles(out, { kind: 'repository', force: options.force }, path =>
    existsNoFollow(lexicallyInside(root, path))
  )
  const files: WrittenFile[] = []
  for (const file of plan.files) {
    if (file.outcome === 'write' && file.content !== null)
      writeFileInside(root, file.path, file.content, { replace: options.force })
    files.push({ path: file.path, outcome: OUTCOME[file.outcome] })
  }
  return { files, warnings: plan.warnings }
}

const OUTCOME: Record<PlannedFile['outcome'], WriteOutcome> = {
  write: 'wrote',
  skip: 'skipped',
  own: 'kept',
  none: 'kept'
}

const EXPLAIN: Record<WriteOutcome, string> = {
  wrote: '',
  skipped: ' (exists; --force overwrites)',
  kept: ' (the app’s own Dockerfile is used as is)'
}

/** CLI adapter: prints one line per file (and generator warnings) to stderr; returns the exit code. */
export async function writeArtifacts(
  root: string,
  report: AnalysisReport,
  app: AppAnalysis,
  options: WriteOptions,
  io: CliIo
): Promise<number> {
  let result
  try {
    result = await writeArtifactFiles(root, report, app, options)
  } catch (err) {
    io.stderr.write(`deplight analyze: ${logSafe((err as Error).message)}\n`)
    return 2
  }
  for (const file of result.files)
    io.stderr.write(`${file.outcome.padEnd(8)} ${logSafe(file.path)}${EXPLAIN[file.outcome]}\n`)
  for (const warning of result.warnings)
    io.stderr.write(`warning  ${warning.code}: ${logSafe(warning.message)}\n`)
  return 0
}
