import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  readFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_CONTEXT_FILES, scan, ScanError } from '../../src/analyzer/scan.js'
import { analyze } from '../../src/analyzer/analyze.js'

let root: string
let outside: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deplight-scan-'))
  outside = mkdtempSync(join(tmpdir(), 'deplight-outside-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

function write(rel: string, content: string | Buffer = ''): void {
  mkdirSync(join(root, rel, '..'), { recursive: true })
  writeFileSync(join(root, rel), content)
}

const paths = () => scan(root).files.map(f => f.path)

test('lists files sorted with sizes, skipping dependency and build folders', () => {
  write('package.json', '{}')
  write('src/b.js', 'bb')
  write('src/a.js', 'a')
  write('node_modules/express/index.js')
  write('.git/config')
  write('dist/out.js')
  write('venv-custom/pyvenv.cfg')
  write('venv-custom/lib/x.py')
  const tree = scan(root)
  expect(tree.files.map(f => ({ path: f.path, size: f.size }))).toEqual([
    { path: 'package.json', size: 2 },
    { path: 'src/a.js', size: 1 },
    { path: 'src/b.js', size: 2 }
  ])
})

test('the walk stats no file: a size is looked up when first asked, then kept', () => {
  write('package.json', '{}')
  write('data.bin', 'abc')
  const tree = scan(root)
  // Grown after the walk, before anyone asked: the first look sees the new size.
  appendFileSync(join(root, 'data.bin'), 'defg')
  expect(tree.size('data.bin')).toBe(7)
  appendFileSync(join(root, 'data.bin'), 'h')
  expect(tree.size('data.bin')).toBe(7)
})

test('respects .gitignore at every level and .dockerignore for directories', () => {
  write('.gitignore', 'secret.txt\nlogs/\n!keep.log\n')
  write('secret.txt')
  write('logs/a.log')
  write('sub/.gitignore', '*.tmp\n')
  write('sub/x.tmp')
  write('sub/x.js')
  write('other/x.tmp')
  write('.dockerignore', 'fixtures-big\n')
  write('fixtures-big/data.json')
  expect(paths()).toEqual(['.dockerignore', '.gitignore', 'other/x.tmp', 'sub/.gitignore', 'sub/x.js'])
})

test('an allow-list .dockerignore (`*` then `!src`) keeps the nested sources it allows', () => {
  write('.dockerignore', '*\n!src\n!Cargo.toml\n')
  write('Cargo.toml', '[package]\nname = "x"\n')
  write('src/main.rs', 'fn main() {}')
  write('src/api/web.rs', '#[get("/alive")]\nfn alive() {}')
  write('docs/guide/index.md')
  expect(paths()).toEqual(['.dockerignore', 'Cargo.toml', 'src/api/web.rs', 'src/main.rs'])
})

test('symlinks: followed inside the root, never outside, loops stopped', () => {
  write('real/app.js', 'x')
  write('secret-outside.txt')
  writeFileSync(join(outside, 'secret'), 'nope')
  symlinkSync(join(root, 'real'), join(root, 'alias'))
  symlinkSync(outside, join(root, 'escape'))
  symlinkSync(join(outside, 'secret'), join(root, 'escape-file'))
  symlinkSync('..', join(root, 'real', 'loop'))
  symlinkSync(join(root, 'missing'), join(root, 'broken'))
  const tree = scan(root)
  expect(tree.files.map(f => f.path)).toEqual(['alias/app.js', 'real/app.js', 'secret-outside.txt'])
  expect(tree.read('alias/app.js')).toBe('x')
  expect(tree.warnings.map(w => w.code).sort()).toEqual([
    'BROKEN_SYMLINK',
    'SYMLINK_LOOP',
    'SYMLINK_LOOP',
    'SYMLINK_OUTSIDE_ROOT',
    'SYMLINK_OUTSIDE_ROOT'
  ])
})

test('a 50 MB file is listed but never read; binary files read as null', () => {
  write(
    'package.json',
    JSON.stringify({ scripts: { start: 'node server.js' }, dependencies: { express: '1' } })
  )
  write('big.sql')
  truncateSync(join(root, 'big.sql'), 50 * 1024 * 1024)
  write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
  const tree = scan(root)
  expect(tree.size('big.sql')).toBe(50 * 1024 * 1024)
  expect(tree.read('big.sql')).toBeNull()
  expect(tree.read('logo.png')).toBeNull()
  const report = analyze(tree)
  expect(report.apps[0]?.framework.value).toBe('express')
  // readBytes counts the files the analysis read whole: package.json, never the 50 MB file.
  expect(report.stats.readBytes).toBe(tree.readPaths().reduce((n, p) => n + (tree.size(p) ?? 0), 0))
  expect(tree.readPaths()).toContain('package.json')
  expect(report.stats.readBytes).toBeLessThan(1024 * 1024)
})

test('the head of a file over the read limit is one bounded read, whatever the size', () => {
  // 3 GiB (sparse): readFileSync refuses anything over 2 GiB, so only a bounded read can answer.
  write('pnpm-lock.yaml', "lockfileVersion: '6.0'\n\nsettings:\n")
  truncateSync(join(root, 'pnpm-lock.yaml'), 3 * 1024 ** 3)
  const tree = scan(root)
  expect(tree.read('pnpm-lock.yaml')).toBeNull()
  expect(tree.readHead('pnpm-lock.yaml', 24)).toBe("lockfileVersion: '6.0'\n\n")
  // The sparse tail is NUL bytes: a head that reaches them is binary.
  expect(tree.readHead('pnpm-lock.yaml', 4096)).toBeNull()
})

test('an unreadable file becomes a warning, not a crash', () => {
  // Tests run as root, where chmod 000 does not stop reads: simulate EACCES with the injectable reader.
  write('package.json', JSON.stringify({ dependencies: { express: '1' } }))
  write('server.js', "require('express')().listen(4000)")
  const tree = scan(root, {
    readFile: p => {
      if (p.endsWith('server.js')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' })
      return readFileSync(p)
    }
  })
  const report = analyze(tree)
  expect(report.apps[0]?.framework.value).toBe('express')
  expect(report.warnings).toContainEqual({
    code: 'UNREADABLE_FILE',
    message: 'server.js could not be read (EACCES); it was ignored',
    file: 'server.js'
  })
})

test('deep trees: 20 levels are scanned, beyond the depth limit a warning', () => {
  const deep20 = Array.from({ length: 20 }, (_, i) => `d${i}`).join('/')
  write(`${deep20}/file.txt`, 'x')
  const deep40 = Array.from({ length: 40 }, (_, i) => `e${i}`).join('/')
  write(`${deep40}/file.txt`, 'x')
  const tree = scan(root)
  expect(tree.has(`${deep20}/file.txt`)).toBe(true)
  expect(tree.has(`${deep40}/file.txt`)).toBe(false)
  expect(tree.warnings.map(w => w.code)).toEqual(['DEPTH_LIMIT'])
})

test('file count is bounded', () => {
  for (let i = 0; i < 30; i++) write(`f${String(i).padStart(2, '0')}.txt`)
  const tree = scan(root, { maxFiles: 10 })
  expect(tree.files).toHaveLength(10)
  expect(tree.skipped).toBe(20)
  expect(tree.warnings).toEqual([
    { code: 'FILE_LIMIT', message: 'more than 10 files: the rest were not analysed' }
  ])
})

test('an empty repository gives a report with no apps', () => {
  const report = analyze(scan(root))
  expect(report.apps).toEqual([])
  expect(report.warnings.map(w => w.code)).toEqual(['NO_APP'])
})

test('missing root and non-directory root are clear errors', () => {
  expect(() => scan(join(root, 'nope'))).toThrow(
    new ScanError(`${join(root, 'nope')} does not exist; pass the path of a repository directory`)
  )
  write('file.txt')
  expect(() => scan(join(root, 'file.txt'))).toThrow(/is not a directory/)
})

describe('hostile ignore files (issue 14 items 3 and 4)', () => {
  const chain = Array(28).fill('a').join('/')

  test('.gitignore -> /dev/zero is skipped with a warning instead of reading forever', () => {
    write('package.json', '{}')
    symlinkSync('/dev/zero', join(root, '.gitignore'))
    const tree = scan(root)
    expect(tree.has('package.json')).toBe(true)
    expect(tree.warnings.map(w => w.code)).toContain('SYMLINK_OUTSIDE_ROOT')
    expect(tree.warnings.find(w => w.code === 'IGNORE_FILE_SKIPPED')?.message).toBe(
      '.gitignore links outside the repository; its rules were not applied'
    )
  })

  test('a FIFO .dockerignore does not hang the scan', () => {
    write('package.json', '{}')
    execFileSync('mkfifo', [join(root, '.dockerignore')])
    const tree = scan(root)
    expect(tree.has('package.json')).toBe(true)
    expect(tree.warnings.find(w => w.code === 'IGNORE_FILE_SKIPPED')?.message).toBe(
      '.dockerignore is not a regular file; its rules were not applied'
    )
  })

  test('a .gitignore over the 1 MiB read cap is skipped, like any other oversized file', () => {
    write('keep.txt', 'x')
    write('sub/.gitignore', `keep.txt\n${'x'.repeat(2 * 1024 * 1024)}\n`)
    write('sub/keep.txt', 'x')
    const tree = scan(root)
    expect(tree.has('sub/keep.txt')).toBe(true)
    expect(tree.warnings.find(w => w.code === 'IGNORE_FILE_SKIPPED')?.message).toBe(
      'sub/.gitignore is larger than 1048576 bytes; its rules were not applied'
    )
  })

  test('repeated ** in .gitignore and .dockerignore over a deep chain stays fast and keeps its meaning', () => {
    const stars = `${Array(14).fill('**').join('/')}/x`
    write('.gitignore', `${stars}\n`)
    write('.dockerignore', `${stars}\n`)
    write(`${chain}/y.txt`, 'y')
    write(`${chain}/x`, 'x')
    const start = performance.now()
    const tree = scan(root, { maxDepth: 64 })
    // A fixed hostile pattern, not a size to scale: regex backtracking is exponential in the number of `**` (10 of
    // them on a 28-level chain took 13.5 s, issue 14 item 3); with `**` runs collapsed and an NFA the whole test
    // takes 67–263 ms under load 9–20. The limit is far above that, so a loaded machine cannot fail it.
    expect(performance.now() - start).toBeLessThan(8000)
    expect(tree.has(`${chain}/y.txt`)).toBe(true)
    expect(tree.has(`${chain}/x`)).toBe(false)
  })

  test('ignore patterns over the caps are dropped with a warning that says what was dropped', () => {
    write('.gitignore', `${'z'.repeat(5000)}\nsecret.txt\n`)
    write('secret.txt', 's')
    const tree = scan(root)
    expect(tree.has('secret.txt')).toBe(false)
    expect(tree.warnings.find(w => w.code === 'IGNORE_PATTERNS_DROPPED')?.message).toBe(
      '.gitignore: 1 pattern(s) longer than 1024 characters were not applied'
    )
  })
})

describe('files a Dockerfile copies are in the image whatever .gitignore says', () => {
  test('an explicit COPY source brings back what .gitignore hid inside it, nothing else', () => {
    write('.gitignore', '**/bin/*\nbuild/\n/local\n')
    write('Dockerfile', 'FROM alpine\nCOPY --chown=1:1 docker /\nENTRYPOINT ["docker-entrypoint.sh"]\n')
    write('docker/usr/local/bin/docker-entrypoint.sh', 'exec /app/x "$@"\n')
    write('docker/app/.gitkeep')
    // Ignored, but no Dockerfile copies them.
    write('tools/bin/dev.sh')
    write('build/out.jar')
    write('local/notes.txt')
    expect(paths()).toEqual([
      '.gitignore',
      'Dockerfile',
      'docker/app/.gitkeep',
      'docker/usr/local/bin/docker-entrypoint.sh'
    ])
  })

  test('an ignored folder named as a COPY source comes back whole; a wildcard source by its matches', () => {
    write('.gitignore', 'deploy/\nscripts/\n')
    write('Dockerfile', 'FROM alpine\nCOPY deploy/conf /etc/app\nCOPY scripts/*.sh /usr/local/bin/\n')
    write('deploy/conf/app.ini', 'x')
    write('deploy/conf/nested/more.ini', 'x')
    write('deploy/secrets/key.pem', 'x')
    write('scripts/run.sh', 'x')
    write('scripts/seed.py', 'x')
    expect(paths()).toEqual([
      '.gitignore',
      'Dockerfile',
      'deploy/conf/app.ini',
      'deploy/conf/nested/more.ini',
      'scripts/run.sh'
    ])
  })

  test('COPY . . never resurrects ignored build output; the ENTRYPOINT script it runs does come back', () => {
    write('.gitignore', 'bin/\nbuild/\n')
    write('Dockerfile', 'FROM node:20\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["/app/bin/start.sh"]\n')
    write('bin/start.sh', 'exec node server.js\n')
    write('bin/other.sh')
    write('build/package.json', '{}')
    write('server.js')
    expect(paths()).toEqual(['.gitignore', 'Dockerfile', 'bin/start.sh', 'server.js'])
  })

  test('a CMD script relative to WORKDIR, through a shell, is found too', () => {
    write('.gitignore', '/scripts/\n')
    write('Dockerfile', 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["sh", "scripts/start.sh"]\n')
    write('scripts/start.sh', 'exec gunicorn app:app\n')
    write('scripts/dev.sh')
    expect(paths()).toEqual(['.gitignore', 'Dockerfile', 'scripts/start.sh'])
  })

  test('.dockerignore still applies, and vendored folders stay skipped', () => {
    write('.gitignore', 'conf/\n')
    write('.dockerignore', 'conf/*.local\n')
    write('Dockerfile', 'FROM alpine\nCOPY conf /etc/app\nCOPY node_modules/x /x\n')
    write('conf/app.yml')
    write('conf/dev.local')
    write('conf/node_modules/dep/index.js')
    write('node_modules/x/index.js')
    expect(paths()).toEqual(['.dockerignore', '.gitignore', 'Dockerfile', 'conf/app.yml'])
  })

  test('a Dockerfile in a folder copies from its own folder first, then from the root', () => {
    write('.gitignore', 'bin/\n')
    write('svc/Dockerfile', 'FROM alpine\nCOPY bin/ /usr/local/bin/\nCOPY shared/bin/run.sh /run.sh\n')
    write('svc/bin/entry.sh')
    write('shared/bin/run.sh')
    write('shared/bin/unused.sh')
    write('bin/root-only.sh')
    expect(paths()).toEqual(['.gitignore', 'shared/bin/run.sh', 'svc/Dockerfile', 'svc/bin/entry.sh'])
  })

  test('a `<Dockerfile>.dockerignore` beside the Dockerfile replaces the context one', () => {
    write('.gitignore', 'conf/\n')
    write('.dockerignore', '')
    write('Dockerfile', 'FROM alpine\nCOPY conf /etc/app\n')
    write('Dockerfile.dockerignore', 'conf/secret.yml\n')
    write('conf/app.yml')
    write('conf/secret.yml')
    expect(paths()).toEqual([
      '.dockerignore',
      '.gitignore',
      'Dockerfile',
      'Dockerfile.dockerignore',
      'conf/app.yml'
    ])
  })

  test('at most MAX_CONTEXT_FILES files come back, with a warning', () => {
    write('.gitignore', 'assets/\n')
    write('Dockerfile', 'FROM nginx\nCOPY assets /usr/share/nginx/html\n')
    for (let i = 0; i < MAX_CONTEXT_FILES + 5; i++) write(`assets/f${String(i).padStart(4, '0')}.txt`)
    const tree = scan(root)
    expect(tree.files.filter(f => f.path.startsWith('assets/'))).toHaveLength(MAX_CONTEXT_FILES)
    expect(tree.warnings.map(w => w.code)).toContain('CONTEXT_FILE_LIMIT')
  })

  test('a COPY source that is a symlink out of the root is not followed', () => {
    write('.gitignore', 'conf/\n')
    write('Dockerfile', 'FROM alpine\nCOPY conf /etc/app\n')
    writeFileSync(join(outside, 'secret'), 'nope')
    symlinkSync(outside, join(root, 'conf'))
    expect(paths()).toEqual(['.gitignore', 'Dockerfile'])
  })
})

describe('a git checkout: tracked files are never ignored', () => {
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: root, stdio: 'ignore' })
  }

  test('tracked files under ignore rules are listed, untracked ones are not', () => {
    write('.gitignore', 'bin/\n*.log\nlocal/\n')
    write('.dockerignore', 'fixtures-big\n')
    write('bin/tracked.sh')
    write('bin/untracked.sh')
    write('bin/deep/tracked.sh')
    write('kept.log')
    write('other.log')
    write('local/untracked.txt')
    write('node_modules/dep/index.js')
    write('fixtures-big/tracked.json')
    write('src/app.js')
    git('init', '-q')
    git('add', '.')
    git('add', '-f', 'bin/tracked.sh', 'bin/deep/tracked.sh', 'kept.log', 'node_modules/dep/index.js')
    expect(paths()).toEqual([
      '.dockerignore',
      '.gitignore',
      'bin/deep/tracked.sh',
      'bin/tracked.sh',
      'kept.log',
      'src/app.js'
    ])
  })

  test('a tracked file a Dockerfile also copies is listed once; untracked ones it copies come back too', () => {
    write('.gitignore', 'bin/\n')
    write('Dockerfile', 'FROM alpine\nCOPY bin /usr/local/bin\nENTRYPOINT ["start.sh"]\n')
    write('bin/start.sh', 'exec app\n')
    git('init', '-q')
    git('add', '.')
    git('add', '-f', 'bin/start.sh')
    // Built locally after the checkout: in the build context, so in the image.
    write('bin/helper.sh')
    expect(paths()).toEqual(['.gitignore', 'Dockerfile', 'bin/helper.sh', 'bin/start.sh'])
  })

  test('an unreadable index falls back to .gitignore for every file, with a warning', () => {
    write('.gitignore', 'bin/\n')
    write('bin/tracked.sh')
    write('src/app.js')
    git('init', '-q')
    git('add', '-f', '.')
    writeFileSync(join(root, '.git', 'index'), Buffer.from('DIRC\0\0\0\x09garbage'))
    const tree = scan(root)
    expect(tree.files.map(f => f.path)).toEqual(['.gitignore', 'src/app.js'])
    expect(tree.warnings.map(w => w.code)).toEqual(['GIT_INDEX_UNREADABLE'])
  })

  test('the index is not read when no rule ignores anything', () => {
    write('src/app.js')
    git('init', '-q')
    git('add', '.')
    writeFileSync(join(root, '.git', 'index'), 'not an index')
    const tree = scan(root)
    expect(tree.files.map(f => f.path)).toEqual(['src/app.js'])
    expect(tree.warnings).toEqual([])
  })

  test('a `.git` file (a worktree or submodule) is not a checkout root of its own: rules apply as before', () => {
    write('.gitignore', 'bin/\n')
    write('bin/run.sh')
    write('.git', 'gitdir: /elsewhere/.git/worktrees/x\n')
    expect(paths()).toEqual(['.git', '.gitignore'])
  })
})

describe('compiledGitignore', () => {
  test("hands the analysis the scan's scope for a .gitignore whose lines it kept unchanged", () => {
    write('.gitignore', 'dist/\n*.log\n')
    write('web/.gitignore', 'build\n')
    write('web/index.js', '')
    const tree = scan(root)
    const rootScope = tree.compiledGitignore?.('.', 'dist/\n*.log\n')
    expect(rootScope?.dir).toBe('.')
    expect(rootScope?.patterns).toEqual(['dist/', '*.log', ''])
    expect(tree.compiledGitignore?.('web', 'build\n')?.dir).toBe('web')
    // Another text (the file as the analysis read it differs) or another folder: compile it again.
    expect(tree.compiledGitignore?.('.', 'dist/\n')).toBeUndefined()
    expect(tree.compiledGitignore?.('api', 'build\n')).toBeUndefined()
  })

  test('gives none where the scan changed a line (a globstar run collapsed)', () => {
    write('.gitignore', 'a/**/**/b\n')
    expect(scan(root).compiledGitignore?.('.', 'a/**/**/b\n')).toBeUndefined()
  })
})
