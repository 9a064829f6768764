// The context digest must see exactly what BuildKit sends: build a tricky context with `COPY . /ctx`,
// export the result with `--output type=local` and compare it with the digest's file list and modes.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { contextDigest } from '../../src/build/context-digest.js'
import { dockerAvailable, dockerCli, startDocker } from '../support/index.js'

const unavailable = dockerAvailable()

function listTree(root: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const name of readdirSync(join(root, rel))) {
    const path = rel ? `${rel}/${name}` : name
    const stat = lstatSync(join(root, path))
    if (stat.isDirectory()) for (const [k, v] of listTree(root, path)) out.set(k, v)
    else out.set(path, `${stat.isSymbolicLink() ? 'l' : 'f'} ${(stat.mode & 0o777).toString(8)}`)
  }
  return out
}

;(unavailable ? test.skip : test)('the files in the digest are the files BuildKit copies', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dl-ctx-bk-'))
  const out = mkdtempSync(join(tmpdir(), 'dl-ctx-out-'))
  const engine = await startDocker()
  try {
    const files: Record<string, string> = {
      Dockerfile: 'FROM scratch\nCOPY . /ctx\n',
      '.dockerignore':
        '# comment\n*.log\n**/*.tmp\nnode_modules\ndist\n!dist/keep.js\ndocs/**/draft*\n/abs.txt\nsub/\n!sub/keep\n',
      'a.log': '',
      'x/a.log': '',
      'x/y/b.tmp': '',
      'x/y/c.txt': '',
      'node_modules/p/index.js': '',
      'dist/keep.js': '',
      'dist/drop.js': '',
      'docs/a/draft1.md': '',
      'docs/draft0.md': '',
      'docs/final.md': '',
      'abs.txt': '',
      'sub/keep': '',
      'sub/other': '',
      'exec.sh': 'echo\n'
    }
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), content)
    }
    chmodSync(join(root, 'exec.sh'), 0o755)
    symlinkSync('x/y/c.txt', join(root, 'link'))
    mkdirSync(join(root, 'empty'))

    await dockerCli(engine, ['build', '--output', `type=local,dest=${out}`, root])
    const copied = listTree(join(out, 'ctx'))
    const digest = await contextDigest({
      context: root,
      dockerfile: join(root, 'Dockerfile'),
      buildArgs: [],
      platforms: []
    })
    const ours = new Map<string, string>()
    for (const path of digest.paths) {
      const stat = lstatSync(join(root, path))
      if (!stat.isDirectory())
        ours.set(path, `${stat.isSymbolicLink() ? 'l' : 'f'} ${(stat.mode & 0o777).toString(8)}`)
    }
    expect([...ours.entries()].sort()).toEqual([...copied.entries()].sort())
    expect(digest.paths).toContain('empty')
    expect(lstatSync(join(out, 'ctx', 'empty')).isDirectory()).toBe(true)
  } finally {
    await engine.stop()
    rmSync(root, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  }
})
