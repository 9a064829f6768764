// A server that listens on a field of its loaded config (`router.Start(cfg.Server.Public.Address)`,
// `http.ListenAndServe(conf.HTTP.Listen, h)`, `&http.Server{Addr: cfg.API.Addr}`) gets, when the deployment
// configures nothing, the value of that field in the config's defaults: a composite literal nesting the same
// two last selectors —
//
//   Server: Server{
//       Public: ServerSettings{ Address: ":8000" },
//       Admin:  ServerSettings{ Address: ":8001" },
//
// Only listen calls whose selector names no side listener (Admin, Management, Metrics, Debug, Pprof, gRPC,
// TLS …) count: an app that starts a public and an admin server serves its web traffic on the public one.
import type { Candidate } from '../../candidate.js'
import { evidenceAt } from '../../signals/evidence.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { matchClose } from '../../signals/code-spans.js'
import { stripCComments } from '../common/provider-helpers.js'
import { PORT } from '../../precedence.js'
import type { SourceTree } from '../../tree.js'

/** `x.A.B` or longer: a field of a config value, handed to the listen call. */
const SELECTOR = String.raw`[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,6}`
const LISTEN_SELECTOR = new RegExp(
  String.raw`(?:\.(?:Start|StartTLS|Run|RunTLS|Listen|ListenAndServe)|\bListenAndServe(?:TLS)?)\(\s*(${SELECTOR})\s*[,)]|\bAddr\s*:\s*(${SELECTOR})\s*,`,
  'g'
)
/** Selector segments of another listener than the web one. */
const SIDE_LISTENER =
  /^(?:admin|management|manage|metrics?|debug|pprof|internal|grpc|prometheus|monitoring|health|tls|https|ssl|profil\w*|status|ops|private)$/i
/** At most this many files are searched for the defaults. */
const MAX_FILES = 300

export function configSelectorPorts(tree: SourceTree, files: readonly string[]): Candidate<number>[] {
  const texts = new Map<string, string>()
  const text = (file: string): string => {
    let t = texts.get(file)
    if (t === undefined) texts.set(file, (t = stripCComments(tree.read(file) ?? '')))
    return t
  }
  const selectors = new Set<string>()
  for (const file of files.slice(0, MAX_FILES)) {
    const t = text(file)
    if (!/ListenAndServe|\.Start|\.Run|\.Listen|\bAddr\s*:/.test(t)) continue
    for (const m of t.matchAll(LISTEN_SELECTOR)) {
      const segments = (m[1] ?? m[2])!.split('.').slice(1)
      if (segments.some(s => SIDE_LISTENER.test(s))) continue
      selectors.add(segments.slice(-2).join('.'))
    }
  }
  const out: Candidate<number>[] = []
  for (const selector of selectors) {
    const [parent, field] = selector.split('.') as [string, string]
    const opener = new RegExp(String.raw`\b${parent}\s*:\s*&?[\w.]*\s*\{`, 'g')
    const value = new RegExp(String.raw`\b${field}\s*:\s*"[^":\s]*:${NOT_HTTP_PORT}(\d{2,5})"`)
    for (const file of files.slice(0, MAX_FILES)) {
      const t = text(file)
      if (!t.includes(`${parent}:`) && !new RegExp(String.raw`\b${parent}\s*:`).test(t)) continue
      for (const m of t.matchAll(opener)) {
        const open = m.index + m[0].length - 1
        const close = matchClose(t, open, true)
        if (close < 0) continue
        // The field at the literal's own level: nested literals' fields belong to other settings.
        let body = t.slice(open + 1, close)
        for (let prev = ''; prev !== body;)
          [prev, body] = [body, body.replace(/\{[^{}]*\}/g, s => ' '.repeat(s.length))]
        const found = value.exec(body)
        if (!found) continue
        const port = Number(found[1])
        if (port < 80 || port > 65535) continue
        out.push({
          value: port,
          confidence: PORT.weakLiteral,
          source: `config default ${selector}`,
          evidence: [evidenceAt(file, t, open + 1 + found.index)]
        })
        if (out.length >= 3) return out
      }
    }
  }
  return out
}
