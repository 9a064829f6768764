// The files the GitHub runner hands an action (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, an event), read back.
import { readFileSync } from 'node:fs'

/** `name<<DELIM … DELIM` blocks (what @actions/core writes) as a map. */
export function parseOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i] as string)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string)
    outputs[m[1] as string] = value.join('\n')
  }
  return outputs
}
