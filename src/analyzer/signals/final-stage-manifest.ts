// A root that is an app of its own (a Vite client, a Svelte SPA) may still ship one member from its root
// Dockerfile: the build stage copies everything and builds both halves, and the final stage installs the
// member's manifest as its own (`WORKDIR /usr/src/app` + `COPY backend/package.json .`, beside the member's
// build output copied from the build stage). The image is that member, run as an app; the root's manifest was
// only a build-stage step (its client is an asset the member serves). The final stage must copy exactly one
// member's manifest into its working folder, and none of the root's: a final stage that installs the root's
// own manifest (`COPY package* /server`) ships the root (standalone-root.ts).
import { INSTALL_MANIFESTS } from './compose.js'
import { dockerInstructions } from './dockerfile.js'
import { resolveImagePath } from './image-path.js'

export interface ManifestCopy {
  /** The member whose manifest the final stage installs. */
  dir: string
  line: number
  text: string
}

/** The one member of `members` whose manifest the last stage of `dockerfile` copies into its WORKDIR. */
export function finalStageMemberManifest(
  dockerfile: string,
  members: readonly string[]
): ManifestCopy | null {
  const ins = dockerInstructions(dockerfile)
  const from = ins.map(i => i.keyword).lastIndexOf('FROM')
  if (from < 0) return null
  let workdir = '/'
  const found = new Map<string, ManifestCopy>()
  for (const i of ins.slice(from + 1)) {
    if (i.keyword === 'WORKDIR') workdir = resolveImagePath(workdir, i.args.trim())
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue
    const words = copyWords(i.args)
    // `COPY --from=build …` brings a stage's files, not the context's manifests.
    if (!words || words.flags.some(f => f.startsWith('--from'))) continue
    const dest = resolveImagePath(workdir, words.dest)
    for (const source of words.sources) {
      const path = source.replace(/^\.\//, '')
      const slash = path.lastIndexOf('/')
      const dir = slash < 0 ? '.' : path.slice(0, slash)
      const name = path.slice(slash + 1)
      const manifest = INSTALL_MANIFESTS.some(m => globMatches(name, m))
      if (!manifest) continue
      // The manifest lands in the working folder (`.`, the folder itself, or its own name there).
      if (dest !== workdir && dest !== `${workdir === '/' ? '' : workdir}/${name}`) continue
      // The root's own manifest installed in the final stage: the root is what runs.
      if (dir === '.') return null
      if (members.includes(dir) && !found.has(dir)) found.set(dir, { dir, line: i.line, text: i.text })
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null
}

/** Flags, sources and destination of a COPY/ADD (shell or JSON form); null when it cannot be read. */
function copyWords(args: string): { flags: string[]; sources: string[]; dest: string } | null {
  let words: string[]
  const trimmed = args.trim()
  const flags = [...trimmed.matchAll(/(?:^|\s)(--[\w-]+(?:=\S*)?)/g)].map(m => m[1]!)
  const rest = trimmed.replace(/(?:^|\s)--[\w-]+(?:=\S*)?/g, ' ').trim()
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest)
      if (!Array.isArray(parsed) || parsed.some(w => typeof w !== 'string')) return null
      words = parsed as string[]
    } catch {
      return null
    }
  } else words = rest.split(/\s+/).filter(Boolean)
  if (words.length < 2 || words.some(w => w.includes('$'))) return null
  return { flags, sources: words.slice(0, -1), dest: words[words.length - 1]! }
}

/** A COPY source's file name against a manifest name, `*`/`?` globs allowed (`package*.json`). */
function globMatches(source: string, manifest: string): boolean {
  if (!/[*?]/.test(source)) return source === manifest
  const re = new RegExp(
    `^${source
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`
  )
  return re.test(manifest)
}
