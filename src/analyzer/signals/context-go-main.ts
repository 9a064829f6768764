// A Dockerfile kept in a Dockerfile folder (`build/Dockerfile`) that copies the whole build context (`COPY .
// .`), builds with the project's own tooling (`RUN make binary`, no `go build` naming a package) and runs a
// binary installed into the image (`ENTRYPOINT ["/usr/bin/zot"]`, `ENTRYPOINT ["registry"]`): no COPY names an
// app-folder path and the command runs no file of the context. The binary's name still does: Go projects keep
// each main package in `cmd/<binary>/` (zot's `cmd/zot`, distribution's `cmd/registry`), so a program named
// for a main package of the app's Go module is that module built from the context — the way `docker build -f
// build/Dockerfile .` is run at the repository root.
import { dockerInstructions } from './dockerfile.js'
import { basename, joinPath, type SourceTree } from '../tree.js'

/** `.`, `./`: the whole build context. */
const WHOLE_CONTEXT = /^\.\/?$/

/** The program of a final-stage CMD/ENTRYPOINT in exec or shell form (`["/usr/bin/zot"]`, `/bin/registry serve`). */
function programOf(args: string): string {
  const first = args.trim().startsWith('[')
    ? (/^\[\s*"([^"]*)"/.exec(args.trim())?.[1] ?? '')
    : (args.trim().split(/\s+/)[0] ?? '')
  return basename(first)
}

/** A Go main package (`package main` in a .go file that is no test) directly in `folder`. */
function isGoMain(tree: SourceTree, folder: string): boolean {
  return tree
    .filesUnder(folder)
    .some(
      f =>
        f.path.slice(folder.length + 1).match(/^[^/]+\.go$/) !== null &&
        !f.path.endsWith('_test.go') &&
        /^package\s+main\b/m.test(tree.read(f.path) ?? '')
    )
}

/**
 * The Dockerfile (kept in `sub`) copies the whole context in some stage and its final stage runs a program
 * named for a Go main package `cmd/<program>` of the Go module at `dir`.
 */
export function wholeContextRunsGoMain(tree: SourceTree, dir: string, sub: string, text: string): boolean {
  if (!tree.has(joinPath(dir, 'go.mod')) || tree.has(joinPath(sub, 'go.mod'))) return false
  let wholeContext = false
  let entrypoint: string | null = null
  let cmd: string | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      entrypoint = null
      cmd = null
    } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !/--from[= ]/.test(ins.args)) {
      const words = ins.args.split(/\s+/).filter(w => w !== '' && !w.startsWith('--'))
      if (words.length >= 2 && words.slice(0, -1).some(w => WHOLE_CONTEXT.test(w))) wholeContext = true
    } else if (ins.keyword === 'ENTRYPOINT') entrypoint = ins.args
    else if (ins.keyword === 'CMD') cmd = ins.args
  }
  if (!wholeContext) return false
  const command = entrypoint ?? cmd
  const program = command ? programOf(command) : ''
  if (!/^[\w][\w.-]*$/.test(program)) return false
  return isGoMain(tree, joinPath(dir, `cmd/${program}`))
}
