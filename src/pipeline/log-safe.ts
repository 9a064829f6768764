import { randomUUID } from 'node:crypto'

// Repository-controlled text (paths, folder and app names, command output) printed to an Actions log can
// run workflow commands: the runner reads every stdout line that starts with `::` (after spaces) as a
// command — `::add-mask::`, `::warning …::`, `::stop-commands::` — and also honours the older `##[command]`
// form, so a folder named `svc\n::add-mask::main` would mask "main" in the rest of the log, or forge
// annotations. core.warning/error/notice escape their message; core.info and streamed output do not.

/** Characters that end a log line, or that terminals and the log viewer may act on. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|::|##\[|^[\s:#]/

/**
 * A repository-controlled value, ready to interpolate into a log line: returned unchanged when it is
 * plain, otherwise as a double-quoted string with control characters as visible escapes (`\n`, `\r`,
 * `\u001b` …) and `##[` broken, so it can neither start a new line nor read as a runner command.
 */
export function logSafe(value: unknown): string {
  const text = String(value)
  if (!UNSAFE.test(text)) return text
  return JSON.stringify(text)
    .replace(/[\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[')
}

/**
 * Runs `fn` with workflow commands switched off (`::stop-commands::<token>` … `::<token>::`): for output we
 * stream but do not control, like a docker build's. The token is random, so the output cannot end the
 * pause itself.
 */
export async function withCommandsStopped<T>(
  write: (line: string) => void,
  fn: () => Promise<T>,
  token: string = randomUUID()
): Promise<T> {
  write(`::stop-commands::${token}\n`)
  try {
    return await fn()
  } finally {
    write(`::${token}::\n`)
  }
}
