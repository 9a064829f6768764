// `ADD . /src` then `WORKDIR /src/server` + `CMD ["node", "index.js"]` in a Dockerfile kept in `docker/`
// (holdout30 gladys): the image copies the whole build context and runs in one folder of it, so it serves the
// app of that folder, not the repository root the context is.
import { dockerInstructions } from './dockerfile.js'
import { contextCopy, nextWorkdir } from './docker-copies.js'

/**
 * The context-relative folder the final stage works in when that stage copies the whole build context
 * (`COPY . /src`, `ADD . .`) and its last WORKDIR lies below the copy (`/src/server` → `server`); else null.
 */
export function wholeContextWorkdirFolder(text: string): string | null {
  let workdir = '/'
  let roots: string[] = []
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      workdir = '/'
      roots = []
    } else if (ins.keyword === 'WORKDIR') workdir = nextWorkdir(workdir, ins.args)
    else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const copy = contextCopy(ins.args, workdir, s => s)
      if (copy && copy.sources.some(s => s === '.' || s === './')) roots.push(copy.dest.replace(/\/+$/, ''))
    }
  }
  const dir = workdir.replace(/\/+$/, '')
  for (const root of roots) {
    const rest = root === '' ? dir.slice(1) : dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : null
    if (rest && !/[$.]/.test(rest.split('/')[0]!)) return rest
  }
  return null
}
