import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb'
import {
  dockerAvailable,
  dockerCli,
  ensureBusyboxBase,
  isAlive,
  livePids,
  registryAvailable,
  startDocker,
  startDynalite,
  startRegistry,
  startS3rver
} from './index.js'

const unavailable = dockerAvailable() ?? registryAvailable()
const describeIfDocker = unavailable ? describe.skip : describe
if (unavailable) console.warn(`skipping harness test: ${unavailable}`)

describeIfDocker('test harness', () => {
  test('starts engine, registry with auth, dynalite and s3rver; pushes, stores, reads back; leaves nothing running', async () => {
    const credentials = { user: 'deplight', password: 'harness-secret' }
    const [docker, registry, dynamo, s3] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: credentials }),
      startDynalite(),
      startS3rver({ buckets: ['state'] })
    ])
    const pids = [docker.pid, registry.pid, dynamo.pid, s3.pid]
    expect(livePids().sort()).toEqual([...pids].sort())

    // Image: anonymous push is refused, push after a real `docker login` succeeds.
    const image = `${registry.host}/harness/busybox:1`
    await ensureBusyboxBase(docker, image)
    await expect(dockerCli(docker, ['push', image])).rejects.toThrow(/no basic auth credentials|unauthorized/)
    await dockerCli(docker, ['login', registry.host, '--username', credentials.user, '--password-stdin'], {
      input: credentials.password
    })
    await dockerCli(docker, ['push', image])
    const anonymous = await fetch(`${registry.url}/v2/harness/busybox/manifests/1`)
    expect(anonymous.status).toBe(401)
    const authed = await fetch(`${registry.url}/v2/harness/busybox/manifests/1`, {
      method: 'HEAD',
      headers: {
        authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`,
        accept:
          'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json'
      }
    })
    expect(authed.status).toBe(200)
    expect(authed.headers.get('docker-content-digest')).toMatch(/^sha256:[0-9a-f]{64}$/)

    // DynamoDB through the real SDK.
    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
    })
    await client.send(
      new CreateTableCommand({
        TableName: 'locks',
        AttributeDefinitions: [{ AttributeName: 'LockID', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'LockID', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST'
      })
    )
    await client.send(
      new PutItemCommand({ TableName: 'locks', Item: { LockID: { S: 'a' }, Info: { S: 'held' } } })
    )
    const item = await client.send(new GetItemCommand({ TableName: 'locks', Key: { LockID: { S: 'a' } } }))
    expect(item.Item?.Info?.S).toBe('held')
    client.destroy()

    // S3: the configured bucket exists; an object round-trips.
    expect((await fetch(`${s3.endpoint}/state`, { method: 'HEAD' })).status).toBe(200)
    expect(
      (await fetch(`${s3.endpoint}/state/app.tfstate`, { method: 'PUT', body: '{"version":4}' })).status
    ).toBe(200)
    expect(await (await fetch(`${s3.endpoint}/state/app.tfstate`)).text()).toBe('{"version":4}')

    await Promise.all([docker.stop(), registry.stop(), dynamo.stop(), s3.stop()])
    expect(livePids()).toEqual([])
    for (const pid of pids) expect(isAlive(pid)).toBe(false)
  }, 120_000)
})
