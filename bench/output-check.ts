// Output check for changes that must not change what the analyzer says (speed work, refactors): the full
// report of every tree in the tree cache — the JSON report (apps, fields, candidates, evidence, warnings,
// content digest, stats), the files the analysis read, the file list and the human summary — written by one
// checkout of the code, then compared with what another wrote.
//
//   npx tsx bench/output-check.ts dump <code-root> <out-dir> [tree-dir …]   (default: every tree in the cache)
//   npx tsx bench/output-check.ts compare <out-dir-a> <out-dir-b>
//
// `<code-root>` is a checkout whose src/analyzer is loaded (a worktree at main for the reference, the branch
// for the change); each tree gives `<out-dir>/<tree>.json`. compare lists every tree whose file differs or
// is missing on one side and exits 1 when any does. The tree cache is /work/corpora-trees (or
// DEPLIGHT_CORPORA_TREES).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AnalysisReport } from '../src/analyzer/report.js'
import type { SourceTree } from '../src/analyzer/tree.js'

const TREES = process.env.DEPLIGHT_CORPORA_TREES ?? '/work/corpora-trees'

interface Analyzer {
  scan: (root: string) => SourceTree
  analyze: (tree: SourceTree) => AnalysisReport
  humanSummary: (report: AnalysisReport) => string
}

async function load(root: string): Promise<Analyzer> {
  const from = async (path: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(join(resolve(root), path)).href)) as Record<string, unknown>
  return {
    scan: (await from('src/analyzer/scan.ts')).scan as Analyzer['scan'],
    analyze: (await from('src/analyzer/analyze.ts')).analyze as Analyzer['analyze'],
    humanSummary: (await from('src/analyzer/summary.ts')).humanSummary as Analyzer['humanSummary']
  }
}

async function dump(root: string, out: string, given: string[]): Promise<void> {
  const a = await load(root)
  mkdirSync(out, { recursive: true })
  const trees = given.length
    ? given
    : readdirSync(TREES)
        .filter(n => n.includes('@') && !n.startsWith('.'))
        .map(n => join(TREES, n))
  for (const dir of trees) {
    let text: string
    try {
      const tree = a.scan(dir)
      const report = a.analyze(tree)
      text = JSON.stringify(
        {
          report,
          reads: tree.readPaths(),
          files: tree.files.map(f => f.path),
          summary: a.humanSummary(report)
        },
        null,
        1
      )
    } catch (error) {
      text = JSON.stringify({ error: error instanceof Error ? error.message : String(error) })
    }
    writeFileSync(join(out, `${dir.split('/').pop()!}.json`), text)
  }
  console.log(`${trees.length} trees analysed with ${root} into ${out}`)
}

function compare(a: string, b: string): number {
  const names = new Set([...readdirSync(a), ...readdirSync(b)].filter(n => n.endsWith('.json')))
  const differ: string[] = []
  for (const name of [...names].sort()) {
    const [x, y] = [join(a, name), join(b, name)]
    if (!existsSync(x) || !existsSync(y)) differ.push(`${name} (only in ${existsSync(x) ? a : b})`)
    else if (readFileSync(x, 'utf8') !== readFileSync(y, 'utf8')) differ.push(name)
  }
  for (const d of differ) console.log(`differs: ${d}`)
  console.log(`${names.size} trees, ${differ.length} differ`)
  return differ.length === 0 ? 0 : 1
}

const [command, ...args] = process.argv.slice(2)
if (command === 'dump' && args.length >= 2) await dump(args[0]!, args[1]!, args.slice(2))
else if (command === 'compare' && args.length === 2) process.exitCode = compare(args[0]!, args[1]!)
else {
  console.error(
    'usage: output-check.ts dump <code-root> <out-dir> [tree-dir …] | compare <out-dir-a> <out-dir-b>'
  )
  process.exitCode = 2
}
