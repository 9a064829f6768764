// What `.goreleaser.yaml` says about a Go module's binaries: the main packages its builds compile (the
// binaries the project releases) and, of those, the ones it also packages into a container image
// (`dockers`/`dockers_v2` naming build ids, `kos` naming a build). A module that releases a server and a
// helper (a Lambda, a CLI) ships the server in its image: that main is the app.
import type { AppContext } from '../../provider.js'
import { getPath, isRecord, parseYamlFile } from '../../signals/manifests.js'

const FILES = ['.goreleaser.yaml', '.goreleaser.yml']

/** `./cmd/relayproxy/`, `./examples/base/main.go` → the package folder relative to the module ('' = root). */
function packageDir(main: string): string {
  return main
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .replace(/(?:^|\/)[^/]+\.go$/, '')
}

/**
 * The main packages `.goreleaser.yaml` builds (`builds: - main: ./examples/base`), relative to the module:
 * the binaries the project releases. Read line by line so a file YAML cannot parse (templates) still counts.
 */
export function releasedMains(ctx: AppContext): string[] {
  const text = FILES.map(n => ctx.read(n)).find(t => t !== null)
  if (!text) return []
  return [...text.matchAll(/^\s*-?\s*main:\s*["']?([^"'\s#]+)/gm)]
    .map(m => packageDir(m[1]!))
    .filter(dir => dir !== '' && dir !== '.' && !dir.startsWith('..'))
}

/**
 * The released main packages GoReleaser also builds an image of: builds whose `id` a `dockers`/`dockers_v2`
 * entry lists in `ids` (or a `kos` entry names in `build`). Empty when the file names no image, or an image
 * entry lists no ids (then every build goes in, which singles none out).
 */
export function imagedMains(ctx: AppContext): string[] {
  const path = FILES.map(n => ctx.path(n)).find(p => ctx.tree.has(p))
  if (!path) return []
  const parsed = parseYamlFile(ctx.tree, path)
  if (!parsed?.ok) return []
  const builds = getPath(parsed.value, 'builds')
  if (!Array.isArray(builds)) return []
  const mainOf = new Map<string, string>()
  for (const b of builds) {
    if (!isRecord(b) || typeof b.id !== 'string') continue
    mainOf.set(b.id, typeof b.main === 'string' ? packageDir(b.main) : '')
  }
  const ids = new Set<string>()
  for (const key of ['dockers', 'dockers_v2']) {
    const images = getPath(parsed.value, key)
    if (!Array.isArray(images)) continue
    for (const image of images) {
      if (!isRecord(image)) continue
      if (!Array.isArray(image.ids) || image.ids.length === 0) return []
      for (const id of image.ids) if (typeof id === 'string') ids.add(id)
    }
  }
  const kos = getPath(parsed.value, 'kos')
  if (Array.isArray(kos))
    for (const ko of kos) if (isRecord(ko) && typeof ko.build === 'string') ids.add(ko.build)
  const dirs = [...ids].map(id => mainOf.get(id)).filter((d): d is string => d !== undefined && d !== '')
  return [...new Set(dirs)]
}
