// Where a file named by its image path came from in the repository: `ENTRYPOINT ["/app/run.sh"]` after
// `COPY ./docker/entry.sh $MEALIE_HOME/run.sh`, `ENTRYPOINT ["tini", "--", "/init.sh"]` after
// `COPY docker/alpine/ /`. The entrypoint script is then read from its repository path, renamed or not.

/** One `COPY`/`ADD` from the build context (not `--from=` a stage): its sources and image destination. */
export interface ContextCopy {
  sources: string[]
  dest: string
}

/**
 * The COPY/ADD of build-context files in instruction order, with `$VAR` expanded by `expand` and a relative
 * destination resolved against the WORKDIR in force (`WORKDIR /app` + `COPY run.sh .` → `/app/`).
 */
export function contextCopy(
  args: string,
  workdir: string,
  expand: (s: string) => string
): ContextCopy | null {
  if (/(?:^|\s)--from=/.test(args)) return null
  let words: string[]
  if (args.startsWith('[')) {
    try {
      const parsed = JSON.parse(args) as unknown
      if (!Array.isArray(parsed) || !parsed.every(p => typeof p === 'string')) return null
      words = parsed as string[]
    } catch {
      return null
    }
  } else words = args.split(/\s+/).filter(w => w && !w.startsWith('--'))
  // Shell quoting anywhere in a word (`"$APP"/run.sh`) is not part of the path.
  words = words.map(w => expand(w).replace(/["']/g, ''))
  if (words.length < 2) return null
  const rawDest = words[words.length - 1]!
  const dest = rawDest.startsWith('/')
    ? rawDest
    : `${workdir.replace(/\/*$/, '/')}${rawDest.replace(/^\.\/?/, '')}`
  return { sources: words.slice(0, -1), dest }
}

/**
 * `COPY --from=builder /app/scripts/start.sh ./` in a later stage: the file's repository path is where the
 * builder stage got it from its own build-context copies (`WORKDIR /app` + `COPY . .` there →
 * `scripts/start.sh`). A relative source is the builder's WORKDIR's. None when the args copy from no stage
 * this Dockerfile names (an image, `--from=0`) or when no source traces back to the build context.
 */
export function stageCopy(
  args: string,
  workdir: string,
  expand: (s: string) => string,
  stage: (name: string) => { copies: ContextCopy[]; workdir: string } | undefined
): ContextCopy[] {
  const from = /(?:^|\s)--from=(\S+)/.exec(args)?.[1]
  const builder = from
    ? stage(
        expand(from)
          .replace(/^["']|["']$/g, '')
          .toLowerCase()
      )
    : undefined
  if (!builder) return []
  const copy = contextCopy(args.replace(/(?:^|\s)--from=\S+/, ' ').trim(), workdir, expand)
  if (!copy) return []
  const imagePaths = copy.sources.map(source =>
    source.startsWith('/') ? source : nextWorkdir(builder.workdir, source)
  )
  const traced = imagePaths.map(path => copiedFrom(path, builder.copies))
  // One copy per repository path a source may have come from (`COPY package.json .` and `COPY . .` both
  // reach /app/x in the builder): a renamed file keeps its destination, whichever path the repository has.
  const intoDir = copy.sources.length > 1 && !copy.dest.endsWith('/') ? `${copy.dest}/` : copy.dest
  if (traced.every(paths => paths.length > 0))
    return traced.flat().map(source => ({ sources: [source], dest: intoDir }))
  // `COPY --from=stager /etc/app /etc/app`: a folder of the stage, whose files its own COPYs put there.
  const folders = copy.sources.length === 1 ? folderCopies(imagePaths[0]!, copy.dest, builder.copies) : []
  return folders
}

/**
 * The builder's copies into `folder` (an image path of a stage), moved to where a later stage copies that
 * folder's contents (`dest`): `COPY config.yaml /etc/app/` there + `COPY --from=it /etc/app /srv/app` here
 * → `config.yaml` into `/srv/app/`.
 */
function folderCopies(folder: string, dest: string, copies: ContextCopy[]): ContextCopy[] {
  const from = folder.replace(/\/+$/, '')
  const to = dest.replace(/\/+$/, '')
  if (from === '' || to === '') return []
  return copies.flatMap(c =>
    c.dest === from || c.dest.startsWith(`${from}/`)
      ? [{ sources: c.sources, dest: `${to}${c.dest.slice(from.length)}` }]
      : []
  )
}

/** `WORKDIR app` under `/srv` → `/srv/app`. */
export function nextWorkdir(current: string, arg: string): string {
  const dir = arg.trim().replace(/^["']|["']$/g, '')
  return dir.startsWith('/') ? dir : `${current.replace(/\/*$/, '/')}${dir}`
}

/**
 * Repository paths (relative to the build context) an image path may have been copied from, latest COPY
 * first: an exact file destination (`COPY docker/entry.sh /app/run.sh`), a file into a folder
 * (`COPY docker/start.sh /` → `/start.sh`), or a folder's contents (`COPY docker/alpine/ /` → `/init.sh`).
 */
export function copiedFrom(imagePath: string, copies: ContextCopy[]): string[] {
  if (!imagePath.startsWith('/')) return []
  const out: string[] = []
  const name = imagePath.slice(imagePath.lastIndexOf('/') + 1)
  for (const copy of [...copies].reverse()) {
    const intoDir = copy.dest.endsWith('/') || copy.sources.length > 1
    const destDir = copy.dest.replace(/\/+$/, '') + '/'
    for (const raw of copy.sources) {
      if (/[*?]/.test(raw)) continue
      // Sources are relative to the build context even with a leading slash (`COPY /script/run.sh /run.sh`).
      const source = raw.replace(/^(?:\.?\/)+/, '').replace(/\/+$/, '')
      if (!intoDir && copy.dest === imagePath) out.push(source)
      if (imagePath.startsWith(destDir)) {
        const rest = imagePath.slice(destDir.length)
        // The source's own name (a file copied into the folder) or a path inside it (a folder's contents).
        if (source.slice(source.lastIndexOf('/') + 1) === rest) out.push(source)
        else if (source === '.' || source === '') out.push(rest)
        else out.push(`${source}/${rest}`)
      }
    }
  }
  return out.filter((p, i) => p !== '' && out.indexOf(p) === i && p.split('/').pop() !== '' && name !== '')
}

/** The directories of the default `PATH` in Linux images, where a bare `ENTRYPOINT ["name"]` is looked up. */
export const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']

/**
 * `ENTRYPOINT ["docker-entrypoint.sh"]` runs the file of that name on PATH: the repository paths a COPY put
 * there (`COPY docker /` with `docker/usr/local/bin/docker-entrypoint.sh`, `COPY deploy/start /usr/bin/start`).
 */
export function copiedOntoPath(name: string, copies: ContextCopy[]): string[] {
  if (name.includes('/') || name === '') return []
  return PATH_DIRS.flatMap(dir => copiedFrom(`${dir}/${name}`, copies))
}

/** `/usr/local/bin/atuin-server` → `atuin-server`: a program in a PATH directory runs by its name. */
export function programOnPath(program: string): string {
  const slash = program.lastIndexOf('/')
  return slash > 0 && PATH_DIRS.includes(program.slice(0, slash)) ? program.slice(slash + 1) : program
}
