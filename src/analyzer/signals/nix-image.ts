// A root flake that builds a container image of its own default package (`dockerTools.buildLayeredImage {
// contents = [ self.packages.${system}.default ]; config.Cmd = [ "…/bin/start-bundle" ]; }`) where that
// package is the root's Nix expression (`default = pkgs.callPackage ./default.nix { }`): the repository's
// deployment recipe builds the root app, as a root Dockerfile would. Other apps deeper in the tree (an admin
// service in `extra/` with a flake of its own) are not what this image ships.
import type { SourceTree } from '../tree.js'

/** `dockerTools.buildImage`, `buildLayeredImage`, `streamLayeredImage`. */
const IMAGE = /\bdockerTools\.(?:buildImage|buildLayeredImage|streamLayeredImage)\b/g
/** `default = … callPackage ./default.nix …` or `… import ./package.nix …` on one line. */
const DEFAULT_PACKAGE =
  /^\s*default\s*=[^\n;]*?(?:callPackage|import)\s*\(?\s*(?:import\s*)?\.\/(default|package)\.nix\b/m
/** A reference to the flake's own default package inside the image expression. */
const OWN_DEFAULT = /\bself\.(?:outputs\.)?packages\.\$\{[^}]+\}\.default\b/

/** The line of the image expression when the root flake ships its own root package as an image; else null. */
export function rootNixImage(tree: SourceTree): { file: string; line: number; text: string } | null {
  const text = tree.read('flake.nix')
  if (text === null) return null
  const code = text.replace(/#[^\n]*/g, '')
  const pkg = DEFAULT_PACKAGE.exec(code)
  if (!pkg || !tree.has(`${pkg[1]}.nix`)) return null
  for (const m of code.matchAll(IMAGE)) {
    // The image expression: up to the next image (or 2000 characters), enough for its contents and config.
    const rest = code.slice(m.index + m[0].length, m.index + 2000)
    const next = rest.search(/\bdockerTools\.(?:buildImage|buildLayeredImage|streamLayeredImage)\b/)
    if (!OWN_DEFAULT.test(next >= 0 ? rest.slice(0, next) : rest)) continue
    const line = code.slice(0, m.index).split('\n').length
    return { file: 'flake.nix', line, text: text.split('\n')[line - 1]!.trim() }
  }
  return null
}
