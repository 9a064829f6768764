// Issue 14 item 6: repository-controlled text must not break out of the markdown it is placed in. Checked by
// rendering with a real CommonMark parser (markdown-it, GFM tables on): a line ending of any kind (a lone
// CR included — CommonMark reads it as one) would start a heading, a link or a mention on a new line.
import MarkdownIt from 'markdown-it'
import {
  codeBlock,
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  plainText
} from '../../../src/analyzer/render/markdown.js'

const md = new MarkdownIt({ html: true, linkify: true })
const render = (text: string): string => md.render(text)

/** Line breaks of every kind CommonMark or a browser honours, then markup that must stay text. */
const BREAKS = ['\r', '\n', '\r\n', '\u2028', '\u0085', '\u000b', '\u000c']
const hostile = (br: string): string =>
  `svc${br}## heading @user [link](http://x) <script>alert(1)</script> \`tick\` | pipe ${br}::warning::x`

describe('inlineCode', () => {
  it.each(BREAKS.map(b => [JSON.stringify(b), b]))('cannot be left with a %s line break', (_, br) => {
    const html = render(`| a | b |\n| --- | --- |\n| ${inlineCode(hostile(br))} | x |\n`)
    expect(html).not.toMatch(/<h2|<a |<script/)
    // one row, two cells: the pipe did not split the cell, the break did not end the table
    expect(html.match(/<td>/g)).toHaveLength(2)
    expect(html).toContain('<code>svc ## heading')
  })

  it('keeps ordinary paths readable', () => {
    expect(inlineCode('apps/web')).toBe('<code>apps/web</code>')
  })
})

describe('escapeMarkdown', () => {
  it.each(BREAKS.map(b => [JSON.stringify(b), b]))('a %s break stays inside one paragraph', (_, br) => {
    const html = render(`before ${escapeMarkdown(hostile(br))} after`)
    expect(html).not.toMatch(/<h2|<a |<script/)
    expect(html.match(/<p>/g)).toHaveLength(1)
  })
})

describe('codeSpan', () => {
  it('holds addresses with pipes and backticks (the plan table)', () => {
    expect(codeSpan('module.x["a|b"]')).toBe('`module.x["a\\|b"]`')
    expect(codeSpan('a`b')).toBe('`` a`b ``')
  })

  it.each(['a`b', 'a``b', '`lead', 'trail`', '``', 'x | y', 'svc\r## h'])(
    'shows %j literally in a table cell',
    text => {
      const html = render(`| a |\n| --- |\n| ${codeSpan(text)} |\n`)
      const shown = text.replace(/\r/g, ' ')
      expect(html).toContain(`<code>${md.utils.escapeHtml(shown)}</code>`)
      expect(html.match(/<td>/g)).toHaveLength(1)
    }
  )
})

describe('codeBlock', () => {
  it('cannot be closed by the content, whatever the line endings', () => {
    const html = render(`${codeBlock('x\r```\r## out\n````\n# out')}\n\n## after`)
    expect(html.match(/<h[12]/g)).toEqual(['<h2'])
  })
})

describe('escapeHtml and plainText', () => {
  it('escapes markup and strips every control character', () => {
    expect(escapeHtml('@me <b a="1">x</b> & \'y\'\r\n\u0000\u001b[31m|`')).toBe(
      '@\u200bme &lt;b a="1"&gt;x&lt;/b&gt; &amp; \'y\' [31m&#124;&#96;'
    )
    expect(plainText('a\rb\nc\r\nd\u2028e\u0085f\tg\u0000h\u007fi')).toBe('a b c d e f ghi')
  })
})
