// A package folder whose server comes from a framework the analyzer does not know (thinkjs, an in-house
// wrapper around Koa), with no `start` script, still ships as an app when its own Dockerfile runs one of its
// files with node: `CMD ["node", "vanilla.js"]` beside package.json, or the published copy of the same
// package (`npm install <its name>` + `CMD node node_modules/<its name>/vanilla.js`). The image's command
// names a file of this folder, so the folder is a Node app (with its workspace's package manager and its
// engines), not a bare Dockerfile.
import type { AppContext } from '../../provider.js'
import type { Evidence } from '../../report.js'
import { readDockerfile } from '../../signals/dockerfile.js'
import { dropLaunchers } from '../../signals/script-files.js'

/** Dockerfiles of the folder itself: `Dockerfile`, `Containerfile`, `Dockerfile.<variant>`. */
function ownDockerfiles(ctx: AppContext): string[] {
  // The folder's own listing: asked for every package without a start, so never a walk of the whole tree.
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  return ctx.tree
    .filesIn(ctx.dir)
    .map(f => f.path.slice(prefix.length))
    .filter(name => /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$/.test(name))
    .sort()
}

/**
 * The command line of the folder's own Dockerfile when it runs a file of this folder with node (directly, or
 * through `node_modules/<package name>/` of the package's published copy), as evidence; else null.
 */
export function ownImageRunsPackageFile(ctx: AppContext, packageName: string | undefined): Evidence | null {
  for (const name of ownDockerfiles(ctx)) {
    const text = ctx.read(name)
    if (text === null) continue
    const start = readDockerfile(ctx.path(name), text).startCommand[0]
    if (!start?.value) continue
    const words = dropLaunchers(start.value)
    if (!/^(?:\S*\/)?node$/.test(words[0] ?? '')) continue
    const file = words.slice(1).find(w => !w.startsWith('-'))
    if (!file) continue
    let rel = file.replace(/^\.\//, '')
    if (packageName && rel.startsWith(`node_modules/${packageName}/`))
      rel = rel.slice(`node_modules/${packageName}/`.length)
    if (rel.startsWith('/') || rel.startsWith('node_modules/') || rel.includes('$')) continue
    if (!/\.[cm]?[jt]s$/.test(rel) || !ctx.has(rel)) continue
    const shown = start.evidence[0]
    return shown ?? { file: ctx.path(name), line: 1, text: start.value }
  }
  return null
}
