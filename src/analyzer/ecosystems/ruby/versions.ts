// A Ruby app's runtime version: .ruby-version, the Gemfile's ruby line, .tool-versions, Gemfile.lock.
import { evidenceAt } from '../../signals/evidence.js'
import { toolVersion } from '../../signals/versions.js'
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { candidate, pinDirs, versionFile } from '../common/provider-helpers.js'
import { RUNTIME_VERSION } from '../../precedence.js'

/** Ruby version candidates, strongest first (see RUNTIME_VERSION in precedence.ts). */
export function rubyVersion(ctx: AppContext): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const file = versionFile(
    ctx,
    pinDirs(ctx),
    '.ruby-version',
    line => /^(?:ruby-)?(\d+\.\d+(?:\.\d+)?)/.exec(line)?.[1] ?? null
  )
  if (file) out.push(file)
  const gemfilePath = ctx.path('Gemfile')
  const gemfile = ctx.tree.read(gemfilePath)
  const m = gemfile ? /^[ \t]*ruby\s+["'](?:ruby-)?(\d+\.\d+(?:\.\d+)?)["']/m.exec(gemfile) : null
  if (m)
    out.push(
      candidate(m[1]!, RUNTIME_VERSION.manifestPin, 'Gemfile ruby', [
        evidenceAt(gemfilePath, gemfile!, m.index)
      ])
    )
  // A requirement (`ruby '>= 3.2.0', '< 4.1.0'`, `ruby "~> 3.3"`): a range the app accepts, like engines.node;
  // its lower bound is the version to build with when nothing pins one.
  const range =
    gemfile && !m
      ? /^[ \t]*ruby\s+((?:["'](?:>=|~>|>|=)\s*\d+(?:\.\d+){0,2}["'])(?:\s*,\s*["'][<>=~!]+\s*\d+(?:\.\d+){0,2}["'])*)/m.exec(
          gemfile
        )
      : null
  if (range)
    out.push(
      candidate(range[1]!.replace(/["']/g, ''), RUNTIME_VERSION.engines, 'Gemfile ruby requirement', [
        evidenceAt(gemfilePath, gemfile!, range.index)
      ])
    )
  const tool = toolVersion(ctx.tree, pinDirs(ctx), ['ruby'])
  if (tool) out.push({ ...tool, confidence: RUNTIME_VERSION.toolVersions })
  const lockPath = ctx.path('Gemfile.lock')
  const lock = ctx.tree.read(lockPath)
  const l = lock ? /^RUBY VERSION\s*\n\s*ruby\s+(\d+\.\d+\.\d+)/m.exec(lock) : null
  if (l)
    out.push(
      candidate(l[1]!, CONFIDENCE.source, 'Gemfile.lock RUBY VERSION', [evidenceAt(lockPath, lock!, l.index)])
    )
  return out
}
