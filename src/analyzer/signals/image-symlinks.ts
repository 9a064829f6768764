// `RUN ln -s srv/app/entrypoint.sh /entrypoint` then `ENTRYPOINT ["/entrypoint"]`: the image runs the file the
// link points at, which a COPY put there from the repository (`COPY docker/entrypoint.sh ./`). Reading the
// links the Dockerfile's RUN lines make lets the entrypoint be followed into that script like any other.
import { normaliseImagePath } from './image-path.js'

/** The most links read from one Dockerfile (real ones make a handful). */
const MAX_LINKS = 64

/** Absolute link path → absolute target, for each `ln -s TARGET LINK` the RUN instructions run. */
export function imageSymlinks(runs: readonly string[]): Map<string, string> {
  const links = new Map<string, string>()
  for (const run of runs) {
    for (const part of run.split(/&&|\|\||;|\n/)) {
      const words = part.trim().split(/\s+/)
      if (words[0] !== 'ln') continue
      const flags = words.slice(1).filter(w => w.startsWith('-'))
      if (!flags.some(f => /^-[a-zA-Z]*s[a-zA-Z]*$/.test(f) || f === '--symbolic')) continue
      const operands = words.slice(1).filter(w => !w.startsWith('-'))
      if (operands.length !== 2) continue
      const target = operands[0]!.replace(/^["']|["']$/g, '')
      let link = operands[1]!.replace(/^["']|["']$/g, '')
      if (!link.startsWith('/') || /[$*?`]/.test(target + link)) continue
      if (link.endsWith('/')) link += target.slice(target.lastIndexOf('/') + 1)
      const from = link.slice(0, link.lastIndexOf('/') + 1) || '/'
      links.set(link, normaliseImagePath(target.startsWith('/') ? target : `${from}${target}`))
      if (links.size >= MAX_LINKS) return links
    }
  }
  return links
}
