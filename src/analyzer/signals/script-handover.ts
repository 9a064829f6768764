// What a start script does with the arguments it is given: `exec "$@"` hands over to them (the script is a
// wrapper), `exec gosu app /app/server "$@"` passes them to its own server, and a hand-over guarded by an
// argument test only happens when the image gives a CMD. Also the privilege/init wrappers (`gosu`,
// `su-exec`, `tini`) dropped to reach the program they run.
import { SHELL_WORD } from './script-files.js'

/** Shell words that open and close a block (`if … fi`, `case … esac`, loops). */
export const OPENERS = /^(?:if|case|for|while|until|select)\b/
export const CLOSERS = /^(?:fi|esac|done)\b/

/** `"$@"` / `"${@}"`: the script's own arguments. */
export const ALL_ARGS = /^"?\$(?:@|\{@\})"?$/
/** `"exec $(printf ' %q' "$@")"`: the shell command line that execs the script's arguments, requoted. */
const REQUOTED_ARGS = /^["']exec\s+\$\(\s*printf\s+["']\s*%q["']\s+"\$(?:@|\{@\})"\s*\)["']$/
/** Programs that only drop privileges or forward signals, with how many operands (user, group) they take. */
const EXEC_WRAPPERS: [RegExp, number][] = [
  [/^(?:\S*\/)?(?:gosu|su-exec|s6-setuidgid|chpst)$/, 1],
  [/^(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit|setpriv)$/, 0]
]

/** Options of `runuser -u app -- cmd` (util-linux) that take a value: the user and groups to switch to. */
const RUNUSER_VALUE_OPTIONS = /^(?:-u|--user|-g|--group|-G|--supp-group|-w|--whitelist-environment)$/

/** Options of `sudo -u app -- cmd` that take a value (user, group, prompt, directories, role, type, timeout). */
const SUDO_VALUE_OPTIONS =
  /^(?:-[ugpCDhRrtTU]|--(?:user|group|prompt|close-from|chdir|host|chroot|role|type|command-timeout|other-user))$/

/**
 * The index of the first word after `sudo` and its options at `i` (`sudo -E -H -n -u "#${PUID}" -g "#$PGID" --
 * "$@"`: an entrypoint dropping root before it runs the image's command), or -1 when the sudo call is no
 * wrapper: a shell (`-s`, `-i`), an edit (`-e`), a listing (`-l`, `-v`, `-k`) run no command of the script.
 */
function afterSudo(words: readonly string[], i: number): number {
  let j = i + 1
  while (j < words.length && words[j]!.startsWith('-')) {
    const word = words[j]!
    if (word === '--') return j + 1
    if (
      /^-[a-zA-Z]*[siekKlvV]/.test(word) ||
      /^--(?:shell|login|edit|list|validate|reset-timestamp|remove-timestamp|version)$/.test(word)
    )
      return -1
    j += SUDO_VALUE_OPTIONS.test(word) ? 2 : 1
  }
  return j
}

/**
 * The index of the first word after the privilege/init wrapper at `i` and its operands, or -1 when `words[i]`
 * is no wrapper. `runuser -u app [--] cmd` counts as one (the command follows its options), and so does
 * `sudo [options] [--] cmd`; its su-style form `runuser app -c "…"` does not (unwrapSwitchUser reads that one).
 */
function afterWrapper(words: readonly string[], i: number): number {
  const word = words[i] ?? ''
  if (/^(?:\S*\/)?sudo$/.test(word)) return afterSudo(words, i)
  if (/^(?:\S*\/)?runuser$/.test(word)) {
    let j = i + 1
    let user = false
    while (j < words.length && words[j]!.startsWith('-')) {
      if (words[j] === '--') return user ? j + 1 : -1
      if (words[j] === '-c' || words[j] === '--command') return -1
      if (RUNUSER_VALUE_OPTIONS.test(words[j]!)) {
        user ||= words[j] === '-u' || words[j] === '--user'
        j += 2
      } else j++
    }
    return user ? j : -1
  }
  const wrapper = EXEC_WRAPPERS.find(([re]) => re.test(word))
  if (!wrapper) return -1
  let j = i + 1
  while (j < words.length && words[j]!.startsWith('-')) j++
  return j + wrapper[1]
}

/**
 * What an `exec … "$@"` line hands its arguments to: `handover` when nothing but privilege or init wrappers
 * stand before them (`exec "$@"`, `exec gosu app "$@"`), `self` when the script re-runs itself as another
 * user (`exec gosu "$PUID" "$0" "$@"`), `program` when a program of its own takes them
 * (`exec /vaultwarden "$@"`, `exec gosu app /app/lldap "$@"`: that program is the server).
 */
export function execArgumentsKind(line: string): 'handover' | 'self' | 'program' | null {
  const m = /(?:^|[\s;&|])exec\s+(.*)$/.exec(line.trim())
  if (!m) return null
  // `then exec "$@"; fi`: the exec ends at the first command separator.
  const words = m[1]!
    .split(/\s*(?:;|&&|\|\|)\s*/)[0]!
    .trim()
    .split(/\s+/)
  const passesArguments = words.some(w => ALL_ARGS.test(w))
  let i = 0
  while (i < words.length && !ALL_ARGS.test(words[i]!)) {
    const next = afterWrapper(words, i)
    if (next < 0) break
    i = next
  }
  const next = words[i]
  // `exec gosu "$PUID" /bin/bash -c "exec $(printf ' %q' "$@")"`: a shell re-running the arguments, requoted
  // (to load the user's environment), is a hand-over too.
  if (
    next !== undefined &&
    SHELL_WORD.test(next) &&
    words[i + 1] === '-c' &&
    REQUOTED_ARGS.test(words.slice(i + 2).join(' '))
  )
    return 'handover'
  if (!passesArguments) return null
  if (next === undefined || ALL_ARGS.test(next)) return 'handover'
  if (/^"?\$(?:0|\{0\}|\{?BASH_SOURCE(?:\[0\])?\}?)"?$/.test(next)) return 'self'
  return 'program'
}

/**
 * `exec $1` / `exec "${1}"` as the script's last command: it runs the program it was given first (Quarkus'
 * entrypoint scripts set up TLS stores, then `exec $1` with `run-java.sh` from the ENTRYPOINT).
 */
export function handsOverToFirstArgument(text: string): boolean {
  const lines = text
    .split('\n')
    .map(l => l.trim())
    .filter(l => l && !l.startsWith('#'))
  return /^exec\s+"?\$(?:1|\{1\})"?\s*$/.test(lines[lines.length - 1] ?? '')
}

/**
 * A Node entrypoint script running its own arguments as the command: fly.io's generated
 * `docker-entrypoint.js` migrates, then `exec(process.argv.slice(2).join(' '))` through child_process
 * (`spawn(command, { shell: true })`); `spawn(process.argv[2], process.argv.slice(3))` likewise.
 */
const NODE_RUNS_ARGUMENTS =
  /\b(?:exec|execSync|spawn|spawnSync|execFile|execFileSync|execa|execaCommand)\s*\(\s*process\.argv(?:\.slice\(\s*2\s*\)|\[\s*2\s*\])/

/** `exec "$@"` / `exec gosu app "$@"` (or a Node script's `spawn(process.argv.slice(2)…)`): the script runs whatever it was given. */
export function handsOverToArguments(text: string): boolean {
  return (
    text.split('\n').some(l => !l.trim().startsWith('#') && execArgumentsKind(l) === 'handover') ||
    NODE_RUNS_ARGUMENTS.test(text)
  )
}

/** An `if`/`elif` condition that holds when the script was given arguments: `[ $# -gt 0 ]`, `[ -n "$1" ]`. */
export const ARGUMENTS_GIVEN =
  /\$\{?#\}?"?\s*(?:-gt|-ne|!=|>)\s*["']?0\b|\$\{?#\}?"?\s*-ge\s*["']?1\b|-n\s+"?\$(?:\{?[1@*](?::-)?\}?)"?|"?\$\{?[1@*](?::-)?\}?"?\s*!=\s*(?:""|'')/

/**
 * An `if` condition that holds when the script was given no argument: `[ $# -eq 0 ]`, `[ -z "$1" ]`, and
 * `test "$#" -ne 1` (not exactly one argument — true for none): its `then` branch is what an argumentless
 * run does, and an `exec "$@"` in its `else` branch runs only with arguments.
 */
export const ARGUMENTS_ABSENT =
  /\$\{?#\}?"?\s*(?:-eq|==?)\s*["']?0\b|\$\{?#\}?"?\s*-lt\s*["']?1\b|\$\{?#\}?"?\s*(?:-ne|!=)\s*["']?1\b|-z\s+"?\$\{?[1@*]\}?"?/

/**
 * Every hand-over (`exec "$@"`) of the script sits in a top-level `if`/`elif` branch taken only when it was
 * given arguments (`if [ "$#" -gt 0 ]; then exec "$@"; fi`, `if [ "$1" != "" ]; then exec "$@"; elif …`):
 * an image without CMD runs what the script does otherwise.
 */
export function handsOverOnlyWithArguments(text: string): boolean {
  const lines = text.split('\n')
  let depth = 0
  let guarded = false
  let absentTest = false
  let any = false
  for (const raw of lines) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const branch = /^(?:if|elif)\b/.test(line)
    if (branch && (depth === 0 || (depth === 1 && line.startsWith('elif')))) {
      guarded = ARGUMENTS_GIVEN.test(line)
      absentTest = ARGUMENTS_ABSENT.test(line)
    } else if (depth === 1 && /^else\b/.test(line)) {
      // The else of a no-argument test runs only with arguments.
      guarded = absentTest
      absentTest = false
    }
    const inline = /\b(?:fi|esac|done)\s*;?\s*$/.test(line)
    if (execArgumentsKind(line) === 'handover') {
      any = true
      // Inside the guarded top-level branch (or an inline `if …; then exec "$@"; fi`), nowhere else.
      if (!guarded || !(depth === 1 || (branch && depth === 0 && inline))) return false
    }
    if (OPENERS.test(line) && !inline) depth++
    else if (CLOSERS.test(line)) depth = Math.max(0, depth - 1)
    if (depth === 0 && !branch) guarded = false
  }
  return any
}

/**
 * `gosu "$UID:$GID" /app/lldap run` → `/app/lldap run`, `runuser -u app -- java -jar a.jar` → `java -jar a.jar`:
 * privilege and init wrappers with their operands dropped.
 */
export function dropExecWrappers(command: string): string[] {
  const words = command.split(/\s+/).filter(Boolean)
  let i = 0
  for (let next = afterWrapper(words, i); next >= 0; next = afterWrapper(words, i)) i = next
  return words.slice(i)
}
