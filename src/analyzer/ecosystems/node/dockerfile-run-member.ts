// A member folder whose server is a dependency (`service/package.json` with only `@atproto/pds`, whose
// `index.js` calls `PDS.create(…)` / `pds.start()`) shows no server code of its own, yet the repository's
// root Dockerfile may ship exactly that folder: it copies it as the image's working folder (`WORKDIR /app` +
// `COPY ./service ./`, through a build stage or not) and its command runs the member's entry file (`node
// index.js`). That image is the member, run as an app.
import type { AppContext } from '../../provider.js'
import type { Evidence } from '../../report.js'
import { commandFromDockerArgs, dockerInstructions } from '../../signals/dockerfile.js'
import { dockerfileRunsFolder } from '../../signals/dockerfile-app.js'
import { dropLaunchers } from '../../signals/start-script.js'

const ROOT_DOCKERFILES = ['Dockerfile', 'Containerfile']

/** The root Dockerfile's command line when it runs `entry` of `ctx.dir` with node, as evidence; else null. */
export function rootDockerfileRunsEntry(ctx: AppContext, entry: string): Evidence | null {
  if (ctx.dir === '.') return null
  for (const name of ROOT_DOCKERFILES) {
    const text = ctx.tree.read(name)
    if (text === null) continue
    if (dockerfileRunsFolder(ctx.tree, name) !== ctx.dir) return null
    const ins = dockerInstructions(text)
    const last = (keyword: string) => ins.filter(i => i.keyword === keyword).pop()
    const parts = [last('ENTRYPOINT'), last('CMD')].filter(i => i !== undefined)
    const words = dropLaunchers(parts.map(p => commandFromDockerArgs(p.args)).join(' '))
    if (!/^(?:\S*\/)?node$/.test(words[0] ?? '')) return null
    const file = words.slice(1).find(w => !w.startsWith('-'))
    if (file?.replace(/^\.\//, '') !== entry) return null
    const shown = parts[parts.length - 1]!
    return { file: name, line: shown.line, text: shown.text }
  }
  return null
}
