// The package script a folder's own Dockerfile runs: `CMD ["pnpm", "run", "prod"]`, `CMD npm run serve`,
// `CMD ["yarn", "start:prod"]`. An app whose start script has another name (`prod`, `serve`, `start:prod`)
// still starts itself when its own image runs that script: a workspace root listing a docs package beside
// itself (hollo: pnpm-workspace.yaml `packages: [., docs]`, a Hono server in `dependencies`, an image that runs
// `pnpm run prod` = `node dist/bin/server.js`) is that server, not a shell of tooling.
import type { AppContext } from '../../provider.js'
import { readDockerfile } from '../../signals/dockerfile.js'

/** `pnpm run prod`, `npm run-script serve`, `yarn start:prod`, `bun run start`, `npm start` → the script name. */
const RUNS_SCRIPT = /^(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)$/

/** Names a package manager takes as its own commands, never a script (`yarn install`, `npm ci`). */
const MANAGER_COMMANDS = new Set(['install', 'ci', 'add', 'exec', 'dlx', 'x', 'create', 'init', 'test'])

/**
 * The script (name and text) that the folder's own Dockerfile (`Dockerfile`/`Containerfile` in the folder)
 * runs as its command, when package.json defines it; else null.
 */
export function scriptRunByOwnImage(
  ctx: AppContext,
  scripts: Readonly<Record<string, string>>
): { name: string; text: string } | null {
  for (const file of ['Dockerfile', 'Containerfile']) {
    const text = ctx.read(file)
    if (text === null) continue
    const command = readDockerfile(ctx.path(file), text).startCommand[0]?.value.trim() ?? ''
    const name = RUNS_SCRIPT.exec(command)?.[1]
    if (!name || MANAGER_COMMANDS.has(name)) return null
    const script = scripts[name]
    return typeof script === 'string' ? { name, text: script } : null
  }
  return null
}
