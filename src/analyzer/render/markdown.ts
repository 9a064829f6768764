// The one set of escapers for strings a repository controls (paths, folder and app names, commands,
// evidence text, warnings, stage details) placed in markdown or HTML that people read: the PR comment, the
// job summaries of every action, the plan section, the CLI's markdown. An analysed repository must not
// inject markup, links, mentions, HTML, table cells or new lines (a heading, a `::command::`) through them.
//
// Line endings: CommonMark ends a line at LF, CR or CRLF, and browsers and the log viewer break at more
// (U+2028/2029, NEL, VT, FF), so a lone `\r` inside inline text is as good as a newline to an attacker.
// Every escaper here first turns every control character into a space or drops it (plainText).

// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g

/** One line of plain text: every line break (a lone CR included) becomes a space, other controls go. */
export function plainText(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(CONTROL, '')
}

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@:]/g

/** Escapes text for a table cell or paragraph: markdown punctuation, HTML and line breaks. */
export function escapeMarkdown(text: string): string {
  return plainText(text).replace(SPECIAL, char => {
    if (char === '<') return '&lt;'
    if (char === '>') return '&gt;'
    if (char === '&') return '&amp;'
    // `@` and `:` break mentions and autolinks without changing how the text reads.
    if (char === '@') return '@\u200b'
    if (char === ':') return '\u200b:'
    return `\\${char}`
  })
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;'
}

function htmlEntities(text: string): string {
  return plainText(text).replace(/[&<>|`]/g, char => HTML[char]!)
}

/**
 * Text for an HTML element's content (a job summary's `<td>`, `<h3>`, `<li>`; never an attribute): entities
 * for HTML, plus `|` and backtick so the same text is also safe in a markdown table row around the HTML,
 * and `@` defused as in escapeMarkdown (GitHub links mentions in HTML text too).
 */
export function escapeHtml(text: string): string {
  return htmlEntities(text).replace(/@/g, '@\u200b')
}

/**
 * Inline code that cannot be closed early: HTML <code> with entities, since backticks inside would break.
 * Markdown is still parsed between `<code>` and `</code>`, so link, emphasis and escape punctuation become
 * entities too (a `[x](http://…)` would otherwise render as a link, `__init__` as bold), and GFM's
 * autolinks (`…://`, `www.`) are broken the same way.
 */
export function inlineCode(text: string): string {
  const escaped = htmlEntities(text)
    .replace(/[\\*_~[\]]/g, char => `&#${char.charCodeAt(0)};`)
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/(www)\./gi, '$1&#46;')
  return `<code>${escaped}</code>`
}

/**
 * A markdown code span (backticks) for markdown-only output: a fence longer than any backtick run inside,
 * padded when the text starts or ends with a backtick, and `|` escaped so a table cell holds it.
 */
export function codeSpan(text: string): string {
  const line = plainText(text).replace(/\|/g, '\\|')
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') || longest > 0 ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/**
 * Multi-line text: every kind of line ending becomes `\n` (a lone CR would otherwise end a line that a
 * fence or quote check does not see) and other control characters are dropped; tabs stay.
 */
export function plainLines(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n').replace(CONTROL, '')
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot end it. */
export function codeBlock(text: string, language = ''): string {
  const body = plainLines(text).replace(/\n$/, '')
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${body}\n${fence}`
}
