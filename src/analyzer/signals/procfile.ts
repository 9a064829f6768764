// Procfile `web:` line: the start command a Heroku-style platform would run, and a port when it is literal.
import type { Candidate } from '../providers/types.js'
import { CONFIDENCE } from '../providers/types.js'
import { evidenceAt } from './evidence.js'
import { portFromCommand } from './ports.js'

export function readProcfile(
  path: string,
  text: string
): { startCommand: Candidate<string>[]; port: Candidate<number>[] } {
  const m = /^web:[ \t]*(.+)$/m.exec(text)
  if (!m) return { startCommand: [], port: [] }
  const command = m[1]!.trim()
  const evidence = [evidenceAt(path, text, m.index)]
  const port = portFromCommand(command)
  return {
    startCommand: [
      { value: command, confidence: CONFIDENCE.declared - 0.05, source: 'Procfile web', evidence }
    ],
    port:
      port !== null
        ? [{ value: port, confidence: CONFIDENCE.declared - 0.05, source: 'Procfile web', evidence }]
        : []
  }
}
