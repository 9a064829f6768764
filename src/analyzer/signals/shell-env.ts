// A Dockerfile CMD/ENTRYPOINT that runs through a shell (shell form, or `["sh", "-c", "…"]`) expands the
// image's environment when the container starts: `-context ${CONTEXT}` with `ENV CONTEXT="/"` runs
// `-context /`. The reported command carries the value the image sets, so it means the same outside the
// image (a generated Dockerfile without that ENV would run `-context` with nothing). Only ENV counts: an ARG
// is gone at run time. Exec form without a shell passes `${X}` literally, so it is left alone, and so are
// variables the image does not set (the platform may) and single-quoted text (the shell does not expand it).

/** True when Docker runs these CMD/ENTRYPOINT arguments through a shell. */
export function runsInShell(args: string): boolean {
  const text = args.trim()
  if (!text.startsWith('[')) return true
  try {
    const parts = JSON.parse(text) as unknown
    return (
      Array.isArray(parts) &&
      parts.length >= 3 &&
      typeof parts[0] === 'string' &&
      /^(\/bin\/)?(ba)?sh$/.test(parts[0]) &&
      parts[1] === '-c'
    )
  } catch {
    // Malformed exec form: Docker runs it as shell form.
    return true
  }
}

/** The names a shell command refers to (`$X`, `${X}`, `${X:-d}`) outside single quotes. */
export function shellVariables(command: string): Set<string> {
  const names = new Set<string>()
  for (const segment of unquotedSegments(command))
    for (const m of segment.matchAll(/\$(?:\{(\w+)(?::?[-=+?][^}]*)?\}|(\w+))/g)) names.add((m[1] ?? m[2])!)
  return names
}

/**
 * `command` with the variables of `names` that `env` sets replaced by their values (`${X:-d}` by d when
 * the value is empty); other variables and single-quoted text unchanged; runs of blanks left by empty
 * values collapsed.
 */
export function expandImageEnv(
  command: string,
  names: ReadonlySet<string>,
  env: ReadonlyMap<string, string>
): string {
  let changed = false
  const out = command.replace(
    /'[^']*'|\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g,
    (whole, b?: string, d?: string, bare?: string) => {
      if (whole.startsWith("'")) return whole
      const name = (b ?? bare)!
      const value = env.get(name)
      if (!names.has(name) || value === undefined) return whole
      changed = true
      return value || (d ?? '')
    }
  )
  return changed ? out.replace(/[ \t]{2,}/g, ' ').trim() : command
}

function unquotedSegments(command: string): string[] {
  return command.split(/'[^']*'/)
}
