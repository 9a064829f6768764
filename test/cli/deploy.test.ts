// The CLI without a Docker engine: one line saying how to start one, exit 2 — for every local command.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: s => (stdout += s) },
    stderr: { write: s => (stderr += s) }
  })
  return { code, stdout, stderr }
}

describe('deplight deploy without a reachable Docker daemon', () => {
  const saved = process.env.DOCKER_HOST
  let stateDir: string
  beforeEach(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'dl-cli-'))
    process.env.DOCKER_HOST = `unix://${join(stateDir, 'no-daemon.sock')}`
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved
    rmSync(stateDir, { recursive: true, force: true })
  })

  test('says where it looked (DOCKER_HOST) and how to start Docker, exit 2, nothing recorded', async () => {
    const result = await cli('deploy', 'examples/apps/express-api', '--state-dir', stateDir)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^deplight deploy: cannot reach the Docker daemon at unix://${stateDir}/no-daemon.sock .*start Docker \\(sudo systemctl start docker, or open Docker Desktop\\) or point DOCKER_HOST at a running engine\\n$`
      )
    )
    expect(result.stdout).not.toContain('Image build')
  })

  test('bad flags are one line too', async () => {
    expect(await cli('deploy', '--port', '99999')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deplight deploy: --port must be a port number between 1 and 65535, got "99999"\n'
    })
  })

  test('status of an empty state directory says how to start', async () => {
    const result = await cli('status', '--state-dir', stateDir)
    expect(result.stdout).toBe(`no local services in ${stateDir}; deploy one with 'deplight deploy <dir>'\n`)
  })

  test('rollback of a service that does not exist names the ones that do', async () => {
    const result = await cli('rollback', 'nope', '--state-dir', stateDir)
    expect(result).toMatchObject({
      code: 2,
      stderr: `deplight rollback: no local service named nope in ${stateDir}; deploy one with deplight deploy <dir>\n`
    })
  })
})
