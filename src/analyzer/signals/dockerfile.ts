// An existing Dockerfile is the strongest evidence we can get: it is what will actually run. We read
// EXPOSE, ENV PORT, CMD/ENTRYPOINT and HEALTHCHECK from it, and never overwrite it.
import type { Evidence } from '../report.js'
import type { Candidate } from '../providers/types.js'
import { CONFIDENCE } from '../providers/types.js'
import { clip } from './evidence.js'
import { parsePort, portFromCommand } from './ports.js'

export interface DockerfileFacts {
  port: Candidate<number>[]
  startCommand: Candidate<string>[]
  healthPath: Candidate<string>[]
}

interface Instruction {
  keyword: string
  args: string
  line: number
  text: string
}

/** Joins `\` continuations and drops comments; keeps the first line number of each instruction. */
export function dockerInstructions(text: string): Instruction[] {
  const out: Instruction[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim()
    if (first === '' || first.startsWith('#')) continue
    let full = first
    const start = i
    while (full.endsWith('\\') && i + 1 < lines.length) {
      full = `${full.slice(0, -1)} ${lines[++i]!.trim()}`
    }
    const m = /^([A-Za-z]+)\s+([\s\S]*)$/.exec(full)
    if (m) out.push({ keyword: m[1]!.toUpperCase(), args: m[2]!.trim(), line: start + 1, text: clip(first) })
  }
  return out
}

/** `["node","server.js"]` → `node server.js`; shell form is returned as is. */
export function commandFromDockerArgs(args: string): string {
  if (args.startsWith('[')) {
    try {
      const parts = JSON.parse(args) as unknown
      if (Array.isArray(parts) && parts.every(p => typeof p === 'string')) {
        const list = parts as string[]
        // `sh -c "…"` wraps the real command.
        if (list.length === 3 && /^(\/bin\/)?(ba)?sh$/.test(list[0]!) && list[1] === '-c') return list[2]!
        return list.join(' ')
      }
    } catch {
      // fall through: malformed exec form is treated as shell form
    }
  }
  return args
}

/** Web-server base images and the port they EXPOSE themselves (used when the Dockerfile does not say). */
const IMAGE_PORTS: [RegExp, number][] = [
  [/^(?:docker\.io\/)?(?:library\/)?(?:nginx|httpd|caddy)(?::|$)/, 80],
  [/^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache/, 80],
  [/^(?:docker\.io\/)?(?:richarvey\/nginx-php-fpm|webdevops\/php-(?:nginx|apache))(?::|$)/, 80],
  [/^(?:docker\.io\/)?trafex\/php-nginx(?::|$)/, 8080]
]

const DENO_SUBCOMMAND = /^(?:run|task|serve|eval|repl)\b/

/** Init processes that only forward signals to the command given after them. */
const INIT_ONLY = /^\s*(?:\S*\/)?(?:dumb-init|tini|tini-static|catatonit)(?:\s+-\S+)*(?:\s+--)?\s*$/

export function readDockerfile(path: string, text: string): DockerfileFacts {
  const facts: DockerfileFacts = { port: [], startCommand: [], healthPath: [] }
  const ev = (ins: Instruction): Evidence[] => [{ file: path, line: ins.line, text: ins.text }]
  let entrypoint: Instruction | null = null
  let cmd: Instruction | null = null
  let baseImage = ''
  let fromLine: Instruction | null = null
  for (const ins of dockerInstructions(text)) {
    // Only the last stage matters for what runs; a new FROM resets the runtime facts.
    if (ins.keyword === 'FROM') {
      fromLine = ins
      baseImage = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)[0] ?? ''
      facts.port = []
      facts.healthPath = []
      entrypoint = null
      cmd = null
    } else if (ins.keyword === 'EXPOSE') {
      const port = parsePort(ins.args.split(/\s+/)[0]?.replace(/\/(tcp|udp)$/i, ''))
      if (port !== null)
        facts.port.push({
          value: port,
          confidence: CONFIDENCE.declared,
          source: 'Dockerfile EXPOSE',
          evidence: ev(ins)
        })
    } else if (ins.keyword === 'ENV') {
      // PORT, and ASP.NET Core's ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS (`http://+:5000`, `5000`).
      const m =
        /(?:^|\s)PORT[=\s]+["']?(\d{1,5})\b/.exec(ins.args) ??
        /(?:^|\s)ASPNETCORE_(?:URLS[=\s]+["']?https?:\/\/[^:\s"';]*:|HTTP_PORTS[=\s]+["']?)(\d{1,5})\b/.exec(
          ins.args
        )
      const port = m ? parsePort(m[1]) : null
      if (port !== null)
        facts.port.push({
          value: port,
          confidence: CONFIDENCE.declared - 0.05,
          source: m?.[0].includes('ASPNETCORE') ? 'Dockerfile ENV ASPNETCORE_*' : 'Dockerfile ENV PORT',
          evidence: ev(ins)
        })
    } else if (ins.keyword === 'CMD') cmd = ins
    else if (ins.keyword === 'ENTRYPOINT') entrypoint = ins
    else if (ins.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(ins.args)) {
      const m = /https?:\/\/[^/\s"']+(\/[^\s"'|;)]*)/.exec(ins.args)
      if (m && m[1] !== '/')
        facts.healthPath.push({
          value: m[1]!,
          confidence: CONFIDENCE.declared,
          source: 'Dockerfile HEALTHCHECK',
          evidence: ev(ins)
        })
    }
  }
  // No EXPOSE/ENV PORT: web-server base images still listen on a known port (their own EXPOSE).
  const imagePort = IMAGE_PORTS.find(([re]) => re.test(baseImage))?.[1]
  if (facts.port.length === 0 && imagePort !== undefined && fromLine)
    facts.port.push({
      value: imagePort,
      confidence: CONFIDENCE.declared - 0.1,
      source: `${baseImage} image default port`,
      evidence: ev(fromLine)
    })
  const parts = [entrypoint, cmd].filter((x): x is Instruction => x !== null)
  let command = parts.map(p => commandFromDockerArgs(p.args)).join(' ')
  // The official Deno image's entrypoint runs `deno <CMD>` when CMD starts with a subcommand.
  if (!entrypoint && /^(?:docker\.io\/)?denoland\/deno\b/.test(baseImage) && DENO_SUBCOMMAND.test(command))
    command = `deno ${command}`
  // An init wrapper alone (`ENTRYPOINT ["dumb-init", "--"]` with no CMD) runs nothing of the app's.
  if (parts.length > 0 && !INIT_ONLY.test(command)) {
    // ENTRYPOINT without CMD is often a wrapper script expecting the real command as arguments (the
    // base image's CMD, e.g. `irb`, would otherwise run): a Procfile `web:` process outranks it.
    const entrypointOnly = cmd === null
    facts.startCommand.push({
      value: command,
      confidence: entrypointOnly ? CONFIDENCE.declared - 0.1 : CONFIDENCE.declared,
      source: entrypointOnly ? 'Dockerfile ENTRYPOINT (no CMD)' : 'Dockerfile CMD',
      evidence: parts.flatMap(ev)
    })
    const port = portFromCommand(command)
    if (port !== null)
      facts.port.push({
        value: port,
        confidence: CONFIDENCE.declared - 0.05,
        source: 'Dockerfile CMD',
        evidence: parts.flatMap(ev)
      })
  }
  return facts
}
