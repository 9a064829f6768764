import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publishArtifacts } from '../../src/stages/analyze-artifacts.js'
import { CASES } from '../analyzer/render/cases.js'
import { makeApp, makeReport } from '../analyzer/render/make-app.js'

type Recorded = { message: string; title?: string; file?: string; startLine?: number }

function recorder(): {
  outputs: Record<string, string>
  warnings: Recorded[]
  io: Parameters<typeof publishArtifacts>[1]
} {
  const outputs: Record<string, string> = {}
  const warnings: Recorded[] = []
  return {
    outputs,
    warnings,
    io: {
      setOutput: (name, value) => void (outputs[name] = value),
      warning: (message, props) => void warnings.push({ message, ...props }),
      info: () => undefined
    }
  }
}

describe('analyze action artifacts', () => {
  let root: string
  let out: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dl-action-'))
    out = mkdtempSync(join(tmpdir(), 'dl-action-out-'))
  })
  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  })

  it('writes generated files to the output dir, never into the checkout, and sets the outputs', () => {
    const app = { ...CASES['nextjs-standalone']!, appDir: 'web', name: 'web' }
    mkdirSync(join(root, 'web'))
    const rec = recorder()
    publishArtifacts(
      {
        root,
        report: makeReport([app]),
        app,
        baseImageRegistry: 'mirror.example.com/hub',
        outputDir: out,
        environment: 'production'
      },
      rec.io
    )
    const dir = join(out, 'artifacts/web')
    expect(rec.outputs).toEqual({
      dockerfile: join(dir, 'Dockerfile'),
      dockerignore: join(dir, 'Dockerfile.dockerignore'),
      tfvars: join(dir, 'deplight.auto.tfvars'),
      comment: join(dir, 'comment.md'),
      context: join(root, 'web')
    })
    expect(readdirSync(join(root, 'web'))).toEqual([])
    expect(readFileSync(rec.outputs.dockerfile!, 'utf8')).toContain(
      'FROM mirror.example.com/hub/library/node:22.23-bookworm-slim AS base'
    )
    expect(readFileSync(rec.outputs.comment!, 'utf8')).toMatch(
      /^<!-- deplight:analysis app=web env=production -->/
    )
  })

  it("prefers the app's own Dockerfile, .dockerignore and committed tfvars, and annotates an EXPOSE mismatch", () => {
    const app = makeApp({
      language: 'python',
      framework: 'flask',
      packageManager: 'pip',
      port: 5000,
      dockerfile: 'Dockerfile'
    })
    writeFileSync(join(root, 'Dockerfile'), 'FROM python:3.12-slim\nUSER app\nEXPOSE 8000\n')
    writeFileSync(join(root, '.dockerignore'), '.git\n')
    writeFileSync(join(root, 'deplight.auto.tfvars'), 'cpu = 512\n')
    const rec = recorder()
    publishArtifacts(
      { root, report: makeReport([app]), app, baseImageRegistry: null, outputDir: out },
      rec.io
    )
    expect(rec.outputs).toMatchObject({
      dockerfile: join(root, 'Dockerfile'),
      dockerignore: join(root, '.dockerignore'),
      tfvars: join(root, 'deplight.auto.tfvars'),
      context: root
    })
    expect(rec.warnings).toEqual([
      expect.objectContaining({ title: 'DOCKERFILE_PORT_MISMATCH', file: 'Dockerfile', startLine: 3 })
    ])
    expect(readFileSync(rec.outputs.comment!, 'utf8')).toContain('DOCKERFILE\\_PORT\\_MISMATCH')
    expect(readFileSync(join(root, 'deplight.auto.tfvars'), 'utf8')).toBe('cpu = 512\n')
  })

  it('warns when an own Dockerfile has no .dockerignore, and when no Dockerfile can exist', () => {
    const own = makeApp({
      language: 'go',
      framework: 'gin',
      packageManager: 'go',
      port: 8080,
      dockerfile: 'Dockerfile'
    })
    writeFileSync(join(root, 'Dockerfile'), 'FROM golang:1.22\nUSER app\nEXPOSE 8080\n')
    const first = recorder()
    publishArtifacts(
      { root, report: makeReport([own]), app: own, baseImageRegistry: null, outputDir: out },
      first.io
    )
    expect(first.outputs.dockerignore).toBe('')
    expect(first.warnings.map(w => w.title)).toEqual(['NO_DOCKERIGNORE'])

    const unknown = makeApp({ language: 'unknown', framework: 'none', packageManager: 'none', port: 8080 })
    const second = recorder()
    publishArtifacts(
      { root, report: makeReport([unknown]), app: unknown, baseImageRegistry: null, outputDir: out },
      second.io
    )
    expect(second.outputs.dockerfile).toBe('')
    expect(second.warnings.map(w => w.title)).toContain('NO_DOCKERFILE_GENERATOR')
    expect(existsSync(second.outputs.comment!)).toBe(true)
  })

  it('fails with a clear message on a bad base-image-registry', () => {
    const app = CASES['express-npm']!
    expect(() =>
      publishArtifacts(
        { root, report: makeReport([app]), app, baseImageRegistry: 'Not A Registry', outputDir: out },
        recorder().io
      )
    ).toThrow(/base-image-registry 'Not A Registry' is not a registry host/)
  })

  // Issue 14 item 2: what the action hands on as outputs is read by later steps (the deploy reads the
  // tfvars, the build the .dockerignore and Dockerfile): regular files inside the checkout only.
  describe('committed files that are links or not files', () => {
    const own = () =>
      makeApp({
        language: 'go',
        framework: 'gin',
        packageManager: 'go',
        port: 8080,
        dockerfile: 'Dockerfile'
      })
    const publish = (app = own()) =>
      publishArtifacts(
        { root, report: makeReport([app]), app, baseImageRegistry: null, outputDir: out },
        recorder().io
      )

    it.each([
      ['deplight.auto.tfvars', 'deplight.auto.tfvars leads outside the repository through a symbolic link'],
      ['.dockerignore', '.dockerignore leads outside the repository through a symbolic link']
    ])('refuses %s -> /etc/passwd instead of handing it on', (name, message) => {
      writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\n')
      symlinkSync('/etc/passwd', join(root, name))
      expect(() => publish()).toThrow(`${message}; commit a regular file inside the repository, or delete it`)
    })

    it('refuses a Dockerfile that links out, and a dangling or non-file tfvars', () => {
      symlinkSync('/etc/passwd', join(root, 'Dockerfile'))
      expect(() => publish()).toThrow('Dockerfile leads outside the repository through a symbolic link')
      rmSync(join(root, 'Dockerfile'))
      writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\n')
      symlinkSync(join(out, 'nothing'), join(root, 'deplight.auto.tfvars'))
      expect(() => publish()).toThrow('deplight.auto.tfvars is a symbolic link to nothing')
      rmSync(join(root, 'deplight.auto.tfvars'))
      mkdirSync(join(root, 'deplight.auto.tfvars'))
      expect(() => publish()).toThrow('deplight.auto.tfvars is not a regular file')
    })

    it('still hands on a link that stays inside the checkout', () => {
      writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\n')
      writeFileSync(join(root, 'shared.tfvars'), 'cpu = 256\n')
      symlinkSync('shared.tfvars', join(root, 'deplight.auto.tfvars'))
      const rec = recorder()
      publishArtifacts(
        { root, report: makeReport([own()]), app: own(), baseImageRegistry: null, outputDir: out },
        rec.io
      )
      expect(rec.outputs.tfvars).toBe(join(root, 'deplight.auto.tfvars'))
    })
  })
})
