// A server package shipped as a CLI: its `bin` (`"cross-seed": "dist/cmd.js"`) is a commander/yargs program
// whose one server subcommand starts it, and no start script says so —
//
//   program
//     .command("daemon")
//     .description("Start the cross-seed daemon")
//     .option("-p, --port <port>", …)
//
// Run bare, the bin prints its usage (or runs a one-off task): the server is `node <bin> daemon`. The bin's
// compiled path (`dist/cmd.js`) is read from its source (`src/cmd.ts`) when the build output is not in the
// repository. Only one subcommand named for serving (`daemon`, `serve`, `server`, `start`, `web`) counts.
import type { Candidate } from '../../candidate.js'
import { evidenceAt } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import { START } from '../../precedence.js'
import type { PackageJson } from './manifest.js'

const SERVE_COMMAND = /\.command\(\s*["'](daemon|serve|server|start|web)(?:\s[^"']*)?["']/g

export function binServeCommand(ctx: AppContext, pkg: PackageJson | null): Candidate<string> | null {
  if (!pkg || pkg.scripts.start !== undefined) return null
  const bin = pkg.json.bin
  const paths =
    typeof bin === 'string'
      ? [bin]
      : bin !== null && typeof bin === 'object'
        ? Object.values(bin).filter((v): v is string => typeof v === 'string')
        : []
  if (paths.length !== 1) return null
  const binPath = paths[0]!.replace(/^\.\//, '')
  if (binPath.includes('..') || !/\.[cm]?js$/.test(binPath)) return null
  const stem = binPath.replace(/^(?:dist|build|lib|out)\//, '').replace(/\.[cm]?js$/, '')
  for (const source of [binPath, ...['ts', 'mts', 'js'].map(ext => `src/${stem}.${ext}`)]) {
    const text = ctx.read(source)
    if (text === null) continue
    const found = [...text.matchAll(SERVE_COMMAND)]
    const names = new Set(found.map(m => m[1]))
    if (names.size !== 1) return null
    return {
      value: `node ${binPath} ${found[0]![1]}`,
      confidence: START.frameworkServer,
      source: `bin ${binPath} with its ${found[0]![1]} subcommand`,
      evidence: [evidenceAt(ctx.path(source), text, found[0]!.index)]
    }
  }
  return null
}
