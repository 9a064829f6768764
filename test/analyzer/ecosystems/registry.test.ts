// The registry is the one place an ecosystem is wired in: these checks catch a folder that was never
// registered, a language no generator builds, and two generators claiming the same id or language.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ECOSYSTEMS, GENERATORS, PROVIDERS } from '../../../src/analyzer/ecosystems/index.js'
import { generatorFor } from '../../../src/analyzer/render/dockerfile/index.js'
import { LANGUAGES } from '../../../src/analyzer/report.js'
import { makeApp } from '../render/make-app.js'

const folder = join(process.cwd(), 'src/analyzer/ecosystems')
const folders = readdirSync(folder, { withFileTypes: true })
  .filter(entry => entry.isDirectory() && entry.name !== 'common')
  .map(entry => entry.name)
  .sort()

test('every ecosystem folder is registered under its own name, once', () => {
  expect(ECOSYSTEMS.map(e => e.id).sort()).toEqual(folders)
})

test('provider and generator ids are unique', () => {
  const ids = (list: readonly { id: string }[]) => list.map(x => x.id)
  expect(new Set(ids(PROVIDERS)).size).toBe(PROVIDERS.length)
  expect(new Set(ids(GENERATORS)).size).toBe(GENERATORS.length)
})

test.each(LANGUAGES.filter(l => l !== 'unknown'))('exactly one generator builds %s by default', language => {
  expect(GENERATORS.filter(g => g.languages.includes(language))).toHaveLength(1)
})

test.each([
  ['javascript', 'express', 'npm', {}, 'node'],
  ['typescript', 'vite', 'pnpm', {}, 'static'],
  ['typescript', 'vite', 'pnpm', { static: false }, 'node'],
  ['javascript', 'nextjs', 'npm', { static: true }, 'static'],
  ['typescript', 'elysia', 'npm', {}, 'bun'],
  ['javascript', 'hono', 'bun', {}, 'bun'],
  ['typescript', 'fresh', 'none', {}, 'deno'],
  ['typescript', 'vite', 'bun', {}, 'static'],
  ['python', 'django', 'pip', { ecosystem: 'node' }, 'python'],
  ['javascript', 'express', 'npm', { ecosystem: 'deno' }, 'deno'],
  ['kotlin', 'ktor', 'gradle', {}, 'java'],
  ['csharp', 'aspnet-core', 'dotnet', {}, 'dotnet'],
  ['unknown', 'none', 'none', {}, null]
] as const)('%s %s (%s, hints %j) → %s', (language, framework, packageManager, hints, expected) => {
  const app = makeApp({ language, framework, packageManager, port: 8080, hints: { ...hints } })
  expect(generatorFor(app)).toBe(expected)
})
