// Flag parsing for the local-target commands: `--flag value` and `--flag=value`, typed once, with one-line
// errors that say what is wrong and how to fix it. (analyze keeps its own parser; same conventions.)
import { parseDuration } from '../pipeline/duration.js'

/** Bad command-line input: printed as one line, exit code 2. */
export class UsageError extends Error {}

export type FlagKind = 'string' | 'boolean' | 'port' | 'count' | 'duration'

export interface CommandSpec {
  command: string
  flags: Record<string, { kind: FlagKind; example: string }>
  /** Names of positional arguments, in order (all optional). */
  positional: string[]
}

export type ParsedFlags = Record<string, string | number | boolean | undefined>

export interface Parsed {
  flags: ParsedFlags
  positional: string[]
}

export function parseArgs(argv: string[], spec: CommandSpec): Parsed {
  const flags: ParsedFlags = {}
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string
    if (!raw.startsWith('--') || raw === '--') {
      if (raw.startsWith('-') && raw !== '-')
        throw new UsageError(`unknown option '${raw}' for ${spec.command}; see 'deplight --help'`)
      positional.push(raw)
      continue
    }
    const eq = raw.indexOf('=')
    const name = eq > 0 ? raw.slice(2, eq) : raw.slice(2)
    const def = spec.flags[name]
    if (!def) throw new UsageError(`unknown option '--${name}' for ${spec.command}; see 'deplight --help'`)
    if (def.kind === 'boolean') {
      if (eq > 0) throw new UsageError(`--${name} takes no value`)
      flags[name] = true
      continue
    }
    const value: string | undefined = eq > 0 ? raw.slice(eq + 1) : argv[i + 1]
    if (eq < 0) i++
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value, e.g. --${name} ${def.example}`)
    flags[name] = convert(name, def.kind, value, def.example)
  }
  if (positional.length > spec.positional.length) {
    const takes = spec.positional.length
      ? `takes ${spec.positional.map(p => `[${p}]`).join(' ')}`
      : 'takes no arguments'
    throw new UsageError(`${spec.command} ${takes}, got: ${positional.join(' ')}`)
  }
  return { flags, positional }
}

function convert(name: string, kind: FlagKind, value: string, example: string): string | number {
  if (kind === 'string') {
    if (value === '') throw new UsageError(`--${name} needs a value, e.g. --${name} ${example}`)
    return value
  }
  if (kind === 'duration') {
    try {
      return parseDuration(value, `--${name}`)
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }
  const n = Number(value)
  if (kind === 'port' && (!/^\d+$/.test(value) || n < 1 || n > 65535))
    throw new UsageError(`--${name} must be a port number between 1 and 65535, got "${value}"`)
  if (kind === 'count' && (!/^\d+$/.test(value) || n < 1))
    throw new UsageError(`--${name} must be a positive whole number, got "${value}"`)
  return n
}

export const str = (flags: ParsedFlags, name: string): string | null =>
  typeof flags[name] === 'string' ? (flags[name] as string) : null
export const num = (flags: ParsedFlags, name: string): number | null =>
  typeof flags[name] === 'number' ? (flags[name] as number) : null
export const bool = (flags: ParsedFlags, name: string): boolean => flags[name] === true
