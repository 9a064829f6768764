import { DockerignoreMatcher, parseDockerignore } from '../../src/build/dockerignore.js'

const matcher = (text: string) => new DockerignoreMatcher(parseDockerignore(text))

describe('parseDockerignore', () => {
  test('cleans patterns like BuildKit: comments only at column 0, leading / and ./ and trailing / removed', () => {
    expect(parseDockerignore('\uFEFF# comment\n/abs\n./rel/\n  spaced  \n #kept\n!  /back\n\n')).toEqual([
      'abs',
      'rel',
      'spaced',
      '#kept',
      '!back'
    ])
  })
})

describe('DockerignoreMatcher', () => {
  test('* and ? stop at /, so *.log only matches at the top level', () => {
    const m = matcher('*.log\nfile?.txt')
    expect(m.excludes('a.log')).toBe(true)
    expect(m.excludes('dir/a.log')).toBe(false)
    expect(m.excludes('file1.txt')).toBe(true)
    expect(m.excludes('file10.txt')).toBe(false)
  })

  test('** spans directories, including none', () => {
    const m = matcher('**/*.log\nsrc/**/gen')
    expect(m.excludes('a.log')).toBe(true)
    expect(m.excludes('x/y/a.log')).toBe(true)
    expect(m.excludes('src/gen/file.ts')).toBe(true)
    expect(m.excludes('src/a/b/gen')).toBe(true)
    expect(m.excludes('src/a/b/generated')).toBe(false)
  })

  test('a pattern that matches a directory excludes everything below it', () => {
    const m = matcher('node_modules\nbuild/out')
    expect(m.excludes('node_modules/left-pad/index.js')).toBe(true)
    expect(m.excludes('build/out/x/y.js')).toBe(true)
    expect(m.excludes('build/other.js')).toBe(false)
  })

  test('! re-includes and the last matching pattern wins', () => {
    const m = matcher('*.md\n!README.md\n!keep.txt\n*.txt')
    expect(m.excludes('CHANGES.md')).toBe(true)
    expect(m.excludes('README.md')).toBe(false)
    expect(m.excludes('keep.txt')).toBe(true)
  })

  test('an exception inside an excluded directory is honoured and makes the walker descend', () => {
    const m = matcher('dist\n!dist/keep.js\nvendor')
    expect(m.excludes('dist/drop.js')).toBe(true)
    expect(m.excludes('dist/keep.js')).toBe(false)
    expect(m.mayReinclude('dist')).toBe(true)
    expect(m.mayReinclude('vendor')).toBe(false)
  })

  test('character classes and escapes follow filepath.Match', () => {
    const m = matcher('[ab].txt\n\\*.lit\nv1.0')
    expect(m.excludes('a.txt')).toBe(true)
    expect(m.excludes('c.txt')).toBe(false)
    expect(m.excludes('*.lit')).toBe(true)
    expect(m.excludes('x.lit')).toBe(false)
    // '.' is literal, not "any character".
    expect(m.excludes('v1x0')).toBe(false)
  })

  test('no patterns: nothing is excluded', () => {
    expect(matcher('').excludes('anything/at/all')).toBe(false)
  })
})
