// Book-keeping for every process the harness starts, so nothing outlives a test file: each start
// registers a stopper here; a jest `afterAll` (registered when this module first loads inside a test
// file) and a process 'exit' hook stop whatever is left, by pid.
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, closeSync } from 'node:fs'
import { createServer } from 'node:net'

export interface Tracked {
  name: string
  pid: number
  /** Asynchronous, graceful stop (idempotent). */
  stop: () => Promise<void>
  /** Last-resort synchronous cleanup used from the 'exit' hook (SIGKILL, unmount, remove state). */
  stopSync: () => void
}

const live = new Map<number, Tracked>()

export function track(entry: Tracked): void {
  live.set(entry.pid, entry)
}

export function untrack(pid: number): void {
  live.delete(pid)
}

/** Pids of processes this test file started and has not stopped yet. */
export function livePids(): number[] {
  return [...live.keys()]
}

export async function stopAllTracked(): Promise<void> {
  const entries = [...live.values()].reverse()
  for (const entry of entries) await entry.stop()
}

process.once('exit', () => {
  for (const entry of live.values()) {
    try {
      entry.stopSync()
    } catch {
      // Best effort: the process is exiting anyway.
    }
  }
})

// jest injects `afterAll` as a global in each test file's module scope; outside jest (bench, CLI) it is absent.
const jestAfterAll = (globalThis as { afterAll?: (fn: () => Promise<void>, timeout?: number) => void })
  .afterAll
if (typeof jestAfterAll === 'function') jestAfterAll(stopAllTracked, 30_000)

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits for a process to exit; SIGKILLs it after `graceMs`. */
export async function killAndWait(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** Spawns a long-running server with stdout/stderr going to a log file (pipes would fill and block). */
export function spawnServer(
  command: string,
  args: string[],
  logFile: string,
  env?: NodeJS.ProcessEnv
): ChildProcess {
  const fd = openSync(logFile, 'a')
  try {
    const child = spawn(command, args, { stdio: ['ignore', fd, fd], env: env ?? process.env })
    if (child.pid === undefined) throw new Error(`could not start ${command}`)
    return child
  } finally {
    closeSync(fd)
  }
}

export async function freePort(): Promise<number> {
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

/** Polls `probe` until it returns true, the child dies, or `timeoutMs` passes. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  child: ChildProcess,
  logFile: string,
  timeoutMs = 20_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${what} exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}); see ${logFile}`
      )
    }
    if (await probe().catch(() => false)) return
    if (Date.now() > deadline) throw new Error(`${what} was not ready after ${timeoutMs} ms; see ${logFile}`)
    await new Promise(r => setTimeout(r, 50))
  }
}

/** True when an HTTP server answers anything at all on 127.0.0.1:port. */
export async function httpAnswers(url: string, init?: RequestInit): Promise<boolean> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(1000) })
  await response.arrayBuffer()
  return true
}
