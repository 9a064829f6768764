// Whether the app asks for source maps at run time. The Next.js image without standalone output drops
// `*.map` files from .next and node_modules (tens of MB that `next start` never reads) unless the project
// says it uses them: Node's `--enable-source-maps`, the `source-map-support` runtime package, or Next's
// `productionBrowserSourceMaps` / `experimental.serverSourceMaps`. The answer is one line of evidence.
import { stripJsComments } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import type { PackageJson } from './manifest.js'

const NEXT_CONFIGS = ['ts', 'mjs', 'js', 'cjs', 'mts'].map(ext => `next.config.${ext}`)

/** Why the image keeps source maps (`package.json start script: --enable-source-maps`), or null. */
export function sourceMapUse(
  ctx: AppContext,
  pkg: PackageJson | null,
  startCommand: string | null
): string | null {
  const commands: [string, string | undefined | null][] = [
    ['the start command', startCommand],
    ['package.json scripts.start', pkg?.scripts.start]
  ]
  for (const [where, command] of commands)
    if (command && /(^|[\s='"])--enable-source-maps\b/.test(command)) return `${where}: --enable-source-maps`
  const support = pkg?.deps.get('source-map-support')
  if (support && !support.dev) return 'package.json: source-map-support is a runtime dependency'
  for (const file of NEXT_CONFIGS) {
    const text = ctx.read(file)
    if (text === null) continue
    const option = /\b(productionBrowserSourceMaps|serverSourceMaps)\s*:\s*true\b/.exec(stripJsComments(text))
    return option ? `${file}: ${option[1]}: true` : null
  }
  return null
}
