// `deplight analyze <dir> [--app-dir P] [--json|--markdown] [--write [--force] [--base-image-registry R]]
// [--cache-dir D]`. Kept light on imports: the analyze stage with the local directory cache and no AWS
// client, so the command starts fast.
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { AnalyzeError, ScanError, type AnalysisReport } from '../analyzer/index.js'
import { humanSummary, jsonOutput, primaryApp } from '../analyzer/summary.js'
import { fileCacheBackend, FILE_MAX_ITEM_BYTES } from '../pipeline/analysis-cache/file-backend.js'
import { ConfigError } from '../pipeline/config.js'
import { formatDuration } from '../pipeline/duration.js'
import { logSafe } from '../pipeline/log-safe.js'
import { analyzeStage } from '../stages/analyze.js'
import type { CliIo } from './main.js'
import { writeArtifacts } from './write-artifacts.js'

export interface AnalyzeArgs {
  dir: string
  appDir?: string
  config?: string
  format: 'human' | 'json' | 'markdown'
  write: boolean
  force: boolean
  baseImageRegistry?: string
  /** Local analysis cache directory (created when missing). */
  cacheDir?: string
}

/** Cached analyses stay valid this long; the key already changes with any input that matters. */
const CLI_CACHE_TTL_SECONDS = 30 * 86400

/** Bad command-line input: printed as one line, exit code 2. */
export class UsageError extends Error {}

export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs {
  const args: Partial<AnalyzeArgs> & { format: AnalyzeArgs['format'] } = {
    format: 'human',
    write: false,
    force: false
  }
  const positional: string[] = []
  const valueOf = (flag: string, i: number): string => {
    const v = argv[i + 1]
    if (v === undefined || v.startsWith('--'))
      throw new UsageError(`${flag} needs a value, e.g. ${flag} apps/web`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!
    const [flag, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined]
    const take = (): string => inline ?? valueOf(flag, i++)
    switch (flag) {
      case '--app-dir':
        args.appDir = take()
        break
      case '--config':
        args.config = take()
        break
      case '--base-image-registry':
        args.baseImageRegistry = take()
        break
      case '--cache-dir':
        args.cacheDir = take()
        break
      case '--json':
      case '--markdown': {
        const format = flag === '--json' ? 'json' : 'markdown'
        if (args.format !== 'human' && args.format !== format)
          throw new UsageError('--json and --markdown are exclusive; pick one')
        args.format = format
        break
      }
      case '--write':
        args.write = true
        break
      case '--force':
        args.force = true
        break
      default:
        if (flag.startsWith('-'))
          throw new UsageError(`unknown option '${flag}' for analyze; see 'deplight --help'`)
        positional.push(flag)
    }
  }
  if (positional.length > 1)
    throw new UsageError(`analyze takes one directory, got ${positional.length}: ${positional.join(' ')}`)
  if (args.force && !args.write) throw new UsageError('--force only applies with --write')
  if (args.baseImageRegistry && !args.write && args.format !== 'markdown')
    throw new UsageError('--base-image-registry only applies with --write or --markdown')
  return { ...args, dir: positional[0] ?? '.' } as AnalyzeArgs
}

export async function analyzeCommand(argv: string[], io: CliIo): Promise<number> {
  let args: AnalyzeArgs
  let report: AnalysisReport
  try {
    args = parseAnalyzeArgs(argv)
    if (!existsSync(args.dir))
      throw new UsageError(`${args.dir} does not exist; pass the path of a repository directory`)
    if (!statSync(args.dir).isDirectory())
      throw new UsageError(`${args.dir} is not a directory; pass the path of a repository directory`)
    if (args.cacheDir && existsSync(args.cacheDir) && !statSync(args.cacheDir).isDirectory())
      throw new UsageError(
        `--cache-dir ${args.cacheDir} is a file; pass a directory (it is created if missing)`
      )
    const outcome = await analyzeStage(
      { root: args.dir, appDir: args.appDir, configPath: args.config },
      {
        cache: args.cacheDir
          ? {
              backend: fileCacheBackend(resolve(args.cacheDir)),
              ttlSeconds: CLI_CACHE_TTL_SECONDS,
              maxItemBytes: FILE_MAX_ITEM_BYTES
            }
          : null,
        remote: null,
        llm: null,
        info: () => undefined,
        warning: message => io.stderr.write(`deplight analyze: warning: ${logSafe(message)}\n`)
      }
    )
    report = outcome.report
    const cache = outcome.cache
    // stderr, so --json and --markdown output stays exactly the report.
    if (cache.status === 'hit')
      io.stderr.write(
        `deplight analyze: cache hit in ${formatDuration(cache.lookupMs)} (the analysis took ${formatDuration(cache.analysisMs)})\n`
      )
    else if (cache.status === 'miss')
      io.stderr.write(
        `deplight analyze: cache miss; analysed in ${formatDuration(cache.analysisMs)}${cache.stored ? ' and stored' : ''}\n`
      )
  } catch (err) {
    if (
      err instanceof UsageError ||
      err instanceof ConfigError ||
      err instanceof AnalyzeError ||
      err instanceof ScanError
    ) {
      io.stderr.write(`deplight analyze: ${logSafe(err.message)}\n`)
      return 2
    }
    throw err
  }

  if (args.format === 'json') io.stdout.write(`${JSON.stringify(jsonOutput(report), null, 2)}\n`)
  else if (args.format === 'markdown') io.stdout.write(await pullRequestComment(args, report))
  else io.stdout.write(humanSummary(report))

  if (args.write) {
    const app = primaryApp(report)
    if (!app) {
      io.stderr.write('deplight analyze: --write found no deployable app to write files for\n')
      return 2
    }
    return writeArtifacts(
      args.dir,
      report,
      app,
      { force: args.force, baseImageRegistry: args.baseImageRegistry },
      io
    )
  }
  return 0
}

/** `--markdown` prints exactly the PR comment the analyze action posts (renderer loaded only here). */
async function pullRequestComment(args: AnalyzeArgs, report: AnalysisReport): Promise<string> {
  const app = primaryApp(report)
  if (!app) {
    const reasons = report.warnings.map(w => `- ${w.message}`).join('\n')
    return `## deplight analysis\n\nNo deployable app found.\n${reasons ? `\n${reasons}\n` : ''}`
  }
  const [{ renderArtifacts }, { readExistingDockerfile }] = await Promise.all([
    import('../analyzer/render/index.js'),
    import('./write-artifacts.js')
  ])
  const rendered = renderArtifacts(report, app, {
    baseImageRegistry: args.baseImageRegistry ?? null,
    existingDockerfiles: readExistingDockerfile(args.dir, app)
  })
  return `${rendered.comment}\n`
}
