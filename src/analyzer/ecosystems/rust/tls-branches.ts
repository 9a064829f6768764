// A server that also speaks HTTPS picks its listener by its TLS settings:
//
//   let mut addr = self.listen_on.unwrap_or_else(|| {
//       if self.https_domain.is_some() {
//           SocketAddr::from(([0, 0, 0, 0], 443))
//       } else {
//           SocketAddr::from(([0, 0, 0, 0], 8080))
//       }
//   });
//
// The port under a branch taken when HTTPS/TLS is configured (`if self.https_domain.is_some()`, `if let
// Some(tls) = &cfg.tls`, `if config.ssl_enabled`) is the TLS listener's: those blocks are blanked before the
// port patterns read the source, so the plain listener's port (the else branch) stands alone. Negated
// conditions (`!tls`, `is_none()`, `== false`) take the other branch and are left as they are.
import { matchClose } from '../../signals/code-spans.js'
import { stripCComments } from '../common/provider-helpers.js'

const TLS_IF = /\bif\s+(?:let\s+)?([^{};]{1,200}?)\s*\{/g
const TLS_WORD = /https|tls|ssl|certificate|\bcert/i
const NEGATED = /!(?!=)|is_none\(\)|==\s*false|\bNone\b/

/** Rust source as the port patterns read it: comments dropped, the then-blocks of TLS conditions blanked. */
export function rustPortSource(raw: string): string {
  const text = stripCComments(raw)
  if (!TLS_WORD.test(text)) return text
  let out = text
  for (const m of text.matchAll(TLS_IF)) {
    const condition = m[1]!
    if (!TLS_WORD.test(condition) || NEGATED.test(condition)) continue
    const open = m.index + m[0].length - 1
    const close = matchClose(text, open, true)
    if (close < 0) continue
    out = out.slice(0, open) + text.slice(open, close + 1).replace(/[^\n]/g, ' ') + out.slice(close + 1)
  }
  return out
}
