// GitHub Actions expressions (`${{ … }}` and `if:`), evaluated the way the runner does, for the composite
// harness: literals, context paths (`steps.build.outputs.image-tag`, `inputs['app-dir']`), `!`, comparisons
// (strings case-insensitive, loose number coercion), `&&`/`||` returning an operand, and the functions our
// files use. Anything else — an unknown function, context or syntax — throws, so a typo in an action.yml
// fails the test instead of silently evaluating to ''.

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

export interface StatusFunctions {
  success: () => boolean
  failure: () => boolean
  cancelled: () => boolean
  always: () => boolean
}

export interface ExpressionContext {
  /** Top-level contexts: inputs, steps, github, env, runner … */
  contexts: Record<string, Value>
  status: StatusFunctions
  /** Called for a path into a context that does not exist; throw to make it an error. */
  onMissing?: (path: string) => void
}

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'ident'; value: string }
  | { kind: 'op'; value: string }

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ',']

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    if (/\s/.test(c)) {
      i++
      continue
    }
    if (c === "'") {
      let value = ''
      i++
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated string in expression: ${text}`)
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'"
          i += 2
        } else if (text[i] === "'") {
          i++
          break
        } else value += text[i++]
      }
      tokens.push({ kind: 'string', value })
      continue
    }
    const number = /^(?:0x[0-9a-f]+|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i.exec(text.slice(i))
    if (number && !(tokens.length && tokens[tokens.length - 1]?.value === '.')) {
      tokens.push({ kind: 'number', value: Number(number[0]) })
      i += number[0].length
      continue
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i))
    if (ident) {
      tokens.push({ kind: 'ident', value: ident[0] })
      i += ident[0].length
      continue
    }
    const op = OPERATORS.find(o => text.startsWith(o, i))
    if (!op) throw new Error(`unexpected "${c}" in expression: ${text}`)
    tokens.push({ kind: 'op', value: op })
    i += op.length
  }
  return tokens
}

export function truthy(value: Value): boolean {
  return !(value === false || value === null || value === 0 || value === '' || Number.isNaN(value))
}

function toNumber(value: Value): number {
  if (value === null) return 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value)
  return NaN
}

export function toText(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value, null, 2)
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === 'object' && a !== null) return a === b
  if (typeof b === 'object' && b !== null) return false
  if (typeof a === typeof b) return a === b
  return toNumber(a) === toNumber(b)
}

function compare(a: Value, b: Value, op: string): boolean {
  const [x, y] =
    typeof a === 'string' && typeof b === 'string'
      ? [a.toLowerCase(), b.toLowerCase()]
      : [toNumber(a), toNumber(b)]
  if (op === '<') return x < y
  if (op === '<=') return x <= y
  if (op === '>') return x > y
  return x >= y
}

class Parser {
  private at = 0
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExpressionContext,
    private readonly source: string
  ) {}

  parse(): Value {
    const value = this.or()
    if (this.at < this.tokens.length) throw this.error(`unexpected "${String(this.tokens[this.at]?.value)}"`)
    return value
  }

  private error(message: string): Error {
    return new Error(`${message} in expression: ${this.source}`)
  }

  private peek(value: string): boolean {
    const token = this.tokens[this.at]
    return token?.kind === 'op' && token.value === value
  }

  private expect(value: string): void {
    if (!this.peek(value)) throw this.error(`expected "${value}"`)
    this.at++
  }

  private or(): Value {
    let left = this.and()
    while (this.peek('||')) {
      this.at++
      const right = this.and()
      left = truthy(left) ? left : right
    }
    return left
  }

  private and(): Value {
    let left = this.comparison()
    while (this.peek('&&')) {
      this.at++
      const right = this.comparison()
      left = truthy(left) ? right : left
    }
    return left
  }

  private comparison(): Value {
    const left = this.unary()
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (this.peek(op)) {
        this.at++
        const right = this.unary()
        if (op === '==') return equal(left, right)
        if (op === '!=') return !equal(left, right)
        return compare(left, right, op)
      }
    }
    return left
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.at++
      return !truthy(this.unary())
    }
    return this.primary()
  }

  private primary(): Value {
    const token = this.tokens[this.at++]
    if (!token) throw this.error('unexpected end')
    if (token.kind === 'string' || token.kind === 'number') return token.value
    if (token.kind === 'op' && token.value === '(') {
      const value = this.or()
      this.expect(')')
      return value
    }
    if (token.kind !== 'ident') throw this.error(`unexpected "${token.value}"`)
    if (token.value === 'true') return true
    if (token.value === 'false') return false
    if (token.value === 'null') return null
    if (this.peek('(')) return this.call(token.value)
    return this.path(token.value)
  }

  private call(name: string): Value {
    this.expect('(')
    const args: Value[] = []
    while (!this.peek(')')) {
      args.push(this.or())
      if (!this.peek(')')) this.expect(',')
    }
    this.expect(')')
    const { status } = this.ctx
    const fns: Record<string, (...a: Value[]) => Value> = {
      success: () => status.success(),
      failure: () => status.failure(),
      cancelled: () => status.cancelled(),
      always: () => status.always(),
      contains: (hay, needle) =>
        Array.isArray(hay)
          ? hay.some(v => equal(v, needle))
          : toText(hay).toLowerCase().includes(toText(needle).toLowerCase()),
      startsWith: (a, b) => toText(a).toLowerCase().startsWith(toText(b).toLowerCase()),
      endsWith: (a, b) => toText(a).toLowerCase().endsWith(toText(b).toLowerCase()),
      format: (fmt, ...rest) =>
        toText(fmt).replace(/\{(\d+)\}/g, (_m, i: string) => toText(rest[Number(i)] ?? null)),
      join: (list, sep) =>
        Array.isArray(list) ? list.map(toText).join(sep === undefined ? ',' : toText(sep)) : toText(list),
      toJSON: value => JSON.stringify(value, null, 2),
      fromJSON: value => JSON.parse(toText(value)) as Value
    }
    const fn = fns[name]
    if (!fn) throw this.error(`unknown function ${name}()`)
    return fn(...args)
  }

  private path(root: string): Value {
    const { contexts } = this.ctx
    if (!(root in contexts)) throw this.error(`unknown context "${root}"`)
    let value: Value = contexts[root] as Value
    let path = root
    for (;;) {
      let key: string
      if (this.peek('.')) {
        this.at++
        const token = this.tokens[this.at++]
        if (token?.kind !== 'ident' && token?.kind !== 'number') throw this.error('expected a property name')
        key = String(token.value)
      } else if (this.peek('[')) {
        this.at++
        key = toText(this.or())
        this.expect(']')
      } else return value
      path += `.${key}`
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && key in value) {
        value = value[key] as Value
      } else {
        this.ctx.onMissing?.(path)
        value = null
      }
    }
  }
}

export function evaluate(expression: string, ctx: ExpressionContext): Value {
  const body = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  return new Parser(tokenize(body), ctx, expression).parse()
}

/** A step's `if:`: without a status function it means `success() && (…)`, as on the runner. */
export function evaluateIf(condition: string | undefined, ctx: ExpressionContext): boolean {
  if (condition === undefined || condition.trim() === '') return ctx.status.success()
  const body = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const hasStatus = /\b(success|failure|cancelled|always)\s*\(/.test(body)
  const value = truthy(evaluate(body, ctx))
  return hasStatus ? value : ctx.status.success() && value
}

/** Replaces every `${{ … }}` in `text`. */
export function interpolate(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => toText(evaluate(expr, ctx)))
}
