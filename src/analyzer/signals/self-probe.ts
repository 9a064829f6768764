// An image whose HEALTHCHECK runs the app's own binary with a subcommand (`HEALTHCHECK CMD warpgate
// healthcheck`, `["/app/server", "healthcheck"]`) probes the server from inside: the subcommand's code
// requests a URL on the app's own listen address (`format!("https://{}/@warpgate/api/info", listen)`,
// `http.Get("http://localhost:" + port + "/api/health")`). That URL's path is the health path the image
// relies on. The subcommand's code is the source file named for it (`commands/healthcheck.rs`,
// `cmd/healthcheck.go`); only a URL on the app itself counts (a `{}`/`%s` host, localhost, 127.0.0.1,
// 0.0.0.0), never a remote service's. Read for Rust binaries (rust/provider.ts); the Go and `%s` forms
// are matched so another compiled-binary provider can use it as is.
import type { Candidate } from '../candidate.js'
import { HEALTH } from '../precedence.js'
import { basename, type SourceTree } from '../tree.js'
import { dockerInstructions } from './dockerfile.js'
import { evidenceAt } from './evidence.js'

/** The subcommand a HEALTHCHECK gives the app's binary `binary`, with the instruction's line; null if none. */
export function healthcheckSubcommand(
  dockerfileText: string,
  binary: string
): { subcommand: string; line: number; text: string } | null {
  for (const ins of dockerInstructions(dockerfileText)) {
    if (ins.keyword !== 'HEALTHCHECK') continue
    const cmd = /\bCMD\s+(.*)$/s.exec(ins.args)?.[1]?.trim()
    if (!cmd) continue
    let words: string[]
    if (cmd.startsWith('[')) {
      try {
        words = (JSON.parse(cmd) as unknown[]).map(String)
      } catch {
        continue
      }
    } else words = cmd.split(/\s+/)
    const [program = '', subcommand = ''] = words
    if (basename(program) === binary && /^[a-z][a-z0-9_-]*$/.test(subcommand))
      return { subcommand, line: ins.line, text: ins.text }
  }
  return null
}

/** A URL literal on the server itself: a placeholder, localhost or a wildcard host, then the path. */
const SELF_URL =
  /["'`]https?:\/\/(?:\{[^}"'`]*\}|%s|%v|localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\])(?::(?:\d{2,5}|\{[^}"'`]*\}|%d|%s|%v))?(\/[\w@.~/-]*)["'`]/

/**
 * The health path of a self-probing HEALTHCHECK: the path of the self URL in the source file named for the
 * subcommand (first match in `sources`, which the caller orders app files first). Null when no such file
 * or URL exists.
 */
export function selfProbeHealth(
  tree: SourceTree,
  dockerfile: { path: string; text: string },
  binary: string,
  sources: readonly string[]
): Candidate<string> | null {
  const probe = healthcheckSubcommand(dockerfile.text, binary)
  if (!probe) return null
  const stem = probe.subcommand.replace(/-/g, '_').toLowerCase()
  for (const file of sources) {
    const name = basename(file)
      .replace(/\.\w+$/, '')
      .replace(/-/g, '_')
      .toLowerCase()
    if (name !== stem) continue
    const text = tree.read(file)
    const m = text === null ? null : SELF_URL.exec(text)
    if (!m || m[1] === '/' || text === null) continue
    return {
      value: m[1]!,
      confidence: HEALTH.deployConfig,
      source: `Dockerfile HEALTHCHECK runs \`${binary} ${probe.subcommand}\`, which requests it`,
      evidence: [
        { file: dockerfile.path, line: probe.line, text: probe.text },
        evidenceAt(file, text, m.index)
      ]
    }
  }
  return null
}
