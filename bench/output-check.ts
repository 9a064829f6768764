// Output check for changes that must not change what the analyzer says (speed work, refactors): the full
// report of every tree in the tree cache — the JSON report (apps, fields, candidates, evidence, warnings,
// content digest, stats), the files the analysis read, the file list and the human summary — written by one
// checkout of the code, then compared with what another wrote.
//
//   npx tsx bench/output-check.ts dump <code-root> <out-dir> [tree-dir …]   (default: every tree in the cache)
//   npx tsx bench/output-check.ts compare [--reads-may-differ] <out-dir-a> <out-dir-b>
//
// `--reads-may-differ` compares what the analysis reads may change without changing what it says (the lead's
// decision for issue 16 item 12): it leaves out the content digest, `stats.readBytes`, the list of files
// read, and every app's health-path alternatives (they may shrink when cheaper evidence decided the path).
// Everything else — the apps, every field's value, confidence, source and evidence, the other fields'
// alternatives, the warnings, the file list and the summary — must still be identical.
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

interface Dumped {
  report?: {
    contentDigest?: unknown
    stats?: { readBytes?: unknown }
    apps?: { healthPath?: { alternatives?: unknown } }[]
  }
  reads?: unknown
}

/**
 * A dump without what may follow the files the analysis reads (see `--reads-may-differ` above), and, with
 * `alternatives`, without the health path's alternatives as well.
 */
function withoutReads(text: string, alternatives: boolean): string {
  const d = JSON.parse(text) as Dumped
  delete d.reads
  if (d.report) {
    delete d.report.contentDigest
    if (d.report.stats) delete d.report.stats.readBytes
    if (alternatives)
      for (const app of d.report.apps ?? []) if (app.healthPath) delete app.healthPath.alternatives
  }
  return JSON.stringify(d)
}

function compare(a: string, b: string, readsMayDiffer: boolean): number {
  const names = new Set([...readdirSync(a), ...readdirSync(b)].filter(n => n.endsWith('.json')))
  const differ: string[] = []
  const alternativesOnly: string[] = []
  let readsOnly = 0
  for (const name of [...names].sort()) {
    const [x, y] = [join(a, name), join(b, name)]
    if (!existsSync(x) || !existsSync(y)) {
      differ.push(`${name} (only in ${existsSync(x) ? a : b})`)
      continue
    }
    const [tx, ty] = [readFileSync(x, 'utf8'), readFileSync(y, 'utf8')]
    if (tx === ty) continue
    if (readsMayDiffer && withoutReads(tx, false) === withoutReads(ty, false)) readsOnly++
    else if (readsMayDiffer && withoutReads(tx, true) === withoutReads(ty, true)) alternativesOnly.push(name)
    else differ.push(name)
  }
  for (const d of differ) console.log(`differs: ${d}`)
  // Allowed only where the chosen health path came from cheaper evidence: listed to be checked.
  for (const d of alternativesOnly) console.log(`health alternatives differ: ${d}`)
  const also = readsMayDiffer
    ? `; ${readsOnly} more in reads, digest or readBytes only, ${alternativesOnly.length} in health alternatives`
    : ''
  console.log(`${names.size} trees, ${differ.length} differ${also}`)
  return differ.length === 0 ? 0 : 1
}

const [command, ...args] = process.argv.slice(2)
if (command === 'dump' && args.length >= 2) await dump(args[0]!, args[1]!, args.slice(2))
else if (command === 'compare' && args.filter(a => !a.startsWith('--')).length === 2) {
  const [a, b] = args.filter(a => !a.startsWith('--'))
  process.exitCode = compare(a!, b!, args.includes('--reads-may-differ'))
} else {
  console.error(
    'usage: output-check.ts dump <code-root> <out-dir> [tree-dir …] | compare [--reads-may-differ] <out-dir-a> <out-dir-b>'
  )
  process.exitCode = 2
}
