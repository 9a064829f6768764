import { ganttChart, runSummaryMarkdown } from '../../../src/stages/notify/render-summary.js'
import { pullRequestSection } from '../../../src/stages/notify/render-pr.js'
import { T0 } from './fixtures.js'
import { failureRun, successRun } from './records.js'

test('job summary: headline, eight-stage table, gantt of measured stages, links', () => {
  const md = runSummaryMarkdown(successRun())
  expect(md).toContain('### ✅ Deployed shop to production')
  expect(md).toContain(
    '| 3 | Image build | ✅ success | 41.2 s | built 3f9c2b1a7d4e5f60718293a4b5c6d7e8f9012345 |'
  )
  expect(md).toContain(
    '| 6 | Service rollout | ✅ success | 1m 35s | shop runs 3f9c2b1a7d4e5f60718293a4b5c6d7e8f9012345 |'
  )
  expect(md).toContain('**Service:** [https\u200b://shop\\.example\\.com](https://shop.example.com)')
  expect(md).toContain('**Smoke p95:** 77 ms')
  // A code span shows the branch as it is (no entities, which would show literally there).
  expect(md).toContain('ref `feature/<b>fast</b>&checkout`')
  // Markdown only: no raw HTML tags outside code (GitHub strips most of them).
  expect(md.replace(/```mermaid[\s\S]*?```/, '').replace(/`[^`]*`/g, '')).not.toMatch(
    /<(?!\/?details|\/?summary)[a-z]/i
  )
  expect(md.split('\n').filter(l => /^\| \d /.test(l))).toHaveLength(8)
})

test('gantt: one task per measured stage on a millisecond axis; failures are critical', () => {
  const chart = ganttChart(failureRun())!
  const lines = chart.split('\n')
  expect(lines.slice(0, 6)).toEqual([
    '```mermaid',
    'gantt',
    '  title Stage timing',
    '  dateFormat x',
    '  axisFormat %M:%S',
    '  section Run'
  ])
  expect(lines).toContain(
    `  Image build (41.2 s) :done, s3, ${T0 + 55_000 - 6_300 - 41_200}, ${T0 + 55_000 - 6_300}`
  )
  expect(lines).toContain(`  Health check (5m 00s) :crit, s7, ${T0 + 175_000 - 300_000}, ${T0 + 175_000}`)
  expect(lines.some(l => l.includes('Code analysis'))).toBe(false)
  expect(lines.at(-1)).toBe('```')
})

test('PR section: the result, a compact stage table and why it failed', () => {
  const md = pullRequestSection(failureRun())
  expect(md).toContain('### ❌ Deploy of shop to production failed')
  expect(md).toContain('| Health check | ❌ | 5m 00s |')
  // `:` is defused by a zero-width space (no autolinks from details)
  expect(md).toContain('**Health check:** health\u200b: status 404, expected 2xx or 3xx')
  expect(md).toContain('[open the service](https://shop.example.com)')
})
