// A canonical snapshot of everything the analyzer and its renderers produce for every fixture app
// (test/fixtures/apps/* with the options of its expected file, and examples/apps/*): the --json report,
// the terminal summary, and per app the Dockerfile (plain and with a base-image registry), .dockerignore,
// tfvars, artifact paths and warnings, the PR comment (report and app scope), and what `deplight analyze
// --write` and the analyze action would write into a copy of the fixture. Refactors prove themselves by
// producing the same bytes.
//
//   npx tsx scripts/analyzer-snapshot.ts --out DIR        one text file per fixture, to `diff -r` two runs
//   npx tsx scripts/analyzer-snapshot.ts --update-digests  rewrite test/fixtures/analyzer-snapshot.json
//
// test/analyzer/snapshot.test.ts compares the digests of every section with that committed file. A change
// in output that is meant (a better port, a new hint) updates the digests in the same commit, after
// `--out` on both sides and a `diff -r` has shown that only the intended sections moved.
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AnalysisReport, AppAnalysis } from '../src/analyzer/index.js'
import { renderAppArtifacts, renderArtifacts } from '../src/analyzer/render/index.js'
import { humanSummary, jsonOutput, primaryApp } from '../src/analyzer/summary.js'
import { publishArtifacts } from '../src/stages/analyze-artifacts.js'
import { writeArtifactFiles } from '../src/cli/write-artifacts.js'
import { analyzeRepository } from '../src/pipeline/config-analyze.js'

const REPO = resolve(import.meta.dirname, '..')
export const DIGESTS_FILE = join(REPO, 'test/fixtures/analyzer-snapshot.json')
const MIRROR = 'mirror.example.com/hub'

export interface SnapshotCase {
  /** `apps/<fixture>` or `examples/<app>`. */
  name: string
  dir: string
  appDir?: string
  config?: string
}

/** Every fixture app, with the analysis options its expected file names. */
export function snapshotCases(): SnapshotCase[] {
  const cases: SnapshotCase[] = []
  const fixtures = join(REPO, 'test/fixtures')
  for (const file of readdirSync(join(fixtures, 'expected')).sort()) {
    if (!file.endsWith('.json')) continue
    const name = file.slice(0, -5)
    const expected = JSON.parse(readFileSync(join(fixtures, 'expected', file), 'utf8')) as {
      options?: { appDir?: string; config?: string }
    }
    cases.push({ name: `apps/${name}`, dir: join(fixtures, 'apps', name), ...expected.options })
  }
  const known = new Set(cases.map(c => c.name))
  for (const name of readdirSync(join(fixtures, 'apps')).sort())
    if (!known.has(`apps/${name}`)) cases.push({ name: `apps/${name}`, dir: join(fixtures, 'apps', name) })
  const examples = join(REPO, 'examples/apps')
  for (const name of readdirSync(examples, { withFileTypes: true }))
    if (name.isDirectory()) cases.push({ name: `examples/${name.name}`, dir: join(examples, name.name) })
  return cases.sort((a, b) => (a.name < b.name ? -1 : 1))
}

export type Section = [label: string, text: string]

/** The canonical output of one fixture, as labelled sections. */
export async function snapshotSections(c: SnapshotCase): Promise<Section[]> {
  // Empty-repo fixtures cannot be committed as empty directories: a missing dir stands for an empty repo.
  const scratch = mkdtempSync(join(tmpdir(), 'deplight-snapshot-'))
  try {
    const dir = existsSync(c.dir) ? c.dir : mkdirSync(join(scratch, 'empty'), { recursive: true })!
    const { report } = analyzeRepository(dir, {
      appDir: c.appDir,
      configPath: c.config ? join(c.dir, c.config) : undefined
    })
    const sections: Section[] = [
      ['report.json', json(canonicalReport(jsonOutput(report)))],
      ['summary.txt', humanSummary(report)]
    ]
    for (const app of report.apps) sections.push(...appSections(dir, report, app))
    const primary = primaryApp(report)
    if (primary) sections.push(...(await writerSections(dir, scratch, report, primary)))
    return sections
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function appSections(dir: string, report: AnalysisReport, app: AppAnalysis): Section[] {
  const existingDockerfiles = existing(dir, app)
  const plain = renderAppArtifacts(app, { existingDockerfiles })
  const mirrored = renderAppArtifacts(app, { baseImageRegistry: MIRROR, existingDockerfiles })
  const scoped = renderArtifacts(report, app, { environment: 'staging', commentScope: 'app' })
  const full = renderArtifacts(report, app, { existingDockerfiles })
  const at = `app ${app.appDir}`
  return [
    [
      `${at} artifacts.json`,
      json({
        generator: plain.generator,
        dockerfilePath: plain.dockerfilePath,
        buildContext: plain.buildContext,
        dockerignorePath: plain.dockerignorePath,
        tfvarsPath: plain.tfvarsPath,
        warnings: plain.warnings
      })
    ],
    [`${at} Dockerfile`, plain.dockerfile ?? '(none: the app has its own or no generator fits)\n'],
    [`${at} Dockerfile (${MIRROR})`, mirrored.dockerfile ?? '(none)\n'],
    [`${at} .dockerignore`, plain.dockerignore],
    [`${at} tfvars`, plain.tfvars],
    [`${at} comment (report scope)`, full.comment],
    [`${at} comment (app scope, staging)`, scoped.comment]
  ]
}

/** What `deplight analyze --write` and the analyze action do with a copy of the fixture. */
async function writerSections(
  dir: string,
  scratch: string,
  report: AnalysisReport,
  app: AppAnalysis
): Promise<Section[]> {
  const root = join(scratch, 'repo')
  cpSync(dir, root, { recursive: true })
  const outputDir = join(scratch, 'runner-temp')
  const log: string[] = []
  const published = publishArtifacts(
    { root, report, app, baseImageRegistry: null, outputDir, environment: 'production' },
    {
      setOutput: (name, value) => log.push(`output ${name}=${value}`),
      warning: (message, props) => log.push(`warning ${props?.title ?? ''}: ${message}`),
      info: message => log.push(`info ${message}`)
    }
  )
  log.push(`warnings ${published.warnings.map(w => w.code).join(' ')}`)
  for (const file of listFiles(outputDir))
    log.push(`file ${file} ${digest(readFileSync(join(outputDir, file), 'utf8'))}`)
  const place = (text: string): string => text.split(root).join('<root>').split(outputDir).join('<temp>')
  const action = place(log.join('\n'))
  return [
    ['action outputs', `${action}\n`],
    ['cli --write', await cliWrite(root, report, app)]
  ]
}

async function cliWrite(root: string, report: AnalysisReport, app: AppAnalysis): Promise<string> {
  const before = new Set(listFiles(root))
  const lines: string[] = []
  const result = await writeArtifactFiles(root, report, app, { force: false })
  for (const file of result.files) lines.push(`${file.outcome} ${file.path}`)
  for (const file of listFiles(root))
    if (!before.has(file)) lines.push(`new ${file} ${digest(readFileSync(join(root, file), 'utf8'))}`)
  lines.push(`warnings ${result.warnings.map(w => w.code).join(' ')}`)
  return `${lines.join('\n')}\n`
}

function existing(dir: string, app: AppAnalysis): Record<string, string> {
  if (!app.dockerfile) return {}
  const path = join(dir, app.dockerfile)
  return existsSync(path) ? { [app.dockerfile]: readFileSync(path, 'utf8') } : {}
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/** The report without what changes on every release (the tool version). */
function canonicalReport<T extends { report: AnalysisReport }>(out: T): T {
  return { ...out, report: { ...out.report, tool: { ...out.report.tool, version: '<version>' } } }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

export function sectionDigests(sections: Section[]): Record<string, string> {
  return Object.fromEntries(sections.map(([label, text]) => [label, digest(text)]))
}

async function main(argv: string[]): Promise<void> {
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined
  const update = argv.includes('--update-digests')
  if (!out && !update) {
    console.error('usage: analyzer-snapshot.ts --out DIR | --update-digests')
    process.exit(2)
  }
  const digests: Record<string, Record<string, string>> = {}
  for (const c of snapshotCases()) {
    const sections = await snapshotSections(c)
    digests[c.name] = sectionDigests(sections)
    if (out) {
      const file = join(out, `${c.name}.txt`)
      mkdirSync(join(file, '..'), { recursive: true })
      writeFileSync(file, sections.map(([label, text]) => `===== ${label}\n${text}`).join(''))
    }
  }
  if (update) writeFileSync(DIGESTS_FILE, json(digests))
  console.log(
    `${Object.keys(digests).length} fixtures${out ? ` written to ${out}` : ''}${update ? `, digests in ${relative(REPO, DIGESTS_FILE)}` : ''}`
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2))
