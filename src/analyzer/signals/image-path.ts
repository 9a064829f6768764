// Paths inside an image: absolute, with `.` and `..` folded as the filesystem would (`..` at the root stays at
// the root), without a trailing slash. A COPY destination or a WORKDIR is relative to the WORKDIR in force.
import { normalizePath } from '../tree.js'

/** `/srv/./app/../app/x/` → `/srv/app/x`: a repository path's folding (tree.ts normalizePath) from the root. */
export function normaliseImagePath(path: string): string {
  const rel = normalizePath(path)
  return rel === '.' ? '/' : `/${rel}`
}

/** An image path: absolute, or relative to `workdir` (`.` → the folder itself); without a trailing slash. */
export function resolveImagePath(workdir: string, path: string): string {
  return normaliseImagePath(path.startsWith('/') ? path : `${workdir.replace(/\/+$/, '')}/${path}`)
}
