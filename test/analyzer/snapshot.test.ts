// Byte-for-byte guard over everything the analyzer and its renderers produce for every fixture app (see
// scripts/analyzer-snapshot.ts): a refactor must leave each section's digest unchanged. A change meant to
// alter output updates test/fixtures/analyzer-snapshot.json with `--update-digests`, after `--out DIR` on
// the old and the new code and a `diff -r` that shows only the intended sections moving.
import { readFileSync } from 'node:fs'
import {
  DIGESTS_FILE,
  sectionDigests,
  snapshotCases,
  snapshotSections
} from '../../scripts/analyzer-snapshot.js'

const committed = JSON.parse(readFileSync(DIGESTS_FILE, 'utf8')) as Record<string, Record<string, string>>
const cases = snapshotCases()

test('every fixture has committed digests, and every digest a fixture', () => {
  expect(cases.map(c => c.name).sort()).toEqual(Object.keys(committed).sort())
})

test.each(cases.map(c => [c.name, c] as const))('%s renders the committed bytes', async (_name, c) => {
  const actual = sectionDigests(await snapshotSections(c))
  const expected = committed[c.name] ?? {}
  const changed = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].filter(
    label => actual[label] !== expected[label]
  )
  expect(changed).toEqual([])
})
