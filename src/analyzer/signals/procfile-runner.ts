// Procfile runners (`foreman start`, `overmind start`, `honcho start`, `hivemind`) start every process of a
// Procfile; the one that serves HTTP is the app's start command. Heroku only routes to `web:`, but a
// Procfile written for foreman in an image names its processes freely (`rails:`, `app:`), next to workers
// (`sidekiq`, `rake jobs:work`) and dev watchers (`vite dev`). The runner's start command is followed to the
// `web:` process, or else to the one process whose command is a server.

import type { Evidence } from '../report.js'
import type { RepoFileReader } from './start-script.js'

/** `foreman start`, `bundle exec foreman start -f Procfile.prod`, `overmind s`, `honcho start`, `hivemind`. */
const RUNNER =
  /^(?:bundle\s+exec\s+)?(?:\S*\/)?(?:(?:foreman|honcho)\s+start|overmind\s+(?:start|s)|hivemind)(?:\s+(.*))?$/
/** The option that names the Procfile: `-f FILE`, `--procfile FILE`, `--procfile=FILE`; hivemind's argument. */
const PROCFILE_OPTION = /(?:^|\s)(?:-f|--procfile)(?:\s+|=)(\S+)/
/** A Procfile line: `name: command`. */
const PROCESS_LINE = /^([A-Za-z0-9_.-]+):[ \t]*(.+)$/gm
/**
 * Commands that serve HTTP: Ruby (rails server, puma, unicorn, thin, rackup, falcon), Python (gunicorn,
 * uvicorn, hypercorn, daphne, waitress-serve, manage.py runserver), Node (node, npm/yarn/pnpm start,
 * next start), PHP (artisan serve, php -S), Elixir (phx.server).
 */
const SERVER =
  /(?:^|\s|\/)(?:rails\s+(?:server|s)\b|puma\b|unicorn(?:_rails)?\b|thin\s+start\b|rackup\b|falcon\s+serve\b|gunicorn\b|uvicorn\b|hypercorn\b|daphne\b|waitress-serve\b|manage\.py\s+runserver\b|node\s|(?:npm|yarn|pnpm)\s+(?:run\s+)?start\b|next\s+start\b|artisan\s+serve\b|php\s+-S\b|phx\.server\b)/
/** Commands that are background work or development tooling, even when a server word appears in them. */
const NOT_SERVER =
  /\b(?:sidekiq|resque|celery|rq\s+worker|good_job|solid_queue|jobs:work|delayed_job|shoryuken|sneakers|vite\s+dev|webpack|esbuild|tailwindcss|--watch)\b/

/**
 * The serving process of the Procfile a runner command starts, with the Procfile line as evidence. Null when
 * the command is no Procfile runner, the Procfile is not in the repository (looked for beside the
 * Dockerfile, then at the root), or no single process serves.
 */
export function procfileRunnerProcess(
  command: string,
  baseDir: string,
  readFile: RepoFileReader
): { command: string; name: string; evidence: Evidence } | null {
  const line = command.trim()
  if (line.length > 2000) return null
  const runner = RUNNER.exec(line)
  if (!runner) return null
  const args = runner[1] ?? ''
  const named =
    PROCFILE_OPTION.exec(args)?.[1] ?? (/hivemind/.test(line) ? /^(\S+)/.exec(args)?.[1] : undefined)
  const file = (named ?? 'Procfile').replace(/^["']|["']$/g, '').replace(/^(?:\.\/)+/, '')
  // Absolute image paths (`/app/Procfile`) are not repository paths: their file name is looked for.
  const relative = file.startsWith('/') ? file.slice(file.lastIndexOf('/') + 1) : file
  const bases = baseDir === '.' || baseDir === '' ? [''] : [`${baseDir}/`, '']
  for (const base of bases) {
    const path = `${base}${relative}`
    const text = readFile(path)
    if (text === null) continue
    return servingProcess(path, text)
  }
  return null
}

function servingProcess(
  path: string,
  text: string
): { command: string; name: string; evidence: Evidence } | null {
  const processes: { name: string; command: string; index: number }[] = []
  for (const m of text.slice(0, 100_000).matchAll(PROCESS_LINE))
    processes.push({ name: m[1]!, command: m[2]!.trim(), index: m.index })
  const web = processes.filter(p => p.name === 'web')
  const servers =
    web.length > 0 ? web : processes.filter(p => SERVER.test(p.command) && !NOT_SERVER.test(p.command))
  if (servers.length !== 1) return null
  const chosen = servers[0]!
  const lineNumber = text.slice(0, chosen.index).split('\n').length
  return {
    command: chosen.command,
    name: chosen.name,
    evidence: { file: path, line: lineNumber, text: `${chosen.name}: ${chosen.command}`.slice(0, 200) }
  }
}
