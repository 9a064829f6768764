// A Phoenix app whose mix.exs does not list its dependencies literally: they are computed from another file
// (`deps: deps()` built by a helper from `config/deps.hex` / `deps.git`, a `Mess.deps(...)` call, a list read
// at compile time), so no `{:phoenix, "~> 1.7"}` is there to read (holdout42 bonfire-app). The resolved set
// is still in mix.lock; a Phoenix entry there alone is not enough (a library can lock phoenix for its tests or
// through another dependency), so it counts only when the project's own config configures a Phoenix endpoint
// for the project's OTP app (`config :bonfire, Bonfire.Web.Endpoint, …` in config/config.exs, prod.exs or
// runtime.exs): an app that configures its own endpoint serves it.
import type { DependencySet } from '../common/framework-score.js'
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'
import { ELIXIR_FRAMEWORKS } from './frameworks.js'
import { addDependency } from '../common/provider-helpers.js'
import type { Evidence } from '../../report.js'

const CONFIG_FILES = ['config/config.exs', 'config/prod.exs', 'config/runtime.exs']

/** Hex package names any Elixir framework spec recognises (`phoenix`, `plug_cowboy`, `bandit`). */
const FRAMEWORK_PACKAGES = new Set(ELIXIR_FRAMEWORKS.flatMap(s => s.dependencies))

export interface LockedFramework {
  /** The framework packages mix.lock pins, as runtime dependencies with their mix.lock line. */
  deps: DependencySet
  /** The config line that configures the app's own endpoint. */
  endpoint: Evidence
}

/**
 * The framework dependencies mix.lock pins, when mix.exs declares none literally and the project's config
 * configures an endpoint of its own OTP app (`app`); else null. `read` answers paths relative to the app.
 */
export function lockedFramework(
  app: string | null,
  declared: DependencySet,
  read: (rel: string) => string | null,
  path: (rel: string) => string
): LockedFramework | null {
  if (!app || [...FRAMEWORK_PACKAGES].some(p => declared.has(p))) return null
  const lock = read('mix.lock')
  if (lock === null || !/^[ \t]*"phoenix":\s*\{/m.test(lock)) return null
  const endpoint = ownEndpoint(app, read, path)
  if (!endpoint) return null
  const deps: DependencySet = new Map()
  for (const m of lock.matchAll(/^[ \t]*"(\w+)":\s*\{:(?:hex|git),\s*(?::\w+,\s*)?"([^"]*)"/gm)) {
    if (!FRAMEWORK_PACKAGES.has(m[1]!)) continue
    addDependency(deps, m[1]!, {
      dev: false,
      version: m[2],
      evidence: evidenceAt(path('mix.lock'), lock, m.index! + m[0].indexOf('"'))
    })
  }
  return deps.has('phoenix') ? { deps, endpoint } : null
}

/** `config :<app>, <Module>.Endpoint` in the project's non-test config, with its line. */
function ownEndpoint(
  app: string,
  read: (rel: string) => string | null,
  path: (rel: string) => string
): Evidence | null {
  const name = app.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(String.raw`^[ \t]*config\(?\s*:${name}\s*,\s*[A-Z][\w.]*\.Endpoint\s*,`, 'm')
  for (const file of CONFIG_FILES) {
    const text = read(file)
    if (text === null) continue
    const clean = stripHashComments(text)
    const m = re.exec(clean)
    if (m) return evidenceAt(path(file), clean, m.index + m[0].indexOf('config'))
  }
  return null
}
