// findPorts skips a pattern over a file its `needs` does not match (speed, issue 16 #12): every match of the
// pattern must hold what `needs` asks for, or a port would be lost. Checked on the patterns' own examples
// and on texts built from mangled pieces of them.
import { GO_PORT_PATTERNS } from '../../../../src/analyzer/ecosystems/go/ports.js'

const guarded = GO_PORT_PATTERNS.filter(p => p.needs)

const EXAMPLES = [
  'port := os.Getenv("PORT")\nif port == "" {\n\tport = "8080"\n}',
  'if addr == "" { addr = "0.0.0.0:3000" }',
  'flag.Int("port", 8080, "listen port")',
  'flag.String("addr", ":8080", "")',
  'cmd.Flags().IntVarP(&port, "port", "p", 8081, "")',
  'fs.StringVar(&addr, "listen", "0.0.0.0:5230", "")',
  'const defaultPort = "8080"',
  'httpAddr := ":9000"',
  'func (c *Config) ServerPort() int {\n\tif c.Port != 0 {\n\t\treturn c.Port\n\t}\n\treturn 1031\n}',
  'func GetPort() string { return ":8088" }',
  'func NewDefaultConfig() Config {\n\treturn Config{\n\t\tLocalAddress: ":3333",\n\t}\n}'
]

describe('Go port patterns with needs', () => {
  it('guards the Getenv fallback, the flag default, the port constant and the default-config constructor', () => {
    expect(guarded.map(p => p.source)).toEqual([
      'PORT environment fallback',
      'command-line flag default',
      'port constant',
      'port getter default',
      'default config constructor port'
    ])
  })

  it.each(EXAMPLES)('finds %j with and without the guard alike', text => {
    const matched = guarded.filter(p => p.regex.test(text))
    expect(matched.length).toBeGreaterThan(0)
    for (const p of matched) expect(p.needs!.test(text)).toBe(true)
  })

  it('never guards out a text the pattern matches (mangled pieces)', () => {
    const pieces = [...EXAMPLES, 'port == ""', ' {', '\n', ' = ', '"8080"', '"port"', ', ', '"p"', ':']
    let seed = 11
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const mangle = (s: string): string => {
      const i = random(s.length + 1)
      return random(2) ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + 'x' + s.slice(i)
    }
    let matched = 0
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + random(4) }, () => {
        const p = pieces[random(pieces.length)]!
        return random(3) === 0 ? mangle(p) : p
      }).join('')
      for (const p of guarded)
        if (p.regex.test(text)) {
          matched++
          expect(p.needs!.test(text)).toBe(true)
        }
    }
    expect(matched).toBeGreaterThan(100)
  })
})
