// A Node app packaged by its own Nix expression (`stdenv.mkDerivation { nodejs = pkgs.nodejs_24; … }`,
// `buildNpmPackage { nodejs = nodejs_22; … }`): the derivation builds and wraps the app with that Node, the
// runtime it ships on when nothing else pins one. A flake's development shell (`mkShell` with `nodejs_22` for
// a Go or Elixir project's asset tooling) builds nothing and says nothing.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { RUNTIME_VERSION } from '../../precedence.js'

/** Nix files that may hold the app's package, relative to the app folder. */
const NIX_FILES = ['default.nix', 'package.nix', 'flake.nix', 'nix/default.nix', 'nix/package.nix']

/** A derivation that builds a package (not a development shell). */
const BUILDS_PACKAGE = /\b(?:mkDerivation|buildNpmPackage|mkYarnPackage|buildYarnPackage|mkPnpmPackage)\b/

/** `pkgs.nodejs_24`, `nodejs_22`, `nodejs-18_x`, `nodejs-slim_20`. */
const NODE_PACKAGE = /\bnodejs(?:-slim)?[_-](\d{2,})(?:_x)?\b/g

/** The Node major the app's own Nix package builds with, when every such file names the same one. */
export function nixNodeVersion(ctx: AppContext): Candidate<string> | null {
  let found: Candidate<string> | null = null
  for (const name of NIX_FILES) {
    const text = ctx.read(name)
    if (text === null || !BUILDS_PACKAGE.test(text)) continue
    // Comments (`# nodejs_18 was too old`) are no pin.
    const code = text.replace(/#[^\n]*/g, '')
    for (const m of code.matchAll(NODE_PACKAGE)) {
      const major = m[1]!
      if (found && found.value !== major) return null
      if (found) continue
      const line = code.slice(0, m.index).split('\n').length
      found = {
        value: major,
        confidence: RUNTIME_VERSION.nixPackage,
        source: `${ctx.path(name)} builds the app with ${m[0]}`,
        evidence: [{ file: ctx.path(name), line, text: text.split('\n')[line - 1]!.trim() }]
      }
    }
  }
  return found
}
