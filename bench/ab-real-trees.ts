// Two checkouts of the analyzer against each other on real trees, alternating in one process (the method of
// the real-trees speed passes, bench/corpora/results/real-trees-*.md): after two warm-ups, each round runs a
// bare directory walk, then A's and B's scan + analyze in alternating order, and records process CPU time
// (user + system), which a loaded machine moves much less than wall time. Prints a markdown table: least and
// median CPU ms per tree, B/A of the least, and each side's least over the walk's least.
//
//   npx tsx bench/ab-real-trees.ts <code-root-a> <code-root-b> <rounds> <tree-dir …>
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SourceTree } from '../src/analyzer/tree.js'
import { bareWalk } from './real-trees.js'

type Analysis = (dir: string) => unknown

async function load(root: string): Promise<Analysis> {
  const from = async (path: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(join(resolve(root), path)).href)) as Record<string, unknown>
  const scan = (await from('src/analyzer/scan.ts')).scan as (dir: string) => SourceTree
  const analyze = (await from('src/analyzer/analyze.ts')).analyze as (tree: SourceTree) => unknown
  return dir => analyze(scan(dir))
}

/** The bare walk of bench/real-trees.ts (every entry, symlinks not followed), as a file count. */
const walkFiles = (dir: string): number => bareWalk(dir, false).files

function cpu(fn: () => unknown): number {
  const used = process.cpuUsage()
  fn()
  const { user, system } = process.cpuUsage(used)
  return (user + system) / 1000
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

const [rootA, rootB, roundsArg, ...trees] = process.argv.slice(2)
if (!rootA || !rootB || !roundsArg || trees.length === 0) {
  console.error('usage: ab-real-trees.ts <code-root-a> <code-root-b> <rounds> <tree-dir …>')
  process.exit(2)
}
const [a, b] = [await load(rootA), await load(rootB)]
const rounds = Number(roundsArg)
const r = (n: number): number => Math.round(n)
console.log(
  '| tree | files | bare walk cpu | A cpu least/median | B cpu least/median | B/A (least) | A/walk | B/walk |'
)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const dir of trees) {
  const files = walkFiles(dir)
  for (let i = 0; i < 2; i++) {
    a(dir)
    b(dir)
    walkFiles(dir)
  }
  const walk: number[] = []
  const ta: number[] = []
  const tb: number[] = []
  for (let i = 0; i < rounds; i++) {
    walk.push(cpu(() => walkFiles(dir)))
    if (i % 2) {
      tb.push(cpu(() => b(dir)))
      ta.push(cpu(() => a(dir)))
    } else {
      ta.push(cpu(() => a(dir)))
      tb.push(cpu(() => b(dir)))
    }
  }
  const [wl, al, bl] = [Math.min(...walk), Math.min(...ta), Math.min(...tb)]
  const name = dir.split('/').pop()!.split('@')[0]!.replace('+', '/')
  console.log(
    `| ${name} | ${files} | ${r(wl)}/${r(median(walk))} | ${r(al)}/${r(median(ta))} | ${r(bl)}/${r(median(tb))} | ${(bl / al).toFixed(2)} | ${(al / wl).toFixed(1)}× | ${(bl / wl).toFixed(1)}× |`
  )
}
