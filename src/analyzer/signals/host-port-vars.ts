// Variables a compose file uses only as the HOST side of a port mapping: Laravel Sail's
// `'${APP_PORT:-80}:80'` (holdout42 kanka, whose .env.example sets APP_PORT=8081; the same file in every
// Sail project: holdout7 monica, holdout13 speedtest-tracker, holdout29 pinkary), `"${WEB_PORT:-3000}:3000"`.
// Such a variable picks the port published on the developer's machine; the container listens on the
// right-hand side whatever it is set to, so a .env value of it is not the app's port. A variable that is
// also the container side (`${VITE_PORT:-5173}:${VITE_PORT:-5173}`) is the app's own and stays.
import { joinPath, type SourceTree } from '../tree.js'
import { COMPOSE_FILES } from './compose.js'

/** `${VAR}` / `${VAR:-80}` as the host part of a `host:container` entry (an optional bind address first). */
const HOST_SIDE =
  /^[ \t]*-?[ \t]*["']?(?:[\d.]+:|\$\{\w+(?::?-[^}]*)?\}:)?\$\{(\w+)(?::?-[^}]*)?\}:(\$\{(\w+)(?::?-[^}]*)?\}|\d{2,5})(?:\/(?:tcp|udp))?["']?[ \t]*$/gm

/** The variables only ever used as a published host port in the compose files of `dirs`. */
export function composeHostPortVariables(tree: SourceTree, dirs: readonly string[]): Set<string> {
  const host = new Set<string>()
  const container = new Set<string>()
  for (const dir of new Set(dirs))
    for (const name of COMPOSE_FILES) {
      const text = tree.read(joinPath(dir, name))
      if (text === null) continue
      // A file that hands a .env to its containers (`env_file:`) may pass the variable in: say nothing.
      if (/^[ \t]*env_file\s*:/m.test(text)) continue
      for (const m of text.matchAll(HOST_SIDE)) {
        const name = m[1]!
        // Named anywhere else in the file (an `environment:` entry, a command), the container sees it too.
        const mentions = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0
        if (mentions === 1) host.add(name)
        else container.add(name)
        if (m[3]) container.add(m[3])
      }
    }
  for (const v of container) host.delete(v)
  // PORT is what most servers read themselves: never only a host port.
  host.delete('PORT')
  return host
}
