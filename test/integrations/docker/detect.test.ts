import { detectBuilder, dockerCandidates, type Builder } from '../../../src/integrations/docker/detect.js'
import { execRunner, type CommandResult, type CommandRunner } from '../../../src/integrations/docker/exec.js'
import { dockerAvailable, startDocker } from '../../support/index.js'

// Canned clients: the decision logic, independent of what this machine has installed.
function cannedRunner(
  clients: Record<string, { client: string; server: string | null; buildx?: string }>
): CommandRunner {
  return async (command, args): Promise<CommandResult> => {
    const c = clients[command]
    if (!c) return { exitCode: 127, stdout: '', stderr: `${command}: not found` }
    if (args[0] === 'version') {
      return {
        exitCode: c.server ? 0 : 1,
        stdout: JSON.stringify({
          Client: { Version: c.client },
          Server: c.server ? { Version: c.server, Os: 'linux' } : null
        }),
        stderr: c.server ? '' : 'Cannot connect to the Docker daemon'
      }
    }
    if (args[0] === 'buildx')
      return c.buildx
        ? { exitCode: 0, stdout: `Name: default\nDriver: ${c.buildx}\n`, stderr: '' }
        : { exitCode: 1, stdout: '', stderr: "docker: 'buildx' is not a docker command." }
    return { exitCode: 1, stdout: '', stderr: 'unexpected' }
  }
}

test('prefers a client with buildx, then a classic client whose build uses BuildKit', async () => {
  const run = cannedRunner({
    '/a/docker': { client: '28.1.1', server: '28.1.1' },
    '/b/docker': { client: '20.10.24', server: '20.10.24' },
    '/c/docker': { client: '27.0.0', server: '27.0.0', buildx: 'docker-container' }
  })
  expect(await detectBuilder(run, ['/a/docker', '/b/docker', '/c/docker'])).toEqual<Builder>({
    kind: 'buildx',
    docker: '/c/docker',
    clientVersion: '27.0.0',
    buildxDriver: 'docker-container'
  })
  expect(await detectBuilder(run, ['/a/docker', '/b/docker'])).toMatchObject({
    kind: 'classic-buildkit',
    docker: '/b/docker'
  })
})

test('refuses with the reason per client when no BuildKit is available', async () => {
  const run = cannedRunner({
    '/a/docker': { client: '28.1.1', server: '28.1.1' },
    '/old/docker': { client: '18.06.0', server: '18.06.0' },
    '/down/docker': { client: '20.10.24', server: null }
  })
  await expect(detectBuilder(run, ['/a/docker', '/old/docker', '/down/docker'])).rejects.toThrow(
    /no BuildKit-capable docker found \(\/a\/docker: client 28\.1\.1 has no buildx plugin; \/old\/docker: client 18\.06\.0 predates BuildKit \(18\.09\); \/down\/docker: the Docker daemon is not reachable.*\)\. Install the buildx plugin/
  )
  await expect(detectBuilder(run, [])).rejects.toThrow('no docker client found on PATH')
})

test('candidates: an explicit binary only; otherwise PATH entries and the usual places, deduplicated', () => {
  expect(dockerCandidates('/opt/docker')).toEqual(['/opt/docker'])
  const found = dockerCandidates(undefined, '/usr/bin:/usr/bin:/nonexistent')
  expect(new Set(found).size).toBe(found.length)
})

const unavailable = dockerAvailable()
;(unavailable ? test.skip : test)(
  'on this machine: picks /usr/bin/docker (20.10, BuildKit) over /usr/local/bin/docker (no buildx)',
  async () => {
    const engine = await startDocker()
    try {
      const candidates = ['/usr/local/bin/docker', '/usr/bin/docker'].filter(
        p => dockerCandidates(p).length > 0
      )
      const builder = await detectBuilder(
        execRunner,
        dockerCandidates(undefined, '/usr/local/bin:/usr/bin'),
        engine.env
      )
      expect(['buildx', 'classic-buildkit']).toContain(builder.kind)
      if (candidates.length === 2 && builder.kind === 'classic-buildkit')
        expect(builder.docker).toBe('/usr/bin/docker')
    } finally {
      await engine.stop()
    }
  }
)
