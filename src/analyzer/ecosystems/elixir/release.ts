// Does the project define or build a `mix release`? Only then is `_build/prod/rel/<n>/bin/<n> start` the
// project's own production command; a Phoenix app without one runs as `mix phx.server` (or the start
// alias its mix.exs defines). Signals, first found wins:
// - mix.exs `releases:` (the release name is its first key, `releases: [chat: [...]]`);
// - rel/ release configuration (`rel/env.sh.eex`, `rel/vm.args.eex`, `rel/overlays/…`, Distillery's
//   `rel/config.exs`);
// - `mix release` run by a Dockerfile or a build script of the app (Makefile, justfile, *.sh).
import type { Evidence } from '../../report.js'
import type { TreeFile } from '../../tree.js'
import { evidenceAt, fileEvidence, stripHashComments } from '../../signals/evidence.js'

export interface ReleaseFacts {
  /** The release name mix.exs declares (first key of `releases:`), when it declares one. */
  name: string | null
  evidence: Evidence[]
}

/** The first key of `releases: [name: [...]]` in mix.exs, or '' when `releases:` is written another way. */
export function mixReleases(path: string, text: string): ReleaseFacts | null {
  const clean = stripHashComments(text)
  const m = /\breleases:\s*(?:\[\s*(?:(\w+):|\{\s*:(\w+)\s*,))?/.exec(clean)
  if (!m) return null
  return { name: m[1] ?? m[2] ?? null, evidence: [evidenceAt(path, clean, m.index)] }
}

const REL_CONFIG =
  /^rel\/(?:env\.sh\.eex|env\.bat\.eex|vm\.args\.eex|remote\.vm\.args\.eex|config\.exs|overlays\/)/
const BUILD_SCRIPT =
  /(?:^|\/)(?:[^/]*Dockerfile[^/]*|[^/]*\.dockerfile|Makefile|justfile|Justfile|[^/]+\.sh)$/
const MIX_RELEASE = /^(?![ \t]*#).*\bmix\s+release\b/m

/** Where a release of the app can be defined: the app's folder and, for an umbrella member, the umbrella root. */
export interface ReleaseScope {
  dir: string
  mixPath: string
  mixText: string
  /** Files to look through for rel/ and build scripts (repository-relative). */
  files: readonly TreeFile[]
}

/**
 * Release facts of the app: mix.exs `releases:`, a rel/ configuration, or `mix release` in a Dockerfile or
 * build script (at most three levels below the folder), in each scope in turn (the app, then the umbrella
 * root). null when the project neither defines nor builds one.
 */
export function findRelease(
  scopes: ReleaseScope[],
  read: (path: string) => string | null
): ReleaseFacts | null {
  for (const { dir, mixPath, mixText, files } of scopes) {
    const declared = mixReleases(mixPath, mixText)
    if (declared) return declared
    const prefix = dir === '.' ? '' : `${dir}/`
    const own = files.filter(f => f.path.startsWith(prefix)).map(f => f.path.slice(prefix.length))
    const rel = own.find(p => REL_CONFIG.test(p))
    if (rel) return { name: null, evidence: [fileEvidence(prefix + rel)] }
    for (const p of own) {
      if (!BUILD_SCRIPT.test(p) || p.split('/').length > 3 || /^(?:deps|_build|node_modules)\//.test(p))
        continue
      const text = read(prefix + p)
      const m = text ? MIX_RELEASE.exec(text) : null
      if (m) return { name: null, evidence: [evidenceAt(prefix + p, text!, m.index + m[0].indexOf('mix'))] }
    }
  }
  return null
}

/**
 * A start alias mix.exs defines for production: `start: [...]` / `"start": [...]` / `server: [...]` whose
 * tasks run `phx.server` (or `run --no-halt`). Returns the mix command (`mix start`) with its evidence.
 */
export function startAlias(path: string, text: string): { command: string; evidence: Evidence } | null {
  const clean = stripHashComments(text)
  const re = /(?:^|[\s,[])(?:"(start|server)"|(start|server)):\s*(\[[^\]]*\]|"[^"]*")/gm
  for (const m of clean.matchAll(re)) {
    if (!/phx\.server|run\s+--no-halt/.test(m[3]!)) continue
    const at = m.index + m[0].search(/["\w]/)
    return { command: `mix ${m[1] ?? m[2]}`, evidence: evidenceAt(path, clean, at) }
  }
  return null
}
