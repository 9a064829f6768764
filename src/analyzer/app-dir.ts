// The --app-dir / app.dir value: checked once, as a repository-relative path that cannot leave the tree.

/** Bad input the caller can fix (unknown --app-dir …): the CLI prints it and exits 2. */
export class AnalyzeError extends Error {}

export function normalizeAppDir(input: string): string {
  const parts = input
    .replace(/\\/g, '/')
    .split('/')
    .filter(p => p !== '' && p !== '.')
  if (parts.includes('..'))
    throw new AnalyzeError(`app dir '${input}' leaves the repository; pass a path inside it`)
  return parts.length ? parts.join('/') : '.'
}
