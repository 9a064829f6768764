import {
  followDockerContexts,
  MAX_CONTEXT_DOCKERFILES,
  type ContextHost,
  type IgnoredEntry
} from '../../src/analyzer/context-files.js'
import { DockerignoreMatcher, parseDockerignore } from '../../src/build/dockerignore.js'

const ROOT = '/repo'

/** An in-memory tree: repository path → file text; folders are implied by the paths. */
function memoryFs(files: Record<string, string>): ContextHost['fs'] {
  const abs = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t]))
  const isDir = (p: string): boolean => p === ROOT || Object.keys(abs).some(f => f.startsWith(`${p}/`))
  const exists = (p: string): boolean => p in abs || isDir(p)
  return {
    realpath: p => {
      if (!exists(p)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return p
    },
    stat: p => ({ isDirectory: () => isDir(p), isFile: () => p in abs }),
    readdir: p => [
      ...new Set(
        Object.keys(abs)
          .filter(f => f.startsWith(`${p}/`))
          .map(f => f.slice(p.length + 1).split('/')[0]!)
      )
    ],
    readFile: p => {
      if (!(p in abs)) throw new Error('ENOENT')
      return Buffer.from(abs[p]!)
    }
  }
}

/** Runs the exception over `files`, with `hidden` what .gitignore hid; returns what it listed. */
function follow(
  files: Record<string, string>,
  listed: string[],
  hidden: Record<string, boolean>,
  dockerignore?: string
): { added: string[]; walked: string[] } {
  const added: string[] = []
  const walked: string[] = []
  const ignored = new Map<string, IgnoredEntry>(
    Object.entries(hidden).map(([p, isDir]) => [
      p,
      { real: `${ROOT}/${p}`, isDir, depth: p.split('/').length }
    ])
  )
  const matcher = dockerignore ? new DockerignoreMatcher(parseDockerignore(dockerignore)) : null
  followDockerContexts({
    rootReal: ROOT,
    fs: memoryFs(files),
    skippedDirs: new Set(['node_modules']),
    dockerfiles: listed.filter(p => /Dockerfile$/.test(p)).map(path => ({ path, size: files[path]!.length })),
    ignored,
    absolute: p => `${ROOT}/${p}`,
    rootDockerignore: matcher,
    loadDockerignore: () => null,
    addFile: path => added.push(path),
    walkFolder: (path, _real, _depth, keeps) => {
      if (keeps(path, true)) walked.push(path)
    }
  })
  return { added, walked }
}

describe('followDockerContexts', () => {
  test('an explicit COPY source brings back what .gitignore hid inside it', () => {
    const files = {
      Dockerfile: 'FROM alpine\nCOPY docker /\n',
      'docker/bin/entry.sh': 'echo',
      'docker/etc/app.conf': 'x',
      'other/bin/tool.sh': 'x'
    }
    const result = follow(files, ['Dockerfile', 'docker/etc/app.conf'], {
      'docker/bin': true,
      'other/bin': true
    })
    expect(result).toEqual({ added: [], walked: ['docker/bin'] })
  })

  test('a hidden file named as a source comes back; a wildcard source by its matches', () => {
    const files = {
      Dockerfile: 'FROM alpine\nCOPY config.json /app/\nCOPY scripts/*.sh /usr/bin/\n',
      'config.json': '{}',
      'scripts/a.sh': 'x',
      'scripts/b.sh': 'x',
      'scripts/c.txt': 'x'
    }
    const result = follow(files, ['Dockerfile'], {
      'config.json': false,
      'scripts/a.sh': false,
      'scripts/b.sh': false,
      'scripts/c.txt': false
    })
    expect(result.added).toEqual(['config.json', 'scripts/a.sh', 'scripts/b.sh'])
  })

  test('COPY . . brings back nothing hidden; the ENTRYPOINT script it runs does', () => {
    const files = {
      Dockerfile: 'FROM alpine\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["/app/bin/start.sh"]\n',
      'bin/start.sh': 'x',
      'build/out.js': 'x'
    }
    const result = follow(files, ['Dockerfile'], { 'bin/start.sh': false, build: true })
    expect(result).toEqual({ added: ['bin/start.sh'], walked: [] })
  })

  test('the context .dockerignore and skipped folders still apply', () => {
    const files = {
      Dockerfile: 'FROM alpine\nCOPY conf /conf\nCOPY secret.env /\nCOPY node_modules/x /x\n',
      'conf/a.conf': 'x',
      'secret.env': 'x',
      'node_modules/x/i.js': 'x'
    }
    const result = follow(
      files,
      ['Dockerfile'],
      { 'conf/a.conf': false, 'secret.env': false, node_modules: true },
      'secret.env\n'
    )
    expect(result).toEqual({ added: ['conf/a.conf'], walked: [] })
  })

  test('a source missing in the Dockerfile folder is looked up at the root', () => {
    const files = {
      'svc/Dockerfile': 'FROM alpine\nCOPY shared/run.sh /run.sh\n',
      'shared/run.sh': 'x'
    }
    expect(follow(files, ['svc/Dockerfile'], { 'shared/run.sh': false }).added).toEqual(['shared/run.sh'])
  })

  test(`only the ${MAX_CONTEXT_DOCKERFILES} shallowest Dockerfiles are followed`, () => {
    const files: Record<string, string> = { 'keep.sh': 'x' }
    const listed: string[] = []
    for (let i = 0; i < MAX_CONTEXT_DOCKERFILES; i++) {
      const path = `a${String(i).padStart(2, '0')}/Dockerfile`
      files[path] = 'FROM alpine\n'
      listed.push(path)
    }
    files['z/deeper/Dockerfile'] = 'FROM alpine\nCOPY keep.sh /\n'
    listed.push('z/deeper/Dockerfile')
    expect(follow(files, listed, { 'keep.sh': false }).added).toEqual([])
    files['z/deeper/Dockerfile'] = 'FROM alpine\n'
    files['Dockerfile'] = 'FROM alpine\nCOPY keep.sh /\n'
    expect(follow(files, [...listed, 'Dockerfile'], { 'keep.sh': false }).added).toEqual(['keep.sh'])
  })
})
