import { jest } from '@jest/globals'
import {
  MAX_YAML_CHARS,
  parseYamlBounded,
  parseYamlTolerant,
  yamlTooCostly
} from '../../../src/analyzer/signals/manifests.js'

// Issue 14: the yaml library recursed for tens of seconds (then overflowed the stack) on a MiB of `{`, `[` or
// `- - -`, and made one prettified error per `""` pair. Such text is refused before it reaches the parser.
describe('yamlTooCostly', () => {
  it('passes ordinary deployment YAML', () => {
    const compose =
      'services:\n  web:\n    build: .\n    command: ["node", "server.js"]\n    ports:\n      - "3000:3000"\n'
    expect(yamlTooCostly(compose)).toBeNull()
    expect(yamlTooCostly('a:\n  - - - x\n')).toBeNull()
  })

  it.each([
    ['flow mappings', '{'.repeat(65)],
    ['flow sequences', `a: ${'['.repeat(65)}`],
    ['same-line block sequences', `- ${'- '.repeat(64)}x`],
    ['a bracket run inside a quoted value', `cmd: "${'{'.repeat(100)}"`]
  ])('refuses %s nested deeper than 64 levels', (_name, text) => {
    expect(yamlTooCostly(text)).toBe('nested deeper than 64 levels')
  })

  it('refuses text over the size cap and lets closed brackets through', () => {
    expect(yamlTooCostly('a'.repeat(MAX_YAML_CHARS + 1))).toBe('larger than 256 KiB')
    expect(yamlTooCostly('[a], '.repeat(10_000))).toBeNull()
  })
})

describe('parseYamlBounded', () => {
  it('parses valid YAML', () => {
    expect(parseYamlBounded('a: [1, {b: 2}]\n')).toEqual({ a: [1, { b: 2 }] })
  })

  it('refuses a MiB of `{` at once instead of recursing for tens of seconds', () => {
    const started = Date.now()
    expect(() => parseYamlBounded('{'.repeat(1024 * 1024))).toThrow('not parsed: larger than 256 KiB')
    expect(() => parseYamlBounded('{'.repeat(200_000))).toThrow('not parsed: nested deeper than 64 levels')
    // Fixed hostile inputs refused by a size cap and a depth scan, not a size to scale: parsing them took tens of
    // seconds, the refusal takes under a millisecond (the whole test 18–28 ms under load 9–20). The limit only has to separate
    // those, so it is far above the refusal's time on a loaded machine; speed is measured in bench/, not here.
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('names the line and column of a syntax error', () => {
    let error: (Error & { line?: number }) | undefined
    try {
      parseYamlBounded('a: 1\na: 2\n')
    } catch (err) {
      error = err as Error & { line?: number }
    }
    expect(error?.message).toMatch(/^Map keys must be unique at line 2, column 1$/)
    expect(error?.line).toBe(2)
  })
})

describe('parseYamlTolerant', () => {
  it('reads a document whose only errors are unknown escapes in double-quoted scalars', () => {
    const text = 'a:\n  - "file:\\${dir}/x.yml"\nserver:\n  port: 25600\n'
    expect(() => parseYamlBounded(text)).toThrow(/escape/i)
    expect(parseYamlTolerant(text)).toEqual({ a: ['file:\\${dir}/x.yml'], server: { port: 25600 } })
  })
  it('still throws on structural errors', () => {
    expect(() => parseYamlTolerant('server:\n  port: 1\n bad: [\n')).toThrow()
    expect(() => parseYamlTolerant('a: "\\$"\nb: [1, 2\n')).toThrow()
  })
})

// Compose files use tags the yaml library does not know (`!override`, `!reset`): the yaml library reported
// each as a Node process warning on the user's terminal. The value is read as the plain node.
describe('unknown YAML tags', () => {
  it('are read as plain values without a process warning', () => {
    const warnings: string[] = []
    const onWarning = (warning: Error): void => void warnings.push(warning.message)
    process.on('warning', onWarning)
    const emit = jest.spyOn(process, 'emitWarning')
    try {
      const text = 'services:\n  web: !override\n    ports: ["8080:80"]\n  db: !reset []\n'
      expect(parseYamlBounded(text)).toEqual({ services: { web: { ports: ['8080:80'] }, db: [] } })
      expect(parseYamlTolerant(text)).toEqual({ services: { web: { ports: ['8080:80'] }, db: [] } })
      expect(emit).not.toHaveBeenCalled()
    } finally {
      emit.mockRestore()
      process.off('warning', onWarning)
    }
    expect(warnings).toEqual([])
  })
})
