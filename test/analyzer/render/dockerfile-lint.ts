// Checks a generated Dockerfile against the rules every generator promises, by parsing it with
// dockerfile-ast (the same parser editors use) rather than by matching text.
import { DockerfileParser, type Instruction } from 'dockerfile-ast'

export interface LintExpectations {
  port: number
  healthPath: string | null
  /** False for apps without a package manager (plain static site, stdlib Python). */
  installCache: boolean
  /** JavaScript apps: the runtime carries production dependencies only. */
  productionDependencies?: boolean
  /**
   * A workspace member's folders (relative to the workspace root): each is copied after the dependency
   * install, and the final stage carries them alone, never the whole workspace (`COPY . .`).
   */
  workspaceMembers?: string[]
  /**
   * Install settings the analysis read and found free of credentials (the `installFiles` hint, e.g. an
   * `.npmrc` with `legacy-peer-deps=true`): copying those is not copying a secret.
   */
  settingsFiles?: string[]
}

const MANIFEST =
  /(^|\/)(package\.json|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?\*?|requirements[^/]*\.txt|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(\.lock)?|go\.mod|go\.sum\*?|pom\.xml|(?:build|settings)\.gradle(?:\.kts)?\*?|Gemfile(\.lock)?|composer\.(json|lock)|Cargo\.(toml|lock)|[^/]*\.csproj|mix\.(exs|lock)|deno\.jsonc?\*?)$/
const SECRET = /(^|\/)(\.env(\..*)?|[^/]*\.pem|[^/]*\.key|id_rsa[^/]*|id_ed25519[^/]*|\.npmrc|\.netrc)$/

/** Tools each final base image has for a HEALTHCHECK probe (slim Debian images have no curl/wget). */
function probeTools(image: string): string[] {
  const repo =
    image
      .replace(/:[^/]*$/, '')
      .split('/')
      .pop() ?? ''
  if (repo === 'node') return ['node']
  if (repo === 'python') return ['python']
  if (repo === 'bun') return ['bun']
  if (repo === 'deno') return ['deno']
  if (repo === 'alpine' || repo === 'caddy') return ['wget']
  return ['bash']
}

function args(instruction: Instruction): string[] {
  return instruction.getArguments().map(arg => arg.getValue())
}

/** `--mount=…`, `--from=…`: dockerfile-ast keeps flags apart from the arguments. */
function flags(instruction: Instruction): string[] {
  const withFlags = instruction as Instruction & { getFlags?: () => { toString(): string }[] }
  return withFlags.getFlags ? withFlags.getFlags().map(flag => flag.toString()) : []
}

function copySources(instruction: Instruction): string[] {
  const values = args(instruction).filter(value => !value.startsWith('--'))
  return values.slice(0, -1)
}

export function lintDockerfile(text: string, expect: LintExpectations): string[] {
  const problems: string[] = []
  const dockerfile = DockerfileParser.parse(text)
  if (
    /^#\s*syntax\s*=/im.test(text) ||
    dockerfile.getDirectives().some(d => d.getName().toLowerCase() === 'syntax')
  ) {
    problems.push('has a # syntax= directive (BuildKit would pull a frontend image)')
  }
  const stages = new Set<string>()
  const froms = dockerfile.getFROMs()
  if (froms.length === 0) problems.push('no FROM')
  for (const from of froms) {
    const name = from.getImageName() ?? ''
    const tag = from.getImageTag()
    if (!stages.has(name)) {
      if (!tag || tag === 'latest' || !/\d/.test(tag))
        problems.push(`FROM ${name}:${tag ?? ''} is not pinned by version`)
    }
    const stage = from.getBuildStage()
    if (stage) stages.add(stage)
  }
  const instructions = dockerfile.getInstructions()
  const lastFrom = instructions.lastIndexOf(froms[froms.length - 1] as Instruction)
  const final = instructions.slice(lastFrom)
  const finalImage = (() => {
    let image = froms[froms.length - 1]?.getImageName() ?? ''
    // Follow stage aliases back to a real image (`FROM base AS runtime`).
    for (let i = froms.length - 1; i >= 0 && stages.has(image); i--) {
      const defining = froms.find(from => from.getBuildStage() === image)
      image = defining?.getImageName() ?? image
    }
    return image
  })()

  const users = final.filter(i => i.getKeyword() === 'USER')
  const user = users.length > 0 ? args(users[users.length - 1] as Instruction)[0] : undefined
  if (!user || /^(root|0)(:|$)/.test(user))
    problems.push(`final stage runs as root (USER ${user ?? 'missing'})`)

  // Secrets and dependency layering.
  let manifestCopyAt = -1
  let cacheRunAt = -1
  let sourceCopyAt = -1
  instructions.forEach((instruction, index) => {
    const keyword = instruction.getKeyword()
    if (keyword === 'ADD') problems.push('uses ADD (COPY is explicit and cannot fetch URLs)')
    if (keyword === 'COPY') {
      const sources = copySources(instruction)
      for (const source of sources)
        if (SECRET.test(source) && !expect.settingsFiles?.includes(source.replace(/^\.\//, '')))
          problems.push(`copies a secret: ${source}`)
      if (sources.some(source => MANIFEST.test(source)) && manifestCopyAt < 0) manifestCopyAt = index
      const fromStage = flags(instruction).some(value => value.startsWith('--from='))
      if (!fromStage && sources.some(source => source === '.' || source === './') && sourceCopyAt < 0)
        sourceCopyAt = index
    }
    if (
      keyword === 'RUN' &&
      flags(instruction).some(flag => flag.startsWith('--mount=type=cache,')) &&
      cacheRunAt < 0
    ) {
      cacheRunAt = index
    }
  })
  if (expect.installCache) {
    if (cacheRunAt < 0) problems.push('no RUN --mount=type=cache for the package manager')
    if (manifestCopyAt < 0) problems.push('no manifest/lockfile COPY')
    if (sourceCopyAt >= 0 && manifestCopyAt > sourceCopyAt)
      problems.push('source copied before the manifests')
    if (sourceCopyAt >= 0 && cacheRunAt > sourceCopyAt)
      problems.push('dependency install runs after the source copy')
  }

  // PORT and EXPOSE in the final stage.
  const envs = final.filter(i => i.getKeyword() === 'ENV').map(i => i.getArgumentsContent() ?? '')
  const portEnv = envs.join(' ').match(/(?:^|\s)PORT=(\d+)/)?.[1]
  if (portEnv !== String(expect.port))
    problems.push(`ENV PORT is ${portEnv ?? 'missing'}, expected ${expect.port}`)
  const exposed = final.filter(i => i.getKeyword() === 'EXPOSE').flatMap(args)
  if (exposed.join(' ') !== String(expect.port))
    problems.push(`EXPOSE ${exposed.join(' ') || 'missing'}, expected ${expect.port}`)

  const healthchecks = final.filter(i => i.getKeyword() === 'HEALTHCHECK')
  if (expect.healthPath !== null) {
    const content = healthchecks[0]?.getArgumentsContent() ?? ''
    const command = content.replace(/^(--\S+\s+)*CMD\s+/, '')
    const tool = command.split(/\s+/)[0] ?? ''
    if (healthchecks.length !== 1) problems.push('no HEALTHCHECK although a health path is known')
    else if (!probeTools(finalImage).includes(tool))
      problems.push(`HEALTHCHECK uses ${tool}, not available in ${finalImage}`)
    else if (!content.includes(expect.healthPath))
      problems.push(`HEALTHCHECK does not probe ${expect.healthPath}`)
  }

  const cmds = final.filter(i => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT')
  if (cmds.length === 0) problems.push('final stage has no CMD')
  else if (!(cmds[cmds.length - 1]?.getArgumentsContent() ?? '').trim().startsWith('['))
    problems.push('CMD is not in exec form')

  if (expect.workspaceMembers) {
    for (const member of expect.workspaceMembers) {
      const copies = instructions
        .map((instruction, index) => ({ instruction, index }))
        .filter(
          ({ instruction }) =>
            instruction.getKeyword() === 'COPY' &&
            copySources(instruction).some(source => source === member || source === `/app/${member}`)
        )
      if (!copies.some(({ index }) => index > lastFrom))
        problems.push(`final stage does not copy workspace member ${member}`)
      if (copies.some(({ index }) => index < cacheRunAt))
        problems.push(`workspace member ${member} is copied before the dependency install`)
    }
    // The deps stage holds manifests and node_modules only; the context and the build stage hold everything.
    const wholeWorkspace = final.some(instruction => {
      if (instruction.getKeyword() !== 'COPY') return false
      const from = flags(instruction).find(flag => flag.startsWith('--from='))
      const sources = copySources(instruction)
      if (!from) return sources.some(source => source === '.' || source === './')
      return from === '--from=build' && sources.some(source => source === '/app' || source === '/app/')
    })
    if (wholeWorkspace) problems.push('final stage copies the whole workspace')
  }

  if (expect.productionDependencies) {
    if (!/--omit=dev|--prod\b|--production|\.next\/standalone|\.output/.test(text)) {
      problems.push('runtime does not get production-only dependencies')
    }
  }
  return problems
}
