import { lineAt, lineRange } from '../../../src/analyzer/signals/evidence.js'

describe('lineRange gives the lines split/slice/join would, in small and large (indexed) texts', () => {
  const small = 'a\nbb\n\nccc\n'
  const large = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? '' : `line ${i}`)).join('\n')
  const ranges: [number, number][] = [
    [0, 1],
    [0, 13],
    [2, 4],
    [5, 5],
    [2998, 3011],
    [2999, 3000],
    [3000, 3013],
    [9, 2]
  ]
  for (const [name, text] of [
    ['small', small],
    ['large', large]
  ] as const)
    test.each(ranges)(`${name}: lines %i…%i`, (begin, end) => {
      expect(lineRange(text, begin, end)).toBe(text.split('\n').slice(begin, end).join('\n'))
    })

  test('lineAt and lineRange agree on a line of a large text', () => {
    const at = lineAt(large, large.indexOf('line 1500'))
    expect(lineRange(large, at.line - 1, at.line)).toBe('line 1500')
  })
})
