// `.env*` files: the PORT (and other variables) the app is run with locally. Checked-in examples count,
// with a little less confidence than a real `.env`, but set nothing.
import type { Evidence } from '../report.js'
import type { Candidate } from '../candidate.js'
import { clip } from './evidence.js'
import { parsePort } from './ports.js'
import { DEMOTION, PORT } from '../precedence.js'

/** Files in the order we trust them, and the confidence a PORT in them gets. */
export const DOTENV_FILES: [string, number][] = [
  ['.env', PORT.envFile],
  ['.env.production', PORT.envFile],
  ['.env.local', PORT.localEnvFile],
  ['.env.example', PORT.sampleEnvFile],
  ['.env.sample', PORT.sampleEnvFile],
  ['.env.template', PORT.sampleEnvFile],
  ['.env.dist', PORT.sampleEnvFile],
  ['.env.development', PORT.devEnvFile]
]

/** `.env.example`, `.env.sample`, `.env.template`, `.env.dist`: documentation, never loaded. */
const SAMPLE = /(?:^|\/)\.env\.(?:example|sample|template|dist)$/

export interface EnvVar {
  value: string
  evidence: Evidence
}

export function parseDotenv(path: string, text: string): Map<string, EnvVar> {
  const vars = new Map<string, EnvVar>()
  const lines = text.split('\n')
  lines.forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(raw)
    if (!m || vars.has(m[1]!)) return
    let value = m[2]!.trim()
    const quoted = /^(["'])(.*)\1/.exec(value)
    value = quoted ? quoted[2]! : value.replace(/\s+#.*$/, '')
    vars.set(m[1]!, { value, evidence: { file: path, line: i + 1, text: clip(raw.trim()) } })
  })
  return vars
}

/** PORT candidate from one dotenv file (PORT, or APP_PORT / SERVER_PORT / HTTP_PORT / API_PORT when PORT is absent). */
export function portFromDotenv(
  path: string,
  vars: Map<string, EnvVar>,
  confidence: number,
  /** Variables that only publish a host port (host-port-vars.ts): not the app's port. */
  hostOnly: ReadonlySet<string> = new Set()
): Candidate<number> | null {
  for (const key of ['PORT', 'APP_PORT', 'SERVER_PORT', 'HTTP_PORT', 'API_PORT']) {
    if (hostOnly.has(key)) continue
    const v = vars.get(key)
    const port = v ? parsePort(v.value) : null
    if (v && port !== null) {
      return {
        value: port,
        confidence: key === 'PORT' ? confidence : confidence - DEMOTION.otherPortVariable,
        source: `${path.split('/').pop()} ${key}`,
        evidence: [v.evidence],
        // What the project runs the app with. A sample file only documents a value: nothing loads it, so
        // the app's own default for an unset variable still runs beside it (no setsEnv).
        ...(SAMPLE.test(path) ? {} : { setsEnv: [key] })
      }
    }
  }
  return null
}
