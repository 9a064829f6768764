import fc from 'fast-check'
import { firstJsonErrorOffset, jsonErrorLine } from '../../../src/analyzer/signals/json-error.js'

test('valid JSON has no error', () => {
  expect(jsonErrorLine('{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}')).toBeUndefined()
  expect(jsonErrorLine('\uFEFF[]')).toBeUndefined()
})

test.each([
  ['trailing comma in an object', '{\n  "name": "x",\n}\n', 3],
  ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3],
  ['unquoted key', '{\n\n  name: 1}', 3],
  ['unterminated string', '{\n"a": "oops\n}', 2],
  ['text after the value', '{}\n\n garbage', 3],
  ['empty file', '', 1]
])('%s is located on its line', (_name, text, line) => {
  expect(jsonErrorLine(text)).toBe(line)
})

test('nesting deeper than the stack reports no line instead of throwing', () => {
  expect(() => jsonErrorLine('['.repeat(200_000))).not.toThrow()
})

test('agrees with JSON.parse on what is valid', () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.string()), text => {
      let valid = true
      try {
        JSON.parse(text)
      } catch {
        valid = false
      }
      expect(firstJsonErrorOffset(text) === undefined).toBe(valid)
    }),
    { numRuns: 500 }
  )
})
