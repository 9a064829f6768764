// The rollback stage's decisions against real clients: the Deployments history from the GitHub fake through
// the real Octokit, and the manifest HEAD against a real registry. Terraform is never reached in these
// cases, which is what they prove (its runner records any command instead of running one).
import {
  createDeployment,
  githubClient,
  setDeploymentStatus,
  successfulDeployments
} from '../../src/integrations/github/index.js'
import { RegistryClient } from '../../src/integrations/registry/client.js'
import { Terraform } from '../../src/integrations/terraform/cli.js'
import { parseRollbackRequest, resolveRollbackTarget, rollback } from '../../src/stages/rollback.js'
import { DEFAULT_OUTPUT_NAMES } from '../../src/stages/terraform-deploy/index.js'
import { registryAvailable, startFakeGitHub, startRegistry, type FakeGitHub } from '../support/index.js'

let github: FakeGitHub
beforeAll(async () => {
  github = await startFakeGitHub({ owner: 'octo', repo: 'app' })
})
afterAll(async () => {
  await github.stop()
})

async function deploy(env: string, tag: string, state: 'success' | 'failure'): Promise<void> {
  const client = githubClient(github.token, { baseUrl: github.url })
  const repo = { owner: 'octo', repo: 'app' }
  const id = await createDeployment(client, repo, {
    ref: 'main',
    environment: env,
    payload: { image_tag: tag }
  })
  await setDeploymentStatus(client, repo, id, { state })
}

function history(env: string) {
  const client = githubClient(github.token, { baseUrl: github.url })
  return () => successfulDeployments(client, { owner: 'octo', repo: 'app' }, env, { limit: 100 })
}

test('parses "previous", empty and explicit tags, and rejects a tag that could reach a command line', () => {
  expect(parseRollbackRequest('previous')).toEqual({ kind: 'previous' })
  expect(parseRollbackRequest('  ')).toEqual({ kind: 'previous' })
  expect(parseRollbackRequest('v1.2.3')).toEqual({ kind: 'tag', tag: 'v1.2.3' })
  expect(() => parseRollbackRequest('v1;rm -rf /')).toThrow(/image-tag "v1;rm -rf \/" is not valid/)
})

test('"previous" skips failed releases and re-deploys of the live tag (an earlier rollback)', async () => {
  // aaa live, bbb live, ccc failed its smoke test, bbb re-applied by the automatic rollback.
  await deploy('staging', 'aaaaaaa', 'success')
  await deploy('staging', 'bbbbbbb', 'success')
  await deploy('staging', 'ccccccc', 'failure')
  await deploy('staging', 'bbbbbbb', 'success')
  const target = await resolveRollbackTarget(
    { kind: 'previous' },
    { history: history('staging'), recordedPrevious: null }
  )
  expect(target).toEqual({ tag: 'aaaaaaa', source: 'deployments', current: 'bbbbbbb' })
})

test('"previous" without history uses the recorded tag, and says what to do when there is neither', async () => {
  await expect(
    resolveRollbackTarget({ kind: 'previous' }, { history: null, recordedPrevious: 'v7' })
  ).resolves.toEqual({ tag: 'v7', source: 'recorded', current: null })
  await expect(
    resolveRollbackTarget({ kind: 'previous' }, { history: null, recordedPrevious: null })
  ).rejects.toThrow(/pass image-tag with the tag to roll back to/)
  await deploy('empty-env', 'ddddddd', 'success')
  await expect(
    resolveRollbackTarget({ kind: 'previous' }, { history: history('empty-env'), recordedPrevious: null })
  ).rejects.toThrow(/no earlier successful deployment than ddddddd/)
})

const why = registryAvailable()
;(why ? test.skip : test)(
  'an image missing from the registry stops the rollback before Terraform runs',
  async () => {
    const registry = await startRegistry()
    try {
      const commands: string[][] = []
      const terraform = new Terraform({
        binary: 'terraform',
        cwd: '/nonexistent',
        env: {},
        run: async (_cmd, args) => {
          commands.push(args)
          throw new Error('terraform must not run')
        }
      })
      const client = new RegistryClient({ host: registry.host, credentials: null })
      await expect(
        rollback(
          {
            request: { kind: 'tag', tag: 'gone' },
            repository: 'app',
            serviceUrl: null,
            deploy: {
              workingDirectory: '/nonexistent',
              analyzerVarFile: null,
              varFiles: [],
              backendConfig: [],
              workspace: null,
              mode: 'apply',
              lockTimeoutMs: 1000,
              wait: false,
              waitTimeoutMs: 1000,
              outputNames: DEFAULT_OUTPUT_NAMES,
              cluster: null,
              service: null,
              planDir: '/nonexistent'
            }
          },
          {
            terraform,
            ecs: null,
            log: { info: () => {}, warning: () => {}, group: (_n, fn) => fn() },
            setSecret: () => {},
            sources: { history: null, recordedPrevious: null },
            headManifest: (repo, tag) => client.headManifest(repo, tag),
            smoke: null
          }
        )
      ).rejects.toThrow(/image app:gone is not in the registry .*nothing was changed/)
      expect(commands).toEqual([])
    } finally {
      await registry.stop()
    }
  }
)
