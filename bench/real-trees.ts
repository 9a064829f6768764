// Real-trees bench (issue 16 item 12): on the largest exported corpus trees and the six the speed passes
// profile (NAMED_TREES), measure in the same process a bare directory walk, a walk that also reads every
// file, and our analysis (scan + analyze), as medians of several runs, and the ratio analysis / bare walk (target ≤ 3×); the walk and the analysis also as CPU time
// (least of the runs), which a loaded machine moves much less than wall time. Two floors beside them say what an
// analysis could not go below: a walk that stats every file (what the report's stats cost before
// stats.readBytes replaced the sum of every file's size) and reading just the files the analysis reads (their paths from
// the tree after one analysis). Skips with a message when the tree cache (/work/corpora-trees, or
// DEPLIGHT_CORPORA_TREES) is absent, as in CI.
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { analyze } from '../src/analyzer/analyze.js'
import { scan } from '../src/analyzer/scan.js'

export const TREES_ROOT = process.env.DEPLIGHT_CORPORA_TREES ?? '/work/corpora-trees'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** How many of the largest trees (by file count) to measure. */
const LARGEST = Number(process.env.BENCH_REAL_TREES ?? 6)
/**
 * The trees the real-trees passes profile (bench/corpora/results/real-trees-2026-12-07*.md), measured beside
 * the largest whenever the cache holds them: 4,600–7,500 files each, the cases of issue 16 item 12.
 */
export const NAMED_TREES = [
  'Mintplex-Labs+anything-llm',
  'growthbook+growthbook',
  'bitwarden+server',
  'laurent22+joplin',
  'saleor+saleor',
  'DefectDojo+django-DefectDojo'
]

export interface RealTreeRow {
  tree: string
  files: number
  mb: number
  walkMs: number
  walkReadMs: number
  /** Bare walk plus one stat per file (what summing every file's size costs). */
  walkStatMs: number
  /** Reading only the files one analysis reads. */
  analysisReads: number
  analysisReadMs: number
  analysisMs: number
  ratio: number
  /**
   * The same two as process CPU time (user + system), the least of the runs each: on a shared machine the
   * wall-clock medians move with the load, CPU minima much less.
   */
  walkCpuMs: number
  analysisCpuMs: number
  cpuRatio: number
}

/**
 * Every directory entry, recursively; symlinks are not followed. Returns files seen and their bytes (read:
 * each file's content is read; stat: each file is stat'ed for its size).
 */
export function bareWalk(dir: string, read: boolean, stat = false): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  const stack = [dir]
  while (stack.length > 0) {
    const current = stack.pop()!
    let entries: Dirent[]
    try {
      entries = readdirSync(current, { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries) {
      const path = join(current, e.name)
      if (e.isDirectory()) stack.push(path)
      else if (e.isFile()) {
        files++
        if (read) bytes += readFileSync(path).length
        else if (stat) bytes += statSync(path).size
      }
    }
  }
  return { files, bytes }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function timed(fn: () => unknown): number[] {
  return timedBoth(fn).wall
}

/** Wall-clock and CPU milliseconds of each run, after a warm-up run. */
function timedBoth(fn: () => unknown): { wall: number[]; cpu: number[] } {
  fn() // warm-up: OS file cache, JIT
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const used = process.cpuUsage()
    const start = performance.now()
    fn()
    wall.push(performance.now() - start)
    const { user, system } = process.cpuUsage(used)
    cpu.push((user + system) / 1000)
  }
  return { wall, cpu }
}

const round = (n: number): number => Math.round(n * 10) / 10

export function benchRealTrees(): RealTreeRow[] | null {
  if (!existsSync(TREES_ROOT)) {
    console.log(`real trees: skipped (${TREES_ROOT} is absent; set DEPLIGHT_CORPORA_TREES to a tree cache)`)
    return null
  }
  const trees = readdirSync(TREES_ROOT, { withFileTypes: true })
    .filter(e => e.isDirectory())
    .map(e => {
      const dir = join(TREES_ROOT, e.name)
      const { files, bytes } = bareWalk(dir, true)
      return { name: e.name.split('@')[0]!, dir, files, mb: bytes / 1e6 }
    })
    .sort((a, b) => b.files - a.files)
    .filter((t, i) => i < LARGEST || NAMED_TREES.includes(t.name))
  const rows: RealTreeRow[] = trees.map(t => {
    const walk = timedBoth(() => bareWalk(t.dir, false))
    const walkMs = median(walk.wall)
    const walkReadMs = median(timed(() => bareWalk(t.dir, true)))
    const walkStatMs = median(timed(() => bareWalk(t.dir, false, true)))
    const analysed = scan(t.dir)
    analyze(analysed)
    const reads = analysed.readPaths().map(p => join(t.dir, p))
    const analysisReadMs = median(timed(() => reads.reduce((n, p) => n + readFileSync(p).length, 0)))
    const analysis = timedBoth(() => analyze(scan(t.dir)))
    const analysisMs = median(analysis.wall)
    const walkCpuMs = Math.min(...walk.cpu)
    const analysisCpuMs = Math.min(...analysis.cpu)
    return {
      tree: t.name,
      files: t.files,
      mb: round(t.mb),
      walkMs: round(walkMs),
      walkReadMs: round(walkReadMs),
      walkStatMs: round(walkStatMs),
      analysisReads: reads.length,
      analysisReadMs: round(analysisReadMs),
      analysisMs: round(analysisMs),
      ratio: Math.round((analysisMs / walkMs) * 100) / 100,
      walkCpuMs: round(walkCpuMs),
      analysisCpuMs: round(analysisCpuMs),
      cpuRatio: Math.round((analysisCpuMs / walkCpuMs) * 100) / 100
    }
  })
  console.log(
    `\nreal trees — the ${LARGEST} largest in ${TREES_ROOT} and the named ones of issue 16 item 12 present (${rows.length} in all), median of ${RUNS} runs after a warm-up, same process (target: analysis ≤ 3× bare walk)`
  )
  const header = [
    'tree',
    'files',
    'MB',
    'walk ms',
    'walk+read ms',
    'walk+stat ms',
    'files read',
    'read them ms',
    'analysis ms',
    'analysis/walk',
    'walk cpu',
    'analysis cpu',
    'cpu ratio'
  ]
  const cells = rows.map(r => [
    r.tree,
    String(r.files),
    r.mb.toFixed(1),
    r.walkMs.toFixed(1),
    r.walkReadMs.toFixed(1),
    r.walkStatMs.toFixed(1),
    String(r.analysisReads),
    r.analysisReadMs.toFixed(1),
    r.analysisMs.toFixed(1),
    r.ratio.toFixed(2),
    r.walkCpuMs.toFixed(1),
    r.analysisCpuMs.toFixed(1),
    r.cpuRatio.toFixed(2)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i]!.length)))
  const line = (c: string[]): string =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ')
  console.log(
    'walk+stat: the walk plus one stat per file (the scan no longer stats); files read / read them: the files one analysis reads, and reading just those'
  )
  console.log(
    'walk cpu / analysis cpu: process CPU ms (user + system), least of the runs — steadier than wall time on a shared machine; cpu ratio = analysis cpu / walk cpu'
  )
  console.log(line(header))
  for (const c of cells) console.log(line(c))
  const worst = Math.max(...rows.map(r => r.ratio))
  const worstCpu = Math.max(...rows.map(r => r.cpuRatio))
  console.log(
    `worst analysis/walk ratio ${worst.toFixed(2)} wall, ${worstCpu.toFixed(2)} cpu (${worst <= 3 ? 'within' : 'OVER'} the 3× target)`
  )
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) benchRealTrees()
