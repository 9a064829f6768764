// Finds where JSON text stops being valid. V8 names a position for some errors ("… at position 10") but
// not for others ("Unexpected token '}', … is not valid JSON"), so malformed-manifest warnings locate the
// line themselves with this small recursive-descent validator.

/** 1-based line of the first syntax error in `text`, or undefined when the text is valid JSON. */
export function jsonErrorLine(text: string): number | undefined {
  const offset = firstJsonErrorOffset(text)
  return offset === undefined ? undefined : text.slice(0, offset).split('\n').length
}

class JsonSyntaxError {
  constructor(readonly offset: number) {}
}

export function firstJsonErrorOffset(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const fail = (): never => {
    throw new JsonSyntaxError(Math.min(i, text.length))
  }
  const skipWhitespace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else fail()
  }
  const string = () => {
    i++ // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i)
      if (c < 0x20) fail()
      if (text[i] === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail()
          i += 4
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail()
      }
      i++
    }
    if (i >= text.length) fail()
    i++
  }
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === '' || m[0] === '-') fail()
    i += m![0].length
  }
  const value = (): void => {
    skipWhitespace()
    const c = text[i]
    if (c === '{')
      return members('}', () => {
        skipWhitespace()
        if (text[i] !== '"') fail()
        string()
        skipWhitespace()
        if (text[i] !== ':') fail()
        i++
        value()
      })
    if (c === '[') return members(']', value)
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
    fail()
  }
  const members = (close: string, member: () => void) => {
    i++
    skipWhitespace()
    if (text[i] === close) {
      i++
      return
    }
    for (;;) {
      member()
      skipWhitespace()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === close) {
        i++
        return
      }
      fail()
    }
  }
  try {
    value()
    skipWhitespace()
    if (i < text.length) fail()
    return undefined
  } catch (err) {
    if (err instanceof JsonSyntaxError) return err.offset
    // Nesting deeper than the stack allows: report the file without a line rather than crash.
    if (err instanceof RangeError) return undefined
    throw err
  }
}
