// A root Dockerfile whose `pnpm deploy` step copies one workspace member (by package name or folder) into the
// folder the image runs ships that member, not the frontend member next to it.
import { deployEvidence } from '../../src/analyzer/deploy-evidence.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'

const pkg = (name: string, deps: Record<string, string>): string =>
  JSON.stringify({ name, dependencies: deps })

const workspace = {
  'package.json': JSON.stringify({ packageManager: 'pnpm@9.6.0' }),
  'pnpm-workspace.yaml': 'packages:\n  - api\n  - web\n',
  'api/package.json': pkg('@acme/shortener-api', { express: '^4' }),
  'web/package.json': pkg('@acme/shortener-web', { '@sveltejs/kit': '^2' })
}

test('pnpm deploy --filter=<package name> in a build stage: that member ships', () => {
  const tree = treeFromFiles({
    ...workspace,
    Dockerfile:
      'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . /app\nRUN pnpm install --prod --frozen-lockfile\nRUN pnpm install --prod && pnpm deploy --filter=@acme/shortener-api --prod /prod/api\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /prod/api /app\nCMD ["node", "src/server"]\n'
  })
  const evidence = deployEvidence(tree, ['.', 'api', 'web'])
  expect(evidence.get('api')).toMatchObject({ strength: 2, reason: expect.stringContaining('Dockerfile:5') })
  expect(evidence.has('web')).toBe(false)
})

test('pnpm --filter <folder> deploy: that member ships', () => {
  const tree = treeFromFiles({
    ...workspace,
    Dockerfile:
      'FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN pnpm install && pnpm --filter ./web build\nRUN pnpm --filter ./api deploy out\nFROM node:22-slim\nCOPY --from=build /src/out /srv\nWORKDIR /srv\nCMD ["node", "index.js"]\n'
  })
  const evidence = deployEvidence(tree, ['.', 'api', 'web'])
  expect(evidence.get('api')).toMatchObject({ strength: 2 })
  expect(evidence.has('web')).toBe(false)
})

test('a pnpm filter outside a deploy step, or one naming no member, says nothing', () => {
  for (const run of [
    'RUN pnpm --filter=@acme/shortener-api build',
    'RUN pnpm deploy --filter=@acme/other --prod /prod/other',
    'RUN echo deploy && pnpm --filter @acme/shortener-web test'
  ]) {
    const tree = treeFromFiles({
      ...workspace,
      Dockerfile: `FROM node:22\nWORKDIR /app\nCOPY . .\n${run}\nCMD ["pnpm", "start"]\n`
    })
    const evidence = deployEvidence(tree, ['.', 'api', 'web'])
    expect(evidence.has('api')).toBe(false)
    expect(evidence.has('web')).toBe(false)
  }
})
