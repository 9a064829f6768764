import { withoutDevelopmentBranches } from '../../../../src/analyzer/ecosystems/dotnet/development-branches.js'

describe('withoutDevelopmentBranches', () => {
  it('blanks the body of an IsDevelopment() branch, keeping its lines', () => {
    const text = [
      'if (env.IsDevelopment() || devMode)',
      '{',
      '    o.ListenAnyIP(5001, l => l.UseHttps("dev.pfx", "pw"));',
      '}',
      'o.ListenAnyIP(8081);'
    ].join('\n')
    const out = withoutDevelopmentBranches(text)
    expect(out).not.toContain('5001')
    expect(out).toContain('o.ListenAnyIP(8081);')
    expect(out.split('\n')).toHaveLength(5)
    expect(out.length).toBe(text.length)
  })
  it('blanks a single statement without braces and keeps the else branch', () => {
    const text =
      'if (app.Environment.IsDevelopment()) app.Urls.Add("http://+:5000");\nelse app.Urls.Add("http://+:80");'
    const out = withoutDevelopmentBranches(text)
    expect(out).not.toContain('5000')
    expect(out).toContain('http://+:80')
  })
  it('keeps a branch guarded by a negated test (production code)', () => {
    const text = 'if (!env.IsDevelopment()) { o.ListenAnyIP(9400); }'
    expect(withoutDevelopmentBranches(text)).toBe(text)
  })
  it('leaves text without IsDevelopment() and unbalanced text unchanged', () => {
    expect(withoutDevelopmentBranches('o.ListenAnyIP(5000);')).toBe('o.ListenAnyIP(5000);')
    const broken = 'if (env.IsDevelopment() { o.ListenAnyIP(5000);'
    expect(withoutDevelopmentBranches(broken)).toBe(broken)
  })
})
