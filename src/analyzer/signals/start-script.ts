// Start commands that run a shell script of the repository (`ENTRYPOINT ["/sbin/tini", "--", "/boot.sh"]`,
// `CMD ["/bin/bash", "/entrypoint.sh"]`, Procfile `web: bash Procfile.sh`): the process that serves is the one
// the script ends with (`exec gunicorn app.wsgi`, `./Server`), so that is the command to report — with the
// script line as evidence. Scripts that hand over to their arguments (`exec "$@"`) are wrappers instead.
import type { Evidence } from '../report.js'

/** Reads a repository file (repository-relative path), or null. */
export type RepoFileReader = (path: string) => string | null

/** Init processes that only forward signals to the command given after them. */
const INIT_WORD = /^(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit)$/
/** Shells that run the script named after them. */
const SHELL_WORD = /^(?:\S*\/)?(?:sh|bash|ash|dash|zsh)$/

/**
 * The launcher words dropped: `tini -- x`, `dumb-init -- x`, `/bin/bash x`, `sh -e x` → `x …`. A shell with
 * `-c` runs a command line, not a script: left as is.
 */
export function dropLaunchers(command: string): string[] {
  const words = command.trim().split(/\s+/).filter(Boolean)
  let i = 0
  while (i < words.length) {
    const word = words[i]!
    if (INIT_WORD.test(word)) {
      i++
      while (i < words.length && words[i]!.startsWith('-')) i++
    } else if (SHELL_WORD.test(word)) {
      if (words.slice(i + 1).some(w => /^-\w*c\w*$/.test(w))) break
      i++
      while (i < words.length && words[i]!.startsWith('-')) i++
    } else break
  }
  return words.slice(i)
}

/** Longer script paths are not real ones (PATH_MAX is 4096); deeper ones are looked up by their last tails. */
const MAX_SCRIPT_PATH = 4096
const MAX_SCRIPT_SEGMENTS = 16

/**
 * Finds a script named by its image or relative path in the repository: `/opt/app/boot.sh` is looked up
 * by its tails (`opt/app/boot.sh`, `app/boot.sh`, `boot.sh`) beside the file that names it, then at the root.
 */
export function readRepoScript(
  scriptPath: string,
  baseDir: string,
  readFile: RepoFileReader
): { path: string; text: string } | null {
  // Only the last MAX_SCRIPT_SEGMENTS tails are tried: a hostile `/a/a/a/…` command of a megabyte would
  // otherwise cost one join and one lookup per segment, each as long as the command (quadratic).
  if (scriptPath.length > MAX_SCRIPT_PATH) return null
  const segments = scriptPath.split('/').filter(s => s && s !== '.')
  for (let i = Math.max(0, segments.length - MAX_SCRIPT_SEGMENTS); i < segments.length; i++) {
    const rel = segments.slice(i).join('/')
    for (const path of baseDir === '.' || baseDir === '' ? [rel] : [`${baseDir}/${rel}`, rel]) {
      const text = readFile(path)
      if (text !== null) return { path, text }
    }
  }
  return null
}

/** A shell script by its shebang, or by its `.sh` name when it has none (`bin/boot` in Ruby is not one). */
export function isShellScript(path: string, text: string): boolean {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text)
  if (!shebang) return /\.(?:ba)?sh$/.test(path)
  const interpreter = /(?:^|\/)env$/.test(shebang[1]!) ? (shebang[2] ?? '') : shebang[1]!
  return SHELL_WORD.test(interpreter)
}

/** `"$@"` / `"${@}"`: the script's own arguments. */
export const ALL_ARGS = /^"?\$(?:@|\{@\})"?$/
/** `"exec $(printf ' %q' "$@")"`: the shell command line that execs the script's arguments, requoted. */
const REQUOTED_ARGS = /^["']exec\s+\$\(\s*printf\s+["']\s*%q["']\s+"\$(?:@|\{@\})"\s*\)["']$/
/** Programs that only drop privileges or forward signals, with how many operands (user, group) they take. */
const EXEC_WRAPPERS: [RegExp, number][] = [
  [/^(?:\S*\/)?(?:gosu|su-exec|s6-setuidgid|chpst)$/, 1],
  [/^(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit|setpriv)$/, 0]
]

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
    const wrapper = EXEC_WRAPPERS.find(([re]) => re.test(words[i]!))
    if (!wrapper) break
    i++
    while (i < words.length && words[i]!.startsWith('-')) i++
    i += wrapper[1]
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

/** `exec "$@"` / `exec gosu app "$@"`: the script runs whatever it was given. */
export function handsOverToArguments(text: string): boolean {
  return text.split('\n').some(l => !l.trim().startsWith('#') && execArgumentsKind(l) === 'handover')
}

/** An `if`/`elif` condition that holds when the script was given arguments: `[ $# -gt 0 ]`, `[ -n "$1" ]`. */
const ARGUMENTS_GIVEN =
  /\$\{?#\}?"?\s*(?:-gt|-ne|!=|>)\s*["']?0\b|\$\{?#\}?"?\s*-ge\s*["']?1\b|-n\s+"?\$(?:\{?[1@*](?::-)?\}?)"?|"?\$\{?[1@*](?::-)?\}?"?\s*!=\s*(?:""|'')/

/**
 * Every hand-over (`exec "$@"`) of the script sits in a top-level `if`/`elif` branch taken only when it was
 * given arguments (`if [ "$#" -gt 0 ]; then exec "$@"; fi`, `if [ "$1" != "" ]; then exec "$@"; elif …`):
 * an image without CMD runs what the script does otherwise.
 */
export function handsOverOnlyWithArguments(text: string): boolean {
  const lines = text.split('\n')
  let depth = 0
  let guarded = false
  let any = false
  for (const raw of lines) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const branch = /^(?:if|elif)\b/.test(line)
    if (branch && (depth === 0 || (depth === 1 && line.startsWith('elif'))))
      guarded = ARGUMENTS_GIVEN.test(line)
    else if (depth === 1 && /^else\b/.test(line)) guarded = false
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

/** Shell commands that prepare, log or wait: never the serving process. */
const NOT_A_SERVER =
  /^(?:echo|printf|cd|export|set|unset|umask|trap|wait|sleep|chmod|chown|mkdir|rm|cp|mv|ln|source|\.|true|false|exit|return|shift|test|\[|\[\[|touch|cat|envsubst|sed|ulimit|fi|done|esac|then|else|do|local|readonly)$/

export const OPENERS = /^(?:if|case|for|while|until|select)\b/
export const CLOSERS = /^(?:fi|esac|done)\b/

/**
 * The command a script ends with at top level (outside if/case/loops/functions), when that is a program
 * that keeps running: `exec X` or a plain command not sent to the background, or the background job a
 * top-level `wait` waits on (when no serving command follows). Returns null for a script that ends in a
 * builtin, a background job nothing waits on or a hand-over to its arguments.
 */
export function scriptFinalCommand(
  text: string,
  withoutArguments = false,
  env?: ImageEnv
): { command: string; line: number; text: string } | null {
  return throughShellFunctions(text, topLevelFinalCommand(text, withoutArguments, env), withoutArguments, env)
}

/** `name() {` / `function name {` / `function name() {`: a shell function's opening line. */
const FUNCTION_OPENER =
  /^(?:function\s+([A-Za-z_][\w-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w-]*)\s*\(\s*\))\s*\{\s*$/

/** The script's shell functions by name: their body text and the line (1-based) before the body. */
export function shellFunctions(text: string): Map<string, { body: string; offset: number }> {
  const functions = new Map<string, { body: string; offset: number }>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = FUNCTION_OPENER.exec(lines[i]!.trim())
    if (!open) continue
    // The body ends at the `}` that closes it: braces of nested blocks (`${x}` aside) are counted.
    let depth = 1
    let end = i + 1
    for (; end < lines.length; end++) {
      const line = lines[end]!.trim()
      if (line.startsWith('#')) continue
      const code = line.replace(/\$\{[^}]*\}/g, '').replace(/"[^"]*"|'[^']*'/g, '')
      depth += (code.match(/(?:^|\s)\{(?=\s|$)/g) ?? []).length
      depth -= (code.match(/(?:^|[\s;])\}/g) ?? []).length
      if (depth <= 0) break
    }
    functions.set((open[1] ?? open[2])!, { body: lines.slice(i + 1, end).join('\n'), offset: i + 1 })
    i = end
  }
  return functions
}

/**
 * A script that ends by calling one of its own functions (`migrate; start_application`) runs what that
 * function ends with: `start_application() { PHX_SERVER=true ./bin/app start; }`. Followed a few levels deep.
 */
function throughShellFunctions(
  text: string,
  final: { command: string; line: number; text: string } | null,
  withoutArguments: boolean,
  env: ImageEnv | undefined,
  depth = 0
): { command: string; line: number; text: string } | null {
  if (final === null || depth > 3) return final
  const words = final.command.split(/\s+/)
  if (words.length !== 1) return final
  const fn = shellFunctions(text).get(words[0]!)
  if (!fn) return final
  const inner = topLevelFinalCommand(fn.body, withoutArguments, env)
  if (inner === null) return null
  const placed = { ...inner, line: inner.line + fn.offset }
  return throughShellFunctions(text, placed, withoutArguments, env, depth + 1)
}

function topLevelFinalCommand(
  text: string,
  withoutArguments = false,
  env?: ImageEnv
): { command: string; line: number; text: string } | null {
  // Given no arguments, a hand-over guarded by an argument test (see handsOverOnlyWithArguments) never runs.
  if (handsOverToArguments(text) && !(withoutArguments && handsOverOnlyWithArguments(text))) return null
  const lines = text.split('\n')
  let depth = 0
  let last: { command: string; line: number; text: string } | null = null
  // A script ending in `if [ "$OPT" = True ]; then exec a; else exec b; fi` runs b unless the option is set:
  // the last command of the else branch of a top-level `if` stands when nothing follows the block.
  let topIf: 'none' | 'then' | 'else' = 'none'
  let elseLast: { command: string; line: number; text: string } | null = null
  // A top-level `if [ "$RUNTIME" = 'rr' ]; then exec rr serve; fi` whose test the image's ENV decides: `run` in
  // the branch that runs (its lines count as top level), `skip` in the others, null when undecided (above).
  let known: 'run' | 'skip' | null = null
  let branchTaken = false
  const decide = (line: string, at: number): boolean | null =>
    env ? evaluateImageCondition(branchCondition(line), env, lines.slice(0, at).join('\n')) : null
  const jobs: { command: string; line: number; text: string }[] = []
  const jobPids = new Map<string, { command: string; line: number; text: string }>()
  let waited: { command: string; line: number; text: string } | null = null
  // Inside a double-quoted string that spans lines (`MSG="…` newline `…"`): its lines are text, not commands.
  let inString = false
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    const line = raw.trim()
    const quotes = (line.startsWith('#') ? '' : line.replace(/\\"/g, '')).split('"').length - 1
    const wasInString = inString
    if (quotes % 2 === 1) inString = !inString
    if (wasInString) continue
    if (!line || line.startsWith('#') || (i === 0 && line.startsWith('#!'))) continue
    // Continuation lines belong to the command before them; only the first line is read.
    if (i > 0 && /\\\s*$/.test(lines[i - 1]!)) continue
    if (CLOSERS.test(line) || /^\}/.test(line)) {
      depth = Math.max(0, depth - 1)
      if (depth === 0) {
        if (topIf === 'else') last = elseLast
        topIf = 'none'
        known = null
      }
      continue
    }
    if (depth === 1 && known !== null && /^(?:else|elif)\b/.test(line)) {
      const holds: boolean | null = branchTaken ? false : /^else\b/.test(line) ? true : decide(line, i)
      if (holds === null) {
        // An undecided `elif` after branches that do not run: the rest of the block as before.
        known = null
        topIf = 'then'
        last = null
      } else {
        known = holds ? 'run' : 'skip'
        branchTaken ||= holds
      }
      continue
    }
    // Lines of the branch that runs are the script's own top level.
    const level = known === 'run' ? depth - 1 : depth
    if (level === 0 && /^then\s*$/.test(line)) continue
    if (depth === 1 && topIf !== 'none' && /^(?:else|elif)\b/.test(line)) {
      topIf = /^else\b/.test(line) ? 'else' : 'then'
      elseLast = null
      continue
    }
    const opens =
      (OPENERS.test(line) && !/\b(?:fi|esac|done)\s*;?\s*$/.test(line)) ||
      /(?:^|\s)\{\s*$/.test(line) ||
      /^\w[\w-]*\s*\(\)\s*\{?\s*$/.test(line) ||
      /^function\s+\w/.test(line)
    if (opens) {
      const holds: boolean | null = depth === 0 && /^if\b/.test(line) ? decide(line, i) : null
      if (holds !== null) {
        known = holds ? 'run' : 'skip'
        branchTaken = holds
        topIf = 'none'
        depth++
        continue
      }
      // An `if` that tests for arguments starts a dispatch on them, not an optional setting: its else branch
      // is no default to report.
      if (depth === 0)
        topIf = /^if\b/.test(line) && !(withoutArguments && ARGUMENTS_GIVEN.test(line)) ? 'then' : 'none'
      depth++
      // Blocks inside a branch that does not run are only counted.
      if (known !== 'skip') last = null
      continue
    }
    if (known === 'skip') continue
    if (depth === 1 && topIf === 'else') {
      const found = serverCommandOf(line.replace(/\s*\\$/, ''), i + 1, raw)
      if (found || !/^(?:\w+=|export|echo|printf)\b/.test(line)) elseLast = found
    }
    if (level > 0) continue
    // `if [ "$X" = v ]; then exec server; fi` on one line: its body runs when the image's ENV passes the test.
    const inline = /^if\s+(.+?);\s*then\s+(.+?)\s*;?\s*fi\s*;?\s*$/.exec(line)
    const inlineHolds = inline && !/\b(?:if|elif|else)\b/.test(inline[2]!) ? decide(line, i) : null
    if (inlineHolds === false) continue
    if (inlineHolds === true) {
      const ran = serverCommandOf(inline![2]!, i + 1, raw)
      if (ran && /^exec\s/.test(inline![2]!)) return ran
      last = ran
      continue
    }
    // `./server "$@" &` then `PID=$!` and `wait $PID`: the job the script waits on is its main process (the
    // script stays to forward signals and read the exit code). A bare `wait` names one job only when the
    // script started one.
    const waits = /^wait(?:\s+"?\$\{?(\w+)\}?"?)?\s*;?\s*$/.exec(line)
    if (waits) {
      waited = waits[1] ? (jobPids.get(waits[1]) ?? null) : jobs.length === 1 ? jobs[0]! : null
      continue
    }
    const pid = /^(\w+)=\$!\s*;?\s*$/.exec(line)
    if (pid) {
      const job = jobs[jobs.length - 1]
      if (job) jobPids.set(pid[1]!, job)
      continue
    }
    const command = line.replace(/\s*\\$/, '')
    if (/[^&]&\s*$/.test(command)) {
      // The script's own arguments passed on (`"$@"`): none when it runs as a lone CMD.
      const job = serverCommandOf(command.replace(/\s*&\s*$/, ''), i + 1, raw)
      if (job)
        jobs.push({
          ...job,
          command: job.command
            .split(/\s+/)
            .filter(w => !ALL_ARGS.test(w))
            .join(' ')
        })
      last = null
      continue
    }
    last = serverCommandOf(command, i + 1, raw)
    if (last) waited = null
    // `exec` in the branch that runs replaces the script: nothing after it runs.
    if (last && known === 'run' && /^exec\s/.test(command)) return last
  }
  return last ?? waited
}

/** Values the image sets in the container's environment (Dockerfile ENV, after ARG expansion), by name. */
export type ImageEnv = ReadonlyMap<string, string>

/** The test of an `if`/`elif` line: `if [ "$X" = v ]; then` → `[ "$X" = v ]`. */
function branchCondition(line: string): string {
  return line
    .replace(/^(?:if|elif)\s+/, '')
    .replace(/\s*;\s*then\b[\s\S]*$/, '')
    .replace(/\s+then\s*$/, '')
    .trim()
}

const VAR_OPERAND = /^"?\$(?:\{(\w+)(?::?-([^}"]*))?\}|(\w+))"?$/
const LITERAL_OPERAND = /^(?:'([^']*)'|"([^"$`\\]*)"|([^\s'"$`\\]+))$/

/**
 * Decides a simple test of a variable the image sets: `[ "$X" = 'v' ]`, `[ "$X" == v ]`, `[ "$X" != v ]`,
 * `[[ $X = v ]]`, `test "$X" = v`, `[ -n "$X" ]`, `[ -z "$X" ]`, negated with `!`. Returns null for any other
 * condition, for a variable the image does not set, and for one the script assigns before (`before` is the
 * script up to the test): those are decided at run time.
 */
export function evaluateImageCondition(condition: string, env: ImageEnv, before = ''): boolean | null {
  let negate = false
  let c = condition.trim()
  const bang = /^!\s+/
  if (bang.test(c)) {
    negate = true
    c = c.replace(bang, '')
  }
  const m = /^\[\[\s+(.+?)\s+\]\]$/.exec(c) ?? /^\[\s+(.+?)\s+\]$/.exec(c) ?? /^test\s+(.+)$/.exec(c)
  if (!m) return null
  const double = c.startsWith('[[')
  let inner = m[1]!.trim()
  if (bang.test(inner)) {
    negate = !negate
    inner = inner.replace(bang, '')
  }
  const words = inner.match(/'[^']*'|"[^"]*"|\S+/g) ?? []
  const valueOf = (word: string): string | null => {
    const v = VAR_OPERAND.exec(word)
    if (!v) return null
    const name = (v[1] ?? v[3])!
    const value = env.get(name)
    if (value === undefined || assignedBefore(name, before)) return null
    return value === '' && v[2] !== undefined ? v[2] : value
  }
  const literalOf = (word: string): string | null => {
    const l = LITERAL_OPERAND.exec(word)
    if (!l) return null
    const text = (l[1] ?? l[2] ?? l[3])!
    // `[[ $X == v* ]]` matches a pattern: not decided here.
    return double && l[3] !== undefined && /[*?[]/.test(text) ? null : text
  }
  let result: boolean | null = null
  if (words.length === 2 && (words[0] === '-n' || words[0] === '-z')) {
    const value = valueOf(words[1]!)
    if (value !== null) result = words[0] === '-n' ? value !== '' : value === ''
  } else if (words.length === 3 && /^(?:=|==|!=)$/.test(words[1]!)) {
    const [a, op, b] = words as [string, string, string]
    const left = valueOf(a)
    const pair = left !== null ? [left, literalOf(b)] : [valueOf(b), literalOf(a)]
    if (pair[0] !== null && pair[1] !== null) result = (pair[0] === pair[1]) === (op !== '!=')
  }
  return result === null ? null : result !== negate
}

/** The script sets, clears or reads `name` itself before the test: the image's value may not be the one tested. */
function assignedBefore(name: string, before: string): boolean {
  return new RegExp(
    `(?:^|[\\s;&|(])(?:(?:export|local|readonly|declare)\\s+(?:-\\w+\\s+)*)?${name}\\+?=|\\bunset\\s+(?:-v\\s+)?${name}\\b|\\b(?:read|getopts)\\b[^\\n;|&]*\\b${name}\\b|\\bfor\\s+${name}\\b`,
    'm'
  ).test(before)
}

function serverCommandOf(
  line: string,
  lineNumber: number,
  raw: string
): { command: string; line: number; text: string } | null {
  if (/&\s*$/.test(line) && !/&&\s*$/.test(line)) return null
  // Of a chain, the command that stays running is the last one.
  const part =
    line
      .split(/\s*(?:&&|;)\s*/)
      .filter(Boolean)
      .pop() ?? ''
  const kind = execArgumentsKind(part)
  if (kind === 'handover' || kind === 'self') return null
  // `exec gosu app /app/lldap "$@"`: the program after the wrapper, without the arguments it passes on.
  let command = part.replace(/^exec\s+/, '').trim()
  if (kind === 'program')
    command = dropExecWrappers(command)
      .filter(w => !ALL_ARGS.test(w))
      .join(' ')
  command = unwrapSwitchUser(command)
  // `PHX_SERVER=true ./bin/app start`: environment for one command; the program follows it.
  const assigned = LEADING_ASSIGNMENTS.exec(command)
  if (assigned && assigned[0].length < command.length && !/[`(]/.test(assigned[0]))
    command = command.slice(assigned[0].length).replace(/^exec\s+/, '')
  const program = command.split(/\s+/)[0] ?? ''
  if (!program || NOT_A_SERVER.test(program) || /^\w+=/.test(program)) return null
  return { command, line: lineNumber, text: raw.trim() }
}

/** `su app -c "…"`, `su -s /bin/sh app -c '…'`, `runuser -u app -c "…"`: the program, then `-c` and the quoted line. */
const SWITCH_USER_PROGRAM = /^(?:\S*\/)?(?:su|runuser)\s/
const SWITCH_USER_COMMAND = /\s-c\s+(["'])(.+)\1\s*$/
/** `VAR=value` words before a command: environment for it, not the program. */
const LEADING_ASSIGNMENTS = /^(?:\w+=(?:"[^"]*"|'[^']*'|[^\s"'`]*)\s+)+/

/**
 * `su app -c "HOME=/data /app/server --config /c.yml"` → `/app/server --config /c.yml`: the command a user
 * switch runs (images that start as root to fix ownership, then drop to the app's user), with the
 * environment assignments before it dropped. Any other command is returned as it is.
 */
export function unwrapSwitchUser(command: string): string {
  const line = command.trim()
  if (line.length > 2000 || !SWITCH_USER_PROGRAM.test(line)) return command
  const m = SWITCH_USER_COMMAND.exec(line)
  // The user and options before `-c` are plain words; a quote there means another shape.
  if (!m || /["']/.test(line.slice(0, m.index))) return command
  const inner = m[2]!
    .trim()
    .replace(/^exec\s+/, '')
    .replace(LEADING_ASSIGNMENTS, '')
    .replace(/^exec\s+/, '')
    .trim()
  return inner === '' || /[;&|]/.test(inner) ? command : inner
}

/** `gosu "$UID:$GID" /app/lldap run` → `/app/lldap run`: privilege and init wrappers with their operands dropped. */
export function dropExecWrappers(command: string): string[] {
  const words = command.split(/\s+/).filter(Boolean)
  let i = 0
  for (;;) {
    const wrapper = EXEC_WRAPPERS.find(([re]) => re.test(words[i] ?? ''))
    if (!wrapper) break
    i++
    while (i < words.length && words[i]!.startsWith('-')) i++
    i += wrapper[1]
  }
  return words.slice(i)
}

/** The repository shell script `command` runs when it runs nothing but that script (launchers aside). */
export function loneRepoScript(
  command: string,
  baseDir: string,
  readFile: RepoFileReader
): { path: string; text: string } | null {
  const words = dropLaunchers(command)
  if (words.length !== 1) return null
  const script = readRepoScript(words[0]!, baseDir, readFile)
  return script && isShellScript(script.path, script.text) ? script : null
}

/**
 * Follows a start command into the repository script it runs, when it runs nothing but that script. Returns
 * the script's final command and the evidence line, or null when the command is not a lone script, the
 * script is not in the repository, or it does not end in a serving command. A script that hands over to its
 * arguments only when given some (`if [ $# -gt 0 ]; then exec "$@"; fi` … `exec gunicorn …`) is followed to
 * the command it runs without them: an ENTRYPOINT script with no CMD, or a lone CMD script.
 */
export function followStartScript(
  command: string,
  baseDir: string,
  readFile: RepoFileReader,
  env?: ImageEnv
): { command: string; evidence: Evidence } | null {
  const script = loneRepoScript(command, baseDir, readFile)
  if (!script) return null
  // A lone script runs without arguments: a hand-over guarded by an argument test never fires. Tests of
  // variables the image sets (`env`) choose the branch that runs.
  const final = scriptFinalCommand(script.text, true, env)
  if (!final) return null
  return {
    command: expandScriptVariables(final.command, script.text, final.line),
    evidence: { file: script.path, line: final.line, text: final.text }
  }
}

/**
 * `if [ -n "$TRACING" ]; then node --import tracer server.js; else node server.js; fi` → the else branch: what
 * runs when the optional setting is not given. Any other command is returned unchanged.
 */
export function defaultBranch(command: string): string {
  const m = /^\s*if\s[\s\S]+?;\s*then\s+([\s\S]+?);?\s+else\s+([\s\S]+?);?\s+fi\s*;?\s*$/.exec(command)
  if (!m || /\b(?:if|elif)\b/.test(m[2]!)) return command
  return m[2]!.trim()
}

/**
 * Entrypoint scripts that dispatch on their first argument (`case "$1" in server) shift; server ;; …`,
 * the Redash/Sentry style): the CMD word picks an arm, and the arm runs a command or a function of the
 * script that ends in one. Returns that command with the line it is on, or null.
 */
export function dispatchedCommand(
  text: string,
  word: string
): { command: string; line: number; text: string } | null {
  if (!/^[\w-]+$/.test(word) || word.length > MAX_WORD) return null
  const lines = text.split('\n')
  const arm = lines.findIndex(l =>
    new RegExp(`^\\s*(?:[\\w-]+\\s*\\|\\s*)*${escapeWord(word)}(?:\\s*\\|\\s*[\\w-]+)*\\s*\\)`).test(l)
  )
  if (arm < 0) return ifDispatchedCommand(lines, word)
  let last: { command: string; line: number; text: string } | null = null
  for (let i = arm; i < lines.length; i++) {
    const body = i === arm ? lines[i]!.slice(lines[i]!.indexOf(')') + 1) : lines[i]!
    const end = body.indexOf(';;')
    const line = (end >= 0 ? body.slice(0, end) : body).trim()
    if (line && !line.startsWith('#')) {
      const fn = functionFinalCommand(lines, line)
      const found = fn ?? serverCommandOf(line, i + 1, lines[i]!)
      if (found || !/^(?:shift|export|echo|printf|unset|set)\b/.test(line)) last = found
    }
    if (end >= 0) break
  }
  return last
}

/**
 * The same dispatch written as tests of the first argument (`if [[ "$1" = 'run' ]]; then exec /app/bin/x
 * start; elif [ "$1" = 'db' ]; then …; fi`, the papercups style): the branch whose test names the word runs
 * up to the next `elif`/`else`/`fi`; its last server command (or the function it calls) is the command.
 */
function ifDispatchedCommand(
  lines: string[],
  word: string
): { command: string; line: number; text: string } | null {
  const test = new RegExp(
    `^\\s*(?:el)?if\\s+\\[\\[?\\s*["']?\\$\\{?1\\}?["']?\\s*==?\\s*["']?${escapeWord(word)}["']?\\s*\\]\\]?\\s*;?\\s*(?:then\\b(.*))?$`
  )
  const start = lines.findIndex(l => test.test(l))
  if (start < 0) return null
  let last: { command: string; line: number; text: string } | null = null
  for (let i = start; i < lines.length; i++) {
    const body = i === start ? (test.exec(lines[i]!)?.[1] ?? '') : lines[i]!
    if (i > start && /^\s*(?:elif|else|fi)\b/.test(body)) break
    // A one-line branch (`then exec x; fi`) ends on its own line.
    const closes = /;\s*(?:fi|elif\b.*|else\b.*)$/.exec(body)
    const line = (closes ? body.slice(0, closes.index) : body).replace(/^\s*then\b/, '').trim()
    if (line && !line.startsWith('#')) {
      const found = functionFinalCommand(lines, line) ?? serverCommandOf(line, i + 1, lines[i]!)
      if (found || !/^(?:shift|export|echo|printf|unset|set)\b/.test(line)) last = found
    }
    if (closes) break
  }
  return last
}

/** Arm and function names longer than this are no real ones (and would build a regex too large to compile). */
const MAX_WORD = 256

function escapeWord(word: string): string {
  return word.replace(/-/g, '\\-')
}

/** The final command of the script function `name` when `call` is a bare call of it, else null. */
function functionFinalCommand(
  lines: string[],
  call: string
): { command: string; line: number; text: string } | null {
  if (!/^[A-Za-z_][\w-]*$/.test(call) || call.length > MAX_WORD) return null
  const start = lines.findIndex(l =>
    new RegExp(`^\\s*(?:function\\s+)?${escapeWord(call)}\\s*(?:\\(\\s*\\))?\\s*\\{?\\s*$`).test(l)
  )
  if (start < 0) return null
  let last: { command: string; line: number; text: string } | null = null
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (/^\}/.test(line)) break
    if (!line || line.startsWith('#') || line === '{') continue
    const found = serverCommandOf(line, i + 1, lines[i]!)
    if (found || !/^(?:\w+=|export|echo|printf|local|shift)\b/.test(line)) last = found
  }
  return last
}

/**
 * Follows an ENTRYPOINT dispatcher script (one that also hands over to its arguments for other words)
 * to the command its CMD word selects: `ENTRYPOINT ["/app/bin/docker-entrypoint"]` + `CMD ["server"]`.
 */
export function followDispatch(
  entrypoint: string,
  cmd: string,
  baseDir: string,
  readFile: RepoFileReader
): { command: string; evidence: Evidence } | null {
  const words = dropLaunchers(entrypoint)
  const args = cmd.trim().split(/\s+/)
  if (words.length !== 1 || args.length !== 1) return null
  const script = readRepoScript(words[0]!, baseDir, readFile)
  if (!script || !isShellScript(script.path, script.text)) return null
  const found = dispatchedCommand(script.text, args[0]!)
  if (!found) return null
  return {
    command: expandScriptVariables(found.command, script.text, found.line),
    evidence: { file: script.path, line: found.line, text: found.text }
  }
}

/**
 * Variables the script sets before `line` (`BIND=${BIND:-[::]:5000}`, `export WORKERS=4`) replaced in the
 * command taken out of it, so the command still means the same outside the script; unknown ones stay.
 */
export function expandScriptVariables(command: string, text: string, line: number): string {
  const values = new Map<string, string>()
  const lines = text.split('\n').slice(0, line - 1)
  const unquote = (v: string): string => v.trim().replace(/^(["'])(.*)\1$/, '$2')
  const expandBare = (v: string): string =>
    v.replace(
      /\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g,
      (whole, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
        const known = values.get((braced ?? bare)!)
        return known ?? (fallback !== undefined ? unquote(fallback) : whole)
      }
    )
  // A quoted word is expanded whole (`"0.0.0.0:${PORT}"` → `0.0.0.0:8000`); its quotes stay only where the
  // result still needs them (spaces, or a variable the script does not set).
  const expand = (v: string): string =>
    expandBare(
      v.replace(/"([^"]*)"/g, (whole, inner: string) => {
        if (!inner.includes('$')) return whole
        const e = expandBare(inner)
        return /[\s$]/.test(e) ? `"${e}"` : e
      })
    )
  for (const l of lines) {
    const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(\S*)\s*$/.exec(l)
    if (m) values.set(m[1]!, expand(unquote(m[2]!)))
  }
  return expand(command)
}
