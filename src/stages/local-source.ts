// From a directory to what the local build needs: the analyzer's primary app (the same call `deplight
// analyze` makes), the Dockerfile to build (the app's own, or the generated one in a temp folder — never
// written into the user's tree unless --write asks for it) and the build context. Plus the commit it came
// from, when the directory is a git checkout.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AnalysisReport, AppAnalysis, Warning } from '../analyzer/index.js'
import { renderAppArtifacts } from '../analyzer/render/index.js'
import { formatWarning, primaryApp } from '../analyzer/summary.js'
import { analyzeRepository } from '../pipeline/config-analyze.js'
import { resolveInside } from '../pipeline/paths.js'

export interface SourceOptions {
  /** Absolute repository directory. */
  dir: string
  appDir: string | null
  config: string | null
  baseImageRegistry: string | null
  /**
   * `--write`: puts the generated Dockerfile, .dockerignore and tfvars into the tree the way
   * `deplight analyze --write` does (the CLI passes its writer); null builds from a temp folder.
   */
  write: ArtifactWriter | null
}

export type ArtifactWriter = (
  report: AnalysisReport,
  app: AppAnalysis
) => Promise<{ written: string[]; warnings: Warning[] }>

export interface PreparedSource {
  report: AnalysisReport
  app: AppAnalysis
  /** Absolute build context. */
  context: string
  /** Absolute Dockerfile path (in the tree, or in a temp folder for a generated one). */
  dockerfile: string
  /** True when the Dockerfile was generated for this run (not the app's own, not written with --write). */
  generated: boolean
  /** Files --write put into the tree (repository-relative), for the CLI to report. */
  written: string[]
  warnings: Warning[]
  /** Removes the temp folder of a generated Dockerfile. */
  cleanup: () => void
}

export class SourceError extends Error {}

export async function prepareSource(options: SourceOptions): Promise<PreparedSource> {
  const { report } = analyzeRepository(options.dir, {
    appDir: options.appDir ?? undefined,
    configPath: options.config ?? undefined
  })
  const app = primaryApp(report)
  if (!app) {
    const why = report.warnings.map(w => formatWarning(w)).join('; ')
    throw new SourceError(`no deployable app found in ${options.dir}${why ? `: ${why}` : ''}`)
  }
  const artifacts = renderAppArtifacts(app, {
    baseImageRegistry: options.baseImageRegistry,
    existingDockerfiles: existingDockerfile(options.dir, app)
  })
  const context = inside(options.dir, artifacts.buildContext)
  const warnings = [...app.warnings, ...artifacts.warnings]

  if (app.dockerfile === null && artifacts.dockerfile === null) {
    const why = warnings.map(w => formatWarning(w)).join('; ')
    throw new SourceError(
      `deplight cannot generate a Dockerfile for ${app.appDir} (${app.language.value}/${app.framework.value})${why ? `: ${why}` : ''}; add a Dockerfile to the app`
    )
  }

  if (options.write) {
    const result = await options.write(report, app)
    return {
      report,
      app,
      context,
      dockerfile: inside(options.dir, artifacts.dockerfilePath),
      generated: false,
      written: result.written,
      warnings: [...warnings, ...result.warnings],
      cleanup: () => undefined
    }
  }

  if (artifacts.dockerfile === null) {
    return {
      report,
      app,
      context,
      dockerfile: inside(options.dir, artifacts.dockerfilePath),
      generated: false,
      written: [],
      warnings,
      cleanup: () => undefined
    }
  }

  // BuildKit reads `<Dockerfile>.dockerignore` next to the Dockerfile before `<context>/.dockerignore`
  // (and so does the context digest): the generated one applies without touching the tree, unless the
  // app keeps its own .dockerignore, which then wins as it would in CI.
  const temp = mkdtempSync(join(tmpdir(), 'deplight-build-'))
  const dockerfile = join(temp, 'Dockerfile')
  writeFileSync(dockerfile, artifacts.dockerfile)
  if (!existsSync(join(context, '.dockerignore')))
    writeFileSync(join(temp, 'Dockerfile.dockerignore'), artifacts.dockerignore)
  return {
    report,
    app,
    context,
    dockerfile,
    generated: true,
    written: [],
    warnings,
    cleanup: () => rmSync(temp, { recursive: true, force: true })
  }
}

/** The app's own Dockerfile, for the renderer's EXPOSE-versus-port check. */
function existingDockerfile(root: string, app: AppAnalysis): Record<string, string> {
  if (!app.dockerfile) return {}
  try {
    return { [app.dockerfile]: readFileSync(inside(root, app.dockerfile), 'utf8') }
  } catch {
    return {}
  }
}

function inside(root: string, rel: string): string {
  const abs = resolveInside(rel, [root])
  if (abs === null) throw new SourceError(`${rel} is outside ${root}`)
  return resolve(abs)
}

export interface SourceCommit {
  /** HEAD's sha, with `-dirty` when the app folder has uncommitted changes. */
  commit: string
  message: string | null
  ref: string | null
}

/** The commit a directory is checked out at, or null outside a git checkout (or without git). */
export async function sourceCommit(dir: string): Promise<SourceCommit | null> {
  const sha = await git(dir, ['rev-parse', 'HEAD'])
  if (!sha) return null
  const [message, ref, status] = await Promise.all([
    git(dir, ['log', '-1', '--format=%s']),
    git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']),
    git(dir, ['status', '--porcelain', '--untracked-files=no', '--', '.'])
  ])
  return { commit: status ? `${sha}-dirty` : sha, message: message || null, ref: ref || null }
}

function git(cwd: string, args: string[]): Promise<string | null> {
  return new Promise(done => {
    execFile('git', args, { cwd, timeout: 5_000 }, (error, stdout) => done(error ? null : stdout.trim()))
  })
}
