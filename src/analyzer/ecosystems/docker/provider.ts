// A directory with only a Dockerfile is still deployable: the Dockerfile says how (EXPOSE, CMD, HEALTHCHECK
// arrive through the shared signals). Every language provider outranks this one.
import { fileEvidence } from '../../signals/evidence.js'
import { appDockerfile, DOCKERFILE_FOLDERS, DOCKERFILE_NAMES } from '../../signals/shared.js'
import { buildsEnclosingFolder } from '../../signals/enclosing-image.js'
import type { Provider } from '../../provider.js'
import type { SourceTree } from '../../tree.js'
import { workspaceMemberRunBy } from '../../signals/cargo-binary.js'
import { readDockerfile } from '../../signals/dockerfile.js'
import { PACKAGE_MANAGER } from '../../precedence.js'

export const dockerProvider: Provider<null> = {
  id: 'docker',
  manifests: DOCKERFILE_NAMES,
  detect(ctx) {
    const name = DOCKERFILE_NAMES.find(n => ctx.has(n))
    if (!name) return null
    // `docker/Dockerfile` (or `infra/docker/Dockerfile` …) that builds the app above it belongs to that app,
    // not to a `docker` app of its own — also when the app above has a Dockerfile of its own or is a
    // workspace root: the COPYs or a compose `context: ..` show the folder above is what it builds.
    for (const folder of DOCKERFILE_FOLDERS) {
      if (ctx.dir !== folder && !ctx.dir.endsWith(`/${folder}`)) continue
      const app = ctx.dir === folder ? '.' : ctx.dir.slice(0, -folder.length - 1)
      if (appDockerfile(ctx.tree, app) === ctx.path(name)) return null
      if (buildsEnclosingFolder(ctx.tree, ctx.dir, ctx.path(name), app)) return null
      // `docker/Dockerfile` of a Cargo workspace running a member's released binary is that member's image.
      if (workspaceMemberRunBy(ctx.tree, app, dockerfileCommand(ctx.tree, ctx.path(name)))) return null
    }
    if (isBuildOnlyImage(ctx.tree.read(ctx.path(name)) ?? '')) return null
    return {
      score: 0.15,
      deployable: true,
      reason: 'Dockerfile only',
      evidence: [fileEvidence(ctx.path(name), 'existing Dockerfile')],
      data: null
    }
  },
  plan() {
    return {
      candidates: {
        packageManager: [
          {
            value: 'none',
            confidence: PACKAGE_MANAGER.ownDockerfile,
            source: 'built by the existing Dockerfile',
            evidence: []
          }
        ]
      }
    }
  }
}

/** The start command of a Dockerfile, read with the repository's scripts ('' when it runs nothing). */
function dockerfileCommand(tree: SourceTree, path: string): string {
  const text = tree.read(path)
  return text === null
    ? ''
    : (readDockerfile(path, text, file => tree.read(file)).startCommand[0]?.value ?? '')
}

/** Language toolchain and bare OS images: their own default command is a shell or a REPL, never a server. */
const TOOLCHAIN_IMAGES =
  /^(?:rust|golang|node|python|ruby|openjdk|eclipse-temurin|amazoncorretto|maven|gradle|elixir|erlang|dotnet\/sdk|debian|ubuntu|alpine|busybox|buildpack-deps|scratch)$/

/**
 * A Dockerfile that declares nothing a container runs (no CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK in any
 * stage) on a toolchain or OS image is a build image (a workspace's shared builder, a CI base), not an app:
 * what it builds is deployed by other Dockerfiles. A server image such as `FROM nginx` + COPY without CMD
 * keeps its base image's command and stays an app.
 */
export function isBuildOnlyImage(text: string): boolean {
  if (text.length > 200_000) return false
  if (/^\s*(?:CMD|ENTRYPOINT|EXPOSE|HEALTHCHECK)\b/im.test(text)) return false
  const froms = [...text.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)/gim)]
  const image = froms[froms.length - 1]?.[1]
  if (!image) return false
  const name = image
    .replace(/[@:][^/]*$/, '')
    .replace(/^(?:[\w.-]+\.[\w.-]+(?::\d+)?\/)?(?:library\/)?/, '')
    .replace(/^mcr\.microsoft\.com\//, '')
  return TOOLCHAIN_IMAGES.test(name)
}
