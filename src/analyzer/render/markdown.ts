// Markdown escaping for strings a repository controls (paths, commands, evidence text, warnings), so an
// analysed repository cannot inject markup, links, mentions or HTML into the PR comment.

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@:]/g

/** Escapes text for a table cell or paragraph: markdown punctuation, HTML and line breaks. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\r?\n/g, ' ')
      .replace(SPECIAL, char => {
        if (char === '<') return '&lt;'
        if (char === '>') return '&gt;'
        if (char === '&') return '&amp;'
        // `@` and `:` break mentions and autolinks without changing how the text reads.
        if (char === '@') return '@\u200b'
        if (char === ':') return '\u200b:'
        return `\\${char}`
      })
  )
}

/** Inline code that cannot be closed early: HTML <code> with entities, since backticks inside would break. */
export function inlineCode(text: string): string {
  const escaped = text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
  return `<code>${escaped}</code>`
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot end it. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`
}
