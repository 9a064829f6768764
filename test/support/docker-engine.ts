// A private Docker engine per test file: own socket, data root and exec root, no bridge network (the
// machine must never route traffic anywhere but 127.0.0.1), stopped by pid.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isAlive, killAndWait, spawnServer, track, untrack, waitUntil } from './processes.js'

/** The client with BuildKit on this machine; /usr/local/bin/docker (28) has no buildx. */
export const DOCKER_CLI = process.env.DEPLIGHT_TEST_DOCKER ?? '/usr/bin/docker'
const DOCKERD = '/usr/sbin/dockerd'

export interface DockerEngine {
  /** `unix:///…/docker.sock` */
  host: string
  /** Environment for a docker client: DOCKER_HOST and a private DOCKER_CONFIG (logins stay in the state dir). */
  env: NodeJS.ProcessEnv
  /** The client binary to use with this engine. */
  cli: string
  stateDir: string
  pid: number
  stop: () => Promise<void>
}

/** Null when a Docker engine can be started here, else why not (for `describe.skip` messages). */
export function dockerAvailable(): string | null {
  if (!existsSync(DOCKERD)) return `${DOCKERD} is not installed (apt-get install docker.io)`
  if (!existsSync(DOCKER_CLI)) return `${DOCKER_CLI} is not installed (apt-get install docker.io)`
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'dockerd needs root'
  return null
}

export interface StartDockerOptions {
  /** Extra `--insecure-registry` entries (127.0.0.0/8 is insecure by default already). */
  insecureRegistries?: string[]
}

export async function startDocker(options: StartDockerOptions = {}): Promise<DockerEngine> {
  const unavailable = dockerAvailable()
  if (unavailable) throw new Error(`cannot start a Docker engine: ${unavailable}`)
  // Short prefix: the socket path must stay under the 108-byte limit of unix sockets.
  const stateDir = mkdtempSync(join(tmpdir(), 'dl-docker-'))
  const socket = join(stateDir, 'docker.sock')
  const configDir = join(stateDir, 'client')
  mkdirSync(configDir)
  const logFile = join(stateDir, 'dockerd.log')
  const args = [
    '--bridge=none',
    '--iptables=false',
    '--ip6tables=false',
    '--ip-masq=false',
    '-H',
    `unix://${socket}`,
    '--data-root',
    join(stateDir, 'data'),
    '--exec-root',
    join(stateDir, 'exec'),
    '--pidfile',
    join(stateDir, 'dockerd.pid'),
    ...(options.insecureRegistries ?? []).flatMap(r => ['--insecure-registry', r])
  ]
  const child = spawnServer(DOCKERD, args, logFile)
  const pid = child.pid as number
  let stopped = false
  const cleanupState = (): void => {
    unmountNetns(stateDir)
    rmSync(stateDir, { recursive: true, force: true })
  }
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await killAndWait(child, 15_000)
    untrack(pid)
    cleanupState()
  }
  track({
    name: 'dockerd',
    pid,
    stop,
    stopSync: () => {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL')
      cleanupState()
    }
  })
  try {
    await waitUntil('dockerd', () => ping(socket), child, logFile, 30_000)
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : ''
    await stop()
    throw new Error(`${(error as Error).message}\n${log}`)
  }
  const host = `unix://${socket}`
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: host, DOCKER_CONFIG: configDir }
  return { host, env, cli: DOCKER_CLI, stateDir, pid, stop }
}

function ping(socket: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = request({ socketPath: socket, path: '/_ping', timeout: 1000 }, res => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.on('error', () => resolve(false))
    req.on('timeout', () => req.destroy())
    req.end()
  })
}

// dockerd bind-mounts a network namespace at exec/netns/default even with --bridge=none (and overlay
// mounts may linger after a kill); a leftover mount keeps the state directory from being removed.
function unmountNetns(stateDir: string): void {
  const mounts = readFileSync('/proc/mounts', 'utf8')
  const mounted = mounts.split('\n').filter(line => line.split(' ')[1]?.startsWith(stateDir))
  for (const line of mounted.reverse()) {
    const point = line.split(' ')[1] as string
    try {
      execFileSync('umount', [point], { stdio: 'ignore' })
    } catch {
      execFileSync('umount', ['-l', point], { stdio: 'ignore' })
    }
  }
}
