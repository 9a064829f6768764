// Real terraform for tests: the binary on PATH, fixture root modules copied to temp dirs, and an S3
// backend on s3rver with its DynamoDB lock table on dynalite (ENVIRONMENT.md: `dynamodb_table`, not
// `use_lockfile`, against s3rver).
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BackendEntry } from '../../src/integrations/terraform/cli.js'
import { startDynalite, startS3rver, S3RVER_CREDENTIALS, type LocalService } from './aws-emulators.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/terraform/', import.meta.url))

/** Null when terraform runs here; otherwise why not (CI installs it, so there this never skips). */
export function terraformAvailable(): string | null {
  try {
    execFileSync('terraform', ['version'], {
      stdio: 'ignore',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' }
    })
    return null
  } catch {
    return 'terraform is not on PATH (hashicorp/setup-terraform, or /usr/local/bin/terraform on the CI image)'
  }
}

/** A fresh copy of `test/fixtures/terraform/<name>` (plus extra fixture files) in a temp dir. */
export function copyFixture(name: string, extraFiles: string[] = []): { dir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), `dl-tf-${name}-`))
  const dir = join(root, name)
  cpSync(join(FIXTURES, name), dir, { recursive: true })
  for (const file of extraFiles) cpSync(join(FIXTURES, file), join(dir, file))
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) }
}

/** Makes a copied fixture use a partial `backend "s3" {}` (the service module's examples do the same). */
export function useS3Backend(dir: string): void {
  writeFileSync(join(dir, 'backend.tf'), 'terraform {\n  backend "s3" {}\n}\n')
}

/** The task definition ARN the `service` fixture registers for `tag` (see its README). */
export function taskDefinitionArn(app: string, tag: string): string {
  const revision = parseInt(createHash('sha1').update(tag).digest('hex').slice(0, 6), 16)
  return `arn:aws:ecs:us-east-1:123456789012:task-definition/${app}:${revision}`
}

export interface S3Backend {
  s3: LocalService
  dynamo: LocalService
  /** `-backend-config` entries for a state at `key` (the bucket is `state`, the lock table `locks`). */
  entries: (key: string) => BackendEntry[]
  stop: () => Promise<void>
}

export async function startS3Backend(): Promise<S3Backend> {
  const [s3, dynamo] = await Promise.all([startS3rver({ buckets: ['state'] }), startDynalite()])
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
  client.destroy()
  const entries = (key: string): BackendEntry[] =>
    [
      ['bucket', 'state'],
      ['key', key],
      ['region', 'us-east-1'],
      ['dynamodb_table', 'locks'],
      ['endpoints', `{s3="${s3.endpoint}",dynamodb="${dynamo.endpoint}"}`],
      ['use_path_style', 'true'],
      ['skip_credentials_validation', 'true'],
      ['skip_requesting_account_id', 'true'],
      ['skip_metadata_api_check', 'true'],
      ['skip_region_validation', 'true'],
      ['access_key', S3RVER_CREDENTIALS.accessKeyId],
      ['secret_key', S3RVER_CREDENTIALS.secretAccessKey]
    ].map(([k, value]) => ({ key: k as string, value: value as string }))
  return {
    s3,
    dynamo,
    entries,
    stop: async () => {
      await Promise.all([s3.stop(), dynamo.stop()])
    }
  }
}
