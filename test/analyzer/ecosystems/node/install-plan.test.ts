// Platform build commands that only install dependencies: the generated image installs in its own stage,
// so `buildCommand: npm install` (render.yaml) must not become `RUN npm run install` (Missing script).
import { resolve } from 'node:path'
import { withoutInstallSteps } from '../../../../src/analyzer/ecosystems/node/install-plan.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

function dockerfileOf(dir: string): string {
  const app = primaryApp(analyzeRepository(resolve(process.cwd(), dir)).report)
  if (!app) throw new Error(`no app in ${dir}`)
  return renderAppArtifacts(app).dockerfile ?? ''
}

describe('withoutInstallSteps', () => {
  it.each([
    ['npm install', null],
    ['npm ci', null],
    ['yarn', null],
    ['pnpm install --frozen-lockfile', null],
    ['bun install', null],
    ['yarn; yarn build', 'yarn build'],
    ['npm ci && npm run build', 'npm run build'],
    ['npm install && npm run build && npm run migrate', 'npm run build && npm run migrate']
  ])('%s → %s', (command, expected) => {
    expect(withoutInstallSteps(command)).toBe(expected)
  })

  it.each(['npm run build', 'npm install -g typescript && tsc', 'yarn build', 'pnpm run build'])(
    '%s is kept as it is (a real build step)',
    command => {
      expect(withoutInstallSteps(command)).toBe(command)
    }
  )
})

describe('buildScript', () => {
  it('render.yaml `buildCommand: npm install`: no build stage, no `npm run install`', () => {
    const dockerfile = dockerfileOf('test/fixtures/apps/node-render-build-install-only')
    expect(dockerfile).not.toContain('npm run install')
    expect(dockerfile).not.toContain('AS build')
    expect(dockerfile).toContain('npm ci --omit=dev')
    expect(dockerfile).toContain('CMD ["node", "app.js"]')
  })

  it('`yarn; yarn build`: the build step stays, the install step goes', () => {
    const dockerfile = dockerfileOf('test/fixtures/apps/node-render-yarn-no-lockfile')
    expect(dockerfile).toMatch(/^RUN yarn run build$/m)
    expect(dockerfile).not.toMatch(/^RUN yarn; /m)
  })
})
