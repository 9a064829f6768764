// Every fixture app the analyzer knows, analysed for real, gets a Dockerfile that keeps the generator
// rules — not only the hand-made cases of dockerfile.test.ts.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'
import { lintDockerfile } from './dockerfile-lint.js'

const FIXTURES = join(process.cwd(), 'test/fixtures/apps')
const dirs = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : []

describe('Dockerfiles for every analysed fixture', () => {
  it('finds fixtures to check', () => {
    expect(dirs.length).toBeGreaterThan(40)
  })

  it.each(dirs)('%s', dir => {
    const { report } = analyzeRepository(join(FIXTURES, dir))
    for (const app of report.apps) {
      const artifacts = renderAppArtifacts(app)
      if (app.dockerfile !== null) {
        expect(artifacts.dockerfile).toBeNull()
        continue
      }
      expect(artifacts.dockerfile).not.toBeNull()
      const codes = artifacts.warnings.map(warning => warning.code)
      // A workspace member whose sibling manifests are unknown installs after copying the workspace (warned).
      const sourceFirst = codes.includes('WORKSPACE_MANIFESTS_UNKNOWN')
      const problems = lintDockerfile(artifacts.dockerfile ?? '', {
        port: app.port.value,
        healthPath: app.healthPath.value,
        installCache:
          !sourceFirst &&
          !['static', 'deno'].includes(artifacts.generator ?? '') &&
          !/standard library only/.test(artifacts.dockerfile ?? ''),
        // A start command that runs a devDependency (tsx, ts-node) keeps dev dependencies, and says so.
        productionDependencies:
          (artifacts.generator === 'node' || artifacts.generator === 'bun') &&
          !codes.includes('START_NEEDS_DEV_DEPENDENCIES')
      })
      expect({ app: app.appDir, problems }).toEqual({ app: app.appDir, problems: [] })
    }
  })
})
