// Reads the values of a .tfvars (HCL) or .tfvars.json file, so the deploy can say which keys a user's file
// overrides from the analyzer's. tfvars hold only literal values, so a small parser covers them: strings
// (with escapes; templates are kept as text), heredocs, numbers, bools, null, lists and objects, and
// `#`, `//`, `/* */` comments. Terraform still parses every file itself; this is only for the comparison.

export type TfvarsValues = Record<string, unknown>

export function parseTfvars(text: string, fileName: string): TfvarsValues {
  if (fileName.endsWith('.json')) {
    const parsed = JSON.parse(text) as unknown
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('a .tfvars.json file must hold one JSON object')
    return parsed as TfvarsValues
  }
  return new Parser(text).file()
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y

class Parser {
  private pos = 0
  constructor(private readonly text: string) {}

  file(): TfvarsValues {
    const values: TfvarsValues = {}
    for (;;) {
      this.skip(true)
      if (this.pos >= this.text.length) return values
      const key = this.ident()
      this.skip(false)
      this.expect('=')
      values[key] = this.value()
      this.skip(false)
      if (this.pos < this.text.length && this.text[this.pos] !== '\n')
        this.fail('expected a new line after the value')
    }
  }

  private value(): unknown {
    this.skip(true)
    const c = this.text[this.pos]
    if (c === '"') return this.string()
    if (c === '[') return this.list()
    if (c === '{') return this.object()
    if (this.text.startsWith('<<', this.pos)) return this.heredoc()
    NUMBER.lastIndex = this.pos
    const number = NUMBER.exec(this.text)
    if (number) {
      this.pos = NUMBER.lastIndex
      return Number(number[0])
    }
    const word = this.ident()
    if (word === 'true') return true
    if (word === 'false') return false
    if (word === 'null') return null
    return this.fail(`"${word}" is not a literal value`)
  }

  private string(): string {
    this.pos++ // opening quote
    let out = ''
    for (;;) {
      const c = this.text[this.pos]
      if (c === undefined || c === '\n') this.fail('unterminated string')
      this.pos++
      if (c === '"') return out
      // `$${` and `%%{` are the template escapes for a literal `${` / `%{`.
      if ((c === '$' || c === '%') && this.text.startsWith(`${c}{`, this.pos)) {
        out += `${c}{`
        this.pos += 2
        continue
      }
      if (c !== '\\') {
        out += c
        continue
      }
      const e = this.text[this.pos++]
      if (e === 'n') out += '\n'
      else if (e === 'r') out += '\r'
      else if (e === 't') out += '\t'
      else if (e === '"' || e === '\\') out += e
      else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8
        out += String.fromCodePoint(parseInt(this.text.slice(this.pos, this.pos + len), 16))
        this.pos += len
      } else this.fail(`unknown escape \\${e}`)
    }
  }

  private heredoc(): string {
    const m = /<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\n/y
    m.lastIndex = this.pos
    const open = m.exec(this.text)
    if (!open) return this.fail('malformed heredoc')
    const [, indent, marker] = open
    const body: string[] = []
    let at = m.lastIndex
    for (;;) {
      const end = this.text.indexOf('\n', at)
      const line = this.text.slice(at, end === -1 ? undefined : end)
      if (line.trim() === marker) {
        this.pos = at + line.length
        break
      }
      if (end === -1) this.fail(`heredoc ${marker} is not closed`)
      body.push(line)
      at = end + 1
    }
    let lines = body
    if (indent) {
      const widths = body.filter(l => l.trim()).map(l => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length)
      const strip = widths.length ? Math.min(...widths) : 0
      lines = body.map(l => l.slice(strip))
    }
    return `${lines.join('\n')}\n`.replace(/([$%])\1\{/g, '$1{')
  }

  private list(): unknown[] {
    this.pos++
    const items: unknown[] = []
    for (;;) {
      this.skip(true)
      if (this.text[this.pos] === ']') {
        this.pos++
        return items
      }
      items.push(this.value())
      this.skip(true)
      if (this.text[this.pos] === ',') this.pos++
      else if (this.text[this.pos] !== ']') this.fail('expected , or ] in a list')
    }
  }

  private object(): Record<string, unknown> {
    this.pos++
    const out: Record<string, unknown> = {}
    for (;;) {
      this.skip(true)
      if (this.text[this.pos] === '}') {
        this.pos++
        return out
      }
      const key = this.text[this.pos] === '"' ? this.string() : this.ident()
      this.skip(false)
      const sep = this.text[this.pos]
      if (sep !== '=' && sep !== ':') this.fail('expected = or : after an object key')
      this.pos++
      out[key] = this.value()
      this.skip(false)
      if (this.text[this.pos] === ',') this.pos++
    }
  }

  private ident(): string {
    IDENT.lastIndex = this.pos
    const m = IDENT.exec(this.text)
    if (!m) return this.fail('expected a name')
    this.pos = IDENT.lastIndex
    return m[0]
  }

  private expect(char: string): void {
    if (this.text[this.pos] !== char) this.fail(`expected ${char}`)
    this.pos++
  }

  /** Skips blanks and comments; new lines too when `newlines`. */
  private skip(newlines: boolean): void {
    for (;;) {
      const c = this.text[this.pos]
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.pos++
      else if (c === '#' || this.text.startsWith('//', this.pos)) {
        const end = this.text.indexOf('\n', this.pos)
        this.pos = end === -1 ? this.text.length : end
      } else if (this.text.startsWith('/*', this.pos)) {
        const end = this.text.indexOf('*/', this.pos + 2)
        if (end === -1) this.fail('unterminated /* comment')
        this.pos = end + 2
      } else return
    }
  }

  private fail(message: string): never {
    const line = this.text.slice(0, this.pos).split('\n').length
    throw new Error(`line ${line}: ${message}`)
  }
}
