// The backend-config input: one entry per line, either `key=value` (a -backend-config pair) or the path of
// a backend config file (`backend.s3.tfbackend`). Values whose keys name a credential are reported so the
// caller masks them before terraform can echo them.
import type { BackendEntry } from './cli.js'

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
const SECRET_KEY = /(secret|token|password|access_key|sas|client_certificate|private_key)/i

export interface ParsedBackendConfig {
  entries: BackendEntry[]
  /** Values to mask (secret_key, token, …). */
  secrets: string[]
}

/**
 * `resolveFile` turns a line that is a path into an absolute path (checking it stays in the workspace and
 * exists); a line is a pair when what comes before its first `=` is a plain key.
 */
export function parseBackendConfig(text: string, resolveFile: (path: string) => string): ParsedBackendConfig {
  const entries: BackendEntry[] = []
  const secrets: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (eq > 0 && KEY.test(key)) {
      const value = line.slice(eq + 1).trim()
      if (!value)
        throw new Error(
          `backend-config "${line}" has no value: use key=value, or the path of a backend config file`
        )
      entries.push({ key, value })
      if (SECRET_KEY.test(key)) secrets.push(value)
    } else {
      entries.push({ file: resolveFile(line) })
    }
  }
  return { entries, secrets }
}
