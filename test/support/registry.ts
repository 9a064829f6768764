// A real OCI registry (Debian's docker-registry, distribution 2.8) on 127.0.0.1 with filesystem storage
// in its own temp dir and, optionally, htpasswd auth so `docker login` happens for real.
import bcrypt from 'bcryptjs'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

const REGISTRY_BIN = '/usr/bin/docker-registry'

export interface RegistryCredentials {
  user: string
  password: string
}

export interface LocalRegistry {
  /** `127.0.0.1:PORT`, usable as an image name prefix (127.0.0.0/8 is an insecure registry by default). */
  host: string
  /** `http://127.0.0.1:PORT` */
  url: string
  port: number
  credentials: RegistryCredentials | null
  stateDir: string
  pid: number
  stop: () => Promise<void>
}

export function registryAvailable(): string | null {
  return existsSync(REGISTRY_BIN)
    ? null
    : `${REGISTRY_BIN} is not installed (apt-get install docker-registry)`
}

export interface StartRegistryOptions {
  htpasswd?: RegistryCredentials
}

export async function startRegistry(options: StartRegistryOptions = {}): Promise<LocalRegistry> {
  const unavailable = registryAvailable()
  if (unavailable) throw new Error(`cannot start a registry: ${unavailable}`)
  const stateDir = mkdtempSync(join(tmpdir(), 'dl-registry-'))
  const port = await freePort()
  const htpasswdFile = join(stateDir, 'htpasswd')
  if (options.htpasswd) {
    // distribution accepts only bcrypt entries; cost 5 keeps each auth check fast in tests.
    const hash = bcrypt.hashSync(options.htpasswd.password, 5)
    writeFileSync(htpasswdFile, `${options.htpasswd.user}:${hash}\n`, { mode: 0o600 })
  }
  const config = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(stateDir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...(options.htpasswd
      ? ['auth:', '  htpasswd:', '    realm: deplight-test', `    path: ${htpasswdFile}`]
      : [])
  ].join('\n')
  const configFile = join(stateDir, 'config.yml')
  writeFileSync(configFile, `${config}\n`)
  const logFile = join(stateDir, 'registry.log')
  const child = spawnServer(REGISTRY_BIN, ['serve', configFile], logFile)
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
    name: 'docker-registry',
    pid,
    stop,
    stopSync: () => {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL')
      rmSync(stateDir, { recursive: true, force: true })
    }
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntil('docker-registry', () => httpAnswers(`${url}/v2/`), child, logFile)
  } catch (error) {
    await stop()
    throw error
  }
  return { host: `127.0.0.1:${port}`, url, port, credentials: options.htpasswd ?? null, stateDir, pid, stop }
}
