// A Go module whose images package a binary built outside Docker (goreleaser and the like): `.docker/
// Dockerfile-alpine` and `.docker/Dockerfile-distroless-static` each `COPY hydra /usr/bin/hydra` and run
// `ENTRYPOINT ["hydra"] CMD ["serve", "all"]`. No COPY source exists in the checkout (the binary is a build
// output) and the variants' names say no production one, so no other rule reads them; but the binary they
// copy and run is named for the module (`module github.com/ory/hydra/v2`): those images are the module's.
// Variants that run the same command are flavours of one image (another base distribution); the one that
// EXPOSEs its ports speaks for them. Variants that run different commands name no recipe. They cannot be built
// from the checkout (the binary is missing there), so they are no Dockerfile of the app: only their command
// and ports are read, as an image's.
import { basename, joinPath, type SourceTree } from '../tree.js'
import { dockerInstructions, readDockerfile, type DockerfileFacts } from './dockerfile.js'

/** Folders a module keeps its image recipes in. */
const FOLDERS = ['.', '.docker', 'docker', 'build', 'build/docker', 'deploy', 'deploy/docker']
/** `Dockerfile-alpine`, `Dockerfile.distroless`, `alpine.Dockerfile`. */
const DOCKERFILE =
  /^(?:(?:Dockerfile|Containerfile)(?:[._-][\w.-]+)?|[\w.-]+\.(?:Dockerfile|Containerfile))$/i
/** Variants that build a development, test or debug image (from the checkout, not the release binary). */
const DEV = /(?:^|[._-])(?:dev|devel|development|local|test|tests|testing|ci|e2e|debug)(?:[._-]|$)/i

/** The binary a Go module's main builds by default: its module path's last element, without a `/vN` suffix. */
export function moduleBinary(goMod: string): string | null {
  const path = /^module\s+(\S+)/m.exec(goMod)?.[1]
  if (!path) return null
  const parts = path.split('/').filter(p => !/^v\d+$/.test(p))
  return parts[parts.length - 1] ?? null
}

/** The Dockerfile that packages the prebuilt binary of the Go module at `dir`, or null. */
export function goReleaseDockerfile(tree: SourceTree, dir: string): string | null {
  const goMod = tree.read(joinPath(dir, 'go.mod'))
  const binary = goMod === null ? null : moduleBinary(goMod)
  // The module's own main package builds that binary (a library module's images are not its own).
  if (!binary || !tree.has(joinPath(dir, 'main.go'))) return null
  const found: { path: string; command: string; exposes: boolean }[] = []
  for (const folder of FOLDERS) {
    for (const file of tree.filesIn(joinPath(dir, folder))) {
      const name = basename(file.path)
      if (!DOCKERFILE.test(name) || DEV.test(name.replace(/dockerfile|containerfile/gi, ''))) continue
      const text = tree.read(file.path)
      if (text === null) continue
      const copiesBinary = dockerInstructions(text).some(
        ins =>
          /^(?:COPY|ADD)$/i.test(ins.keyword) &&
          !/--from=/.test(ins.args) &&
          ins.args.split(/\s+/).some(w => w === binary || w === `./${binary}`)
      )
      const start = readDockerfile(file.path, text).startCommand[0]?.value
      const program = start ? basename(start.split(/\s+/)[0]!) : ''
      if (!copiesBinary || program !== binary) continue
      found.push({ path: file.path, command: start!, exposes: /^\s*EXPOSE\s/im.test(text) })
    }
  }
  if (found.length === 0 || new Set(found.map(f => f.command)).size > 1) return null
  return (found.find(f => f.exposes) ?? found[0]!).path
}

/** The command and ports of the module's release image (see goReleaseDockerfile), or null. */
export function releaseImageFacts(tree: SourceTree, dir: string): DockerfileFacts | null {
  const path = goReleaseDockerfile(tree, dir)
  const text = path ? tree.read(path) : null
  return path && text !== null ? readDockerfile(path, text) : null
}
