// An image that copies its scripts to a staging folder and has a RUN step move them into place (`COPY
// docker/provision/docker-entrypoint.sh … $TMP_DIR/` then an install script's `mv "$TMP_DIR/$f"
// "$LOCAL_DIR/"`), whose ENTRYPOINT then names the final path (`/var/local/ralph/docker-entrypoint.sh`): no
// COPY wrote that path, but the one file of that name the image copied is the script (holdout35 ralph, whose
// entrypoint dispatches on its `start` argument). Two copied files of the name leave it unknown.
import type { ContextCopy } from './docker-copies.js'

const baseName = (path: string): string => path.replace(/\/+$/, '').split('/').pop() ?? ''

/** The repository path of the one copied file named like the absolute image path `word`, or null. */
export function movedScriptSource(word: string, copies: readonly ContextCopy[]): string | null {
  const name = baseName(word)
  if (!word.startsWith('/') || !/^[\w.-]+$/.test(name) || !name.includes('.')) return null
  const found = new Set<string>()
  for (const copy of copies) {
    // Into a folder (`…/`), or onto a file of the same name.
    const intoFolder = copy.dest.endsWith('/') || copy.sources.length > 1
    for (const source of copy.sources)
      if (baseName(source) === name && (intoFolder || baseName(copy.dest) === name))
        found.add(source.replace(/^\.\//, ''))
  }
  return found.size === 1 ? [...found][0]! : null
}
