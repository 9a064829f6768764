import { githubClient } from '../../../src/integrations/github/client.js'
import {
  dispatchWorkflow,
  validateWorkflow,
  workflowRunsUrl
} from '../../../src/integrations/github/workflows.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'

describe('workflow dispatch', () => {
  let gh: FakeGitHub
  beforeAll(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop' })
  })
  afterAll(() => gh.stop())

  test('starts the workflow on a ref with string inputs', async () => {
    const client = githubClient(gh.token, { baseUrl: gh.url })
    await dispatchWorkflow(
      client,
      { owner: 'acme', repo: 'shop' },
      {
        workflow: 'rollback.yml',
        ref: 'main',
        inputs: { environment: 'production', 'image-tag': 'abc123' }
      }
    )
    expect(gh.dispatches).toEqual([
      { workflow: 'rollback.yml', ref: 'main', inputs: { environment: 'production', 'image-tag': 'abc123' } }
    ])
  })

  test('a token without actions: write gets a message naming the permission', async () => {
    gh.forbid('POST', /\/actions\/workflows\//)
    const client = githubClient(gh.token, { baseUrl: gh.url })
    await expect(
      dispatchWorkflow(
        client,
        { owner: 'acme', repo: 'shop' },
        { workflow: 'rollback.yml', ref: 'main', inputs: {} }
      )
    ).rejects.toThrow(/cannot start the rollback.yml workflow: the token lacks `permissions: actions: write`/)
  })

  test('workflow names are file names or ids, nothing else', () => {
    expect(validateWorkflow('rollback.yml')).toBe('rollback.yml')
    expect(validateWorkflow('12345')).toBe('12345')
    expect(() => validateWorkflow('../x.yml')).toThrow(/invalid workflow/)
    expect(workflowRunsUrl('https://github.com/', { owner: 'a', repo: 'b' }, 'rollback.yml')).toBe(
      'https://github.com/a/b/actions/workflows/rollback.yml'
    )
  })
})
