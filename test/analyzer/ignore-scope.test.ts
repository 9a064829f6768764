import ignore from 'ignore'
import { FolderVerdicts, ignoreScope, isIgnored, type IgnoreScope } from '../../src/analyzer/ignore-scope.js'

// The scope must give the `ignore` package's verdict for every path the scan can reach: a path none of
// whose ancestor folders is ignored (the scan prunes ignored folders before listing them).
const FILES = [
  ['node_modules', '*.log', 'build/', '.env*', 'coverage'],
  ['/dist', 'packages/*/lib', '*.tmp', 'apps/web/build/', 'docs'],
  ['**/generated', 'src/**/*.snap', 'tmp/', '*.orig'],
  ['*.log', '!keep.log', '/out', 'cache/'],
  ['# comment with a/slash', 'secret\\#1', 'a b/c', '  ', 'foo/bar/baz.txt'],
  ['[Bb]in/', 'obj', '/vendor/', 'x/y/z/', '*.cs~'],
  // Slash rules grouped by first segment: case, a leading slash, wildcard first segments, `**`.
  // Negations with name and slash rules in every order (a saleor-like root, a yarn-berry frontend).
  [
    '.*',
    '!.github',
    '!.env.example',
    '*.py[cod]',
    '*\\.egg*',
    '/media/',
    '!.yarn/patches',
    '.yarn/*',
    'build/'
  ],
  ['src/*', '!src/keep.log', '*.log', '!keep.log', 'apps/*/tmp', '!apps/web/'],
  // A later name negation overrides an earlier slash rule, and the other way round.
  ['a/b', '!b', '*/tmp', '!tmp', 'x/**/z', '!z', '!c', 'b/c'],
  // Plain names matched as strings: exact, folder-only, suffixes, any ASCII case; the Kelvin sign (U+212A)
  // is no `k` to `ignore`.
  ['BIN', 'obj/', '*.LOG', '*~', '.env', 'name.txt', 'keep', '*.py[cod]'],
  // `**` rules: a folder-only one, and ones whose last segment is a plain name.
  [
    'src/**/[Bb]in/',
    '**/Properties/launchSettings.json',
    'apps/**/build',
    '_temp_*/**/*',
    '*/test-results/*'
  ],
  [
    '/DIST',
    'Packages/*/lib',
    'apps/web/build/',
    '*/tmp',
    'src/*',
    '.idea/*',
    '**/deep/generated',
    'foo/bar/'
  ],
  // Classes of one letter in both cases, matched as plain names and suffixes (a Visual Studio .gitignore);
  // a class holding a bracket, and one of two letters, stay globs.
  ['*.[Rr]e[Ss]harper', '[Dd]ebug/', '[Bb]uild[Ll]og.*', 'x[Aa]', '[a[Bb]', '[ab]c', '[Aa][Bb]x[0-9]'],
  // A negation among the slash rules only (name rules still matched as strings), and `**` inside a segment,
  // which `ignore` reads as `*` (an nx/novu-like root).
  [
    'build',
    '*.log',
    '**-changes-cache.json',
    'src/**.js',
    '.idea/**/workspace.xml',
    '!enterprise/**/src',
    'a**b/'
  ]
]

const PATHS = [
  'index.ts',
  'app.log',
  'keep.log',
  'src/app.log',
  'src/keep.log',
  'build',
  'src/build',
  'dist',
  'src/dist',
  'packages/core/lib',
  'packages/core/lib2',
  'packages/core/src/lib',
  'apps/web/build',
  'apps/web/src/index.ts',
  'src/generated',
  'src/deep/generated',
  'src/a/b/c.snap',
  'tmp',
  'src/tmp',
  'docs',
  'src/docs',
  '.env.local',
  'src/.env',
  'out',
  'src/out',
  'cache',
  'src/cache',
  'secret#1',
  'a b/c',
  'foo/bar/baz.txt',
  'foo/bar/qux.txt',
  'Bin',
  'src/bin',
  'obj',
  'vendor',
  'src/vendor',
  'x/y/z',
  'a/b',
  'c/tmp',
  'b/c',
  'x/y/z2',
  'file.cs~',
  'coverage',
  'DIST',
  'Packages/core/lib',
  'src/index.ts',
  'apps/tmp',
  'apps/web/tmp',
  '.idea/workspace.xml',
  '.IDEA/x',
  'foo/bar',
  'FOO/bar',
  '.github',
  '.github/workflows/ci.yml',
  '.env.example',
  '.env',
  'src/.env',
  'x.pyc',
  'saleor/core.pyc',
  'pkg.egg-info',
  'src/pkg.egg-info',
  'media',
  'src/media',
  '.yarn/patches',
  '.yarn/cache',
  '.yarn/patches/x.patch',
  'src/keep.log',
  'src/other.log',
  'apps/api/tmp',
  'apps/web',
  'apps/web/src',
  'src/app/bin',
  'src/app/Bin/x.dll',
  'src/bin.cs',
  'src/app/Properties/launchSettings.json',
  'Properties/LaunchSettings.JSON',
  'src/app/Properties/other.json',
  'apps/web/src/build',
  'apps/build',
  '_temp_x/a/b',
  'web/test-results/r.xml',
  'bin',
  'src/Bin',
  'src/a.Log',
  'file~',
  'src/NAME.TXT',
  'name.txt.bak',
  'src/\u212Aeep',
  'KEEP',
  'x.PYC',
  'x-changes-cache.json',
  'src/x-changes-cache.json',
  'src/a.js',
  'src/a/b.js',
  'enterprise/packages/x/src',
  'enterprise/build',
  '.idea/a/workspace.xml',
  'a-b',
  'axxb',
  'src/axb',
  'a.ReSharper',
  'src/x.RESHARPER',
  'src/Debug',
  'debug',
  'Debug.cs',
  'BuildLog.htm',
  'src/buildlog.x',
  'XA',
  'src/xa.txt',
  'b',
  '[',
  'bc',
  'ABx1',
  'src/abX9'
]

function reachable(rules: ReturnType<typeof ignore>, path: string): boolean {
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) if (rules.ignores(`${parts.slice(0, i).join('/')}/`)) return false
  return true
}

/**
 * Asserts that the scope gives the ignore package's verdict on `path` as a file and as a folder (the
 * patterns are part of the compared value, so a failure names the rule set); returns how many were ignored.
 */
function expectSameVerdicts(
  patterns: readonly string[],
  plain: ReturnType<typeof ignore>,
  scope: IgnoreScope,
  path: string
): number {
  let ignored = 0
  for (const isDir of [false, true]) {
    const expected = plain.ignores(isDir ? `${path}/` : path)
    if (expected) ignored++
    // The scan asks per folder (FolderVerdicts): the same verdict for the path as an entry of its folder.
    const slash = path.lastIndexOf('/')
    const folder = new FolderVerdicts([scope], slash < 0 ? '.' : path.slice(0, slash))
    expect([
      patterns,
      path,
      isDir,
      isIgnored([scope], path, isDir),
      folder.ignored(path.slice(slash + 1), isDir)
    ]).toEqual([patterns, path, isDir, expected, expected])
  }
  return ignored
}

describe('ignoreScope', () => {
  it.each(FILES.map((patterns, i) => [i, patterns] as const))(
    'gives the ignore package verdict for every reachable path (rule set %i)',
    (_i, patterns) => {
      const plain = ignore().add(patterns)
      const scope = ignoreScope('.', patterns)
      let compared = 0
      for (const path of PATHS) {
        if (!reachable(plain, path)) continue
        compared += 2
        expectSameVerdicts(patterns, plain, scope, path)
      }
      expect(compared).toBeGreaterThan(40)
    }
  )

  it('matches classes of one letter in both cases as plain names and suffixes', () => {
    const set = FILES.find(f => f[0] === '*.[Rr]e[Ss]harper')!
    const plain = ignoreScope('.', set).split.plainNames!
    expect([[...plain.extensions], [...plain.folders], [...plain.exact], plain.globs.length]).toEqual([
      ['.resharper'],
      ['debug'],
      ['xa'],
      2
    ])
  })

  it('marks a file with a negation, whose slash rules send a path to the whole file', () => {
    expect(ignoreScope('.', FILES[0]!).split.negated).toBe(false)
    expect(ignoreScope('.', FILES[3]!).split.negated).toBe(true)
  })

  it('matches name rules as strings when only a slash rule is negated, and `**` inside a segment as `*`', () => {
    const split = ignoreScope('.', FILES[FILES.length - 1]!).split
    expect(split.negated).toBe(true)
    expect(split.orderedNames).toBeNull()
    expect(split.plainNames?.suffixes).toEqual(['-changes-cache.json'])
    expect(split.hasNames).toBe(false)
    expect(split.slashRules.map(r => [r.pattern, r.first, r.depth])).toEqual([
      ['src/**.js', 'SRC', 2],
      ['.idea/**/workspace.xml', '.IDEA', Infinity],
      ['!enterprise/**/src', 'ENTERPRISE', Infinity]
    ])
  })

  it('skips slash rules for paths deeper than the longest of them, and applies nested scopes locally', () => {
    const scope = ignoreScope('.', ['/dist', 'packages/*/lib'])
    expect(scope.split?.pathDepth).toBe(3)
    expect(scope.split.slashRules.map(r => [r.first, r.last, r.depth])).toEqual([
      ['DIST', 'DIST', 1],
      ['PACKAGES', 'LIB', 3]
    ])
    const star = ignoreScope('.', ['src/**/[Bb]in/', '**/Properties/launchSettings.json']).split.slashRules
    expect(star.map(r => [r.first, r.last, r.dirOnly])).toEqual([
      ['SRC', null, true],
      [null, 'LAUNCHSETTINGS.JSON', false]
    ])
    expect(ignoreScope('.', ['src/**/*.snap']).split?.pathDepth).toBe(Infinity)
    const nested = ignoreScope('packages/core', ['/generated', '*.log'])
    expect(isIgnored([scope, nested], 'packages/core/generated', true)).toBe(true)
    expect(isIgnored([scope, nested], 'packages/core/src/generated', true)).toBe(false)
    expect(isIgnored([scope, nested], 'packages/core/src/x.log', false)).toBe(true)
    expect(isIgnored([scope, nested], 'packages/core/lib', true)).toBe(true)
    // The same asked per folder: the nested scope's own folder, below it, and the root.
    const core = new FolderVerdicts([scope, nested], 'packages/core')
    expect(['generated', 'lib', 'src', 'x.log'].map(n => core.ignored(n, n !== 'x.log'))).toEqual([
      true,
      true,
      false,
      true
    ])
    const src = new FolderVerdicts([scope, nested], 'packages/core/src')
    expect([src.ignored('generated', true), src.ignored('x.log', false), src.ignored('lib', true)]).toEqual([
      false,
      true,
      false
    ])
    const root = new FolderVerdicts([scope], '.')
    expect([root.ignored('dist', true), root.ignored('dist', false), root.ignored('packages', true)]).toEqual(
      [true, true, false]
    )
  })
})

describe('ignoreScope against ignore, on generated rule sets', () => {
  // Deterministic (seeded) mixes of name globs, slash rules, `**` and negations, tested on every reachable
  // path built from segments those rules name, as files and as folders.
  const PATTERNS = [
    '.pnp.*',
    '*.log*',
    '*.py[cod]',
    '[Bb]in',
    '[Oo]bj/',
    'a?c',
    'build/',
    '/dist',
    'src/*',
    'src/**/[Bb]in/',
    '**/gen',
    'a/b',
    'a/**/c',
    '*/tmp',
    '.idea/*',
    '!keep.log',
    '!src/keep',
    '!a/',
    '!.github',
    '.*',
    'docs',
    '/DOCS/x',
    'x/y/z/',
    '*\\.egg*',
    '\\#*\\#',
    '~$*',
    'foo bar',
    '!*.pyc',
    'A/*/c',
    '_temp_*/**/*',
    '!b',
    '!tmp',
    '!c',
    'x*/y',
    '*.d/**/z.[ch]',
    'src/**/*.LOG',
    '!_temp_*/keep',
    'Generated_Code #added for RIA/Silverlight projects',
    ' lead/x',
    'Σίσυφος/x',
    '**-cache.json',
    'src/**.js',
    'a**c',
    '***x',
    'x**',
    '!x**/y',
    '!src/**.log'
  ]
  const SEGMENTS = ['a', 'b', 'c', 'src', 'bin', 'Bin', 'obj', 'gen', 'tmp', 'x', 'y', 'z', '.idea', 'keep']
  SEGMENTS.push('keep.log', 'x.LOG', 'x.pyc', '.github', 'docs', 'DOCS', 'dist', 'build', 'foo bar', '#x#')
  SEGMENTS.push('~$a', 'p.egg-info', '_temp_1', 'abc', 'A', '.pnp.cjs', '\u212Aeep.log', 'xa', 'X', 'a.D')
  SEGMENTS.push(
    'z.c',
    'z.H',
    'z.cc',
    'Generated_Code #added for RIA',
    'generated_code #ADDED FOR ria',
    ' lead'
  )
  SEGMENTS.push('Silverlight projects', 'lead', 'σίσυφοσ', 'ΣΊΣΥΦΟΣ')
  SEGMENTS.push('y-cache.json', 'a.js', 'aXc', 'ac', 'xx', 'z.log')
  let seed = 42
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }

  it('gives the same verdict for 2,000 rule sets', () => {
    let compared = 0
    for (let i = 0; i < 2000; i++) {
      const patterns = Array.from({ length: 1 + random(5) }, () => PATTERNS[random(PATTERNS.length)]!)
      const plain = ignore().add(patterns)
      const scope = ignoreScope('.', patterns)
      const path = Array.from({ length: 1 + random(4) }, () => SEGMENTS[random(SEGMENTS.length)]!).join('/')
      if (!reachable(plain, path)) continue
      compared += 2
      expectSameVerdicts(patterns, plain, scope, path)
    }
    expect(compared).toBeGreaterThan(2000)
  })

  it('gives the same verdict for 1,000 larger rule sets with a negation, at every depth', () => {
    // A Visual Studio-like file: many name rules, `**` slash rules and one negation (the subset of rules a
    // path and its ancestor folders can meet decides, not the whole file).
    const NEGATIONS = ['!**/packages/build/', '!keep.log', '!src/keep', '!a/', '!*.pyc', '!x**/y']
    let compared = 0
    let exact = 0
    for (let i = 0; i < 1000; i++) {
      const patterns = Array.from({ length: 5 + random(20) }, () => PATTERNS[random(PATTERNS.length)]!)
      patterns.splice(random(patterns.length), 0, '**/packages/*', NEGATIONS[random(NEGATIONS.length)]!)
      const plain = ignore().add(patterns)
      const scope = ignoreScope('.', patterns)
      if (scope.split.indexedNames !== null) exact++
      for (let j = 0; j < 4; j++) {
        const segments = [...SEGMENTS, 'packages', 'build', 'packages']
        const path = Array.from({ length: 1 + random(5) }, () => segments[random(segments.length)]!).join('/')
        if (!reachable(plain, path)) continue
        compared += 2
        expectSameVerdicts(patterns, plain, scope, path)
      }
    }
    expect(compared).toBeGreaterThan(2000)
    expect(exact).toBeGreaterThan(250)
  })

  it('gives the same verdict for 300 generated file lists under shared folders, with and without a negation', () => {
    // A generated .gitignore listing files one by one under a few first folders (joplin's root: 1,429 rules
    // under `packages/`): a path meets the rules of its first segment that end in its last one, or in a
    // wildcard. One scope answers many paths in a row (its memos and last lookup carry over).
    const FIRST = ['packages', 'Packages', 'apps', '*', 'p?ckages', '**']
    const MIDDLE = ['a', 'b', 'lib', '*', '**', 'gen']
    const LAST = ['index.js', 'INDEX.js', 'x.map', '*.map', 'lib', 'gen', '*', 'a', 'b.js', '[ab].js']
    const PATH_SEGMENTS = [
      'packages',
      'PACKAGES',
      'apps',
      'a',
      'b',
      'lib',
      'gen',
      'index.js',
      'x.map',
      'b.js'
    ]
    let state = 5
    // The high bits: the low ones of this generator repeat with a short period.
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return Math.floor(state / 2 ** 16) % n
    }
    let compared = 0
    let ignored = 0
    for (let i = 0; i < 300; i++) {
      const patterns = Array.from({ length: 10 + random(60) }, () => {
        const middle = Array.from({ length: random(3) }, () => MIDDLE[random(MIDDLE.length)]!)
        const rule = [FIRST[random(FIRST.length)]!, ...middle, LAST[random(LAST.length)]!].join('/')
        return (random(2) ? '/' : '') + rule + (random(4) === 0 ? '/' : '')
      })
      if (i % 2) patterns.splice(random(patterns.length), 0, `!${patterns[random(patterns.length)]!}`)
      if (i % 3 === 0) patterns.push('*.log', 'gen')
      const plain = ignore().add(patterns)
      const scope = ignoreScope('.', patterns)
      for (let j = 0; j < 30; j++) {
        const path = Array.from(
          { length: 1 + random(4) },
          () => PATH_SEGMENTS[random(PATH_SEGMENTS.length)]!
        ).join('/')
        if (!reachable(plain, path)) continue
        compared += 2
        ignored += expectSameVerdicts(patterns, plain, scope, path)
      }
    }
    expect(compared).toBeGreaterThan(5000)
    expect(ignored).toBeGreaterThan(500)
  })
})
