// node-config (the `config` package) loads `config/default.json` (or .yml/.yaml/.json5) and, under
// NODE_ENV=production, `config/production.*` over it; the app then listens on `config.port` /
// `config.get('server.port')`. The port is in that file, not in the code (holdout34 opencollective-api:
// config/default.json:2 "port": "3060", server/index.ts:40 `expressApp.listen(config.port)`), so the
// framework's default (Express 3000) is wrong. Only a key the listen call reads counts (never `db.port`).
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { PORT } from '../../precedence.js'
import { keyEvidence, stripJsComments } from '../../signals/evidence.js'
import { getPath, parseJsoncFile, parseYamlFile } from '../../signals/manifests.js'

const CONFIG_FILES = ['json', 'json5', 'yml', 'yaml'] as const

/**
 * The config key path a listen call reads through node-config: `listen(config.port)`,
 * `listen(config.get('server.port'))`, `listen(config.server.port, …)`. Null when none does.
 */
const LISTEN_CONFIG_KEY =
  /\.listen\(\s*(?:[\w$]*config\.get\(\s*['"`]([\w.]*\bport)['"`]\s*\)|[\w$]*[cC]onfig\.((?:[\w$]+\.)*port))\s*[,)]/i

/** The node-config file of `env` (`default`, `production`) under the app's `config/` folder, parsed. */
function configFile(ctx: AppContext, env: string): { path: string; value: unknown } | null {
  for (const ext of CONFIG_FILES) {
    const rel = `config/${env}.${ext}`
    if (!ctx.has(rel)) continue
    const path = ctx.path(rel)
    const parsed = ext.startsWith('json') ? parseJsoncFile(ctx.tree, path) : parseYamlFile(ctx.tree, path)
    if (parsed?.ok) return { path, value: parsed.value }
  }
  return null
}

function portValue(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{2,5}$/.test(value)
        ? Number(value)
        : NaN
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : null
}

/**
 * The port node-config gives the key a listen call of `files` reads: production's file first (the image
 * runs with NODE_ENV=production), then default's. Empty without the `config` dependency or such a call.
 */
export function nodeConfigPortCandidates(
  ctx: AppContext,
  runtimeDeps: readonly string[],
  files: readonly string[]
): Candidate<number>[] {
  if (!runtimeDeps.includes('config')) return []
  let key: string | null = null
  let listenFile = ''
  for (const file of files) {
    const raw = ctx.tree.read(file)
    if (!raw?.includes('.listen(')) continue
    const m = LISTEN_CONFIG_KEY.exec(stripJsComments(raw))
    if (m) {
      key = (m[1] ?? m[2])!
      listenFile = file
      break
    }
  }
  if (!key) return []
  const keys = key.split('.')
  for (const env of ['production', 'default']) {
    const file = configFile(ctx, env)
    if (!file) continue
    const port = portValue(getPath(file.value, ...keys))
    if (port === null) continue
    const text = ctx.tree.read(file.path) ?? ''
    const listenText = ctx.tree.read(listenFile) ?? ''
    const line = listenText.split('\n').findIndex(l => l.includes('.listen(') && /config/i.test(l))
    return [
      {
        value: port,
        confidence: PORT.portDefault,
        source: `node-config ${env} file (${key})`,
        evidence: [
          keyEvidence(file.path, text, keys[keys.length - 1]!),
          { file: listenFile, line: line + 1, text: listenText.split('\n')[line]?.trim() ?? '' }
        ]
      }
    ]
  }
  return []
}
