// The results file of one scoring run: bench/corpora/results/<corpus>-<date>-<analyzer commit>.md, with the
// per-field figures, the all-fields-right share and every miss beside the truth's note on where the value
// was read. The analyzer commit is the last commit that changed src/ in this checkout (the analyzer's own
// code, whatever bench/ or test/ commits sit on top); `-dirty` is appended when src/ has uncommitted
// changes, so a figure is never attributed to a commit that did not produce it.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Summary } from '../real-repos.js'

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface AnalyzerRevision {
  /** Last commit that changed src/. */
  commit: string
  /** The checkout's HEAD (may carry bench/test commits on top of `commit`). */
  head: string
  dirty: boolean
}

export function analyzerRevision(root: string = REPO_ROOT): AnalyzerRevision {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  try {
    return {
      commit: git('log', '-1', '--format=%H', '--', 'src'),
      head: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--', 'src') !== ''
    }
  } catch {
    return { commit: 'unknown', head: 'unknown', dirty: true }
  }
}

export interface ResultsInput {
  corpus: string
  truthFile: string
  summary: Summary
  /** Apps whose tree was absent (not scored). */
  missing: string[]
  only?: string[]
  revision?: AnalyzerRevision
  date?: Date
}

const pct = (ok: number, total: number): string =>
  total === 0 ? '–' : `${((100 * ok) / total).toFixed(1)} %`
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function resultsMarkdown(input: ResultsInput, fileName: string): string {
  const { summary: s, revision = analyzerRevision(), date = new Date() } = input
  const day = date.toISOString().slice(0, 10)
  const lines = [
    `# ${input.corpus} corpus — analyzer at ${revision.commit.slice(0, 12)}${revision.dirty ? ' (src/ modified)' : ''}, ${day}`,
    '',
    `Written by \`npx tsx bench/real-repos.ts ${input.truthFile} --trees <tree cache> --results ${dirname(fileName)}\`` +
      (input.only ? ` (only: ${input.only.join(', ')})` : '') +
      '.',
    `Analyzer: src/ as of commit \`${revision.commit}\`${revision.dirty ? ' with uncommitted changes under src/' : ''}` +
      (revision.head !== revision.commit ? ` (checkout HEAD \`${revision.head}\`)` : '') +
      '.',
    '',
    `Apps scored: **${s.repos}**; every scored field right: **${s.allRight}/${s.repos} (${pct(s.allRight, s.repos)})**.`,
    ...(input.missing.length
      ? [`Trees absent, not scored (${input.missing.length}): ${input.missing.join(', ')}.`]
      : []),
    '',
    '| field | correct | scored | accuracy |',
    '|---|---:|---:|---:|'
  ]
  for (const [field, { ok, total }] of Object.entries(s.fields))
    lines.push(`| ${field === 'appDir' ? 'primary app' : field} | ${ok} | ${total} | ${pct(ok, total)} |`)
  lines.push(
    '',
    'healthPath is scored only on apps that have a health route; runtimeVersion null in the truth means',
    'nothing in the repository pins the version. A health path reported for an app without one is listed',
    'under false health paths, not counted as a miss.',
    '',
    '| ecosystem | apps | fields right |',
    '|---|---:|---:|'
  )
  for (const [eco, { repos, ok, total }] of Object.entries(s.byEcosystem).sort())
    lines.push(`| ${eco} | ${repos} | ${ok}/${total} (${pct(ok, total)}) |`)
  lines.push(
    '',
    `## Misses (${s.misses.length})`,
    '',
    '| app | field | truth | got | truth read at |',
    '|---|---|---|---|---|'
  )
  for (const m of s.misses)
    lines.push(`| ${m.id} | ${m.field} | ${cell(m.expected)} | ${cell(m.got)} | ${cell(m.note ?? '')} |`)
  if (s.falseHealth.length) {
    lines.push('', `## False health paths (${s.falseHealth.length})`, '')
    for (const f of s.falseHealth) lines.push(`- ${f.id}: reported \`${f.got}\`, the app has no health route`)
  }
  if (s.errors.length) {
    lines.push('', `## Errors (${s.errors.length})`, '')
    for (const e of s.errors) lines.push(`- ${e.id}: ${cell(e.error)}`)
  }
  return lines.join('\n') + '\n'
}

/** Writes the results file into `dir` and returns its path. */
export function writeResults(dir: string, input: ResultsInput): string {
  const revision = input.revision ?? analyzerRevision()
  const date = input.date ?? new Date()
  const name = `${input.corpus}-${date.toISOString().slice(0, 10)}-${revision.commit.slice(0, 12)}${revision.dirty ? '-dirty' : ''}.md`
  const file = join(dir, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, resultsMarkdown({ ...input, revision, date }, relative(process.cwd(), file)))
  return file
}
