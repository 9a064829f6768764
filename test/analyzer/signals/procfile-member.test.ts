// A root Procfile whose web process runs one workspace member deploys that member (holdout33: `web: yarn
// workspace @sorry-cypress/director start` beside api and dashboard members).
import { analyze } from '../../../src/analyzer/analyze.js'
import { procfileMember } from '../../../src/analyzer/signals/procfile-member.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const service = (name: string, port: number): Record<string, string> => ({
  [`packages/${name}/package.json`]: JSON.stringify({
    name: `@acme/${name}`,
    scripts: { start: 'node ./dist/', build: 'tsc' },
    dependencies: { express: '^4.18.0' }
  }),
  [`packages/${name}/src/index.ts`]: `import express from 'express'\nconst app = express()\napp.get('/ping', (_req, res) => res.send('ok'))\napp.listen(${port})\n`
})

/** A yarn workspace of three express services. */
const workspace = (procfile: string | null): Record<string, string> => ({
  'package.json': JSON.stringify({
    private: true,
    workspaces: ['packages/*'],
    scripts: { build: 'turbo run build' }
  }),
  'yarn.lock': '',
  ...service('api', 4000),
  ...service('dashboard', 8080),
  ...service('director', 1234),
  ...(procfile === null ? {} : { Procfile: procfile })
})

describe('root Procfile running one member', () => {
  it('yarn workspace <package name>: that member is primary, field by field', () => {
    const files = workspace('web: yarn workspace @acme/director start\n')
    expect(procfileMember(treeFromFiles(files), ['packages/api', 'packages/director'])).toEqual({
      dir: 'packages/director',
      line: 1,
      text: 'web: yarn workspace @acme/director start'
    })
    const report = analyze(treeFromFiles(files))
    expect(report.primary).toBe('packages/director')
    const app = report.apps.find(a => a.appDir === report.primary)
    expect(app?.framework.value).toBe('express')
    expect(app?.port.value).toBe(1234)
    expect(app?.packageManager.value).toBe('yarn')
    expect(app?.healthPath.value).toBe('/ping')
    expect(report.warnings.find(w => w.code === 'MULTIPLE_APPS')?.message).toContain(
      'deployed by Procfile:1 web: yarn workspace @acme/director start'
    )
  })

  it('npm --workspace=<folder> and cd <folder> &&: the named member is primary', () => {
    for (const line of [
      'web: npm start --workspace=packages/dashboard',
      'web: cd packages/dashboard && npm start'
    ]) {
      const report = analyze(treeFromFiles(workspace(`release: echo\n${line}\n`)))
      expect(report.primary).toBe('packages/dashboard')
      expect(report.apps.find(a => a.appDir === report.primary)?.port.value).toBe(8080)
    }
  })

  it('negative: a Procfile running the root, a worker only, or an unknown member names none', () => {
    for (const procfile of [
      'web: npm start\n',
      'worker: yarn workspace @acme/director start\n',
      'web: yarn workspace @acme/nope start\n'
    ]) {
      expect(
        procfileMember(treeFromFiles(workspace(procfile)), ['packages/api', 'packages/director'])
      ).toBeNull()
    }
    // Without a recipe the scores and paths decide, as before: the first member alphabetically.
    expect(analyze(treeFromFiles(workspace(null))).primary).toBe('packages/api')
  })
})
