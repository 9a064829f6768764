// Config files rendered at container start (gomplate, envsubst, Go/Helm-style templates) hold their values
// as template actions: `http: {{ getenv "WEB_HTTP" "0.0.0.0:5556" }}`, `port: ${PORT:-8080}`. With no
// operator settings the file the server reads has the defaults, so the text is rendered with every variable
// unset: a default is its value, an action with none is empty, and `{{ if getenv "X" }}` blocks (true only
// when the operator sets X) are dropped. Lines are kept one for one, so evidence lines point into the file.

/** A quoted template string: `"x"`, `'x'` or a backquoted raw string. */
const QUOTED = String.raw`(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|\x60([^\x60]*)\x60)`
/** `getenv "X" "default"`, `env.Getenv "X" "default"` (gomplate), `env "X" | default "d"` handled below. */
const GETENV_DEFAULT = new RegExp(String.raw`^(?:env\.)?[Gg]etenv\s+${QUOTED}\s+${QUOTED}$`)
/** `… | default "d"` (Sprig/Helm/gomplate pipelines) or `default "d" …`. */
const PIPE_DEFAULT = new RegExp(String.raw`\|\s*default\s+${QUOTED}\s*$`)
const LEADING_DEFAULT = new RegExp(String.raw`^default\s+${QUOTED}\s`)
/** `${X:-default}` / `${X-default}` (POSIX shell, envsubst, docker compose). */
const SHELL_DEFAULT = /\$\{\w+:?-([^}$]*)\}/g
const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g
/** Only a few KiB of config are worth rendering; a larger text is left as it is. */
const MAX_TEXT = 256 * 1024

/** Whether `text` holds template actions or shell-style defaults worth rendering. */
export function hasTemplateDefaults(text: string): boolean {
  return text.includes('{{') || /\$\{\w+:?-/.test(text)
}

/**
 * `text` rendered with every environment variable unset. Returns the text unchanged when it holds no
 * template, or when it is too large to be a config file.
 */
export function renderTemplateDefaults(text: string): string {
  if (text.length > MAX_TEXT || !hasTemplateDefaults(text)) return text
  // One entry per open block: whether its body renders (and whether a branch of it has already rendered).
  const blocks: { on: boolean; taken: boolean }[] = []
  const active = (): boolean => blocks.every(b => b.on)
  const out: string[] = []
  for (const line of text.split('\n')) {
    const control = controlLine(line)
    if (control !== null) {
      applyControl(control, blocks)
      out.push('')
      continue
    }
    out.push(active() ? renderLine(line) : '')
  }
  return out.join('\n')
}

/** The action of a line holding only template actions (`{{- if … }}`, `{{ end }}`, a comment), or null. */
function controlLine(line: string): string | null {
  const trimmed = line.trim()
  if (!trimmed.startsWith('{{') || !trimmed.endsWith('}}')) return null
  const actions = [...trimmed.matchAll(ACTION)]
  if (actions.length === 0 || trimmed.replace(ACTION, '').trim() !== '') return null
  // A line whose only action prints a value (`{{ .Env.CONFIG }}`) is content, not control.
  const keywords = actions.map(a => a[1]!.trim())
  if (!keywords.some(k => /^(?:if|else|end|range|with|define|block|\/\*|\$\w+\s*:?=)\b|^\/\*/.test(k)))
    return null
  return keywords.join(' ; ')
}

function applyControl(control: string, blocks: { on: boolean; taken: boolean }[]): void {
  for (const action of control.split(' ; ')) {
    const word = /^(\w+)/.exec(action)?.[1]
    if (word === 'if' || word === 'with') {
      const on = conditionHolds(action.replace(/^\w+\s*/, ''))
      blocks.push({ on, taken: on })
    } else if (word === 'range' || word === 'define' || word === 'block')
      blocks.push({ on: false, taken: true })
    else if (word === 'else') {
      const top = blocks[blocks.length - 1]
      if (!top) continue
      const rest = action.replace(/^else\s*/, '')
      const on =
        !top.taken && (/^(?:if|with)\s/.test(rest) ? conditionHolds(rest.replace(/^\w+\s*/, '')) : true)
      top.on = on
      top.taken ||= on
    } else if (word === 'end') blocks.pop()
  }
}

/**
 * A condition with every variable unset: `getenv "X"` / `.Env.X` / `.Values.x` are empty (false) unless a
 * non-empty default is given; `not C` negates. Anything else is read as unset too.
 */
function conditionHolds(condition: string): boolean {
  const c = condition.trim().replace(/^\(\s*([\s\S]*)\s*\)$/, '$1')
  if (/^not\s/.test(c)) return !conditionHolds(c.slice(4))
  return actionValue(c) !== ''
}

/** The value an inline action prints with every variable unset. */
function actionValue(action: string): string {
  const a = action.trim()
  const quoted = (m: RegExpExecArray, first: number): string => m[first] ?? m[first + 1] ?? m[first + 2] ?? ''
  const getenv = GETENV_DEFAULT.exec(a)
  if (getenv) return quoted(getenv, 4)
  const piped = PIPE_DEFAULT.exec(a) ?? LEADING_DEFAULT.exec(a)
  if (piped) return quoted(piped, 1)
  // A literal (`{{ "x" }}`) prints itself; anything else reads a variable that is unset.
  const literal = new RegExp(`^${QUOTED}$`).exec(a)
  return literal ? quoted(literal, 1) : ''
}

function renderLine(line: string): string {
  return line.replace(ACTION, (_, action: string) => actionValue(action)).replace(SHELL_DEFAULT, '$1')
}
