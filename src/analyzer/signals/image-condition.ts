// Tests of variables the image sets (`if [ "$RUNTIME" = rr ]; then exec rr serve; fi` with `ENV RUNTIME=rr`):
// a start script's branch that the Dockerfile's ENV decides is read as the one that runs.
/** Values the image sets in the container's environment (Dockerfile ENV, after ARG expansion), by name. */
export type ImageEnv = ReadonlyMap<string, string>

/** The test of an `if`/`elif` line: `if [ "$X" = v ]; then` → `[ "$X" = v ]`. */
export function branchCondition(line: string): string {
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
