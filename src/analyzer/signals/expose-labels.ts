// EXPOSE lines labelled by the comment above them: soft-serve's Dockerfile lists `# SSH` / `EXPOSE 23231`,
// `# HTTP` / `EXPOSE 23232`, `# Stats` / `EXPOSE 23233`, `# Git` / `EXPOSE 9418`. The first EXPOSE is the
// SSH port (and the code names it too), yet the comment says which one speaks HTTP. When exactly one EXPOSE
// is labelled as the HTTP/web port and another is labelled with a protocol that is not HTTP, the labelled
// one is the web port, whatever the order.
import type { Candidate } from '../candidate.js'

/** A label naming the web port: `# HTTP`, `# Web UI`, `# http port`, `# web interface` (not HTTPS). */
const WEB_LABEL =
  /^#\s*(?:the\s+)?(?:http|web(?:\s*(?:ui|interface|server|app))?)(?:\s+(?:port|server|api|listener|interface))?\s*[:.]?\s*$/i
/** A label naming another protocol or side listener. */
const OTHER_LABEL =
  /\b(?:ssh|git|stats|metrics|prometheus|grpc|smtp|imap|pop3|lmtp|ldap|dns|ftp|sftp|debug|pprof|mqtt|amqp|redis|telnet|rtmp|syslog|health\s*check|admin)\b/i

/** The comment line right above 1-based `line` (blank lines between end the label), or null. */
function labelAbove(lines: readonly string[], line: number): string | null {
  const above = lines[line - 2]?.trim()
  return above !== undefined && above.startsWith('#') ? above : null
}

/**
 * The one EXPOSE candidate (a single port on its line) whose comment labels it as the HTTP/web port, when
 * another EXPOSE is labelled with another protocol; null otherwise.
 */
export function labelledWebExpose(
  text: string,
  exposes: readonly Candidate<number>[]
): { candidate: Candidate<number>; line: number; label: string } | null {
  if (exposes.length < 2) return null
  const lines = text.split('\n')
  const web: { candidate: Candidate<number>; line: number; label: string }[] = []
  let other = false
  for (const candidate of exposes) {
    const line = candidate.evidence[0]?.line ?? 0
    const exposeLine = lines[line - 1]?.trim() ?? ''
    if (!/^EXPOSE\s+\S+\s*$/i.test(exposeLine)) continue
    const label = labelAbove(lines, line)
    if (label === null) continue
    if (WEB_LABEL.test(label)) web.push({ candidate, line: line - 1, label })
    else if (OTHER_LABEL.test(label)) other = true
  }
  return web.length === 1 && other ? web[0]! : null
}
