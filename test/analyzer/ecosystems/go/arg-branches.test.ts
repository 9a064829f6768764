// The no-argument path of a CLI outranks the address it assigns only when given arguments (issue 16 #4):
// `serve [domain]` listens on 0.0.0.0:80 with a domain and on 127.0.0.1:8090 without one.
import { argumentBranch, argumentPathLast } from '../../../../src/analyzer/ecosystems/go/arg-branches.js'
import type { Candidate } from '../../../../src/analyzer/candidate.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const SERVE = [
  'func serve(args []string) {', //        1
  '\tif len(args) > 0 {', //               2
  '\t\tif addr == "" {', //                3
  '\t\t\taddr = "0.0.0.0:80"', //          4
  '\t\t}', //                              5
  '\t} else {', //                         6
  '\t\taddr = "127.0.0.1:8090"', //        7
  '\t}', //                                8
  '\tlisten(addr)', //                     9
  '}'
].join('\n')

const offsetOfLine = (text: string, line: number): number =>
  text
    .split('\n')
    .slice(0, line - 1)
    .join('\n').length + (line > 1 ? 1 : 0)

function sighting(value: number, file: string, line: number): Candidate<number> {
  return { value, confidence: 0.85, source: `${file} port constant`, evidence: [{ file, line, text: '' }] }
}

describe('argumentBranch', () => {
  test('the then-branch of len(args) > 0, through a nested if, is the with-arguments side', () => {
    const at = argumentBranch(SERVE, offsetOfLine(SERVE, 4))
    expect(at?.withArguments).toBe(true)
  })

  test('its else-branch is the no-argument side of the same test', () => {
    const withArgs = argumentBranch(SERVE, offsetOfLine(SERVE, 4))
    const without = argumentBranch(SERVE, offsetOfLine(SERVE, 7))
    expect(without?.withArguments).toBe(false)
    expect(without?.test).toBe(withArgs?.test)
  })

  test('flag.NArg() == 0 then-branch is the no-argument side, its else the with-arguments side', () => {
    const text =
      'func main() {\n\tif flag.NArg() == 0 {\n\t\tport = "3000"\n\t} else {\n\t\tport = "80"\n\t}\n}'
    expect(argumentBranch(text, offsetOfLine(text, 3))?.withArguments).toBe(false)
    expect(argumentBranch(text, offsetOfLine(text, 5))?.withArguments).toBe(true)
  })

  test('code after the test, or under another condition, is on neither side', () => {
    expect(argumentBranch(SERVE, offsetOfLine(SERVE, 9))).toBeNull()
    const text = 'func main() {\n\tif os.Getenv("TLS") != "" {\n\t\tport = "8443"\n\t}\n}'
    expect(argumentBranch(text, offsetOfLine(text, 3))).toBeNull()
  })

  test('the test must enclose the code within its function', () => {
    const text = 'if len(args) > 0 {\n}\nfunc other() {\n\tport = "9000"\n}'
    expect(argumentBranch(text, offsetOfLine(text, 4))).toBeNull()
  })
})

describe('argumentPathLast', () => {
  test('demotes the with-arguments address below the no-argument default of the same test', () => {
    const tree = treeFromFiles({ 'cmd/serve.go': SERVE })
    const [eighty, default8090] = argumentPathLast(
      tree,
      [sighting(80, 'cmd/serve.go', 4), sighting(8090, 'cmd/serve.go', 7)],
      t => t
    )
    expect(eighty!.confidence).toBeLessThan(default8090!.confidence)
    expect(default8090!.confidence).toBe(0.85)
  })

  test('keeps a with-arguments address when the other side assigns nothing (the arguments may be a subcommand)', () => {
    const text = 'func main() {\n\tif len(os.Args) > 1 {\n\t\taddr = ":7000"\n\t}\n\taddr2 = ":7001"\n}'
    const tree = treeFromFiles({ 'main.go': text })
    const out = argumentPathLast(tree, [sighting(7000, 'main.go', 3), sighting(7001, 'main.go', 5)], t => t)
    expect(out.map(c => c.confidence)).toEqual([0.85, 0.85])
  })
})
