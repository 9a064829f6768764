// Analyzer bench: ours vs @vercel/fs-detectors and @netlify/framework-info on the same fixture trees in the
// same process (per-repo medians and the ratio), a synthetic 100,000-file monorepo, and the cold start of
// `deplight analyze`. Run: `npx tsx bench/analyzer.ts` or `npm run bench`. BENCH_RUNS sets the run count.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { frameworks as vercelFrameworks } from '@vercel/frameworks'
import { detectFrameworkRecord, LocalFileSystemDetector } from '@vercel/fs-detectors'
import { listFrameworks } from '@netlify/framework-info'
import { analyze } from '../src/analyzer/analyze.js'
import { scan } from '../src/analyzer/scan.js'
import { primaryApp } from '../src/analyzer/summary.js'
import { benchRealTrees } from './real-trees.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
// @vercel/frameworks' literal types are narrower than the detector's parameter type; same data.
const VERCEL_LIST = vercelFrameworks as unknown as Parameters<
  typeof detectFrameworkRecord
>[0]['frameworkList']
const REPO_ROOT = resolve(import.meta.dirname, '..')
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'apps')

export interface AnalyzerBench {
  runs: number
  repos: {
    name: string
    oursMs: number
    vercelMs: number
    netlifyMs: number
    ours: string
    vercel: string
    netlify: string
  }[]
  oursNotSlowerThanVercel: number
  medianRatio: number
  synthetic: { files: number; apps: number; medianMs: number; runsMs: number[] }
  coldStart: { how: string; medianMs: number; runsMs: number[] } | { how: string; error: string }
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

const round = (ms: number): number => Math.round(ms * 100) / 100

async function benchRepo(dir: string): Promise<AnalyzerBench['repos'][number]> {
  const ours = async () => primaryApp(analyze(scan(dir)))?.framework.value ?? '—'
  const vercel = async () =>
    (await detectFrameworkRecord({ fs: new LocalFileSystemDetector(dir), frameworkList: VERCEL_LIST }))
      ?.slug ?? '—'
  const netlify = async () => (await listFrameworks({ projectDir: dir }))[0]?.id ?? '—'
  const result: Record<string, { ms: number[]; value: string }> = {}
  for (const [name, fn] of Object.entries({ ours, vercel, netlify })) {
    await fn() // warm-up: module-level caches, JIT
    const ms: number[] = []
    let value = ''
    for (let i = 0; i < RUNS; i++) {
      const t = await time(fn)
      ms.push(t.ms)
      value = t.value
    }
    result[name] = { ms, value }
  }
  return {
    name: dir.split('/').pop()!,
    oursMs: round(median(result.ours!.ms)),
    vercelMs: round(median(result.vercel!.ms)),
    netlifyMs: round(median(result.netlify!.ms)),
    ours: result.ours!.value,
    vercel: result.vercel!.value,
    netlify: result.netlify!.value
  }
}

/** A pnpm monorepo of `files` files: 40 deployable apps and many library packages with nested sources. */
export function writeSyntheticMonorepo(root: string, files = 100_000): { files: number; apps: number } {
  let written = 0
  const put = (rel: string, content: string): void => {
    const abs = join(root, rel)
    mkdirSync(join(abs, '..'), { recursive: true })
    writeFileSync(abs, content)
    written++
  }
  put(
    'package.json',
    JSON.stringify({
      name: 'synthetic',
      private: true,
      devDependencies: { turbo: '^2' },
      scripts: { build: 'turbo build' }
    })
  )
  put('pnpm-workspace.yaml', "packages:\n  - 'apps/*'\n  - 'packages/*'\n")
  put('pnpm-lock.yaml', "lockfileVersion: '9.0'\n")
  const apps = 40
  for (let a = 0; a < apps; a++) {
    const next = a % 2 === 0
    put(
      `apps/app-${a}/package.json`,
      JSON.stringify({
        name: `app-${a}`,
        scripts: { start: next ? 'next start' : 'node src/server.js', build: 'tsc' },
        dependencies: next ? { next: '14' } : { express: '4' }
      })
    )
    put(
      `apps/app-${a}/src/server.js`,
      `const app = require('express')()\napp.get('/health', (q, s) => s.end())\napp.listen(process.env.PORT || ${3000 + a})\n`
    )
  }
  let pkg = 0
  while (written < files) {
    const base = `packages/pkg-${pkg++}`
    put(`${base}/package.json`, JSON.stringify({ name: `pkg-${pkg}`, main: 'src/index.js' }))
    for (let d = 0; d < 10 && written < files; d++) {
      for (let f = 0; f < 50 && written < files; f++)
        put(`${base}/src/mod-${d}/nested/file-${f}.js`, `export const v${f} = ${f}\n`)
    }
  }
  return { files: written, apps }
}

function coldStart(fixture: string): AnalyzerBench['coldStart'] {
  const measure = (cmd: string, args: string[]): number[] => {
    const ms: number[] = []
    for (let i = 0; i < RUNS + 1; i++) {
      const start = performance.now()
      const r = spawnSync(cmd, args, { encoding: 'utf8' })
      const elapsed = performance.now() - start
      if (r.status !== 0 || !r.stdout.trimStart().startsWith('{'))
        throw new Error(`${cmd} ${args.join(' ')} failed: ${(r.stderr || r.stdout).split('\n')[0]}`)
      if (i > 0) ms.push(round(elapsed)) // first run warms the OS file cache
    }
    return ms
  }
  const dist = join(REPO_ROOT, 'dist', 'cli', 'index.js')
  const attempts: [string, () => [string, string[]]][] = [
    ['node dist/cli/index.js (committed bundle)', () => ['node', [dist, 'analyze', fixture, '--json']]],
    [
      'node <tmp>/index.js (fresh ncc bundle of src/cli/index.ts; dist/ is stale or missing)',
      () => {
        const out = mkdtempSync(join(tmpdir(), 'deplight-cli-bundle-'))
        execFileSync(
          join(REPO_ROOT, 'node_modules', '.bin', 'ncc'),
          ['build', join(REPO_ROOT, 'src/cli/index.ts'), '-o', out, '-q', '-t'],
          { stdio: 'ignore' }
        )
        return ['node', [join(out, 'index.js'), 'analyze', fixture, '--json']]
      }
    ],
    [
      'npx tsx src/cli/index.ts (no bundle could be built; includes tsx start-up)',
      () => ['npx', ['tsx', join(REPO_ROOT, 'src/cli/index.ts'), 'analyze', fixture, '--json']]
    ]
  ]
  const errors: string[] = []
  for (const [how, prepare] of attempts) {
    if (how.startsWith('node dist') && !existsSync(dist)) continue
    try {
      const [cmd, args] = prepare()
      const runs = measure(cmd, args)
      return { how, medianMs: median(runs), runsMs: runs }
    } catch (err) {
      errors.push(`${how}: ${(err as Error).message}`)
    }
  }
  return { how: 'none', error: errors.join(' | ') }
}

export async function benchAnalyzer(): Promise<AnalyzerBench> {
  const names = readdirSync(FIXTURES).sort()
  const repos: AnalyzerBench['repos'] = []
  for (const name of names) repos.push(await benchRepo(join(FIXTURES, name)))

  const synthRoot = mkdtempSync(join(tmpdir(), 'deplight-synthetic-'))
  let synthetic: AnalyzerBench['synthetic']
  try {
    const shape = writeSyntheticMonorepo(synthRoot)
    const runsMs: number[] = []
    let apps = 0
    for (let i = 0; i < RUNS + 1; i++) {
      const t = await time(() => analyze(scan(synthRoot)))
      if (i > 0) runsMs.push(round(t.ms))
      apps = t.value.apps.length
    }
    synthetic = { files: shape.files, apps, medianMs: median(runsMs), runsMs }
  } finally {
    rmSync(synthRoot, { recursive: true, force: true })
  }

  const ratios = repos.map(r => r.oursMs / r.vercelMs)
  const result: AnalyzerBench = {
    runs: RUNS,
    repos,
    oursNotSlowerThanVercel: repos.filter(r => r.oursMs <= r.vercelMs).length,
    medianRatio: round(median(ratios)),
    synthetic,
    coldStart: coldStart(join(FIXTURES, 'express-basic'))
  }
  print(result)
  benchRealTrees()
  return result
}

function print(r: AnalyzerBench): void {
  const header = [
    'repo',
    'ours ms',
    'vercel ms',
    'netlify ms',
    'ours/vercel',
    'ours framework (all fields)',
    'vercel',
    'netlify'
  ]
  const rows = r.repos.map(x => [
    x.name,
    x.oursMs.toFixed(2),
    x.vercelMs.toFixed(2),
    x.netlifyMs.toFixed(2),
    (x.oursMs / x.vercelMs).toFixed(2),
    x.ours,
    x.vercel,
    x.netlify
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(row => row[i]!.length)))
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  console.log(
    `analyzer bench — ${r.repos.length} fixture repos, median of ${r.runs} runs each after a warm-up, same process`
  )
  console.log(line(header))
  console.log(line(widths.map(w => '-'.repeat(w))))
  for (const row of rows) console.log(line(row))
  const named = (k: 'ours' | 'vercel' | 'netlify'): number =>
    r.repos.filter(x => x[k] !== '—' && x[k] !== 'none').length
  console.log(
    `\nours no slower than vercel on ${r.oursNotSlowerThanVercel}/${r.repos.length} repos; median ours/vercel ratio ${r.medianRatio}`
  )
  console.log(
    `framework named (not none/—): ours ${named('ours')}, vercel ${named('vercel')}, netlify ${named('netlify')} of ${r.repos.length}`
  )
  console.log(
    `synthetic monorepo: ${r.synthetic.files} files, ${r.synthetic.apps} apps — median ${r.synthetic.medianMs} ms (runs ${r.synthetic.runsMs.join(', ')}; budget 1500 ms)`
  )
  if ('error' in r.coldStart) console.log(`cold start: not measured (${r.coldStart.error})`)
  else
    console.log(
      `cold start of 'deplight analyze --json' via ${r.coldStart.how}: median ${r.coldStart.medianMs} ms (runs ${r.coldStart.runsMs.join(', ')}; budget 300 ms)`
    )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchAnalyzer()
}
