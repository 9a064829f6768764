// Declared stand-ins for actions/upload-artifact and actions/download-artifact (v4+, pinned in our
// workflows), for workflow-job-runner.ts. The real ones talk to GitHub's artifact service, which does not
// exist here; these keep artifacts in a folder per run id and name, with the behaviour our workflows rely
// on: upload refuses an empty path when `if-no-files-found: error` and a name already used in that run
// (artifacts are immutable since v4); download by `name` from another run (`run-id`) needs a
// `github-token`, extracts the files straight into `path`, and fails when the artifact does not exist.
// Tests may change files in the store between the two jobs: that is how a tampered artifact is made.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { UsesHandler } from './composite-runner.js'

export interface ArtifactStore {
  root: string
  /** Folder holding the files of artifact `name` of run `runId`. */
  dir: (runId: string | number, name: string) => string
  upload: UsesHandler
  download: UsesHandler
}

export function artifactStore(root: string): ArtifactStore {
  const dir = (runId: string | number, name: string): string => join(root, String(runId), name)
  const upload: UsesHandler = async (w, env) => {
    const name = w.name || 'artifact'
    const path = resolve(env.GITHUB_WORKSPACE ?? '.', w.path ?? '')
    const runId = env.GITHUB_RUN_ID
    if (!runId) throw new Error('upload-artifact stand-in: no GITHUB_RUN_ID')
    const files = existsSync(path) ? (statSync(path).isDirectory() ? readdirSync(path) : [path]) : []
    if (files.length === 0) {
      if ((w['if-no-files-found'] || 'warn') === 'error')
        throw new Error(
          `No files were found with the provided path: ${w.path}. No artifacts will be uploaded.`
        )
      return {}
    }
    const target = dir(runId, name)
    if (existsSync(target))
      throw new Error(`an artifact with the name ${name} already exists in run ${runId}`)
    mkdirSync(target, { recursive: true })
    cpSync(path, statSync(path).isDirectory() ? target : join(target, files[0] as string), {
      recursive: true
    })
    return { outputs: { 'artifact-id': `${runId}-${name}` } }
  }
  const download: UsesHandler = async (w, env) => {
    if (!w.name) throw new Error('download-artifact stand-in: our workflows always download by name')
    const runId = w['run-id'] || env.GITHUB_RUN_ID
    if (w['run-id'] && !w['github-token'])
      throw new Error('download-artifact: a github-token is required to download from another run (run-id)')
    const source = dir(runId as string, w.name)
    if (!existsSync(source)) throw new Error(`Artifact not found for name: ${w.name} (run ${runId})`)
    const path = resolve(env.GITHUB_WORKSPACE ?? '.', w.path || '.')
    mkdirSync(path, { recursive: true })
    cpSync(source, path, { recursive: true })
    return { outputs: { 'download-path': path } }
  }
  return { root, dir, upload, download }
}
