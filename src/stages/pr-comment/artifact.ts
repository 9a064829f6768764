// The PR analysis artifact: what the unprivileged `pull_request` job hands to the privileged `workflow_run`
// job. It is a folder of exactly two JSON files — the AnalysisReport and the pull request it claims to be
// for — and the privileged side reads it strictly as data: a fork's pull request can rewrite the workflow
// that uploads it, so every byte is attacker-chosen. Nothing else may be in it (no markdown to post, no
// links, no folders), each file and the whole folder are size-bounded before anything is parsed, and both
// files are validated against their schemas. Nothing from it is ever executed or posted verbatim.
import Ajv from 'ajv'
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisReport } from '../../analyzer/report.js'
import { ReportSchemaError, validateAnalysisReport } from '../../pipeline/analysis-report-schema.js'
import { logSafe } from '../../pipeline/log-safe.js'

export const REPORT_FILE = 'analysis.json'
export const PULL_REQUEST_FILE = 'pull-request.json'

/** Bounds checked with lstat before any file is read. */
export interface ArtifactLimits {
  reportBytes: number
  pullRequestBytes: number
  totalBytes: number
}

export const DEFAULT_LIMITS: ArtifactLimits = {
  // Generous (not measured against the corpora): a report is a few KiB per app; the bound is on attacker input.
  reportBytes: 4 * 1024 * 1024,
  pullRequestBytes: 4096,
  totalBytes: 4 * 1024 * 1024 + 4096
}

/** The pull request the unprivileged job ran for, as it recorded it (a claim, verified before use). */
export interface PullRequestClaim {
  schemaVersion: 1
  number: number
  /** The head commit the analysis ran on. */
  headSha: string
  /** `owner/repo` of the head branch (a fork's, or the base repository's). */
  headRepository: string
}

export interface AnalysisArtifact {
  report: AnalysisReport
  pullRequest: PullRequestClaim
}

export class ArtifactError extends Error {
  constructor(message: string) {
    super(`the analysis artifact was refused: ${message}`)
    this.name = 'ArtifactError'
  }
}

export const SHA = '^[0-9a-f]{40}([0-9a-f]{24})?$'
export const REPOSITORY = '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$'

const PULL_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'number', 'headSha', 'headRepository'],
  properties: {
    schemaVersion: { const: 1 },
    number: { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
    headSha: { type: 'string', pattern: SHA },
    headRepository: { type: 'string', pattern: REPOSITORY }
  }
} as const

let validatePullRequest: ReturnType<Ajv['compile']> | null = null

export function parsePullRequestClaim(value: unknown): PullRequestClaim {
  validatePullRequest ??= new Ajv({ strict: true, allErrors: false }).compile(PULL_REQUEST_SCHEMA)
  if (validatePullRequest(value)) return value as PullRequestClaim
  const error = validatePullRequest.errors?.[0]
  throw new ArtifactError(
    `${PULL_REQUEST_FILE} ${logSafe(error?.instancePath || '/')} ${error?.message ?? 'is invalid'}`
  )
}

/** Reads and validates the artifact folder the download step extracted. */
export function readAnalysisArtifact(dir: string, limits: ArtifactLimits = DEFAULT_LIMITS): AnalysisArtifact {
  let names: string[]
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error('not a directory')
    names = readdirSync(dir)
  } catch (error) {
    throw new ArtifactError(
      `${logSafe(dir)} is not a readable folder (${(error as Error).message}); download the deplight-analysis artifact there first`
    )
  }
  const expected = [REPORT_FILE, PULL_REQUEST_FILE]
  const unexpected = names.filter(name => !expected.includes(name))
  if (unexpected.length > 0)
    throw new ArtifactError(
      `it holds ${unexpected.length} unexpected entr${unexpected.length === 1 ? 'y' : 'ies'} (${unexpected
        .slice(0, 3)
        .map(n => logSafe(n.slice(0, 80)))
        .join(', ')}); only ${expected.join(' and ')} are read`
    )
  let total = 0
  for (const name of expected) {
    const limit = name === REPORT_FILE ? limits.reportBytes : limits.pullRequestBytes
    let size: number
    try {
      const stat = lstatSync(join(dir, name))
      // A link could point at any file of the privileged runner; a folder or FIFO is no JSON document.
      if (!stat.isFile()) throw new ArtifactError(`${name} is not a regular file`)
      size = stat.size
    } catch (error) {
      if (error instanceof ArtifactError) throw error
      throw new ArtifactError(
        `${name} is missing; the PR analysis workflow must upload it (see .github/workflows/pr-analysis.yml)`
      )
    }
    if (size > limit) throw new ArtifactError(`${name} is ${size} bytes, over the limit of ${limit}`)
    total += size
  }
  if (total > limits.totalBytes)
    throw new ArtifactError(`its files hold ${total} bytes, over the limit of ${limits.totalBytes}`)
  const report = (() => {
    try {
      return validateAnalysisReport(readJson(dir, REPORT_FILE, limits.reportBytes))
    } catch (error) {
      if (error instanceof ReportSchemaError)
        throw new ArtifactError(`${REPORT_FILE} is not a valid AnalysisReport: ${error.message}`)
      throw error
    }
  })()
  const pullRequest = parsePullRequestClaim(readJson(dir, PULL_REQUEST_FILE, limits.pullRequestBytes))
  return { report, pullRequest }
}

function readJson(dir: string, name: string, limit: number): unknown {
  // Checked as a regular file under the limit just before; opening without following links and reading
  // at most limit + 1 bytes keeps both true even if the file were swapped in between.
  const fd = openSync(join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW)
  let bytes: Buffer
  try {
    const buffer = Buffer.alloc(limit + 1)
    let length = 0
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null)
    if (length > limit) throw new ArtifactError(`${name} grew over the limit of ${limit} bytes while read`)
    bytes = buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ArtifactError(`${name} is not UTF-8 text`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ArtifactError(`${name} is not JSON`)
  }
}
