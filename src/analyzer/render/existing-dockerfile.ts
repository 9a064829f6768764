// An app's own Dockerfile is used as is; we only check it against the analysis so a reviewer learns
// when the port the image exposes differs from the port the app listens on.
import type { AppAnalysis, Warning } from '../report.js'

export interface DockerfileFacts {
  /** Ports from EXPOSE in the final stage (`8080`, `8080/tcp`; variables are skipped). */
  exposed: number[]
  /** Line of the first EXPOSE in the final stage. */
  exposeLine: number | null
  hasHealthcheck: boolean
  user: string | null
}

/** Joins `\` continuations, keeping the first line number of each instruction. */
function instructions(text: string): { line: number; keyword: string; args: string }[] {
  const out: { line: number; keyword: string; args: string }[] = []
  const lines = text.split(/\r?\n/)
  let buffer = ''
  let start = 0
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (buffer === '' && (line === '' || line.startsWith('#'))) return
    if (buffer === '') start = index + 1
    if (line.startsWith('#')) return
    if (line.endsWith('\\')) {
      buffer += `${line.slice(0, -1)} `
      return
    }
    buffer += line
    const match = buffer.match(/^(\w+)\s*(.*)$/s)
    if (match) out.push({ line: start, keyword: (match[1] ?? '').toUpperCase(), args: match[2] ?? '' })
    buffer = ''
  })
  return out
}

export function readDockerfileFacts(text: string): DockerfileFacts {
  const all = instructions(text)
  let lastFrom = -1
  all.forEach((instruction, index) => {
    if (instruction.keyword === 'FROM') lastFrom = index
  })
  const finalStage = all.slice(lastFrom + 1)
  const exposes = finalStage.filter(instruction => instruction.keyword === 'EXPOSE')
  const exposed = exposes.flatMap(instruction =>
    instruction.args
      .split(/\s+/)
      .map(token => token.match(/^(\d{1,5})(\/(tcp|udp))?$/i)?.[1])
      .filter((port): port is string => port !== undefined)
      .map(Number)
  )
  const users = finalStage.filter(instruction => instruction.keyword === 'USER')
  return {
    exposed,
    exposeLine: exposes[0]?.line ?? null,
    hasHealthcheck: finalStage.some(instruction => instruction.keyword === 'HEALTHCHECK'),
    user: users.length > 0 ? (users[users.length - 1]?.args.trim() ?? null) : null
  }
}

/** Warnings for an existing Dockerfile: EXPOSE vs the detected port, running as root. */
export function checkExistingDockerfile(app: AppAnalysis, path: string, text: string): Warning[] {
  const facts = readDockerfileFacts(text)
  const warnings: Warning[] = []
  const port = app.port.value
  if (facts.exposed.length > 0 && !facts.exposed.includes(port)) {
    warnings.push({
      code: 'DOCKERFILE_PORT_MISMATCH',
      message:
        `${path} exposes ${facts.exposed.join(', ')} but the app listens on ${port} (${app.port.source}). ` +
        `The load balancer will send traffic to ${port}: fix EXPOSE, or set app.port in .delightful.yaml.`,
      file: path,
      line: facts.exposeLine ?? undefined
    })
  }
  if (facts.exposed.length === 0) {
    warnings.push({
      code: 'DOCKERFILE_NO_EXPOSE',
      message: `${path} has no EXPOSE; the service will route to port ${port} (${app.port.source}).`,
      file: path
    })
  }
  if (facts.user === null || /^(root|0)(:|$)/.test(facts.user)) {
    warnings.push({
      code: 'DOCKERFILE_RUNS_AS_ROOT',
      message: `${path} runs as root in its final stage; add a USER with a non-root account.`,
      file: path
    })
  }
  return warnings
}
