// Line comments removed without a regular expression that starts at every character (issue 16 item 12):
// `text.replace(/(^|[^…])\/\/[^\n]*/g, '$1')` tries each position of a file, and the comment strippers run
// over every source file a reader looks at (a large Go module: a thousand files). The same result, found
// from the comment markers: a match starts on the character before one (kept) when that character may
// precede a comment, or at the very start of the text.

/**
 * `text.replace(new RegExp(`(^|[^${excluded}])\\/\\/[^\\n]*`, 'g'), '$1')`, with `excluded` the characters
 * that may not precede a comment (`:` of a URL, a quote, an escape).
 */
export function dropLineComments(text: string, excluded: string): string {
  return dropComments(text, '//', c => !excluded.includes(c))
}

/** `#` comments (Python, Ruby, shell, YAML, TOML): the pattern `(^|\s)#[^\n]*` replaced by `$1`, globally. */
export function dropHashComments(text: string): string {
  return dropComments(text, '#', c => SPACE.test(c))
}
const SPACE = /\s/

function dropComments(text: string, marker: string, mayPrecede: (c: string) => boolean): string {
  let out = ''
  // Where the pattern's search resumes (the end of the last match), and what is copied so far.
  let from = 0
  for (let k = text.indexOf(marker); k >= 0; k = text.indexOf(marker, Math.max(k + 1, from))) {
    let start: number
    if (k === 0) start = 0
    else if (k - 1 >= from && mayPrecede(text[k - 1]!)) start = k - 1
    else continue
    const newline = text.indexOf('\n', k + marker.length)
    const end = newline < 0 ? text.length : newline
    // `$1`: the character before the comment (nothing at the start of the text).
    out += text.slice(from, k === 0 ? 0 : start + 1)
    from = end
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * `text.replace(/\/\*[\s\S]*?\*\//g, comment => comment with every character but `\n` made a space)`: block
 * comments blanked, line numbers and offsets kept, each found from its markers. The pattern's lazy body
 * was tried character by character through every comment of every module the JS readers strip (issue 16
 * item 12). A comment with no `*\/` after it is left as it is, as the pattern leaves it.
 */
export function blankBlockComments(text: string): string {
  let out = ''
  let from = 0
  for (let open = text.indexOf('/*'); open >= 0; open = text.indexOf('/*', from)) {
    const close = text.indexOf('*/', open + 2)
    if (close < 0) break
    out += text.slice(from, open)
    // The comment, newline by newline.
    let at = open
    const end = close + 2
    for (
      let newline = text.indexOf('\n', at);
      newline >= 0 && newline < end;
      newline = text.indexOf('\n', at)
    ) {
      out += ' '.repeat(newline - at) + '\n'
      at = newline + 1
    }
    out += ' '.repeat(end - at)
    from = end
  }
  return from === 0 ? text : out + text.slice(from)
}
