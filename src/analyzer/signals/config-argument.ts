// The config file a start command passes: `dex serve /etc/dex/config.docker.yaml`, `app --config=/etc/app.toml`,
// `server -c config.yml`. The image got it from a repository file (`COPY config.docker.yaml /etc/dex/`, maybe
// through a stage), and its listen port is the port the server binds — read the same way as a config file
// the source loads (config-file.ts), template defaults included (the file may be rendered at start).
import type { Evidence } from '../report.js'
import { configTextPort } from './config-file.js'
import { copiedFrom, nextWorkdir, type ContextCopy } from './docker-copies.js'

const CONFIG_FILE = /\.(?:ya?ml|toml|json)$/i
/** Manifests and lockfiles are never a server's config argument. */
const NOT_CONFIG = /(?:^|\/)(?:package(?:-lock)?|composer|tsconfig|[\w.-]*lock)\.json$/i

export interface ConfigArgumentContext {
  copies: ContextCopy[]
  workdir: string
  dockerfileDir: string
  readFile: (path: string) => string | null
}

/** The port of the first config file argument of `command` that traces back to a repository file. */
export function configArgumentPort(
  command: string,
  ctx: ConfigArgumentContext
): { port: number; file: string; key: string; evidence: Evidence } | null {
  const words = command
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(w => w.replace(/^-{1,2}[\w-]+=/, '').replace(/^["']|["']$/g, ''))
  for (const word of words) {
    if (!CONFIG_FILE.test(word) || NOT_CONFIG.test(word) || /[$*?]/.test(word)) continue
    const imagePath = word.startsWith('/') ? word : nextWorkdir(ctx.workdir, word.replace(/^\.\//, ''))
    const bases = ctx.dockerfileDir === '.' ? ['.'] : [ctx.dockerfileDir, '.']
    for (const source of copiedFrom(imagePath, ctx.copies))
      for (const base of bases) {
        const file = base === '.' ? source : `${base}/${source}`
        const text = ctx.readFile(file)
        if (text === null) continue
        const found = configTextPort(file, text)
        if (found) return { ...found, file }
      }
  }
  return null
}
