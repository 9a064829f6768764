import { evaluate, evaluateIf, interpolate, type ExpressionContext } from './expressions.js'

function ctx(failed = false): ExpressionContext {
  return {
    contexts: {
      inputs: { 'app-dir': 'web', empty: '', count: '3' },
      steps: { build: { outputs: { tag: 'abc123', reused: 'true' }, outcome: 'success' } },
      github: { token: 'ghs_x', run_id: 42 },
      env: {}
    },
    status: { success: () => !failed, failure: () => failed, cancelled: () => false, always: () => true },
    onMissing: path => {
      if (path.startsWith('inputs.')) throw new Error(`undeclared ${path}`)
    }
  }
}

describe('expressions', () => {
  it('reads hyphenated paths and index syntax', () => {
    expect(evaluate('inputs.app-dir', ctx())).toBe('web')
    expect(evaluate("inputs['app-dir']", ctx())).toBe('web')
    expect(evaluate('steps.build.outputs.tag', ctx())).toBe('abc123')
    expect(evaluate('steps.build.outputs.nope', ctx())).toBeNull()
  })

  it('compares strings case-insensitively and coerces numbers', () => {
    expect(evaluate("steps.build.outputs.reused == 'TRUE'", ctx())).toBe(true)
    expect(evaluate('inputs.count == 3', ctx())).toBe(true)
    expect(evaluate("inputs.empty != ''", ctx())).toBe(false)
  })

  it('&& and || return operands', () => {
    expect(evaluate("inputs.empty || 'fallback'", ctx())).toBe('fallback')
    expect(evaluate("inputs.app-dir && 'yes'", ctx())).toBe('yes')
  })

  it('an if without a status function needs success()', () => {
    expect(evaluateIf("inputs.app-dir == 'web'", ctx(true))).toBe(false)
    expect(evaluateIf("always() && inputs.app-dir == 'web'", ctx(true))).toBe(true)
    expect(evaluateIf('failure()', ctx(true))).toBe(true)
    expect(evaluateIf(undefined, ctx(false))).toBe(true)
  })

  it('interpolates, and formats', () => {
    expect(interpolate('deplight-${{ github.run_id }}', ctx())).toBe('deplight-42')
    expect(evaluate("format('{0}:{1}', 'app', steps.build.outputs.tag)", ctx())).toBe('app:abc123')
  })

  it('rejects unknown functions, contexts, undeclared inputs and bad syntax', () => {
    expect(() => evaluate('hashFiles()', ctx())).toThrow(/unknown function hashFiles/)
    expect(() => evaluate('secrets.X', ctx())).toThrow(/unknown context "secrets"/)
    expect(() => evaluate('inputs.typo', ctx())).toThrow(/undeclared inputs.typo/)
    expect(() => evaluate('inputs.app-dir == ', ctx())).toThrow(/unexpected end/)
  })
})
