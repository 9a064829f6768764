// Paths inside an image: absolute, with `.` and `..` folded as the filesystem would (`..` at the root stays at
// the root), without a trailing slash. A COPY destination or a WORKDIR is relative to the WORKDIR in force.

/** `/srv/./app/../app/x/` → `/srv/app/x`. */
export function normaliseImagePath(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return `/${parts.join('/')}`
}

/** An image path: absolute, or relative to `workdir` (`.` → the folder itself); without a trailing slash. */
export function resolveImagePath(workdir: string, path: string): string {
  return normaliseImagePath(path.startsWith('/') ? path : `${workdir.replace(/\/+$/, '')}/${path}`)
}
