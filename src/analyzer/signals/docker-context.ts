// What a Dockerfile takes from its build context, for the scan: the build context ignores .gitignore (only
// .dockerignore applies), so a file the Dockerfile copies is in the image whatever .gitignore says — Kestra
// commits `docker/usr/local/bin/docker-entrypoint.sh` under a `**/bin/*` rule and ships it with
// `COPY docker /` + `ENTRYPOINT ["docker-entrypoint.sh"]`. Pure: the scan resolves the paths on disk.
import { dockerInstructions, commandFromDockerArgs, DockerVars } from './dockerfile.js'
import { contextCopy, copiedFrom, copiedOntoPath, nextWorkdir, type ContextCopy } from './docker-copies.js'
import { dropLaunchers } from './start-script.js'
import { normalizePath } from '../tree.js'

export interface DockerContextRefs {
  /**
   * Explicit COPY/ADD sources from the build context (`COPY docker /`, `ADD scripts/*.sh /usr/bin/`),
   * relative to it. Never the context root (`COPY . .` would bring back ignored build output), never a
   * `--from=` stage, a URL or a path climbing out of the context. A wildcard only in the last segment.
   */
  sources: string[]
  /**
   * Files an ENTRYPOINT/CMD may run, resolved through the stage's COPYs (the root ones included, as each
   * names one file): `COPY . /app` + `ENTRYPOINT ["/app/bin/start.sh"]` → `bin/start.sh`. Candidates: a bare
   * name is looked up in every PATH folder a COPY fills, so the scan keeps those that exist.
   */
  scripts: string[]
}

/** At most this many sources and scripts per Dockerfile: a generated file of thousands of COPYs is noise. */
export const MAX_CONTEXT_REFS = 200

/**
 * `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `prod.Dockerfile`, and the hyphen/underscore flavours
 * `Dockerfile-alpine`, `dockerfile_hub` (not `Dockerfile.dockerignore`, nor a config or document named after
 * Dockerfiles: `dockerfile_lint.yml`, `Dockerfile-guide.md`).
 */
export function isDockerfileName(name: string): boolean {
  if (NOT_A_DOCKERFILE.test(name)) return false
  return /^(?:Dockerfile|Containerfile)(?:[._-][\w.-]+)?$|^[\w.-]+\.(?:Dockerfile|Containerfile)$/i.test(name)
}

/** Extensions of files named after Dockerfiles that are no Dockerfile (ignore files, linters' configs, docs). */
export const NOT_A_DOCKERFILE = /\.(?:dockerignore|ya?ml|json|toml|md|txt|sh|lock)$/i

export function dockerContextRefs(text: string): DockerContextRefs {
  const sources = new Set<string>()
  const scripts = new Set<string>()
  const vars = new DockerVars()
  interface Stage {
    copies: ContextCopy[]
    workdir: string
    commands: { command: string; workdir: string }[]
  }
  const stages = new Map<string, Stage>()
  let stage: Stage = { copies: [], workdir: '/', commands: [] }
  const flush = (): void => {
    for (const { command, workdir } of stage.commands)
      for (const script of scriptSources(command, workdir, stage.copies))
        if (scripts.size < MAX_CONTEXT_REFS) scripts.add(script)
  }
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      flush()
      const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
      const parent = stages.get((words[0] ?? '').toLowerCase())
      stage = {
        copies: [...(parent?.copies ?? [])],
        workdir: parent?.workdir ?? '/',
        commands: [...(parent?.commands ?? [])]
      }
      if (/^as$/i.test(words[1] ?? '') && words[2]) stages.set(words[2].toLowerCase(), stage)
    } else if (ins.keyword === 'ARG' || ins.keyword === 'ENV') vars.define(ins.keyword, ins.args)
    else if (ins.keyword === 'WORKDIR') stage.workdir = nextWorkdir(stage.workdir, vars.expand(ins.args))
    else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const copy = contextCopy(ins.args, stage.workdir, t => vars.expand(t))
      if (!copy) continue
      stage.copies.push(copy)
      for (const raw of copy.sources) {
        const source = explicitSource(raw)
        if (source !== null && sources.size < MAX_CONTEXT_REFS) sources.add(source)
      }
    } else if (ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD')
      stage.commands.push({ command: vars.expand(commandFromDockerArgs(ins.args)), workdir: stage.workdir })
  }
  flush()
  return { sources: [...sources], scripts: [...scripts] }
}

/** A COPY source as a context path, or null for the context root, URLs, escapes and inner wildcards. */
function explicitSource(raw: string): string | null {
  if (raw === '' || /^[a-z][\w+.-]*:\/\//i.test(raw) || /^git@/.test(raw) || raw.includes('$')) return null
  if (raw.split('/').some(s => s === '..')) return null
  const path = normalizePath(raw.replace(/^\/+/, ''))
  if (path === '.') return null
  const segments = path.split('/')
  // `scripts/*.sh` is listed by the scan; `*/bin/x` or `[ab]` patterns are not worth a matcher here.
  if (segments.slice(0, -1).some(s => /[*?[]/.test(s)) || segments[segments.length - 1]!.includes('['))
    return null
  return path
}

/**
 * The context paths the program of an ENTRYPOINT/CMD may have been copied from: an image path
 * (`/app/run.sh`), a path relative to WORKDIR (`./start.sh`, `bash scripts/run.sh`) or a bare name on PATH
 * (`docker-entrypoint.sh`).
 */
function scriptSources(command: string, workdir: string, copies: ContextCopy[]): string[] {
  const program = dropLaunchers(command)[0]?.replace(/^["']|["']$/g, '')
  // `CMD ["--help"]` is arguments to the ENTRYPOINT, not a program.
  if (!program || program.startsWith('-') || program.includes('$') || program.length > 4096) return []
  const candidates = program.startsWith('/')
    ? copiedFrom(program, copies)
    : [
        ...copiedFrom(nextWorkdir(workdir, program), copies),
        ...(program.includes('/') ? [] : copiedOntoPath(program, copies))
      ]
  return candidates
    .map(p => normalizePath(p.replace(/^\/+/, '')))
    .filter(p => p !== '.' && !p.split('/').includes('..'))
}
