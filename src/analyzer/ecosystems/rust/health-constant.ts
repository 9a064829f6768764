// A hand-rolled server (hyper without a router) that answers its health path by comparing the request path
// with a constant named for it:
//
//   const HEALTH_CHECK_PATH: &str = "__dufs__/health";
//   …
//   } else if req_path == HEALTH_CHECK_PATH {
//
// The constant is the health path (a leading `/` added). Only a constant named for health (`HEALTH_PATH`,
// `HEALTH_CHECK_PATH`, `HEALTHZ_ROUTE` …) that the same file compares a value with (`== NAME`, `NAME ==`)
// counts: a constant only used to build a URL the app requests is another server's.
import { evidenceAt } from '../../signals/evidence.js'
import { stripCComments } from '../common/provider-helpers.js'
import { HEALTH } from '../../precedence.js'
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'

const CONSTANT =
  /\bconst\s+(HEALTH(?:Z|_?CHECK)?_(?:PATH|ROUTE|URI|ENDPOINT))\s*:\s*&(?:'static\s+)?str\s*=\s*"\/?([\w./-]*health[\w./-]*)"/g

export function rustHealthConstant(tree: SourceTree, files: readonly string[]): Candidate<string>[] {
  const out: Candidate<string>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !/const\s+HEALTH/.test(raw)) continue
    const text = stripCComments(raw)
    for (const m of text.matchAll(CONSTANT)) {
      const name = m[1]!
      if (!new RegExp(String.raw`==\s*&?${name}\b|\b${name}\s*==`).test(text)) continue
      out.push({
        value: `/${m[2]!}`,
        confidence: HEALTH.route,
        source: `${name} compared with the request path`,
        evidence: [evidenceAt(file, text, m.index)]
      })
      return out
    }
  }
  return out
}
