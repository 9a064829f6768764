// Starting, finding, switching and stopping a service's proxy process (local-proxy.ts) from the CLI and
// the dashboard. The proxy is a detached child with its output in proxy.log, so it outlives the command
// and never holds the caller's terminal or pipes open.
import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import type { ProxyInfo } from './local-proxy.js'
import { isAlive, readJson, type StateDir } from './local-state.js'

/** How to start this program again (the CLI passes node, its flags and its own script). */
export interface SelfCommand {
  command: string
  args: string[]
}

export function proxyInfoFile(state: StateDir, service: string): string {
  return state.file(service, 'proxy.json')
}

/** The proxy's info when its process is alive and its control port answers; null otherwise. */
export async function liveProxy(state: StateDir, service: string): Promise<ProxyInfo | null> {
  let info: ProxyInfo | null
  try {
    info = readJson<ProxyInfo>(proxyInfoFile(state, service))
  } catch {
    return null
  }
  if (!info || !isAlive(info.pid) || !info.controlPort) return null
  try {
    await control(info, 'GET', '/status', undefined, 2_000)
    return info
  } catch {
    return null
  }
}

export class PortInUseError extends Error {}

/** True when nothing listens on 127.0.0.1:port (a listen attempt succeeds). */
export function portFree(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** A port the kernel picks as free right now (a container's own port on the host network). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Starts the proxy on `port` and waits until it listens; throws with its last log line if it cannot. */
export async function startProxy(
  state: StateDir,
  service: string,
  port: number,
  self: SelfCommand,
  timeoutMs = 10_000
): Promise<ProxyInfo> {
  const infoFile = proxyInfoFile(state, service)
  const logFile = state.file(service, 'proxy.log')
  rmSync(infoFile, { force: true })
  const fd = openSync(logFile, 'a', 0o600)
  let exited: number | null = null
  try {
    const child = spawn(
      self.command,
      [...self.args, '__proxy', '--state-dir', state.root, '--service', service, '--port', String(port)],
      { detached: true, stdio: ['ignore', fd, fd] }
    )
    child.on('exit', code => (exited = code ?? 1))
    child.unref()
    const pid = child.pid
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (exited !== null) break
      const info = readJson<ProxyInfo>(infoFile)
      if (info && info.pid === pid && info.controlPort) return info
      await new Promise(resolve => setTimeout(resolve, 25))
    }
    if (exited === null && pid) process.kill(pid, 'SIGTERM')
  } finally {
    closeSync(fd)
  }
  const last = readFileSync(logFile, 'utf8').trim().split('\n').pop() ?? ''
  if (/EADDRINUSE/.test(last)) throw new PortInUseError(`port ${port} on 127.0.0.1 is already in use`)
  throw new Error(`the proxy for ${service} did not start on 127.0.0.1:${port}: ${last || 'no output'}`)
}

/** Points the proxy at a new target; resolves once requests to the previous one have finished. */
export async function switchProxy(
  info: ProxyInfo,
  target: { port: number; release: string; container: string },
  drainMs = 10_000
): Promise<{ drained: boolean }> {
  const body = { ...target, drainMs }
  return (await control(info, 'PUT', '/route', body, drainMs + 5_000)) as { drained: boolean }
}

export async function stopProxy(info: ProxyInfo): Promise<void> {
  try {
    await control(info, 'POST', '/stop', undefined, 2_000)
  } catch {
    if (isAlive(info.pid)) process.kill(info.pid, 'SIGTERM')
  }
  const deadline = Date.now() + 5_000
  while (isAlive(info.pid) && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 25))
  if (isAlive(info.pid)) process.kill(info.pid, 'SIGKILL')
}

async function control(
  info: ProxyInfo,
  method: string,
  path: string,
  body: unknown,
  timeoutMs: number
): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${info.controlPort}${path}`, {
    method,
    headers: { authorization: `Bearer ${info.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs)
  })
  const value = (await response.json()) as { error?: string }
  if (!response.ok) throw new Error(`proxy control ${method} ${path}: ${value.error ?? response.status}`)
  return value
}
