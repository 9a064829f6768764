// Slack mrkdwn escaping for every user-controlled value (commit messages, branch names, service names):
// Slack only needs &, < and > escaped; `<!channel>`-style mentions and links then cannot be injected.
// Line endings are normalised and other control characters dropped by the shared plainLines.
import { plainLines } from '../../analyzer/render/markdown.js'

export function escapeMrkdwn(text: string): string {
  return plainLines(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** `<url|label>` with the label escaped and the url refused unless http(s) (a `|` or `>` would break out). */
export function mrkdwnLink(url: string | null | undefined, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, '¦')
  if (!url || !/^https?:\/\/[^\s<>|]+$/.test(url)) return text
  return `<${url}|${text}>`
}

/** First line, at most `max` characters, with an ellipsis when cut. */
export function oneLine(text: string, max: number): string {
  const line = plainLines(text).split('\n', 1)[0]?.trim() ?? ''
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
