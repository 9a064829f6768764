// The local target's state directory ($XDG_STATE_HOME/deplight or --state-dir): one folder per service
// holding its current and past releases (service.json), every run as a RunRecord (runs/<runId>.json), the
// deploy lock and the proxy's address. Every write is a temp file + rename, so a process killed at any
// moment leaves either the old or the new document, never half of one.
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { RunRecord, RunStatus } from '../pipeline/contracts.js'

export interface LocalRelease {
  /** Image tag: the first 12 hex digits of the build-context digest (same content, same tag). */
  tag: string
  image: string
  contextDigest: string
  /** The port the app listens on in its container (on a bridge network; the host network assigns PORT). */
  appPort: number
  runId: string
  deployedAt: string
  commit: string | null
  commitMessage: string | null
}

export interface LocalService {
  schemaVersion: 1
  name: string
  /** Where the service was deployed from, so a redeploy (CLI or dashboard) builds the same app. */
  source: { dir: string; appDir: string | null; config: string | null; baseImageRegistry: string | null }
  /** The stable URL's port on 127.0.0.1 (the proxy listens there across releases). */
  port: number
  healthPath: string | null
  /** The `--network` the service was deployed with (null: detected). */
  network: string | null
  /** The release serving traffic and the container running it. */
  current: (LocalRelease & { container: string; hostPort: number }) | null
  /** Releases that went live, newest first (what rollback chooses from). */
  releases: LocalRelease[]
}

export const SERVICE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const RELEASES_KEPT = 20

export function validateServiceName(name: string): string {
  if (!SERVICE_NAME.test(name))
    throw new Error(
      `invalid service name "${name}": use 1-63 lowercase letters, digits and '-', starting and ending with a letter or digit`
    )
  return name
}

/** `$XDG_STATE_HOME/deplight`, else `~/.local/state/deplight` (the XDG default). */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state')
  return join(base, 'deplight')
}

export class StateDir {
  constructor(readonly root: string) {}

  serviceDir(service: string): string {
    return join(this.root, 'services', validateServiceName(service))
  }

  file(service: string, name: string): string {
    return join(this.serviceDir(service), name)
  }

  services(): string[] {
    const dir = join(this.root, 'services')
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter(name => SERVICE_NAME.test(name) && existsSync(join(dir, name, 'service.json')))
      .sort()
  }

  readService(service: string): LocalService | null {
    return readJson<LocalService>(this.file(service, 'service.json'))
  }

  writeService(state: LocalService): void {
    const trimmed = { ...state, releases: state.releases.slice(0, RELEASES_KEPT) }
    writeJsonAtomic(this.file(state.name, 'service.json'), trimmed)
  }

  saveRun(record: RunRecord): void {
    if (!record.service) throw new Error(`run record ${record.runId} names no service`)
    writeJsonAtomic(join(this.serviceDir(record.service), 'runs', `${record.runId}.json`), record)
  }

  /** Newest first (run ids sort by start time); `limit` reads only that many files. */
  runs(service: string, limit = Infinity): RunRecord[] {
    const dir = join(this.serviceDir(service), 'runs')
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter(name => /^[0-9A-Za-z-]+\.json$/.test(name))
      .sort()
      .reverse()
      .slice(0, limit)
      .map(name => readJson<RunRecord>(join(dir, name)))
      .filter((record): record is RunRecord => record !== null)
  }
}

/** A sortable, unique run id: UTC time to the millisecond plus a random suffix. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '').replace('T', '-').slice(0, 18)
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

export function readJson<T>(path: string): T | null {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return null
  }
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(`${path} is not valid JSON; remove it or restore it from a backup`)
  }
}

/** Write to a temp file in the same folder, flush it, rename over the target (atomic on POSIX). */
export function writeJsonAtomic(path: string, value: unknown): void {
  const dir = join(path, '..')
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temp, 'w', 0o600)
  try {
    writeSync(fd, `${JSON.stringify(value, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, path)
}

// ---- the deploy lock: one run per service at a time; a dead holder's run is reported interrupted ----

export interface LockInfo {
  pid: number
  runId: string
  startedAt: string
}

export class ServiceBusyError extends Error {}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function readLock(state: StateDir, service: string): LockInfo | null {
  return readJson<LockInfo>(state.file(service, 'lock.json'))
}

/** Takes the service's lock (a stale one, whose process is gone, is taken over); returns its release. */
export function acquireLock(state: StateDir, service: string, runId: string): () => void {
  const path = state.file(service, 'lock.json')
  mkdirSync(state.serviceDir(service), { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600)
      const info: LockInfo = { pid: process.pid, runId, startedAt: new Date().toISOString() }
      writeSync(fd, JSON.stringify(info))
      closeSync(fd)
      return () => {
        if (readLock(state, service)?.runId === runId) rmSync(path, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readLockLenient(path)
      if (holder && isAlive(holder.pid))
        throw new ServiceBusyError(
          `${service} is being deployed by process ${holder.pid} (run ${holder.runId}, since ${holder.startedAt}); wait for it to finish`
        )
      rmSync(path, { force: true })
    }
  }
  throw new ServiceBusyError(`cannot take the deploy lock ${path}; remove it if no deplight is running`)
}

/** A lock written by a process killed mid-write may be empty: treat it as stale. */
function readLockLenient(path: string): LockInfo | null {
  try {
    return readJson<LockInfo>(path)
  } catch {
    return null
  }
}

/** A run still marked running whose process holds no lock any more was interrupted (killed, crashed). */
export function runStatus(record: RunRecord, lock: LockInfo | null): RunStatus {
  const status = record.status ?? 'running'
  if (status !== 'running') return status
  return lock && lock.runId === record.runId && isAlive(lock.pid) ? 'running' : 'interrupted'
}
