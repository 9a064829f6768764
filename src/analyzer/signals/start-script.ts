// Start commands that run a shell script of the repository (`ENTRYPOINT ["/sbin/tini", "--", "/boot.sh"]`,
// `CMD ["/bin/bash", "/entrypoint.sh"]`, Procfile `web: bash Procfile.sh`): the process that serves is the one
// the script ends with (`exec gunicorn app.wsgi`, `./Server`), so that is the command to report — with the
// script line as evidence. Scripts that hand over to their arguments (`exec "$@"`) are wrappers instead.
// Split by responsibility: script-files.ts finds the script, script-handover.ts reads what it does with its
// arguments (and the wrappers before a program), image-condition.ts decides branches the image's ENV
// settles, script-dispatch.ts follows a CMD word through a dispatching script.
import type { Evidence } from '../report.js'
import { evaluatedCommand, variableCommand } from './eval-command.js'
import { branchCondition, evaluateImageCondition, type ImageEnv } from './image-condition.js'
import {
  ALL_ARGS,
  ARGUMENTS_ABSENT,
  ARGUMENTS_GIVEN,
  CLOSERS,
  dropExecWrappers,
  execArgumentsKind,
  handsOverOnlyWithArguments,
  handsOverToArguments,
  OPENERS
} from './script-handover.js'
import { loneRepoScript, type RepoFileReader } from './script-files.js'
import { makeTargetCommand } from './make-target.js'

// The script helpers other readers use, from the modules that hold them (script-dispatch.ts, which needs
// this module, is imported from there directly).
export {
  dropLaunchers,
  isShellScript,
  loneRepoScript,
  readRepoScript,
  type RepoFileReader
} from './script-files.js'
export {
  ALL_ARGS,
  CLOSERS,
  dropExecWrappers,
  execArgumentsKind,
  handsOverOnlyWithArguments,
  handsOverToArguments,
  OPENERS
} from './script-handover.js'
export { evaluateImageCondition, type ImageEnv } from './image-condition.js'

/** A command read out of a script: its line, and the jobs of a multi-process script it was chosen from. */
export interface ScriptCommand {
  command: string
  line: number
  text: string
  /** Set when the script waits on several background jobs: their commands, in start order. */
  backgroundJobs?: string[]
}

/** Shell commands that prepare, log or wait: never the serving process. */
const NOT_A_SERVER =
  /^(?:echo|printf|cd|export|set|unset|umask|trap|wait|sleep|chmod|chown|mkdir|rm|cp|mv|ln|source|\.|true|false|exit|return|shift|test|\[|\[\[|touch|cat|envsubst|sed|ulimit|fi|done|esac|then|else|do|local|readonly)$/

/** Stopping processes: `kill $PID`, `kill -TERM "$(cat pid)"`, `pkill -P $$`, `killall node`. */
const TEARDOWN = /^(?:kill|pkill|killall)(?:\s|$)/

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
): ScriptCommand | null {
  const final = throughShellFunctions(
    text,
    lastServingCommand(text, withoutArguments, env),
    withoutArguments,
    env
  )
  // `eval "$cmd"` runs the command the script assigned to `cmd`, and so does `exec $cmd` (eval-command.ts).
  return (
    (final && (evaluatedCommand(text, final.line) ?? variableCommand(text, final.command, final.line))) ??
    final
  )
}

/** How many of the script's background jobs a `while kill -0 "$pid" && kill -0 "$pid2"` loop watches. */
function supervisedJobs(line: string, jobPids: ReadonlyMap<string, ScriptCommand>): number {
  if (!/^(?:while|until)\s/.test(line) || line.length > 2000) return 0
  const pids = [...line.matchAll(/\bkill\s+-0\s+"?\$\{?(\w+)\}?"?/g)].map(m => m[1]!)
  return new Set(pids.filter(pid => jobPids.has(pid))).size
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
  final: ScriptCommand | null,
  withoutArguments: boolean,
  env: ImageEnv | undefined,
  depth = 0
): ScriptCommand | null {
  if (final === null || depth > 3) return final
  const words = final.command.split(/\s+/)
  if (words.length !== 1) return final
  const fn = shellFunctions(text).get(words[0]!)
  if (!fn) return final
  const inner = lastServingCommand(fn.body, withoutArguments, env)
  if (inner === null) return null
  const placed = { ...inner, line: inner.line + fn.offset }
  return throughShellFunctions(text, placed, withoutArguments, env, depth + 1)
}

/** `while :`, `while true`, `while [ 1 ]` (with or without `; do`): a loop that never ends by itself. */
const RESTART_LOOP = /^while\s+(?::|true|\[\s*1\s*\]|\[\[\s*1\s*\]\])\s*(?:;\s*do)?\s*$/

function lastServingCommand(text: string, withoutArguments: boolean, env?: ImageEnv): ScriptCommand | null {
  // Given no arguments, a hand-over guarded by an argument test (see handsOverOnlyWithArguments) never runs.
  if (handsOverToArguments(text) && !(withoutArguments && handsOverOnlyWithArguments(text))) return null
  const lines = text.split('\n')
  const functions = shellFunctions(text)
  let depth = 0
  let last: ScriptCommand | null = null
  // A script ending in `if [ "$OPT" = True ]; then exec a; else exec b; fi` runs b unless the option is set:
  // the last command of the else branch of a top-level `if` stands when nothing follows the block.
  let topIf: 'none' | 'then' | 'else' = 'none'
  let elseLast: ScriptCommand | null = null
  // …and when that else branch ends in another optional-setting `if … else … fi` (`if [ -n "$SOCKET" ]; then
  // serve --socket; else serve --port; fi`), its own else branch is what runs by default.
  let nestedIf: 'none' | 'then' | 'else' = 'none'
  let nestedElseLast: ScriptCommand | null = null
  // A top-level `if [ "$RUNTIME" = 'rr' ]; then exec rr serve; fi` whose test the image's ENV decides: `run` in
  // the branch that runs (its lines count as top level), `skip` in the others, null when undecided (above).
  let known: 'run' | 'skip' | null = null
  let branchTaken = false
  const decide = (line: string, at: number): boolean | null =>
    env ? evaluateImageCondition(branchCondition(line), env, lines.slice(0, at).join('\n')) : null
  const jobs: ScriptCommand[] = []
  const jobPids = new Map<string, ScriptCommand>()
  let waited: ScriptCommand | null = null
  // Inside a double-quoted string that spans lines (`MSG="…` newline `…"`): its lines are text, not commands.
  let inString = false
  // A top-level `while true; do wait $PID; …; cmd & PID=$!; done` restart loop: the job it waits on is the
  // script's main process, as with a top-level `wait $PID`.
  let loopAtTop = false
  // A top-level command group over lines (`{` … `} &`, `(` … `) &`): sent to the background, it is one job
  // running the group's last serving command (`cd server && migrate && node index.js`).
  let groupAtTop = false
  let groupLast: ScriptCommand | null = null
  // A restart loop run in the foreground (`while :; do node index.js; sleep 1; done`, at the top level, in the
  // branch that runs, or in a top-level else branch): the command it restarts is the script's main process.
  let restart: {
    depth: number
    into: 'last' | 'else'
    command: ScriptCommand | null
    waits: boolean
  } | null = null
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
    if (CLOSERS.test(line) || /^[})]/.test(line)) {
      depth = Math.max(0, depth - 1)
      if (restart && depth === restart.depth - 1) {
        const restarted = restart.waits ? null : restart.command
        if (restarted && restart.into === 'else') elseLast = restarted
        else if (restarted) last = restarted
        restart = null
      }
      if (depth === 1 && topIf === 'else' && nestedIf !== 'none') {
        elseLast = nestedIf === 'else' ? nestedElseLast : null
        nestedIf = 'none'
      }
      if (depth === 0) {
        if (groupAtTop && /^[})]\s*&\s*$/.test(line) && groupLast) jobs.push(groupLast)
        groupAtTop = false
        groupLast = null
        loopAtTop = false
        if (topIf === 'else') last = elseLast
        topIf = 'none'
        known = null
      }
      continue
    }
    if (depth === 1 && known !== null && /^(?:else|elif)\b/.test(line)) {
      const holds: boolean | null = branchTaken ? false : /^else\b/.test(line) ? true : decide(line, i)
      if (holds === null) {
        // An undecided `elif` after branches that do not run: it may be the branch that runs by default
        // (`elif [ "$mode" = http ]` with `mode=${MODE:-http}`), so a later `else` is no default either.
        known = null
        topIf = 'none'
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
    if (depth === 2 && topIf === 'else' && nestedIf !== 'none' && /^(?:else|elif)\b/.test(line)) {
      nestedIf = /^else\b/.test(line) ? 'else' : 'then'
      nestedElseLast = null
      continue
    }
    if (depth === 1 && topIf !== 'none' && /^(?:else|elif)\b/.test(line)) {
      topIf = /^else\b/.test(line) ? 'else' : 'then'
      elseLast = null
      continue
    }
    const opens =
      (OPENERS.test(line) && !/\b(?:fi|esac|done)\s*;?\s*$/.test(line)) ||
      (line.includes('{') && /(?:^|\s)\{\s*$/.test(line)) ||
      /^\(\s*$/.test(line) ||
      /^\w[\w-]*\s*\(\)\s*\{?\s*$/.test(line) ||
      /^function\s+\w/.test(line)
    if (opens) {
      // `if [ $# -eq 0 ]; then exec server; else exec "$@"; fi` run without arguments takes its then branch;
      // `if [ $# -gt 0 ]; then exec "$@"; else exec server; fi` its else branch.
      const holds: boolean | null =
        depth === 0 && /^if\b/.test(line)
          ? withoutArguments && ARGUMENTS_ABSENT.test(line)
            ? true
            : withoutArguments && ARGUMENTS_GIVEN.test(line)
              ? false
              : decide(line, i)
          : null
      if (holds !== null) {
        known = holds ? 'run' : 'skip'
        branchTaken = holds
        topIf = 'none'
        depth++
        continue
      }
      // A top-level `while kill -0 "$api_pid" && kill -0 "$web_pid"; do sleep 1; done` supervises background
      // jobs (the image stops when one of them does), as `wait -n` does: the first job is its main process.
      const supervised = depth === 0 ? supervisedJobs(line, jobPids) : 0
      if (supervised > 1 && jobs.length > 1)
        waited = { ...jobs[0]!, backgroundJobs: jobs.map(j => j.command) }
      // An `if` that tests for arguments starts a dispatch on them, not an optional setting: its else branch
      // is no default to report.
      if (depth === 1 && topIf === 'else') {
        nestedIf = /^if\b/.test(line) && !(withoutArguments && ARGUMENTS_GIVEN.test(line)) ? 'then' : 'none'
        nestedElseLast = null
        // Whatever ran before the block is not the branch's last command any more.
        elseLast = null
      }
      if (depth === 0) {
        topIf = /^if\b/.test(line) && !(withoutArguments && ARGUMENTS_GIVEN.test(line)) ? 'then' : 'none'
        loopAtTop = /^(?:while|until)\b/.test(line)
        groupAtTop = /^[{(]\s*$/.test(line)
      }
      if (restart === null && RESTART_LOOP.test(line) && (level === 0 || (depth === 1 && topIf === 'else')))
        restart = { depth: depth + 1, into: level === 0 ? 'last' : 'else', command: null, waits: false }
      depth++
      // Blocks inside a branch that does not run are only counted.
      if (known !== 'skip') last = null
      continue
    }
    if (known === 'skip') continue
    if (depth === 2 && topIf === 'else' && nestedIf === 'else') {
      const found = serverCommandOf(withContinuation(lines, i, line.replace(/\s*\\$/, '')), i + 1, raw)
      if (found || !/^(?:\w+=|export|echo|printf)\b/.test(line)) nestedElseLast = found
    }
    if (depth === 1 && topIf === 'else') {
      const found = serverCommandOf(withContinuation(lines, i, line.replace(/\s*\\$/, '')), i + 1, raw)
      if (found || !/^(?:\w+=|export|echo|printf)\b/.test(line)) elseLast = found
    }
    if (level > 0) {
      if (restart && depth === restart.depth && !/^do\b/.test(line)) {
        if (/^wait\b/.test(line)) restart.waits = true
        else if (!/^(?:sleep|echo|printf|log\w*)\b/.test(line))
          restart.command =
            serverCommandOf(withContinuation(lines, i, line.replace(/\s*\\$/, '')), i + 1, raw) ??
            restart.command
      }
      if (groupAtTop && depth === 1)
        groupLast = serverCommandOf(line.replace(/\s*\\$/, ''), i + 1, raw) ?? groupLast
      const waitsInLoop = depth === 1 && loopAtTop ? /^wait\s+"?\$\{?(\w+)\}?"?\s*;?\s*$/.exec(line) : null
      if (waitsInLoop && jobPids.has(waitsInLoop[1]!)) waited = jobPids.get(waitsInLoop[1]!)!
      continue
    }
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
    // script started one. `wait -n` over several jobs (return when the first one ends, so the container
    // stops when any does) runs a multi-process image: the first job started is its main process — the
    // app, started before the helpers beside it (a plugin server, a metrics reporter).
    // `wait $!` waits on the job started last (`./server & wait $!`).
    const waits = /^wait(\s+-n)?(?:\s+"?\$\{?(\w+|!)\}?"?)?\s*;?\s*$/.exec(line)
    if (waits) {
      // The foreground commands between the jobs and the `wait` ran to their end (a migration, a one-off
      // `php cron.php`): the processes the script stays for are the jobs, never those commands.
      if (jobs.length > 0) last = null
      waited = waits[2]
        ? waits[2] === '!'
          ? (jobs[jobs.length - 1] ?? null)
          : (jobPids.get(waits[2]) ?? null)
        : jobs.length === 1
          ? jobs[0]!
          : waits[1] && jobs.length > 1
            ? { ...jobs[0]!, backgroundJobs: jobs.map(j => j.command) }
            : null
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
      // The script's own arguments passed on (`"$@"`): none when it runs as a lone CMD. A one-line group
      // (`(cd srv && node main.js) &`, `{ node worker.js; } &`) runs its last command.
      const job = serverCommandOf(ungrouped(command.replace(/\s*&\s*$/, '')), i + 1, raw)
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
    // A call to one of the script's own functions that serves nothing (`cleanup`, `migrate`) prepares or
    // tidies up: it neither serves nor ends the wait on the jobs started before it.
    const called = functions.get(command.split(/\s+/)[0] ?? '')
    if (called && lastServingCommand(called.body, withoutArguments, env) === null) continue
    // `kill $PYTHON_PID` after the foreground `pm2-runtime ecosystem.config.js`, `pkill -P $$` after `wait -n`:
    // teardown of the helpers once the main process has exited. It serves nothing and ends no wait.
    if (TEARDOWN.test(command)) continue
    last = serverCommandOf(withContinuation(lines, i, command), i + 1, raw)
    if (last) waited = null
    // A top-level `exec server` replaces the script: what follows it (`exit $?`, an error message) never
    // runs, so it cannot take the final command's place.
    if (last && depth === 0 && /^exec\s/.test(command)) return last
    // `exec` in the branch that runs replaces the script: nothing after it runs.
    if (last && known === 'run' && /^exec\s/.test(command)) return last
  }
  return last ?? waited
}

/**
 * The command at line `i` (`first`, its trailing backslash removed), joined with its continuation lines when
 * the first line ends before the program's arguments: `exec java \` or `exec runuser -u app -- \` over
 * `-jar app.jar` lines. A first line that already names the program with arguments stays as it is (the
 * options on the lines below are tuning, and only the first line is read elsewhere).
 */
function withContinuation(lines: readonly string[], i: number, first: string): string {
  if (!/\\\s*$/.test(lines[i]!)) return first
  const head = dropExecWrappers(first.replace(/^exec\s+/, '')).filter(w => w !== '--' && !ALL_ARGS.test(w))
  if (programOnly(head).length > 1) return first
  let joined = first
  for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
    const next = lines[j]!.trim()
    joined += ' ' + next.replace(/\s*\\$/, '')
    if (!/\\\s*$/.test(lines[j]!)) break
  }
  return joined.replace(/\s+/g, ' ').trim()
}

/**
 * The words of a command from its program on, without the launcher that names it: `python3 -m gunicorn` is
 * the program gunicorn (so is `uv run gunicorn`, `bundle exec puma`), and an `exec python3 -m gunicorn \`
 * line has not yet given the server its arguments (the app module comes on the continuation lines).
 */
function programOnly(words: readonly string[]): readonly string[] {
  if (/^(?:\S*\/)?python[\d.]*$/.test(words[0] ?? '') && words[1] === '-m') return words.slice(2)
  if (/^(?:uv|poetry|pipenv|pdm|hatch)$/.test(words[0] ?? '') && words[1] === 'run') return words.slice(2)
  if (words[0] === 'bundle' && words[1] === 'exec') return words.slice(2)
  return words
}

/** `(cd srv && node main.js)` → `cd srv && node main.js`; `{ node worker.js; }` → `node worker.js`. */
function ungrouped(command: string): string {
  const m = /^\(\s*(.*?)\s*\)$/.exec(command) ?? /^\{\s+(.*?)\s*;?\s*\}$/.exec(command)
  return m ? m[1]! : command
}

/**
 * A one-line shell script (the line of a `sh -c` CMD) that starts background jobs and waits on them —
 * `(cd srv && migrate && node main.js) & sleep 10; reporter --url … & wait -n` — is read as the script it
 * is, one statement a line: its main job (see lastServingCommand) is the command it serves with. Null for
 * any other command.
 */
export function inlineScriptMainJob(command: string): ScriptCommand | null {
  if (
    command.length > 4000 ||
    !/(?:^|[^&>])&(?!&)/.test(command) ||
    !/(?:^|[;&]\s*)wait\b[^;&|]*$/.test(command)
  )
    return null
  const statements = topLevelStatements(command)
  if (statements.length < 2) return null
  const final = scriptFinalCommand(statements.join('\n'), true)
  return final?.backgroundJobs ? { ...final, line: 1, text: command } : null
}

/**
 * `tor-start.sh & ./run`: a one-line script that starts background jobs and then runs one command in the
 * foreground (no `wait`) lives as long as that last command, so it is the command the image serves with.
 * Null for any other command (a single statement, a `wait` at the end, `;` sequences).
 */
export function foregroundAfterJobs(command: string): string | null {
  if (command.length > MAX_INLINE_SCRIPT || !/(?:^|[^&>])&(?!&)/.test(command)) return null
  const statements = topLevelStatements(command)
  if (statements.length < 2) return null
  const last = statements[statements.length - 1]!
  const jobs = statements.slice(0, -1)
  if (!jobs.every(s => s.endsWith('&')) || last.endsWith('&') || /^wait\b/.test(last)) return null
  return last
}

/**
 * Splits a one-line shell command at its top-level `;` and `&` (a job: kept with its `&`), leaving `&&`,
 * `>&`/`&>` redirections, quotes and `( … )` / `{ … }` groups whole.
 */
function topLevelStatements(command: string): string[] {
  const out: string[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!
    if (quote) {
      if (c === quote) quote = null
      else if (c === '\\' && quote === '"') i++
      continue
    }
    if (c === '"' || c === "'") quote = c
    else if (c === '(' || c === '{') depth++
    else if (c === ')' || c === '}') depth = Math.max(0, depth - 1)
    else if (depth === 0 && c === ';') {
      out.push(command.slice(start, i).trim())
      start = i + 1
    } else if (depth === 0 && c === '&') {
      const paired = command[i + 1] === '&' || command[i - 1] === '&'
      const redirect = command[i - 1] === '>' || command[i + 1] === '>'
      if (paired || redirect) continue
      out.push(`${command.slice(start, i).trim()} &`)
      start = i + 1
    }
  }
  out.push(command.slice(start).trim())
  return out.filter(s => s !== '' && s !== '&')
}

export function serverCommandOf(line: string, lineNumber: number, raw: string): ScriptCommand | null {
  if (/&\s*$/.test(line) && !/&&\s*$/.test(line)) return null
  // Of a chain, the command that stays running is the last one; a `;` inside quotes (`nginx -g "daemon
  // off;"`) separates nothing.
  const part = chainParts(line).pop() ?? ''
  const kind = execArgumentsKind(part)
  if (kind === 'handover' || kind === 'self') return null
  // `exec gosu app /app/lldap "$@"`: the program after the wrapper, without the arguments it passes on;
  // `exec su-exec ${PUID}:${PGID} ./app server` (no "$@"): the program after the wrapper all the same.
  let command = part.replace(/^exec\s+/, '').trim()
  const unwrapped = dropExecWrappers(command).filter(w => !ALL_ARGS.test(w))
  if (unwrapped.length > 0) command = unwrapped.join(' ')
  command = unwrapShellLine(unwrapSwitchUser(command))
  // `PHX_SERVER=true ./bin/app start`: environment for one command; the program follows it.
  const assigned = LEADING_ASSIGNMENTS.exec(command)
  if (assigned && assigned[0].length < command.length && !/[`(]/.test(assigned[0]))
    command = command.slice(assigned[0].length).replace(/^exec\s+/, '')
  const program = command.split(/\s+/)[0] ?? ''
  if (!program || NOT_A_SERVER.test(program) || /^\w+=/.test(program)) return null
  return { command, line: lineNumber, text: raw.trim() }
}

/** The commands of a `&&`/`;` chain, split outside single and double quotes only. */
function chainParts(line: string): string[] {
  const parts: string[] = []
  let quote: string | null = null
  let from = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === ';' || (c === '&' && line[i + 1] === '&')) {
      parts.push(line.slice(from, i).trim())
      if (c === '&') i++
      from = i + 1
    }
  }
  parts.push(line.slice(from).trim())
  return parts.filter(Boolean)
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

/** `bash -c "export HOME=/data; cd /app; node index.js"`: a shell given one line, quoted. */
const SHELL_LINE = /^(?:\S*\/)?(?:ba|da|z)?sh\s+-c\s+(["'])(.+)\1\s*$/
/** Chain steps that only set up the command after them: exports, assignments, a change of folder. */
const SETUP_STEP = /^(?:export\s+\w+=|\w+=\S*$|cd\s+\S+$)/

/**
 * `bash -c "export HOME=$NPMHOME; node --abort_on_uncaught_exception index.js"` → `node
 * --abort_on_uncaught_exception index.js`: a shell line whose steps before the last only set the
 * environment (or the folder) runs that last command. Any other command is returned as it is.
 */
export function unwrapShellLine(command: string): string {
  const line = command.trim()
  const m = line.length > 2000 ? null : SHELL_LINE.exec(line)
  if (!m) return command
  const parts = chainParts(m[2]!)
  const last = parts.pop()
  if (!last || parts.some(p => !SETUP_STEP.test(p))) return command
  const inner = last
    .replace(/^exec\s+/, '')
    .replace(LEADING_ASSIGNMENTS, '')
    .replace(/^exec\s+/, '')
    .trim()
  return inner === '' || /[;&|]/.test(inner) ? command : inner
}

/**
 * Follows a start command into the repository script it runs, when it runs nothing but that script (or a
 * Makefile target: make-target.ts). Returns
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
  let followed: { command: string; evidence: Evidence } | null = null
  let next = command
  let dir = baseDir
  // A script that ends by exec-ing another script of its own folder (`entrypoint.sh` → `exec ./webserver.sh`
  // → `exec gunicorn …`) is followed on, a few hops at most: the server is at the end of the chain.
  for (let hop = 0; hop < MAX_SCRIPT_HOPS; hop++) {
    const script = loneRepoScript(next, dir, readFile)
    if (!script) {
      // `make run`: the target's last recipe line, when it is a command that keeps running.
      const made = makeTargetCommand(next, dir, readFile)
      const served = made && serverCommandOf(made.command, made.evidence.line, made.evidence.text)
      if (!made || !served) break
      followed = { command: served.command, evidence: made.evidence }
      next = followed.command
      dir = dirOfPath(made.evidence.file)
      continue
    }
    // A lone script runs without arguments: a hand-over guarded by an argument test never fires. Tests of
    // variables the image sets (`env`) choose the branch that runs.
    const final = scriptFinalCommand(script.text, true, env)
    if (!final) break
    followed = {
      command: expandScriptVariables(final.command, script.text, final.line),
      evidence: { file: script.path, line: final.line, text: final.text }
    }
    next = followed.command
    dir = dirOfPath(script.path)
  }
  return followed
}

/** Longer CMD lines are scripts of their own, not an optional-setting `if`. */
const MAX_INLINE_SCRIPT = 2000

/** How many scripts a start command is followed through (`entrypoint.sh` → `webserver.sh` → server). */
const MAX_SCRIPT_HOPS = 4

const dirOfPath = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.')

/**
 * `if [ -n "$TRACING" ]; then node --import tracer server.js; else node server.js; fi` → the else branch: what
 * runs when the optional setting is not given. Setup commands chained before the `if` (`export
 * NODE_OPTIONS=… && rm -rf /tmp/x && if [ "$DEV" = true ]; then npm run dev; else npm run build && npm run
 * start; fi`) finish before it and are dropped; of the branch's own chain, a leading build step is dropped too
 * when the branch ends in `<pm> run start`/`<pm> start` (the command that stays running). Any other command is
 * returned unchanged.
 */
export function defaultBranch(command: string): string {
  if (command.length > MAX_INLINE_SCRIPT) return command
  const m =
    /^\s*(?:(?:[^;&|'"`]+?)(?:&&|;)\s*)*?if\s[\s\S]+?;\s*then\s+([\s\S]+?);?\s+else\s+([\s\S]+?);?\s+fi\s*;?\s*$/.exec(
      command
    )
  if (!m || /\b(?:if|elif)\b/.test(m[2]!)) return command
  const branch = m[2]!.trim()
  const parts = chainParts(branch)
  const last = parts[parts.length - 1] ?? ''
  // `npm run build && export HOST=0 && npm run start`: the build and the exports run first, the server last.
  if (parts.length > 1 && /^(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?start\b/.test(last)) return last
  return branch
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
        const value = known ?? (fallback !== undefined ? unquote(fallback) : whole)
        // Set to nothing on the branch that runs (`SU_EXEC=""` when no user switch is asked for): marked, so
        // the word and the space after it go (below), not left as a leading or doubled space.
        return value === '' ? EMPTY_WORD : value
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
    // `param="";` — a statement's closing semicolon is no part of the value.
    const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(\S*?);?\s*$/.exec(l)
    if (m) values.set(m[1]!, expand(unquote(m[2]!)))
  }
  return expand(expandScriptArrays(command, lines))
    .replace(/"\uE000"/g, EMPTY_WORD)
    .replace(/(^|[ \t])\uE000[ \t]*/g, '$1')
    .replace(/\uE000/g, '')
}

/** Marks a variable expanded to nothing until the words are joined again. */
const EMPTY_WORD = '\uE000'

/**
 * `exec pypi-server "${CMD[@]}"` after `CMD=("run" "-p" "${PORT:-8080}")`: an argument array the script builds
 * is spliced in as its words. A script followed alone runs without arguments, so an assignment that passes
 * them on (`CMD=( "${@}" )`, the branch taken when the container is given a command) is not the one that runs;
 * the array is expanded only when exactly one other assignment (on one line) sets it.
 */
function expandScriptArrays(command: string, lines: readonly string[]): string {
  return command.replace(/"?\$\{([A-Za-z_]\w*)\[[@*]\]\}"?/g, (whole, name: string) => {
    const assigned = new Set<string>()
    const re = new RegExp(
      `^\\s*(?:(?:local|declare(?:\\s+-a)?|readonly)\\s+)?${name}=\\((.*)\\)\\s*(?:#.*)?$`
    )
    for (const l of lines) {
      const m = re.exec(l)
      if (m && !/\$(?:@|\*|\{[@*]\}|\d)/.test(m[1]!)) assigned.add(m[1]!.trim())
    }
    if (assigned.size !== 1) return whole
    const words = [...assigned][0]!.match(/"[^"]*"|'[^']*'|[^\s"']+/g) ?? []
    return words
      .map(w => (/^'.*'$/.test(w) || (/^".*"$/.test(w) && !w.includes('$')) ? w.slice(1, -1) : w))
      .join(' ')
  })
}
