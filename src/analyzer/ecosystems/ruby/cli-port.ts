// A Ruby app shipped as a gem runs its own executable (`bin/gollum`, `exe/server`): an OptionParser CLI
// whose options hash holds the listen port's default (`options = { :port => 4567, … }`), which it hands to
// Rack. That default is the port the image serves on when the start command passes none; rackup's 9292
// or the framework's convention would be wrong.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { stripHashComments } from '../../signals/evidence.js'
import { findPorts, type PortPattern } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'

/** `bin/x`, `exe/x`, `bin/x.rb` directly under the app. */
const EXECUTABLE = /^(?:bin|exe)\/[\w.-]+$/
/** Rails' and Bundler's generated binstubs: never a server's own CLI. */
const BINSTUBS =
  /^(?:rails|rake|bundle|setup|dev|spring|rspec|rubocop|yarn|importmap|jobs|thrust|kamal|brakeman)$/

const CLI_PORT_PATTERNS: PortPattern[] = [
  {
    // `:port => 4567`, `port: 4567`, `"port" => 4567` — a key named exactly port (not `db_port:`).
    regex: /(?:^|[\s{(,])(?::port\s*=>|port:|["']port["']\s*=>)\s*(\d{2,5})\b/,
    source: 'CLI option default',
    confidence: PORT.portDefault
  }
]

/** Port defaults of the app's own Ruby CLIs (OptionParser executables under bin/ or exe/). */
export function rubyCliPorts(ctx: AppContext): Candidate<number>[] {
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  const executables = ctx
    .files()
    .map(f => f.path)
    .filter(path => {
      const rel = path.slice(prefix.length)
      if (!path.startsWith(prefix) || !EXECUTABLE.test(rel)) return false
      const name = rel.slice(rel.indexOf('/') + 1).replace(/\.rb$/, '')
      if (BINSTUBS.test(name) || (/\.\w+$/.test(rel) && !rel.endsWith('.rb'))) return false
      const head = ctx.tree.read(path)
      return head !== null && (rel.endsWith('.rb') || /^#!.*\bruby\b/.test(head)) && /OptionParser/.test(head)
    })
  return findPorts(ctx.tree, executables, CLI_PORT_PATTERNS, stripHashComments)
}
