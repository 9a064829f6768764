// A CLI script run without arguments that only prints usage (`CMD ["postal"]`, where bin/postal is a
// `case "$1" in web-server) …;; worker) …;; *) echo "Usage: …";; esac`) starts nothing: the image is meant to
// be run with a subcommand. The subcommand that serves the web is the one the repository's own deploy files
// run (a compose `command: postal web-server`, a Procfile `web:` process running the arm's command), else
// the arm named for a web server.
import type { Evidence } from '../report.js'
import { getPath, isRecord, parseYamlBounded } from './manifests.js'
import { isShellScript, type RepoFileReader } from './script-files.js'

/** Longer scripts are no CLI dispatchers worth reading (and bound the work on hostile input). */
const MAX_SCRIPT = 200_000
/** Arm words longer than this are no real subcommands. */
const MAX_WORD = 64

/** Subcommand names that start a web server, in order of preference when no deploy file names one. */
const WEB_ARMS = ['web-server', 'webserver', 'web', 'server', 'http-server', 'serve']

/** Deploy files whose commands show which subcommand the web process runs. */
const PROCFILES = ['Procfile', 'Procfile.prod', 'Procfile.production', 'Procfile.dev']
const COMPOSE_FILES = ['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml']

interface Arm {
  /** The subcommand words of the arm (`web-server`, or `web|server`). */
  words: string[]
  /** The arm's body, one command per entry, without `;;`. */
  body: string[]
  line: number
  text: string
}

/** The arms of the script's `case "$1" in` dispatch, or null when it has none. */
function caseArms(text: string): { arms: Arm[]; fallback: string[] | null } | null {
  const lines = text.split('\n')
  const start = lines.findIndex(l => /^\s*case\s+["']?\$\{?1\}?["']?\s+in\b/.test(l))
  if (start < 0) return null
  const arms: Arm[] = []
  let fallback: string[] | null = null
  let current: Arm | null = null
  const close = (arm: Arm): void => {
    if (arm.words.includes('*')) fallback = arm.body
    else if (arm.words.every(w => /^\w[\w:.-]*$/.test(w) && w.length <= MAX_WORD)) arms.push(arm)
  }
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i]!
    // The last arm may end at `esac` without its `;;`.
    if (/^\s*esac\b/.test(raw)) {
      if (current) close(current)
      break
    }
    let rest = raw
    if (!current) {
      const head = /^\s*\(?\s*([^()]+?)\s*\)(.*)$/.exec(raw)
      if (!head) continue
      const words = head[1]!.split('|').map(w => w.trim().replace(/^["']|["']$/g, ''))
      current = { words, body: [], line: i + 1, text: raw.trim() }
      rest = head[2]!
    }
    const end = rest.indexOf(';;')
    const piece = (end >= 0 ? rest.slice(0, end) : rest).trim()
    if (piece && !piece.startsWith('#')) current.body.push(piece)
    if (end >= 0) {
      close(current)
      current = null
    }
  }
  return arms.length > 0 ? { arms, fallback } : null
}

/** A default arm that only tells the user how to call the script (echo/printf/exit, a `usage` function). */
function onlyPrintsUsage(body: string[]): boolean {
  return (
    body.length > 0 &&
    body.some(b => /usage/i.test(b)) &&
    body.every(b => /^(?:echo|printf|exit|cat|usage|print_usage|show_usage|help|>&2)\b/i.test(b))
  )
}

/** The command an arm runs: its last line, unwrapped from `run "…"` / `exec` / `eval` helpers. */
function armCommand(arm: Arm): string {
  const last = arm.body[arm.body.length - 1] ?? ''
  const quoted = /^(?:\w+\s+)?["']([^"']+)["']\s*$/.exec(last)
  return (quoted ? quoted[1]! : last).replace(/^(?:exec|eval)\s+/, '').trim()
}

/** `unset PORT; bundle exec puma -C x` → `bundle exec puma -C x`: the long-running part of a command line. */
function finalPart(command: string): string {
  const parts = command.split(/\s*(?:&&|;)\s*/).filter(Boolean)
  return (parts[parts.length - 1] ?? '').replace(/^exec\s+/, '').trim()
}

/**
 * The commands the deploy files run for the web: Procfile `web:` processes, and the `command:` of compose
 * services that publish ports or are named for the web.
 */
function webDeployCommands(dirs: string[], readFile: RepoFileReader): string[] {
  const web: string[] = []
  for (const dir of dirs)
    for (const name of PROCFILES) {
      const text = readFile(dir === '.' ? name : `${dir}/${name}`)
      if (text === null || text.length > MAX_SCRIPT) continue
      for (const m of text.matchAll(/^web\s*:[ \t]*(.+)$/gm)) web.push(finalPart(m[1]!))
    }
  for (const dir of dirs)
    for (const name of COMPOSE_FILES) {
      const text = readFile(dir === '.' ? name : `${dir}/${name}`)
      if (text === null) continue
      let parsed: unknown
      try {
        parsed = parseYamlBounded(text)
      } catch {
        continue
      }
      const services = getPath(parsed, 'services')
      if (!isRecord(services)) continue
      for (const [service, svc] of Object.entries(services)) {
        if (!isRecord(svc) || !(WEB_SERVICE.test(service) || svc.ports !== undefined)) continue
        const command = Array.isArray(svc.command)
          ? svc.command.filter(w => typeof w === 'string').join(' ')
          : typeof svc.command === 'string'
            ? svc.command
            : ''
        if (command) web.push(finalPart(command))
      }
    }
  return web
}

/** Compose service names of a web process. */
const WEB_SERVICE = /^(?:web|app|server|api|http|www|frontend|[\w.-]+[-_](?:web|server|api))$/i

/**
 * The subcommand `program` (a repository dispatcher script that prints usage without arguments) runs for the
 * web, with the arm as evidence, or null when the script is no such dispatcher or no arm is the web one.
 */
export function webSubcommand(
  program: string,
  script: { path: string; text: string },
  deployDirs: string[],
  readFile: RepoFileReader
): { command: string; evidence: Evidence; via: string } | null {
  if (script.text.length > MAX_SCRIPT || !isShellScript(script.path, script.text)) return null
  const dispatch = caseArms(script.text)
  if (!dispatch || !dispatch.fallback || !onlyPrintsUsage(dispatch.fallback)) return null
  const name = program.slice(program.lastIndexOf('/') + 1)
  const web = webDeployCommands(deployDirs, readFile)
  const found = (arm: Arm, via: string) => ({
    command: `${program} ${arm.words[0]}`,
    evidence: { file: script.path, line: arm.line, text: arm.text },
    via
  })
  // 1. The web process of a deploy file runs the program with a subcommand (`command: ["postal", "web-server"]`).
  const named = dispatch.arms.find(arm =>
    web.some(c => {
      const words = c.split(/\s+/)
      const at = words.findIndex(w => w === program || w === name || w.endsWith(`/${name}`))
      return at >= 0 && arm.words.includes(words[at + 1] ?? '')
    })
  )
  if (named) return found(named, 'the web process of a deploy file runs this subcommand')
  // 2. The web process runs the command of one arm (Procfile `web: bundle exec puma …`).
  const same = dispatch.arms.find(arm => web.includes(armCommand(arm)))
  if (same) return found(same, "the web process of a deploy file runs this arm's command")
  // 3. The arm named for a web server.
  for (const word of WEB_ARMS) {
    const arm = dispatch.arms.find(a => a.words.includes(word))
    if (arm) return found(arm, 'the arm named for the web server')
  }
  return null
}
