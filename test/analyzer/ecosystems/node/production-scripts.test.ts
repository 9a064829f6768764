import { analyze } from '../../../../src/analyzer/analyze.js'
import {
  INSTALLS,
  loadedEnvFile,
  RUNS_CONTAINERS
} from '../../../../src/analyzer/ecosystems/node/commands.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

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

// A production script that loads an env file: the file decides whether the script can run in an image
// (fixtures node-prod-script-missing-env-file, -dotenv-production and -committed-env-file cover the ranking).
describe('env files production scripts load', () => {
  it.each([
    ['env-cmd -f ./my.prod.env node lib/server/server.js 0.0.0.0', './my.prod.env'],
    ['env-cmd --file config/production.env node server.js', 'config/production.env'],
    ['env-cmd .env.production node server.js', '.env.production'],
    ['dotenv -e .env.production -- node dist/main.js', '.env.production'],
    ['node --env-file=.env.prod dist/index.js', '.env.prod'],
    ['node --env-file .env dist/index.js', '.env']
  ])('%s loads %s', (script, file) => {
    expect(loadedEnvFile(script)).toBe(file)
  })

  it.each(['NODE_ENV=production node dist/server.js', 'node -r dotenv/config dist/server.js'])(
    '%s loads none the script names',
    script => {
      expect(loadedEnvFile(script)).toBeNull()
    }
  )
})

// Whether the env file reaches the image is render/dockerignore.ts's answer (excludedFromEveryImage), not a
// copy of its patterns: a committed file it keeps out fails in the image like a missing one.
describe('production scripts whose env file the generated .dockerignore decides', () => {
  const app = (prod: string, files: Record<string, string>): Record<string, string> => ({
    'package.json': JSON.stringify({
      name: 'feed',
      scripts: { start: 'node server.js', 'start:prod': prod },
      dependencies: { express: '^4.21.2' }
    }),
    'package-lock.json': '{"lockfileVersion":3}',
    'server.js': "require('express')().listen(process.env.PORT || 3000)\n",
    ...files
  })
  const startOf = (files: Record<string, string>): string | null => {
    const r = analyze(treeFromFiles(files))
    return r.apps.find(a => a.appDir === r.primary)!.startCommand.value
  }

  it.each([
    ['env-cmd --file config/production.env node server.js', 'config/production.env'],
    ['node --env-file=.env.example server.js', '.env.example']
  ])('%s: %s is committed and reaches the image, the script starts', (prod, file) => {
    expect(startOf(app(prod, { [file]: 'PORT=3000\n' }))).toBe('npm run start:prod')
  })

  it.each([
    ['dotenv -e .env.production -- node server.js', '.env.production'],
    ['node --env-file=config/.env server.js', 'config/.env']
  ])('%s: %s is committed but kept out of the image, the plain start runs', (prod, file) => {
    expect(startOf(app(prod, { [file]: 'PORT=3000\n' }))).toBe('npm start')
  })

  it('a file the repository lacks: the plain start runs', () => {
    expect(startOf(app('env-cmd -f ./my.prod.env node server.js', {}))).toBe('npm start')
  })
})

// A production script that runs the app in containers is the developer's way to start the image (a backup
// app's `start:prod` is `docker compose down && docker compose up --build zerobyte-prod`: real-node-images
// 07f), not the command inside it: the image runs the plain start script.
describe('production scripts that run containers', () => {
  const app = (scripts: Record<string, string>): Record<string, string> => ({
    'package.json': JSON.stringify({
      name: 'backup',
      scripts: { start: 'node server.js', ...scripts },
      dependencies: { express: '^4.21.2' }
    }),
    'package-lock.json': '{"lockfileVersion":3}',
    'server.js': "require('express')().listen(process.env.PORT || 3000)\n"
  })
  const startOf = (files: Record<string, string>): string | null => {
    const r = analyze(treeFromFiles(files))
    return r.apps.find(a => a.appDir === r.primary)!.startCommand.value
  }

  it.each([
    [{ 'start:prod': 'docker compose down && docker compose up --build app-prod' }],
    [{ prod: 'docker-compose -f docker-compose.prod.yml up -d' }],
    [{ 'start:production': 'npm run build && docker run --rm -p 3000:3000 backup' }]
  ])('%j: the plain start runs', scripts => {
    expect(startOf(app(scripts))).toBe('npm start')
  })

  it('negative: a production script that starts the server itself still wins', () => {
    expect(startOf(app({ 'start:prod': 'NODE_ENV=production node server.js' }))).toBe('npm run start:prod')
    expect(RUNS_CONTAINERS.test('node scripts/docker-healthcheck.js && node server.js')).toBe(false)
    expect(RUNS_CONTAINERS.test('sudo docker compose up')).toBe(true)
  })
})
