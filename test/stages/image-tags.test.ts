// Tag writes against the real registry behind a proxy that answers like ECR with tag immutability
// (only ctx-* and buildcache can move): what is already right is left alone, an immovable tag is reported
// with the digest it keeps, and extra tags follow the commit tag or fail clearly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient, type Manifest } from '../../src/integrations/registry/client.js'
import { publishTags, putTag } from '../../src/stages/image-tags.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import {
  dockerAvailable,
  dockerCli,
  ensureBusyboxBase,
  registryAvailable,
  startDocker,
  startRegistry,
  type DockerEngine,
  type LocalRegistry
} from '../support/index.js'

const unavailable = dockerAvailable() ?? registryAvailable()
const BASE = 'deplight-test/busybox:1'
const credentials = { username: 'ci', password: 'image-tags-password' }

;(unavailable ? describe.skip : describe)('putTag / publishTags on an immutable registry', () => {
  let docker: DockerEngine
  let registry: LocalRegistry
  let proxy: FaultProxy
  let client: RegistryClient
  let first: Manifest
  let second: Manifest
  let third: Manifest

  beforeAll(async () => {
    ;[docker, registry] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: { user: 'ci', password: credentials.password } })
    ])
    proxy = await startFaultProxy(registry.url, {
      immutableTags: tag => !tag.startsWith('ctx-') && tag !== 'buildcache'
    })
    await ensureBusyboxBase(docker, BASE)
    await dockerCli(docker, ['login', '--username', 'ci', '--password-stdin', registry.host], {
      input: credentials.password
    })
    const dir = mkdtempSync(join(tmpdir(), 'dl-image-tags-'))
    try {
      for (const name of ['first', 'second', 'third']) {
        writeFileSync(join(dir, 'Dockerfile'), `FROM ${BASE}\nLABEL image=${name}\n`)
        const ref = `${registry.host}/shop/web:source-${name}`
        await dockerCli(docker, ['build', '--network', 'host', '--tag', ref, dir])
        await dockerCli(docker, ['push', ref])
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    client = new RegistryClient({ host: proxy.host, credentials })
    first = await client.getManifest('shop/web', 'source-first')
    second = await client.getManifest('shop/web', 'source-second')
    third = await client.getManifest('shop/web', 'source-third')
  }, 60_000)

  afterAll(async () => {
    await proxy?.stop()
    await Promise.all([docker?.stop(), registry?.stop()])
  })

  test('a new tag is written; the same image again writes nothing; another image is kept and reported', async () => {
    expect(await putTag(client, 'shop/web', 'v1', first)).toEqual({ status: 'written' })
    const puts = proxy.served.filter(s => s.method === 'PUT').length
    expect(await putTag(client, 'shop/web', 'v1', first)).toEqual({ status: 'present' })
    expect(proxy.served.filter(s => s.method === 'PUT').length).toBe(puts)
    expect(await putTag(client, 'shop/web', 'v1', second)).toEqual({ status: 'kept', digest: first.digest })
    expect(proxy.served.at(-2)).toMatchObject({ method: 'PUT', status: 400, injected: true })
    // Mutable tags simply move.
    await putTag(client, 'shop/web', 'ctx-abc', first)
    expect(await putTag(client, 'shop/web', 'ctx-abc', second)).toEqual({ status: 'written' })
  })

  test('extra tags follow what the commit tag names; an immovable extra tag naming a third image fails', async () => {
    await putTag(client, 'shop/web', 'sha-2', first)
    const published = await publishTags(client, 'shop/web', { manifest: second, ctxTag: 'ctx-2' }, 'sha-2', [
      'rel-2'
    ])
    expect(published.manifest.digest).toBe(first.digest)
    expect(published.warning).toContain(`tag sha-2 already names ${first.digest}`)
    expect((await client.headManifest('shop/web', 'rel-2'))?.digest).toBe(first.digest)

    await putTag(client, 'shop/web', 'rel-3', third)
    await expect(
      publishTags(client, 'shop/web', { manifest: second, ctxTag: 'ctx-3' }, 'sha-3', ['rel-3'])
    ).rejects.toThrow(
      `tag rel-3 already names ${third.digest} in shop/web and the registry will not move it to ${second.digest}`
    )
  })

  test('a run that failed after the ctx- push but before the commit tag is finished by the re-run', async () => {
    // The commit-tag write fails (registry errors) after the image is complete under its ctx- tag…
    proxy.failNext(3, 503, (method, path) => method === 'PUT' && path.endsWith('/manifests/sha-4'))
    const flaky = new RegistryClient({
      host: proxy.host,
      credentials,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 }
    })
    await putTag(flaky, 'shop/web', 'ctx-4', second)
    await expect(
      publishTags(flaky, 'shop/web', { manifest: second, ctxTag: 'ctx-4' }, 'sha-4', [])
    ).rejects.toThrow(/HTTP 503/)
    // …and the re-run, finding ctx-4, puts it.
    const again = await publishTags(flaky, 'shop/web', { manifest: second, ctxTag: 'ctx-4' }, 'sha-4', [])
    expect(again).toEqual({ manifest: second, warning: null })
  })
})
