// Where each generated file goes, and when the project's own file wins instead: the one placement rule
// for `deplight analyze --write` (files go into the checkout, beside the app) and the analyze action
// (files go to a folder outside the checkout, and the outputs point at them). Pure: the caller says which
// repository paths exist and does the writing.
//
// The project's own files always win: its Dockerfile (found by the analysis), the .dockerignore in the
// build context, a committed deplight.auto.tfvars. The CLI overwrites an existing .dockerignore or tfvars
// only with --force, and never the app's own Dockerfile.
import type { Warning } from '../report.js'
import type { AppArtifacts } from './artifacts.js'

/** The rendered artifacts of an app; only the output placement writes the PR comment. */
export type RenderedFiles = AppArtifacts & { comment?: string }

export type ArtifactRole = 'dockerfile' | 'dockerignore' | 'tfvars' | 'comment'

export type Placement =
  /** Into the checkout at the rendered paths (`deplight analyze --write`). */
  | { kind: 'repository'; force: boolean }
  /** Into `artifacts/<app name>/` of an output folder outside the checkout (the analyze action). */
  | { kind: 'output' }

export interface PlannedFile {
  role: ArtifactRole
  /**
   * `own`: the project's file at `path` (repository-relative) is used as is; `write`: `content` goes to
   * `path`; `skip`: a file exists at `path` and is not overwritten (no --force); `none`: nothing to use.
   */
  outcome: 'own' | 'write' | 'skip' | 'none'
  /** Repository-relative for the repository placement and own files; else relative to the output folder. */
  path: string
  content: string | null
}

export interface ArtifactPlan {
  files: PlannedFile[]
  /** Generator warnings plus what the placement found missing (NO_DOCKERIGNORE). */
  warnings: Warning[]
}

/**
 * The rendered artifacts (see renderArtifacts) placed per `placement`; `exists` takes repository paths. It
 * must not follow a link at the path (a dangling `Dockerfile -> /elsewhere` exists), and may throw for a
 * path that must not be used (src/pipeline/paths.ts: writeFileInside, committedFileInside).
 */
export function planArtifactFiles(
  artifacts: RenderedFiles,
  placement: Placement,
  exists: (repositoryPath: string) => boolean
): ArtifactPlan {
  return placement.kind === 'repository'
    ? planInRepository(artifacts, placement.force, exists)
    : planInOutput(artifacts, exists)
}

function planInRepository(
  out: RenderedFiles,
  force: boolean,
  exists: (path: string) => boolean
): ArtifactPlan {
  const generatedDockerfile = out.app.dockerfile === null ? out.dockerfile : null
  const entries: [ArtifactRole, string, string | null][] = [
    ['dockerfile', out.dockerfilePath, generatedDockerfile],
    ['dockerignore', out.dockerignorePath, out.dockerignore],
    ['tfvars', out.tfvarsPath, out.tfvars]
  ]
  const files = entries.map(([role, path, content]): PlannedFile => {
    // No content: the app's own Dockerfile (or none can be generated); it is left as it is.
    if (content === null) return { role, outcome: 'own', path, content }
    if (exists(path) && !force) return { role, outcome: 'skip', path, content }
    return { role, outcome: 'write', path, content }
  })
  return { files, warnings: [...out.warnings] }
}

function planInOutput(out: RenderedFiles, exists: (path: string) => boolean): ArtifactPlan {
  const dir = `artifacts/${out.app.name}`
  const warnings = [...out.warnings]
  const files: PlannedFile[] = []
  const ownIgnore = exists(out.dockerignorePath)

  if (out.app.dockerfile) {
    files.push({ role: 'dockerfile', outcome: 'own', path: out.app.dockerfile, content: null })
  } else if (out.dockerfile !== null) {
    files.push({ role: 'dockerfile', outcome: 'write', path: `${dir}/Dockerfile`, content: out.dockerfile })
  } else {
    files.push({ role: 'dockerfile', outcome: 'none', path: '', content: null })
  }

  if (ownIgnore) {
    files.push({ role: 'dockerignore', outcome: 'own', path: out.dockerignorePath, content: null })
  } else if (!out.app.dockerfile && out.dockerfile !== null) {
    // BuildKit reads `<Dockerfile>.dockerignore` beside a `-f` Dockerfile, so the checkout stays untouched.
    files.push({
      role: 'dockerignore',
      outcome: 'write',
      path: `${dir}/Dockerfile.dockerignore`,
      content: out.dockerignore
    })
  } else {
    files.push({ role: 'dockerignore', outcome: 'none', path: '', content: null })
    if (out.app.dockerfile)
      warnings.push({
        code: 'NO_DOCKERIGNORE',
        message: `${out.buildContext} has no .dockerignore, so .env files and keys would be sent to the build; \`deplight analyze --write\` generates one.`
      })
  }

  files.push(
    exists(out.tfvarsPath)
      ? { role: 'tfvars', outcome: 'own', path: out.tfvarsPath, content: null }
      : { role: 'tfvars', outcome: 'write', path: `${dir}/deplight.auto.tfvars`, content: out.tfvars }
  )
  if (out.comment !== undefined)
    files.push({ role: 'comment', outcome: 'write', path: `${dir}/comment.md`, content: out.comment })
  return { files, warnings }
}
