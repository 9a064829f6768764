// The CLI's local cache (`deplight analyze --cache-dir DIR`): one file per item, `<key>.item`, holding a
// one-line header (revision and expiry) and the gzip body. Writes go to a temporary file that is then
// renamed (or hard-linked, for create-if-absent), so a reader or a concurrent writer never sees half an item.
// A revision update is check-then-rename, not atomic: two processes racing on one manifest may drop one
// shape (a later miss), never corrupt an item. DynamoDB's conditional puts have no such window.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CacheBackendError, type CacheBackend, type PutCondition, type StoredItem } from './backend.js'

const MAGIC = 'deplight-analysis-cache 1'
/** No item limit of its own; this only bounds a runaway report. */
export const FILE_MAX_ITEM_BYTES = 32 * 1024 * 1024

export function fileCacheBackend(dir: string, now: () => number = () => Date.now()): CacheBackend {
  const pathOf = (key: string): string => join(dir, `${key.replace(/[^A-Za-z0-9]/g, '_')}.item`)
  let counter = 0

  function readItem(key: string): StoredItem | null {
    let raw: Buffer
    try {
      raw = readFileSync(pathOf(key))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw failure(err)
    }
    const newline = raw.indexOf(10)
    const header = newline > 0 ? raw.subarray(0, newline).toString('utf8').split(' ') : []
    if (header.slice(0, 2).join(' ') !== MAGIC) return null // not ours or truncated: treat as absent
    const revision = Number(header[2])
    const expiresAt = Number(header[3])
    if (!Number.isInteger(revision) || !Number.isFinite(expiresAt)) return null
    if (expiresAt <= now() / 1000) return null
    return { body: raw.subarray(newline + 1), revision, expiresAt }
  }

  return {
    description: `directory ${dir}`,
    async get(key) {
      return readItem(key)
    },
    async put(key, item, condition: PutCondition) {
      const target = pathOf(key)
      const temp = join(dir, `.tmp-${process.pid}-${counter++}-${now()}`)
      try {
        mkdirSync(dir, { recursive: true })
        const current = readItem(key)
        if (condition.kind === 'absent' ? current !== null : current?.revision !== condition.revision)
          return false
        writeFileSync(
          temp,
          Buffer.concat([Buffer.from(`${MAGIC} ${item.revision} ${item.expiresAt}\n`), item.body])
        )
        if (condition.kind === 'absent' && current === null) {
          // An expired leftover is replaced; a file created meanwhile by another process makes link fail.
          rmExpired(target, key)
          try {
            linkSync(temp, target)
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
            throw err
          }
          return true
        }
        renameSync(temp, target)
        return true
      } catch (err) {
        throw failure(err)
      } finally {
        rmSync(temp, { force: true })
      }
    }
  }

  function rmExpired(target: string, key: string): void {
    try {
      readFileSync(target)
    } catch {
      return
    }
    if (readItem(key) === null) rmSync(target, { force: true })
  }
}

function failure(err: unknown): CacheBackendError {
  const e = err as NodeJS.ErrnoException
  return new CacheBackendError(`${e.code ?? 'error'}: ${e.message.split('\n')[0]}`)
}
