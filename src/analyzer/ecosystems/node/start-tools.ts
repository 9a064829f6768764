// Packages the start command runs that are only devDependencies. A production install (or a prune after
// the build) leaves them out, so `tsx src/index.ts` in an image ends in `tsx: not found`. The generator
// keeps the full install in the runtime stage for such an app (see dockerfile.ts), because these tools
// need their own dev peers at runtime too (ts-node loads `typescript`, tsx loads esbuild's platform binary).
import type { PackageJson } from './manifest.js'

/** Bin names whose package has another name. */
const BIN_PACKAGES: Record<string, string> = {
  'ts-node-esm': 'ts-node',
  'ts-node-transpile-only': 'ts-node',
  tsnd: 'ts-node-dev',
  'babel-node': '@babel/node',
  'swc-node': '@swc-node/register',
  esr: 'esbuild-runner'
}

/** `<pm> start`, `npm run serve`, `yarn serve`: the package.json script a start command runs, or null. */
function scriptOf(command: string): string | null {
  const m = /^(?:npm|yarn|pnpm|bun)(?:\s+run)?\s+([\w:.-]+)\s*$/.exec(command.trim())
  return m ? m[1]! : null
}

/** The package a token may name: a bin, a bare package, or a module specifier (`ts-node/register`, `tsx/esm`). */
function packagesOf(token: string): string[] {
  const bare = token.replace(/^['"]|['"]$/g, '')
  const scoped = /^(@[\w.~-]+\/[\w.~-]+)/.exec(bare)?.[1]
  const plain = /^([\w.~-]+)/.exec(bare)?.[1]
  return [bare, scoped, plain, BIN_PACKAGES[bare]].filter((name): name is string => Boolean(name))
}

/**
 * The devDependency-only packages `startCommand` runs (following one `npm run <script>` into package.json,
 * and scripts that call other scripts), in order of appearance. Empty when everything it runs is a
 * production dependency or not a package at all.
 */
export function startDevTools(pkg: PackageJson | null, startCommand: string | null): string[] {
  if (!pkg || !startCommand) return []
  const found: string[] = []
  const seen = new Set<string>()
  const visit = (command: string, depth: number): void => {
    const script = scriptOf(command)
    if (script !== null) {
      const body = pkg.scripts[script]
      if (body !== undefined && depth < 3 && !seen.has(script)) {
        seen.add(script)
        visit(body, depth + 1)
      }
      return
    }
    for (const segment of command.split(/&&|\|\||;/)) {
      const nested = scriptOf(segment)
      if (nested !== null) {
        visit(segment, depth)
        continue
      }
      for (const token of segment.trim().split(/\s+/)) {
        for (const name of packagesOf(token)) {
          const dep = pkg.deps.get(name)
          if (dep?.dev && !found.includes(name)) found.push(name)
        }
      }
    }
  }
  visit(startCommand, 0)
  return found
}
