// Code that only runs in development does not bind the production container: Squidex-style hosts listen on
// 5000/5001 with a dev certificate inside `if (env.IsDevelopment() || devMode) { options.ListenAnyIP(5001, …) }`
// and leave the port to ASPNETCORE_HTTP_PORTS otherwise. Those branches are blanked (newlines kept, so line
// numbers of the rest stay right) before ports are read.

const IF = /\bif\s*\(/g
/** `env.IsDevelopment()`, `context.HostingEnvironment.IsDevelopment()`, `app.Environment.IsDevelopment()`. */
const DEVELOPMENT = /\bIsDevelopment\s*\(\s*\)/
/** A negated test (`!env.IsDevelopment()`) guards production code. */
const NEGATED = /!\s*(?:\(\s*)?(?:[\w.]+\.)?IsDevelopment\s*\(/

/** The index just past the bracket closing the one at `open` (`(`/`{`), or -1 when it never closes. */
function closing(text: string, open: number): number {
  const [o, c] = text[open] === '(' ? ['(', ')'] : ['{', '}']
  let depth = 0
  let quote: string | null = null
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (ch === o) depth++
    else if (ch === c && --depth === 0) return i + 1
  }
  return -1
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ')

/** `text` with the bodies of `if (… IsDevelopment() …)` branches blanked (their `else` is kept). */
export function withoutDevelopmentBranches(text: string): string {
  if (text.length > 500_000 || !DEVELOPMENT.test(text)) return text
  let out = text
  for (const m of text.matchAll(IF)) {
    const open = m.index + m[0].length - 1
    const end = closing(text, open)
    if (end < 0) continue
    const condition = text.slice(open, end)
    if (!DEVELOPMENT.test(condition) || NEGATED.test(condition)) continue
    let body = end
    while (body < text.length && /\s/.test(text[body]!)) body++
    const stop = text[body] === '{' ? closing(text, body) : text.indexOf(';', body) + 1
    if (stop <= 0) continue
    out = out.slice(0, body) + blank(text.slice(body, stop)) + out.slice(stop)
  }
  return out
}
