// The config file a start command passes (`dex serve /etc/dex/config.docker.yaml`, `app --config=/etc/app.toml`,
// `python3 -m maubot -c /data/config.yaml`) is where the server reads its port. The path is the image's; the
// repository file behind it is the one the image got there:
// - a Dockerfile COPY, maybe through a stage (`COPY config.docker.yaml /etc/dex/`, then
//   `COPY --from=stager /etc/dex /etc/dex`);
// - the entrypoint script's `cp example-config.yaml /data/config.yaml`, the file maybe first put beside the
//   app by a build step (`RUN cp maubot/example-config.yaml .`).
// Its top level or web-server section (`server.port: 29316`, `web.http: 0.0.0.0:5556`) is read as
// config-file.ts reads a config the source loads, template defaults rendered (the file may be rendered at
// start). A file the image does not get from the repository (a volume mounted at run time) says nothing.
import type { Evidence } from '../report.js'
import { configTextPort } from './config-file.js'
import { copiedFrom, nextWorkdir, type ContextCopy } from './docker-copies.js'

const CONFIG_FILE = /\.(?:ya?ml|toml|json)$/i
/** Manifests and lockfiles are never a server's config argument. */
const NOT_CONFIG = /(?:^|\/)(?:package(?:-lock)?|composer|tsconfig|[\w.-]*lock)\.json$/i
/** A config file is small; a huge one is not parsed. */
const MAX_CONFIG_BYTES = 256 * 1024
/** `RUN cp maubot/example-config.yaml .` (or `&& cp x y`): a build step copying a repository file in the image. */
const RUN_COPY = /(?:^RUN\s+|&&\s*|;\s*)cp\s+(?:-\w+\s+)*([\w.\-/]+\.(?:ya?ml|toml|json))\s+\S+/gim

export interface ConfigArgumentContext {
  copies: ContextCopy[]
  /** The image's WORKDIR, which a relative argument (`--config=conf/app.toml`) is read against. */
  workdir: string
  dockerfileDir: string
  dockerfileText: string
  /** The entrypoint script the command was read from: its `cp <file> <path>` may put the config there. */
  script: { path: string; text: string } | null
  readFile: (path: string) => string | null
}

export interface ConfigArgumentPort {
  port: number
  /** The repository file read. */
  file: string
  /** `section.key` of the port in it. */
  key: string
  /** The path the command passes, in the image. */
  target: string
  evidence: Evidence
}

/**
 * The image paths of the config files `command` passes, in order: a flag's value (`-c x.yaml`,
 * `--config=x.toml`) or a positional argument, a relative one read against the WORKDIR.
 */
export function configArguments(command: string, workdir: string): string[] {
  const words = command
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(w => w.replace(/^-{1,2}[\w-]+=/, '').replace(/^["']|["']$/g, ''))
  const out: string[] = []
  for (const word of words) {
    if (!CONFIG_FILE.test(word) || NOT_CONFIG.test(word) || /[$*?]/.test(word)) continue
    const imagePath = word.startsWith('/') ? word : nextWorkdir(workdir, word.replace(/^\.\//, ''))
    if (!out.includes(imagePath)) out.push(imagePath)
  }
  return out
}

/** The port of the first config file argument of `command` that traces back to a repository file. */
export function configArgumentPort(command: string, ctx: ConfigArgumentContext): ConfigArgumentPort | null {
  const bases = ctx.dockerfileDir === '.' ? ['.'] : [ctx.dockerfileDir, '.']
  for (const target of configArguments(command, ctx.workdir))
    for (const source of repositorySources(target, ctx))
      for (const base of bases) {
        const file = base === '.' ? source : `${base}/${source}`
        const text = ctx.readFile(file)
        if (text === null || text.length > MAX_CONFIG_BYTES) continue
        const found = configTextPort(file, text)
        if (found) return { ...found, file, target }
      }
  return null
}

/** Repository paths the image's `target` comes from: the script's `cp <src> <target>`, a COPY to it. */
function repositorySources(target: string, ctx: ConfigArgumentContext): string[] {
  return [...scriptCopySources(target, ctx), ...copiedFrom(target, ctx.copies)].filter(
    (p, i, all) => all.indexOf(p) === i
  )
}

/**
 * `cp example-config.yaml /data/config.yaml` in the entrypoint script: the file beside the script, or in the
 * image's working folder; when a build step copied a file of that name (`RUN cp maubot/example-config.yaml .`),
 * that repository file too.
 */
function scriptCopySources(target: string, ctx: ConfigArgumentContext): string[] {
  const script = ctx.script
  if (!script) return []
  const dir = script.path.includes('/') ? script.path.slice(0, script.path.lastIndexOf('/')) : '.'
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const cp = new RegExp(
    `^[ \\t]*(?:cp|install)\\s+(?:-\\w+\\s+)*["']?([\\w.\\-/]+)["']?\\s+["']?${escaped}["']?\\s*$`,
    'm'
  )
  const m = cp.exec(script.text)
  if (!m || m[1]!.startsWith('/')) return []
  const out = [dir === '.' ? m[1]! : `${dir}/${m[1]}`, m[1]!]
  const name = m[1]!.split('/').pop()!
  for (const run of ctx.dockerfileText.matchAll(RUN_COPY))
    if (run[1]!.split('/').pop() === name && !run[1]!.startsWith('/')) out.push(run[1]!)
  return out
}
