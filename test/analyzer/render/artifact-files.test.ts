import { planArtifactFiles, renderArtifacts } from '../../../src/analyzer/render/index.js'
import type { AppAnalysis } from '../../../src/analyzer/report.js'
import { CASES } from './cases.js'
import { makeApp, makeReport, movedTo } from './make-app.js'

const express: AppAnalysis = movedTo(CASES['express-npm']!, 'apps/api')
const ownDockerfile = makeApp({
  appDir: 'svc',
  language: 'go',
  framework: 'gin',
  packageManager: 'go',
  port: 8080,
  dockerfile: 'svc/Dockerfile'
})
const unknown = makeApp({ language: 'unknown', framework: 'none', packageManager: 'none', port: 8080 })

const render = (app: AppAnalysis) => renderArtifacts(makeReport([app]), app)
const existing =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path)
const summary = (files: { role: string; outcome: string; path: string }[]): string[] =>
  files.map(f => `${f.role} ${f.outcome} ${f.path}`)

describe('planArtifactFiles into the repository (deplight analyze --write)', () => {
  test('writes the generated Dockerfile, .dockerignore and tfvars at their rendered paths', () => {
    const plan = planArtifactFiles(render(express), { kind: 'repository', force: false }, existing())
    expect(summary(plan.files)).toEqual([
      'dockerfile write apps/api/Dockerfile',
      'dockerignore write apps/api/.dockerignore',
      'tfvars write apps/api/deplight.auto.tfvars'
    ])
    expect(plan.files[0]!.content).toContain('FROM node:')
  })

  test('existing files are skipped without --force and overwritten with it; an own Dockerfile never', () => {
    const exists = existing('svc/.dockerignore', 'svc/deplight.auto.tfvars', 'svc/Dockerfile')
    const kept = planArtifactFiles(render(ownDockerfile), { kind: 'repository', force: false }, exists)
    expect(summary(kept.files)).toEqual([
      'dockerfile own svc/Dockerfile',
      'dockerignore skip svc/.dockerignore',
      'tfvars skip svc/deplight.auto.tfvars'
    ])
    const forced = planArtifactFiles(render(ownDockerfile), { kind: 'repository', force: true }, exists)
    expect(summary(forced.files)).toEqual([
      'dockerfile own svc/Dockerfile',
      'dockerignore write svc/.dockerignore',
      'tfvars write svc/deplight.auto.tfvars'
    ])
  })
})

describe('planArtifactFiles into an output folder (the analyze action)', () => {
  test('generated files go under artifacts/<app>/, the ignore file beside the Dockerfile', () => {
    const plan = planArtifactFiles(render(express), { kind: 'output' }, existing())
    expect(summary(plan.files)).toEqual([
      'dockerfile write artifacts/api/Dockerfile',
      'dockerignore write artifacts/api/Dockerfile.dockerignore',
      'tfvars write artifacts/api/deplight.auto.tfvars',
      'comment write artifacts/api/comment.md'
    ])
    expect(plan.warnings).toEqual([])
  })

  test("the project's own .dockerignore and committed tfvars win over generated ones", () => {
    const exists = existing('apps/api/.dockerignore', 'apps/api/deplight.auto.tfvars')
    const plan = planArtifactFiles(render(express), { kind: 'output' }, exists)
    expect(summary(plan.files)).toEqual([
      'dockerfile write artifacts/api/Dockerfile',
      'dockerignore own apps/api/.dockerignore',
      'tfvars own apps/api/deplight.auto.tfvars',
      'comment write artifacts/api/comment.md'
    ])
  })

  test('an own Dockerfile without a .dockerignore is used, with a NO_DOCKERIGNORE warning', () => {
    const plan = planArtifactFiles(render(ownDockerfile), { kind: 'output' }, existing())
    expect(summary(plan.files).slice(0, 2)).toEqual(['dockerfile own svc/Dockerfile', 'dockerignore none '])
    expect(plan.warnings.map(w => w.code)).toEqual(['NO_DOCKERIGNORE'])
  })

  test('no generator and no Dockerfile: nothing to build from, still tfvars and the comment', () => {
    const plan = planArtifactFiles(render(unknown), { kind: 'output' }, existing())
    expect(summary(plan.files)).toEqual([
      'dockerfile none ',
      'dockerignore none ',
      'tfvars write artifacts/app/deplight.auto.tfvars',
      'comment write artifacts/app/comment.md'
    ])
    expect(plan.warnings.map(w => w.code)).toEqual(['NO_DOCKERFILE_GENERATOR'])
  })
})
