// dynalite (DynamoDB) and s3rver (S3) from node_modules, each on a free 127.0.0.1 port with its own
// state dir, stopped by pid.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  freePort,
  httpAnswers,
  isAlive,
  killAndWait,
  spawnServer,
  track,
  untrack,
  waitUntil
} from './processes.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface LocalService {
  /** `http://127.0.0.1:PORT`, for the SDK's `endpoint`. */
  endpoint: string
  port: number
  stateDir: string
  pid: number
  stop: () => Promise<void>
}

/** s3rver accepts only these credentials. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export async function startDynalite(): Promise<LocalService> {
  // dynalite persists to LevelDB under --path; a private dir keeps parallel test files apart.
  return startNodeServer('dynalite', (port, dir) => [
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--createTableMs',
    '0',
    '--deleteTableMs',
    '0',
    '--updateTableMs',
    '0',
    '--path',
    dir
  ])
}

export async function startS3rver(options: { buckets?: string[] } = {}): Promise<LocalService> {
  return startNodeServer('s3rver', (port, dir) => [
    '-d',
    dir,
    '-a',
    '127.0.0.1',
    '-p',
    String(port),
    '--silent',
    ...(options.buckets ?? []).flatMap(bucket => ['--configure-bucket', bucket])
  ])
}

async function startNodeServer(
  name: 'dynalite' | 's3rver',
  argsFor: (port: number, dataDir: string) => string[]
): Promise<LocalService> {
  const bin = join(repoRoot, 'node_modules', '.bin', name)
  if (!existsSync(bin)) throw new Error(`${bin} is missing; run npm ci`)
  const stateDir = mkdtempSync(join(tmpdir(), `dl-${name}-`))
  const port = await freePort()
  const logFile = join(stateDir, `${name}.log`)
  const dataDir = join(stateDir, 'data')
  const child = spawnServer(process.execPath, [bin, ...argsFor(port, dataDir)], logFile)
  const pid = child.pid as number
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await killAndWait(child)
    untrack(pid)
    rmSync(stateDir, { recursive: true, force: true })
  }
  track({
    name,
    pid,
    stop,
    stopSync: () => {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL')
      rmSync(stateDir, { recursive: true, force: true })
    }
  })
  const endpoint = `http://127.0.0.1:${port}`
  try {
    await waitUntil(name, () => httpAnswers(endpoint), child, logFile)
  } catch (error) {
    await stop()
    throw error
  }
  return { endpoint, port, stateDir, pid, stop }
}
