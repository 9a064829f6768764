import { smokeReportMarkdown } from '../../src/stages/smoke-test-summary.js'
import { SMOKE_FAILED, SMOKE_PASSED } from './notify/fixtures.js'

test('one row per check, the load sample, and the evidence of failures folded away', () => {
  const passed = smokeReportMarkdown(SMOKE_PASSED)
  expect(passed).toContain('### Health check: ✅ passed')
  expect(passed).toContain('| health | ✅ | 200 | 2 | 38 ms | 77 ms | 90 ms | status 200 in 41 ms |')
  expect(passed).toContain('Load sample: 20 requests, 0 error(s) (0.0%), p50 38 ms, p95 77 ms, max 90 ms.')
  expect(passed).not.toContain('<details>')

  const failed = smokeReportMarkdown({
    ...SMOKE_FAILED,
    failures: [...SMOKE_FAILED.failures!, 'p95 latency 900 ms is above max-p95-ms 500 ms']
  })
  expect(failed).toContain('| health | ❌ | 404 | 31 | — | — | — | status 404, expected 2xx or 3xx |')
  expect(failed).toContain('❌ p95 latency 900 ms is above max\\-p95\\-ms 500 ms')
  expect(failed).toContain(
    '<details><summary>Evidence: health (GET https://shop.example.com/health)</summary>'
  )
  // The body's own ``` cannot close the fence.
  expect(failed).toContain('````text\nstatus: 404\ncontent-type: text/html\n\n<h1>Not Found ```</h1>\n````')
})
