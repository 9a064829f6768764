import { INSTALLS } from '../../../../src/analyzer/ecosystems/node/commands.js'

// A production script that installs dependencies bootstraps a bare machine; the image installs in its own
// stage and runs the plain start script instead.
describe('production scripts that install dependencies', () => {
  it.each([
    'npm run client && npm ci && node index.js',
    'yarn install --frozen-lockfile && yarn build && node dist/main.js',
    'cd server && pnpm install && pnpm start',
    'npm i; node app.js',
    'bun install && bun run src/index.ts'
  ])('%s installs', script => {
    expect(INSTALLS.test(script)).toBe(true)
  })

  it.each([
    'NODE_ENV=production node dist/server.js',
    'npm run build && node dist/server.js',
    'node scripts/install-check.js && node index.js',
    'pm2-runtime start ecosystem.config.js',
    'yarn start:api'
  ])('%s does not', script => {
    expect(INSTALLS.test(script)).toBe(false)
  })
})
