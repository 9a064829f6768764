// A Dockerfile kept in a Dockerfile folder (`docker/Dockerfile`) that copies the whole build context (`COPY .
// .`) names no app-folder path a COPY could prove it builds from. Its command still does: `ENTRYPOINT
// ["./scripts/entrypoint.sh"]`, `CMD ["python", "manage.py", "runserver"]` run a file of the build context,
// and when that file is in the app folder (and not in the Dockerfile folder), the app folder is the context
// the image is built from — the way `docker build -f docker/Dockerfile .` is run at the repository root.
import { dockerInstructions } from './dockerfile.js'
import { joinPath, type SourceTree } from '../tree.js'

/** `.`, `./`: the whole build context. */
const WHOLE_CONTEXT = /^\.\/?$/
/** A word that can name a file of the context: a relative path or a file name with an extension. */
const FILE_WORD = /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)*$/

/** The Dockerfile copies the whole context and its CMD/ENTRYPOINT runs a file of `dir` that `sub` lacks. */
export function wholeContextRunsAppFile(tree: SourceTree, dir: string, sub: string, text: string): boolean {
  let wholeContext = false
  const commandWords: string[] = []
  for (const ins of dockerInstructions(text)) {
    // The command is the final stage's; the whole context may be copied in a build stage it copies from.
    if (ins.keyword === 'FROM') commandWords.length = 0
    else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !/--from[= ]/.test(ins.args)) {
      const words = ins.args.split(/\s+/).filter(w => w !== '' && !w.startsWith('--'))
      if (words.length >= 2 && words.slice(0, -1).some(w => WHOLE_CONTEXT.test(w))) wholeContext = true
    } else if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
      if (ins.args.length > 2000) continue
      commandWords.push(
        ...ins.args
          .replace(/^\[|\]$/g, '')
          .split(/[\s,]+/)
          .map(w => w.replace(/^["']|["']$/g, ''))
      )
    }
  }
  if (!wholeContext) return false
  return commandWords.some(word => {
    if (!FILE_WORD.test(word) || !/[/.]/.test(word.replace(/^\.\//, ''))) return false
    const rel = word.replace(/^\.\//, '')
    return tree.has(joinPath(dir, rel)) && !tree.has(joinPath(sub, rel))
  })
}
