// A directory with only a Dockerfile is still deployable: the Dockerfile says how (EXPOSE, CMD, HEALTHCHECK
// arrive through the shared signals). Every language provider outranks this one.
import { fileEvidence } from '../../signals/evidence.js'
import {
  appDockerfile,
  DOCKERFILE_FOLDERS,
  DOCKERFILE_NAMES,
  NESTED_DOCKERFILE_ROOTS
} from '../../signals/shared.js'
import { mavenImageOf } from '../../signals/maven-image-module.js'
import { buildsEnclosingFolder } from '../../signals/enclosing-image.js'
import { wholeContextWorkdirFolder } from '../../signals/context-workdir.js'
import type { Provider } from '../../provider.js'
import type { SourceTree } from '../../tree.js'
import { workspaceMemberRunBy } from '../../signals/cargo-binary.js'
import { contextCopySources, dockerfileFactsIn } from '../../signals/dockerfile.js'
import { joinPath } from '../../tree.js'
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
      // `ADD . /src` + `WORKDIR /src/server`: the image of the member it works in, when that member takes it
      // (holdout30 gladys: `docker/` was listed as an app of its own beside `server`).
      if (imageOfWorkdirMember(ctx.tree, app, ctx.path(name))) return null
    }
    if (isBuildOnlyImage(ctx.tree.read(ctx.path(name)) ?? '')) return null
    // A Maven image module's Dockerfile is the image of the module it ships (maven-image-module.ts).
    if (mavenImageOf(ctx.tree, ctx.dir)) return null
    if (nestedImageOfEnclosingApp(ctx.tree, ctx.dir, ctx.path(name))) return null
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

/**
 * `docker/build/x86_64/Dockerfile`, `docker/ci/x86_64/Dockerfile`: a Dockerfile one or two folders below a
 * root-level Dockerfile home (`docker`, `build`, `deploy`) is an image of the project above that home when
 * it builds that project (its COPY sources are the project's paths) or only packages artifacts a build
 * produced (no COPY source of it is in the repository: `COPY stash-* /`).
 */
function nestedImageOfEnclosingApp(tree: SourceTree, dir: string, path: string): boolean {
  const segments = dir.split('/')
  const home = segments.findIndex(s => NESTED_DOCKERFILE_ROOTS.includes(s))
  const depth = segments.length - home - 1
  if (home < 0 || depth < 1 || depth > 2) return false
  const app = home === 0 ? '.' : segments.slice(0, home).join('/')
  if (appDockerfile(tree, app) === path) return true
  if (buildsEnclosingFolder(tree, dir, path, app)) return true
  const text = tree.read(path)
  if (text === null) return false
  const sources = contextCopySources(text).filter(s => s !== '.' && s !== './' && !/[$]/.test(s))
  const inRepository = (source: string): boolean => {
    const rel = source.replace(/^\.\//, '').replace(/\/+$/, '')
    const prefix = rel.split(/[*?[]/)[0]!
    if (prefix !== rel)
      return tree.files.some(
        f => f.path.startsWith(joinPath(app, prefix)) || f.path.startsWith(joinPath(dir, prefix))
      )
    return [joinPath(app, rel), joinPath(dir, rel)].some(p => tree.has(p) || tree.filesUnder(p).length > 0)
  }
  return sources.length > 0 && !sources.some(inRepository)
}

/** True when the Dockerfile works in a member of `app`'s whole context and that member's image is this file. */
function imageOfWorkdirMember(tree: SourceTree, app: string, path: string): boolean {
  const text = tree.read(path)
  const member = text === null ? null : wholeContextWorkdirFolder(text)
  if (!member || member === '.' || /[$]/.test(member)) return false
  return appDockerfile(tree, joinPath(app, member)) === path
}

/** The start command of a Dockerfile, read with the repository's scripts ('' when it runs nothing). */
function dockerfileCommand(tree: SourceTree, path: string): string {
  const text = tree.read(path)
  return text === null ? '' : (dockerfileFactsIn(tree, path, text).startCommand[0]?.value ?? '')
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
