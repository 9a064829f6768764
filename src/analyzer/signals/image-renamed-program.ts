// An ENTRYPOINT the image makes itself out of a build output (`RUN mv /app/bin/${RELEASE_NAME}
// /app/bin/entrypoint`, `cp target/release/server /usr/local/bin/docker-entrypoint`) is the app's own program,
// whatever its name: it runs CMD as its arguments (`entrypoint start`), it does not hand CMD over like an
// `exec "$@"` wrapper script named `entrypoint`.

/** `mv|cp|ln [-opts] SOURCE DEST` inside one shell command of a RUN line. */
const MOVE = /^\s*(?:mv|cp|ln|install)\b((?:\s+-\S+)*)\s+(\S+)\s+(\S+)\s*$/

/** True when a RUN line of the Dockerfile moves, copies or links a file to `program`'s path. */
export function imageMakesProgram(
  instructions: readonly { keyword: string; args: string }[],
  program: string
): boolean {
  const target = unquote(program)
  if (!target.startsWith('/')) return false
  for (const ins of instructions) {
    if (ins.keyword !== 'RUN') continue
    for (const command of ins.args.replace(/\\\n/g, ' ').split(/&&|;|\|\|/)) {
      const m = MOVE.exec(command)
      if (m && unquote(m[3]!) === target) return true
    }
  }
  return false
}

function unquote(word: string): string {
  return word.replace(/^["']|["']$/g, '')
}
