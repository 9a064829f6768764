// The main package the app's own Dockerfile compiles (`go build -o /beszel ./internal/cmd/hub`): the image
// ships that binary, so of several mains (beszel's hub beside its agent) it is the app, whatever else
// listens. Relative to the module folder, '' for the root.
import { dockerInstructions } from '../../signals/dockerfile.js'
import type { AppContext } from '../../provider.js'

/** `go build` flags that take a value (the value is no package). */
const VALUE_FLAGS = new Set(['-o', '-ldflags', '-gcflags', '-tags', '-mod', '-p', '-pkgdir', '-buildmode'])

/** The package folders `go build` compiles in the app's Dockerfile (`./cmd/server` → `cmd/server`). */
export function dockerBuiltMains(ctx: AppContext): string[] {
  const path = ctx.signals.dockerfile
  const text = path ? ctx.tree.read(path) : null
  if (!text) return []
  const dirs = new Set<string>()
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword !== 'RUN') continue
    for (const m of ins.args.matchAll(/\bgo\s+build\b([^;&|]*)/g)) {
      const words = m[1]!
        .replace(/"[^"]*"|'[^']*'/g, '""')
        .trim()
        .split(/\s+/)
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!
        if (VALUE_FLAGS.has(w)) i++
        else if (/^\.\/[\w./-]*$/.test(w) && !w.endsWith('.go'))
          dirs.add(
            w
              .replace(/^\.\//, '')
              .replace(/\/+$/, '')
              .replace(/\/\.\.\.$/, '')
          )
      }
    }
  }
  return [...dirs].filter(d => !d.includes('...'))
}

/** Process wrappers an image's entrypoint runs the program under (`tini --`, `dumb-init`). */
const INIT_WRAPPERS = new Set(['exec', 'tini', 'dumb-init', 'catatonit', 'su-exec', 'gosu'])

/**
 * The name of the program the app's Dockerfile runs: the final stage's ENTRYPOINT then CMD first word,
 * past an init or wrapper (`["/usr/bin/zot"]` → `zot`, `["/sbin/tini","--","/app/hub"]` → `hub`). Null for a
 * shell, a script or an interpreter: those name no Go binary.
 */
export function dockerImageProgram(ctx: AppContext): string | null {
  const path = ctx.signals.dockerfile
  const text = path ? ctx.tree.read(path) : null
  if (!text) return null
  let entrypoint: string | null = null
  let cmd: string | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') entrypoint = cmd = null
    else if (ins.keyword === 'ENTRYPOINT') entrypoint = ins.args
    else if (ins.keyword === 'CMD') cmd = ins.args
  }
  // Docker runs the ENTRYPOINT with the CMD as its arguments (`["tini", "--"]` + `["/app/relay"]`).
  const words = entrypoint !== null ? [...wordsOf(entrypoint), ...wordsOf(cmd ?? '')] : wordsOf(cmd ?? '')
  let i = 0
  while (i < words.length && (isWrapper(basenameOf(words[i]!)) || words[i]!.startsWith('-'))) i++
  const program = words[i]
  if (!program || program.includes('$')) return null
  const name = basenameOf(program)
  if (!/^[A-Za-z][\w.-]*$/.test(name) || /\.(?:sh|py|js|rb|pl)$/.test(name)) return null
  if (/^(?:sh|bash|ash|zsh|env|go|node|python\d*)$/.test(name)) return null
  return name
}

/**
 * An init or a wrapper that runs the CMD after it (`/init`, dex's `docker-entrypoint` that execs
 * `dex serve …`, `server-wrapper`): the program is the next word, though the wrapper may be a Go main too.
 */
function isWrapper(name: string): boolean {
  return INIT_WRAPPERS.has(name) || name === 'init' || /entrypoint|wrapper/i.test(name)
}

function wordsOf(args: string): string[] {
  if (args.startsWith('[')) {
    try {
      const parts = JSON.parse(args) as unknown
      if (Array.isArray(parts)) return parts.filter((p): p is string => typeof p === 'string')
    } catch {
      // shell form below
    }
  }
  return args.split(/\s+/).filter(Boolean)
}

function basenameOf(path: string): string {
  return path.replace(/\/+$/, '').replace(/^.*\//, '')
}

/**
 * The main packages named after the program the app's image runs (`ENTRYPOINT ["/usr/bin/zot"]` →
 * `cmd/zot`): with several mains (`cmd/zb`, `cmd/zli`, `cmd/zot`, `cmd/zxp`) and a build made elsewhere
 * (`make binary`), the folder that bears the binary's name is the one the image ships.
 */
export function imageProgramMains(ctx: AppContext, dirs: readonly string[]): string[] {
  const program = dockerImageProgram(ctx)
  if (program === null) return []
  return dirs.filter(d => d !== '' && basenameOf(d) === program)
}
