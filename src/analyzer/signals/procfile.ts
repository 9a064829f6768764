// Procfile `web:` line: the start command a Heroku-style platform would run (followed into the repository
// script it runs, if that is all it does), and a port when it is literal.
import type { Candidate } from '../candidate.js'
import { evidenceAt } from './evidence.js'
import { commandPortEnv, portFromCommand } from './ports.js'
import { followStartScript, type RepoFileReader } from './start-script.js'
import { PORT, START } from '../precedence.js'

export function readProcfile(
  path: string,
  text: string,
  readFile?: RepoFileReader
): { startCommand: Candidate<string>[]; port: Candidate<number>[] } {
  const m = /^web:[ \t]*(.+)$/m.exec(text)
  if (!m) return { startCommand: [], port: [] }
  const declared = m[1]!.trim()
  const evidence = [evidenceAt(path, text, m.index)]
  // `web: bash Procfile.sh`: the script's final command is the process that serves.
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'
  const followed = readFile ? followStartScript(declared, dir, readFile) : null
  if (followed) evidence.push(followed.evidence)
  const command = followed?.command ?? declared
  const port = portFromCommand(command)
  return {
    startCommand: [{ value: command, confidence: START.deployFile, source: 'Procfile web', evidence }],
    port:
      port !== null
        ? [
            {
              value: port,
              confidence: PORT.deployFile,
              source: 'Procfile web',
              evidence,
              ...commandPortEnv(command, port)
            }
          ]
        : []
  }
}
