import { describe, expect, it } from '@jest/globals'
import { memberScriptCommand } from '../../../src/analyzer/signals/root-script.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const manifest = (scripts: Record<string, string>, name?: string): string =>
  JSON.stringify({ ...(name ? { name } : {}), scripts }, null, 2)

/** A workspace whose root package.json has `rootScripts` and whose member apps/server has `memberScripts`. */
const workspace = (
  rootScripts: Record<string, string>,
  memberScripts: Record<string, string> = { start: 'node dist/main.js', 'start:prod': 'node dist/main.js' },
  name = '@acme/server'
) =>
  treeFromFiles({
    'package.json': manifest(rootScripts),
    'apps/server/package.json': manifest(memberScripts, name)
  })

describe('memberScriptCommand', () => {
  it('hands a root `pnpm start` over to the member script a --filter names, with the root script as evidence', () => {
    const tree = workspace({ dev: 'turbo dev', start: 'pnpm --filter ./apps/server run start:prod' })
    expect(memberScriptCommand(tree, '.', 'apps/server', 'pnpm start')).toEqual({
      command: 'pnpm run start:prod',
      evidence: {
        file: 'package.json',
        line: 4,
        text: '"start": "pnpm --filter ./apps/server run start:prod"'
      }
    })
  })

  it('selects the member by package name as well as by folder', () => {
    const byName = workspace({ start: 'yarn workspace @acme/server start:prod' })
    expect(memberScriptCommand(byName, '.', 'apps/server', 'yarn start')?.command).toBe('yarn run start:prod')
    const npmW = workspace({ serve: 'npm run start:prod -w apps/server' })
    expect(memberScriptCommand(npmW, '.', 'apps/server', 'npm run serve')?.command).toBe('npm run start:prod')
    const filterEq = workspace({ start: 'pnpm --filter=@acme/server start:prod' })
    expect(memberScriptCommand(filterEq, '.', 'apps/server', 'pnpm start')?.command).toBe(
      'pnpm run start:prod'
    )
  })

  it('writes `<manager> start` for a member start script and keeps a same-named command as written', () => {
    const toStart = workspace({ serve: 'pnpm -F @acme/server start' })
    expect(memberScriptCommand(toStart, '.', 'apps/server', 'pnpm serve')?.command).toBe('pnpm start')
    const cd = workspace({ start: 'cd apps/server && npm start' })
    expect(memberScriptCommand(cd, '.', 'apps/server', 'npm start')?.command).toBe('npm start')
    const cdRun = workspace({ start: 'cd ./apps/server/ && npm run start:prod' })
    expect(memberScriptCommand(cdRun, '.', 'apps/server', 'npm start')?.command).toBe('npm run start:prod')
  })

  it('resolves the member relative to a Dockerfile folder below the repository root', () => {
    const tree = treeFromFiles({
      'services/package.json': manifest({ start: 'pnpm --filter api start:prod' }),
      'services/api/package.json': manifest({ 'start:prod': 'node main.js' })
    })
    expect(memberScriptCommand(tree, 'services', 'services/api', 'pnpm start')?.command).toBe(
      'pnpm run start:prod'
    )
    // A member outside the Dockerfile's folder is not handed over to.
    expect(memberScriptCommand(tree, 'services', 'other/api', 'pnpm start')).toBeNull()
  })

  it('is null when the command is not a plain package-manager script run', () => {
    const tree = workspace({ start: 'pnpm --filter ./apps/server run start:prod' })
    expect(memberScriptCommand(tree, '.', 'apps/server', 'node dist/main.js')).toBeNull()
    expect(memberScriptCommand(tree, '.', 'apps/server', 'pnpm start --port 3000')).toBeNull()
    // The Dockerfile is the member's own: its `pnpm start` already names the member's script.
    expect(memberScriptCommand(tree, 'apps/server', 'apps/server', 'pnpm start')).toBeNull()
  })

  it('is null when the root script is missing or runs something other than one member script', () => {
    const cases: Record<string, string>[] = [
      { build: 'pnpm --filter ./apps/server build' },
      { start: 'node server.js' },
      { start: 'pnpm --filter ./apps/web run start:prod' },
      { start: 'pnpm --filter ./apps/server --filter ./apps/worker run start:prod' },
      { start: 'pnpm --filter ./apps/worker --filter ./apps/server run start:prod' },
      { start: 'pnpm --filter ./apps/server run start:prod --port 3000' },
      { start: 'pnpm --filter ./apps/server run start:prod && pnpm --filter worker start' },
      { start: 'cd apps/server && npm start; echo done' },
      { start: 'cd apps/web && npm start' },
      { start: 'pnpm run start:prod' },
      { start: 'turbo run start --filter ./apps/server' }
    ]
    for (const scripts of cases)
      expect([scripts, memberScriptCommand(workspace(scripts), '.', 'apps/server', 'pnpm start')]).toEqual([
        scripts,
        null
      ])
  })

  it('is null when the member has no such script or the root package.json is unreadable', () => {
    const noScript = workspace(
      { start: 'pnpm --filter ./apps/server run start:prod' },
      { start: 'node x.js' }
    )
    expect(memberScriptCommand(noScript, '.', 'apps/server', 'pnpm start')).toBeNull()
    const broken = treeFromFiles({
      'package.json': '{ "scripts": { "start": "pnpm --filter ./apps/server start" ',
      'apps/server/package.json': manifest({ start: 'node x.js' })
    })
    expect(memberScriptCommand(broken, '.', 'apps/server', 'pnpm start')).toBeNull()
    const noRoot = treeFromFiles({ 'apps/server/package.json': manifest({ start: 'node x.js' }) })
    expect(memberScriptCommand(noRoot, '.', 'apps/server', 'pnpm start')).toBeNull()
  })
})
