import { DELEGATING } from '../../../../src/analyzer/ecosystems/node/commands.js'

// A start script that runs another package's script (a workspace root's `pnpm -r start`, `turbo run start`)
// is not the app's own command; one that preloads a module into node (`node -r dotenv/config …`) is.
describe('DELEGATING start scripts', () => {
  it.each([
    'pnpm -r start',
    'pnpm --parallel -r run start',
    'pnpm -r --filter ./apps/* start',
    'turbo run start',
    'npm run start --workspace api',
    'concurrently "npm:start:*"'
  ])('%s delegates', script => {
    expect(DELEGATING.test(script)).toBe(true)
  })

  it.each([
    'node -r dotenv/config dist/server.js',
    'node -r dotenv/config dist/migration.mjs && node -r dotenv/config dist/server.mjs',
    'node -r ./tracing.cjs src/index.js',
    'NODE_ENV=production node -r newrelic index.js'
  ])('%s runs the app itself', script => {
    expect(DELEGATING.test(script)).toBe(false)
  })
})
