import { logSafe, withCommandsStopped } from '../../src/pipeline/log-safe.js'

describe('logSafe', () => {
  test('plain values are unchanged', () => {
    for (const plain of [
      'apps/web',
      'Dockerfile',
      'deplight.auto.tfvars',
      'a b/c-d_e.f',
      'ünïcode/路径',
      'x:y'
    ])
      expect(logSafe(plain)).toBe(plain)
  })

  test.each([
    [
      'svc\n::warning title=x::pwned\n::add-mask::main',
      '"svc\\n::warning title=x::pwned\\n::add-mask::main"'
    ],
    ['a\rb', '"a\\rb"'],
    ['::add-mask::main', '"::add-mask::main"'],
    ['  ::error::x', '"  ::error::x"'],
    [':x', '":x"'],
    ['x ##[add-mask]y', '"x #\\u0023[add-mask]y"'],
    ['esc\u001b[31mred', '"esc\\u001b[31mred"'],
    ['nel\u0085line\u2028sep', '"nel\\u0085line\\u2028sep"'],
    ['tab\there', '"tab\\there"']
  ])('%j becomes one inert quoted line %s', (value, expected) => {
    const safe = logSafe(value)
    expect(safe).toBe(expected)
    expect(safe).not.toMatch(/[\r\n\u0085\u2028\u2029]/)
    expect(safe.trimStart().startsWith('::')).toBe(false)
    expect(safe).not.toContain('##[')
    // Readable and reversible: it is a JSON string.
    expect(JSON.parse(safe)).toBe(value)
  })
})

describe('withCommandsStopped', () => {
  test('wraps the output in a stop-commands pause with a fresh random token, even when it throws', async () => {
    const lines: string[] = []
    const write = (line: string) => void lines.push(line)
    await withCommandsStopped(write, async () => void lines.push('::add-mask::main\n'))
    await expect(withCommandsStopped(write, () => Promise.reject(new Error('build failed')))).rejects.toThrow(
      'build failed'
    )
    const [start, inner, end, start2, end2] = lines
    const token = /^::stop-commands::([0-9a-f-]{36})\n$/.exec(start ?? '')?.[1]
    expect(token).toBeDefined()
    expect(inner).toBe('::add-mask::main\n')
    expect(end).toBe(`::${token}::\n`)
    expect(start2).toMatch(/^::stop-commands::/)
    expect(start2).not.toContain(token)
    expect(end2).toBe(`::${/^::stop-commands::(.*)\n$/.exec(start2 ?? '')?.[1]}::\n`)
  })
})
