import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publishArtifacts } from '../../../src/actions/analyze/artifacts.js'
import { CASES } from '../../analyzer/render/cases.js'
import { makeApp, makeReport } from '../../analyzer/render/make-app.js'

function recorder(): {
  outputs: Record<string, string>
  warnings: { message: string; title?: string; file?: string; startLine?: number }[]
  io: Parameters<typeof publishArtifacts>[1]
} {
  const outputs: Record<string, string> = {}
  const warnings: { message: string; title?: string; file?: string; startLine?: number }[] = []
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
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dl-action-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('writes the generated files and sets the four outputs as absolute paths', async () => {
    const app = { ...CASES['nextjs-standalone']!, appDir: 'web', name: 'web' }
    const rec = recorder()
    await publishArtifacts(
      {
        root,
        report: makeReport([app]),
        app,
        baseImageRegistry: null,
        outputDir: join(root, '.tmp'),
        environment: 'production'
      },
      rec.io
    )
    expect(rec.outputs).toEqual({
      dockerfile: join(root, 'web/Dockerfile'),
      dockerignore: join(root, 'web/.dockerignore'),
      tfvars: join(root, 'web/deplight.auto.tfvars'),
      comment: join(root, '.tmp/deplight-comment-web.md')
    })
    for (const path of Object.values(rec.outputs)) expect(existsSync(path)).toBe(true)
    expect(readFileSync(rec.outputs.comment!, 'utf8')).toMatch(
      /^<!-- deplight:analysis app=web env=production -->/
    )
  })

  it('points at the app’s own Dockerfile and turns an EXPOSE mismatch into an annotation', async () => {
    const app = makeApp({
      language: 'python',
      framework: 'flask',
      packageManager: 'pip',
      port: 5000,
      dockerfile: 'Dockerfile'
    })
    writeFileSync(join(root, 'Dockerfile'), 'FROM python:3.12-slim\nUSER app\nEXPOSE 8000\n')
    const rec = recorder()
    await publishArtifacts(
      { root, report: makeReport([app]), app, baseImageRegistry: null, outputDir: join(root, '.tmp') },
      rec.io
    )
    expect(rec.outputs.dockerfile).toBe(join(root, 'Dockerfile'))
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toBe(
      'FROM python:3.12-slim\nUSER app\nEXPOSE 8000\n'
    )
    expect(rec.warnings).toEqual([
      expect.objectContaining({ title: 'DOCKERFILE_PORT_MISMATCH', file: 'Dockerfile', startLine: 3 })
    ])
    expect(readFileSync(rec.outputs.comment!, 'utf8')).toContain('DOCKERFILE\\_PORT\\_MISMATCH')
  })

  it('leaves the dockerfile output empty when no Dockerfile exists or can be generated', async () => {
    const app = makeApp({ language: 'unknown', framework: 'none', packageManager: 'none', port: 8080 })
    const rec = recorder()
    await publishArtifacts(
      { root, report: makeReport([app]), app, baseImageRegistry: null, outputDir: join(root, '.tmp') },
      rec.io
    )
    expect(rec.outputs.dockerfile).toBe('')
    expect(rec.warnings.map(w => w.title)).toContain('NO_DOCKERFILE_GENERATOR')
  })
})
