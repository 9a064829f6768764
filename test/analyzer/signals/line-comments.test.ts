import {
  blankBlockComments,
  dropHashComments,
  dropLineComments
} from '../../../src/analyzer/signals/line-comments.js'

// dropLineComments must give exactly what the regular expression it replaces gives.
const byRegex = (text: string, excluded: string): string =>
  text.replace(new RegExp(`(^|[^${excluded.replace(/[\\\]^-]/g, '\\$&')}])\\/\\/[^\\n]*`, 'g'), '$1')

describe('dropLineComments', () => {
  const cases = [
    '',
    'no comment',
    '// at the start\ncode()',
    'x := 1 // trailing\ny := 2',
    'url := "http://example.com" // the colon keeps the URL',
    "a := 'x'//b",
    'path := "\\//not a comment"',
    ':///three',
    'a///b',
    'a//x\n//y\nb // z',
    '\n//first line\n',
    'fmt.Println("//") // both',
    'r := `//raw` // js keeps backtick'
  ]
  it.each(cases)('matches the regex on %j (C and JS exclusions)', text => {
    expect(dropLineComments(text, ':"\'\\')).toBe(byRegex(text, ':"\'\\'))
    expect(dropLineComments(text, ':\'"`\\')).toBe(byRegex(text, ':\'"`\\'))
  })

  it('matches the regex on generated text', () => {
    const alphabet = ['/', '/', ':', '"', "'", '`', '\\', '\n', 'a', ' ']
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let n = 0; n < 3000; n++) {
      let text = ''
      for (let i = next() % 16; i > 0; i--) text += alphabet[next() % alphabet.length]
      expect(dropLineComments(text, ':"\'\\')).toBe(byRegex(text, ':"\'\\'))
    }
  })
})

describe('dropHashComments', () => {
  it.each(['', '# only', 'x = 1 # note\ny = 2', 'color = "#fff"', 'a#b # c', '\t#tab\n #space', ' ## two'])(
    'matches the regex on %j',
    text => {
      expect(dropHashComments(text)).toBe(text.replace(/(^|\s)#[^\n]*/g, '$1'))
    }
  )
})

describe('blankBlockComments', () => {
  // What withoutJsComments did with a regular expression, kept as the reference.
  const reference = (text: string): string =>
    text.replace(/\/\*[\s\S]*?\*\//g, c =>
      c
        .split('\n')
        .map(l => ' '.repeat(l.length))
        .join('\n')
    )

  it.each([
    ['const a = 1 /* one */ + 2', 'an inline comment'],
    [
      '/**\n * Docs.\r\n * @param x\n */\nexport function f(x) {}',
      'a doc comment over lines (CRLF kept as spaces)'
    ],
    ['/**/a/*/b*/c', "an empty comment, and one whose star is its opener's"],
    ['a /* one */ b /* two\n */ c', 'two comments'],
    ['a /* not closed', 'a comment never closed (left as it is)'],
    ['a /* x */ b /* not closed', 'a closed comment before an unclosed one'],
    ['/* at the start */x', 'a comment at the start'],
    ['x/* at the end */', 'a comment at the end'],
    [
      's = "/* in a string */"; // /* in a line comment',
      'markers in strings and line comments (blanked as well)'
    ],
    ['no comment at all', 'no comment'],
    ['/* 😀 */', 'a surrogate pair (two spaces, as its two code units)']
  ])('blanks %j as the pattern did (%s)', text => {
    expect(blankBlockComments(text)).toBe(reference(text))
    expect(blankBlockComments(text)).toHaveLength(text.length)
  })

  it('keeps every newline where it was', () => {
    const text = 'a\n/* b\n\nc */d\n'
    expect(blankBlockComments(text)).toBe('a\n    \n\n    d\n')
  })
})
