// precedence.ts is read top to bottom as "what wins": every table must be in that order, at the two
// decimals the merge compares, and stay between the fallback and the override.
import { CONFIDENCE } from '../../src/analyzer/candidate.js'
import * as precedence from '../../src/analyzer/precedence.js'

const round = (n: number): number => Math.round(n * 100) / 100
// DEMOTION holds steps down, not tiers.
const tables = Object.entries(precedence as Record<string, unknown>).filter(
  (entry): entry is [string, Record<string, number>] =>
    typeof entry[1] === 'object' && entry[0] !== 'DEMOTION'
)

test('there are tables for the fields a provider proposes', () => {
  expect(tables.map(([name]) => name).sort()).toEqual(
    ['BUILD', 'HEALTH', 'PACKAGE_MANAGER', 'PORT', 'RESOURCES', 'RUNTIME_VERSION', 'STACK', 'START'].sort()
  )
})

test.each(tables)('%s lists its tiers strongest first', (_name, table) => {
  const values = Object.values(table).map(round)
  expect(values).toEqual([...values].sort((a, b) => b - a))
  for (const value of values) {
    expect(value).toBeLessThan(CONFIDENCE.override)
    expect(value).toBeGreaterThan(precedence.NOTHING_FOUND)
  }
})

test('demotions are small steps (at most 0.1)', () => {
  for (const step of Object.values(precedence.DEMOTION)) expect(step).toBeLessThanOrEqual(0.1)
})

test('the named cross-field tiers are the ones the tables use', () => {
  expect(precedence.PORT.deployFile).toBe(precedence.DEPLOY_FILE)
  expect(precedence.START.deployFile).toBe(precedence.DEPLOY_FILE)
  expect(precedence.HEALTH.deployFile).toBe(precedence.DEPLOY_FILE)
  expect(precedence.PORT.devComposeFile).toBe(precedence.DEV_DEPLOY_FILE)
})
