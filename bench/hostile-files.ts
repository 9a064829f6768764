// Issue 14 item 5: how long the analyzer takes on each adversarial 1 MiB file (test/support/hostile-files.ts),
// every kind × shape, each case in a worker that is stopped after --timeout seconds (so quadratic cases
// before the fix are reported as `>T s` instead of hanging the run). Prints the slowest cases.
//   npx tsx bench/hostile-files.ts [--timeout 20] [--top 40] [--filter text] [--repeat 3] [--json out.json]
// --repeat N runs every selected case N times and reports its median (the issue's examples: --filter with
// a case name, e.g. --filter 'Procfile / slashes' --repeat 5).
import { rmSync } from 'node:fs'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { caseFiles, hostileCases, timedAnalysis, writeRepo } from '../test/support/hostile-files.js'

interface Result {
  name: string
  ms: number
  timedOut: boolean
  read: boolean
  error?: string
}

if (!isMainThread) {
  const { names } = workerData as { names: string[] }
  const cases = new Map(hostileCases().map(c => [c.name, c]))
  parentPort!.postMessage({ ready: true })
  for (const name of names) {
    const c = cases.get(name)!
    const root = writeRepo(caseFiles(c))
    try {
      const timed = await timedAnalysis(root)
      parentPort!.postMessage({
        name,
        ms: timed.ms,
        timedOut: false,
        read: timed.readPaths.includes(c.kind.target)
      })
    } catch (err) {
      parentPort!.postMessage({
        name,
        ms: 0,
        timedOut: false,
        read: false,
        error: (err as Error).message.split('\n')[0]!.slice(0, 160)
      })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }
  parentPort!.postMessage({ done: true })
} else {
  const arg = (flag: string): string | undefined => {
    const i = process.argv.indexOf(flag)
    return i < 0 ? undefined : process.argv[i + 1]
  }
  const timeoutMs = Number(arg('--timeout') ?? 20) * 1000
  const top = Number(arg('--top') ?? 40)
  const filter = arg('--filter')
  const repeat = Math.max(1, Number(arg('--repeat') ?? 1))
  const selected = hostileCases()
    .map(c => c.name)
    .filter(n => !filter || n.includes(filter))
  let pending = Array.from({ length: repeat }, () => selected).flat()
  const results: Result[] = []
  const started = Date.now()
  while (pending.length > 0) {
    const names = pending
    await new Promise<void>(resolve => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { names } })
      let timer: NodeJS.Timeout
      const arm = (): void => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          const name = pending[0]!
          results.push({ name, ms: timeoutMs, timedOut: true, read: true })
          console.error(`${name}: >${timeoutMs / 1000} s (stopped)`)
          pending = pending.slice(1)
          void worker.terminate().then(() => resolve())
        }, timeoutMs)
      }
      worker.on('message', (m: Result | { done: true } | { ready: true }) => {
        if ('ready' in m) return arm()
        if ('done' in m) {
          clearTimeout(timer)
          void worker.terminate().then(() => resolve())
          return
        }
        results.push(m)
        if (m.error) console.error(`${m.name}: error ${m.error}`)
        pending = pending.slice(1)
        arm()
      })
      worker.on('error', err => {
        clearTimeout(timer)
        results.push({ name: pending[0]!, ms: 0, timedOut: false, read: false, error: err.message })
        pending = pending.slice(1)
        resolve()
      })
    })
  }
  // One row per case: the median run (the slowest of the middle two for an even count).
  const byName = new Map<string, Result[]>()
  for (const r of results) byName.set(r.name, [...(byName.get(r.name) ?? []), r])
  const rows = [...byName.values()].map(runs => {
    const sorted = [...runs].sort((a, b) => a.ms - b.ms)
    return sorted[Math.floor(sorted.length / 2)]!
  })
  rows.sort((a, b) => b.ms - a.ms)
  console.log(
    `${rows.length} cases × ${repeat} run(s), medians, in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  for (const r of rows.slice(0, top))
    console.log(
      `${r.timedOut ? `>${(r.ms / 1000).toFixed(0)} s` : `${(r.ms / 1000).toFixed(2)} s`}\t${r.name}${r.read ? '' : '\t(target not read)'}${r.error ? `\terror: ${r.error}` : ''}`
    )
  const unread = rows.filter(r => !r.read && !r.error).map(r => r.name)
  console.log(`not read: ${unread.length}`)
  const jsonOut = arg('--json')
  if (jsonOut) (await import('node:fs')).writeFileSync(jsonOut, JSON.stringify(rows, null, 1))
}
