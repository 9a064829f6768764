// ASP.NET Core endpoint conventions: `app.MapHealthChecks("/health", options).RequireAuthorization();` puts the
// endpoint behind the app's authorization policy, so an anonymous load-balancer probe gets 401 or a login
// redirect — it is no health check, wherever it is read (the .NET route readers, the literal fallback scan).
import { matchClose } from './code-spans.js'
/**
 * An endpoint mapping whose chain ends in `.RequireAuthorization()` (`app.MapHealthChecks("/health", options)
 * .RequireAuthorization();`) answers a load balancer's anonymous probe with 401/302: no probe. A later
 * `.AllowAnonymous()` lifts it. `index` is where the Map call's name starts (at or before its `(`).
 */
export function requiresAuthorization(text: string, index: number): boolean {
  const open = text.indexOf('(', index)
  let close = open < 0 ? -1 : matchClose(text, open)
  let required = false
  for (let calls = 0; close > 0 && calls < 12; calls++) {
    const next = /^\s*\.\s*(\w+)\s*(?:<[^>()]*>)?\s*\(/.exec(text.slice(close + 1, close + 200))
    if (!next) break
    if (next[1] === 'RequireAuthorization') required = true
    else if (next[1] === 'AllowAnonymous') required = false
    close = matchClose(text, close + next[0].length)
  }
  return required
}
