// build-push against real components: a private Docker engine, a real registry with htpasswd auth,
// the real ECR SDK client talking to a fake ECR control plane that hands out that registry's login.
import { ECRClient } from '@aws-sdk/client-ecr'
import { appendFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { buildPush, type BuildPushDeps } from '../../src/stages/build-push.js'
import { parseInputs, type BuildPushInputs } from '../../src/actions/build-push/inputs.js'
import { execRunner, recordingRunner, type RecordedCall } from '../../src/integrations/docker/exec.js'
import { RegistryClient } from '../../src/integrations/registry/client.js'
import { FAKE_ECR_ACCESS_KEY, startFakeEcr, type FakeEcr } from '../support/fake-ecr.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import {
  copyImage,
  dockerAvailable,
  dockerCli,
  ensureBusyboxBase,
  registryAvailable,
  startDocker,
  startRegistry,
  type DockerEngine,
  type LocalRegistry
} from '../support/index.js'
import { BASE_IMAGE, setSource, tempWorkspace, writeFixtureApp } from '../actions/build-push/fixture-app.js'

const unavailable = dockerAvailable() ?? registryAvailable()
if (unavailable) console.warn(`skipping build-push integration tests: ${unavailable}`)
const describeIfDocker = unavailable ? describe.skip : describe

const PASSWORD = 'ecr-issued-password'
const SHA1 = 'a'.repeat(40)
const SHA2 = 'b'.repeat(40)
const SHA3 = 'c'.repeat(40)

describeIfDocker('build-push with a real engine and registry', () => {
  let docker: DockerEngine
  let registry: LocalRegistry
  let ecr: FakeEcr
  let workspace: string
  let app: string
  const logs: string[] = []

  beforeAll(async () => {
    ;[docker, registry] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: { user: 'AWS', password: PASSWORD } })
    ])
    ecr = await startFakeEcr({ registryUrl: registry.url, password: PASSWORD, repositories: ['shop/web'] })
    await ensureBusyboxBase(docker, BASE_IMAGE)
    workspace = tempWorkspace()
    app = writeFixtureApp(workspace)
  }, 60_000)

  afterAll(async () => {
    await ecr?.stop()
    await Promise.all([docker?.stop(), registry?.stop()])
    if (workspace) rmSync(workspace, { recursive: true, force: true })
  })

  function inputs(overrides: Record<string, string>): BuildPushInputs {
    const values: Record<string, string> = {
      context: 'app',
      repository: 'shop/web',
      network: 'host',
      'docker-binary': docker.cli,
      ...overrides
    }
    return parseInputs(name => values[name] ?? '', {
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: SHA1,
      RUNNER_TEMP: workspace
    })
  }

  function deps(
    engine: DockerEngine,
    extra: Partial<BuildPushDeps> = {}
  ): { deps: BuildPushDeps; calls: RecordedCall[] } {
    const { runner, calls } = recordingRunner((command, args, options) =>
      execRunner(command, args, { ...options, stream: false })
    )
    const ecrClient = () =>
      new ECRClient({
        endpoint: ecr.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: FAKE_ECR_ACCESS_KEY, secretAccessKey: 'secret' }
      })
    return {
      calls,
      deps: {
        run: runner,
        dockerEnv: engine.env,
        ecrClient,
        setSecret: () => undefined,
        info: msg => logs.push(msg),
        warning: msg => logs.push(`warning: ${msg}`),
        group: (_name, fn) => fn(),
        retry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 200 },
        ...extra
      }
    }
  }

  const subcommands = (calls: RecordedCall[]) => calls.map(c => c.args.slice(0, 2).join(' '))

  test('cold build pushes through ECR login and tags the image with the commit SHA and ctx-<digest>', async () => {
    const { deps: d, calls } = deps(docker)
    const outcome = await buildPush(inputs({}), d)
    const { result } = outcome
    expect(result.reused).toBe(false)
    expect(result.image).toBe(`${registry.host}/shop/web:${SHA1}`)
    expect(result.durations.buildMs).toBeGreaterThan(0)
    expect(outcome.builder?.kind).toBe('classic-buildkit')
    // Pushed under the mutable ctx- tag only; the commit tag is put through the registry API.
    expect(subcommands(calls)).toEqual(
      expect.arrayContaining([
        'login --username',
        'build --progress',
        `push ${registry.host}/shop/web:ctx-${result.contextDigest}`
      ])
    )

    const client = new RegistryClient({
      host: registry.host,
      credentials: { username: 'AWS', password: PASSWORD }
    })
    expect((await client.headManifest('shop/web', SHA1))?.digest).toBe(result.digest)
    expect((await client.headManifest('shop/web', `ctx-${result.contextDigest}`))?.digest).toBe(result.digest)
    expect(ecr.calls.map(c => c.operation)).toEqual(
      expect.arrayContaining(['GetAuthorizationToken', 'DescribeRepositories'])
    )
  })

  test('unchanged content under a new commit is re-tagged: no docker command at all', async () => {
    const first = await new RegistryClient({
      host: registry.host,
      credentials: { username: 'AWS', password: PASSWORD }
    }).headManifest('shop/web', SHA1)
    // A file the .dockerignore leaves out does not change the build context.
    appendFileSync(join(app, 'notes', 'todo.md'), 'more notes\n')
    writeFileSync(join(app, 'debug.log'), 'ignored\n')
    const { deps: d, calls } = deps(docker)
    const outcome = await buildPush(inputs({ tag: SHA2, 'extra-tags': 'staging' }), d)
    expect(outcome.result.reused).toBe(true)
    expect(outcome.result.digest).toBe(first?.digest)
    expect(outcome.result.durations.buildMs).toBe(0)
    expect(calls).toEqual([])
    expect(logs.some(l => /re-tagged as .* without pulling or building/.test(l))).toBe(true)
    const client = new RegistryClient({
      host: registry.host,
      credentials: { username: 'AWS', password: PASSWORD }
    })
    expect((await client.headManifest('shop/web', SHA2))?.digest).toBe(first?.digest)
    expect((await client.headManifest('shop/web', 'staging'))?.digest).toBe(first?.digest)
  })

  test('a re-run for the same commit writes no manifest, so immutable SHA tags (ECR) do not fail it', async () => {
    const methods: string[] = []
    const recordingFetch: typeof fetch = (input, init) => {
      methods.push(init?.method ?? 'GET')
      return fetch(input, init)
    }
    const { deps: d, calls } = deps(docker, { fetch: recordingFetch })
    const outcome = await buildPush(inputs({ tag: SHA2, 'extra-tags': 'staging' }), d)
    expect(outcome.result.reused).toBe(true)
    expect(calls).toEqual([])
    expect(methods).not.toContain('PUT')
  })

  test('a source change rebuilds on a fresh engine with the dependency layers from the registry cache', async () => {
    const fresh = await startDocker()
    try {
      await copyImage(docker, fresh, BASE_IMAGE)
      setSource(app, 'v2')
      const { deps: d, calls } = deps(fresh)
      const outcome = await buildPush(inputs({ tag: SHA3 }), d)
      expect(outcome.result.reused).toBe(false)
      expect(subcommands(calls)).toContain('build --progress')
      // WORKDIR, COPY deps.txt and the `RUN sleep 1 …` install step come from the inline cache.
      expect(outcome.cachedSteps).toBeGreaterThanOrEqual(3)
      expect(outcome.cache).toBe('inline')
    } finally {
      await fresh.stop()
    }
  })

  test('a wrong registry password fails with a clear message before anything is built', async () => {
    const { deps: d, calls } = deps(docker)
    const bad = inputs({
      registry: registry.host,
      'registry-username': 'AWS',
      'registry-password': 'wrong',
      tag: 'd'.repeat(40)
    })
    await expect(buildPush(bad, d)).rejects.toThrow(
      `registry ${registry.host} rejected the credentials of user "AWS" (401)`
    )
    expect(calls).toEqual([])
  })

  test('bad AWS credentials and a missing repository give the ECR error and how to fix it', async () => {
    const { deps: d } = deps(docker, {
      ecrClient: () =>
        new ECRClient({
          endpoint: ecr.endpoint,
          region: 'us-east-1',
          credentials: { accessKeyId: 'AKIDWRONG', secretAccessKey: 'x' }
        })
    })
    await expect(buildPush(inputs({}), d)).rejects.toThrow(
      /GetAuthorizationToken failed: UnrecognizedClientException: .*check the AWS credentials/
    )
    const { deps: d2 } = deps(docker)
    await expect(buildPush(inputs({ repository: 'shop/missing' }), d2)).rejects.toThrow(
      'ECR repository "shop/missing" does not exist; set create-repository: true or run the bootstrap module'
    )
  })

  test('several platforms with the classic client are refused before building', async () => {
    const { deps: d, calls } = deps(docker)
    await expect(
      buildPush(inputs({ platforms: 'linux/amd64,linux/arm64', tag: '1'.repeat(40) }), d)
    ).rejects.toThrow(/platforms linux\/amd64,linux\/arm64 need docker buildx/)
    expect(subcommands(calls)).not.toContain('build --progress')
  })

  test('a re-run finds the commit tag already pushed (immutable, as on ECR) without its ctx tag: it compares digests and continues', async () => {
    // An earlier run of this commit pushed the commit tag and died before the ctx tag: its image is X.
    const sha = '7'.repeat(40)
    const credentials = { username: 'AWS', password: PASSWORD }
    const direct = new RegistryClient({ host: registry.host, credentials })
    const stateRef = `${registry.host}/shop/web:earlier-run-7`
    for (const args of [
      ['login', '--username', 'AWS', '--password-stdin', registry.host],
      ['tag', BASE_IMAGE, stateRef],
      ['push', stateRef]
    ])
      await dockerCli(docker, args, { input: PASSWORD })
    const earlier = await direct.getManifest('shop/web', 'earlier-run-7')
    await direct.putManifest('shop/web', sha, earlier)
    setSource(app, 'rerun-after-failed-push')
    // ECR semantics: only ctx-* and buildcache can be overwritten.
    const proxy = await startFaultProxy(registry.url, {
      immutableTags: tag => !tag.startsWith('ctx-') && tag !== 'buildcache'
    })
    const fresh = await startDocker()
    try {
      await copyImage(docker, fresh, BASE_IMAGE)
      const rerun = inputs({
        registry: proxy.host,
        'registry-username': 'AWS',
        'registry-password': PASSWORD,
        tag: sha,
        'extra-tags': 'release-7',
        cache: 'off'
      })
      const warnings: string[] = []
      const { deps: d } = deps(fresh, { warning: message => void warnings.push(message) })
      const outcome = await buildPush(rerun, d)
      // The commit tag keeps naming X (it cannot move); the run reports X and says why.
      expect(outcome.result.reused).toBe(false)
      expect(outcome.result.digest).toBe(earlier.digest)
      expect(outcome.result.image).toBe(`${proxy.host}/shop/web:${sha}`)
      const ctxTag = `ctx-${outcome.result.contextDigest}`
      const built = await direct.headManifest('shop/web', ctxTag)
      expect(built?.digest).not.toBe(earlier.digest)
      expect(warnings).toEqual([
        expect.stringContaining(
          `tag ${sha} already names ${earlier.digest} (pushed by an earlier run of this commit) and cannot be overwritten; this build (${built?.digest}, tagged ${ctxTag}) is not put under it, so ${sha} keeps meaning ${earlier.digest}`
        )
      ])
      // The extra tag follows what the commit tag names, so both agree.
      expect((await direct.headManifest('shop/web', 'release-7'))?.digest).toBe(earlier.digest)
      expect(proxy.served.some(s => s.injected && s.status === 400)).toBe(true)

      // Once more: the ctx tag now exists, so the re-tag path meets the same conflict and continues too.
      warnings.length = 0
      const again = await buildPush(rerun, d)
      expect(again.result).toMatchObject({ reused: true, digest: earlier.digest })
      expect(warnings).toHaveLength(1)
    } finally {
      await fresh.stop()
      await proxy.stop()
    }
  }, 60_000)

  test('a registry that answers 500 and 429 and then recovers is retried', async () => {
    const proxy = await startFaultProxy(registry.url)
    try {
      proxy.failNext(2, 500, (method, path) => method === 'HEAD' && path.includes('/manifests/ctx-'))
      proxy.failNext(1, 429, method => method === 'PUT')
      const { deps: d, calls } = deps(docker)
      const outcome = await buildPush(
        inputs({
          registry: proxy.host,
          'registry-username': 'AWS',
          'registry-password': PASSWORD,
          tag: 'e'.repeat(40)
        }),
        d
      )
      expect(outcome.result.reused).toBe(true)
      expect(calls).toEqual([])
      expect(proxy.served.filter(s => s.injected).map(s => s.status)).toEqual([500, 500, 429])
      expect(proxy.served.some(s => s.method === 'PUT' && s.status === 201)).toBe(true)
      expect(logs.some(l => /HTTP 500; retrying/.test(l))).toBe(true)
    } finally {
      await proxy.stop()
    }
  })
})

// No Docker needed: the first registry call (is there an image for this build context?) never returns.
test('a registry that never answers fails within registry-timeout, naming the call', async () => {
  const server = createServer(() => undefined)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  const workspace = tempWorkspace()
  try {
    writeFixtureApp(workspace)
    const values: Record<string, string> = {
      context: 'app',
      repository: 'shop/web',
      registry: host,
      'registry-timeout': '1s'
    }
    const inputs = parseInputs(name => values[name] ?? '', {
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: SHA1,
      RUNNER_TEMP: workspace
    })
    const warnings: string[] = []
    const started = Date.now()
    const failure = buildPush(inputs, {
      run: () => Promise.reject(new Error('no docker command may run')),
      dockerEnv: {},
      ecrClient: () => {
        throw new Error('not ECR')
      },
      setSecret: () => undefined,
      info: () => undefined,
      warning: message => void warnings.push(message),
      group: (_name, fn) => fn()
    })
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^registry ${host}: HEAD /v2/shop/web/manifests/ctx-[0-9a-f]{64} \\(read manifest shop/web:ctx-[0-9a-f]{64}\\) got no answer and the registry calls of this run used up their 1\\.0 s budget \\(registry-timeout\\)`
      )
    )
    expect(Date.now() - started).toBeLessThan(3000)
  } finally {
    server.closeAllConnections()
    server.close()
    rmSync(workspace, { recursive: true, force: true })
  }
}, 15_000)
