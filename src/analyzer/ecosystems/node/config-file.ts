// Ports set in a YAML config file the server loads by default (`port: 3000` in config.yml, Wiki.js style).
// Only a file whose name the source passes to a loader counts: a config.yml no code opens (CI, docs tools)
// says nothing about the server. Without the file itself, its committed sample (config.sample.yml,
// config.example.yml) is what the deployer copies, a notch below.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { PORT } from '../../precedence.js'
import { keyEvidence } from '../../signals/evidence.js'
import { getPath, isRecord, parseYamlFile } from '../../signals/manifests.js'

const NAMES = ['config.yml', 'config.yaml']
const SAMPLES = ['sample', 'example', 'dist', 'default']

/** The port of the app's own YAML config (top-level `port` or `server.port`), when the source loads it. */
export function configFilePort(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  for (const name of NAMES) {
    const [base, ext] = name.split('.') as [string, string]
    const files = [name, ...SAMPLES.map(s => `${base}.${s}.${ext}`)].filter(f => ctx.has(f))
    if (files.length === 0) continue
    const quoted = new RegExp(`['"\`/]${base}\\.${ext}['"\`]`)
    if (!sources.some(f => quoted.test(ctx.tree.read(f) ?? ''))) continue
    for (const file of files) {
      const path = ctx.path(file)
      const parsed = parseYamlFile(ctx.tree, path)
      if (!parsed?.ok || !isRecord(parsed.value)) continue
      const port = [parsed.value.port, getPath(parsed.value, 'server', 'port')].find(
        v => typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 65536
      ) as number | undefined
      if (port === undefined) continue
      return [
        {
          value: port,
          confidence: file === name ? PORT.deployConfig : PORT.deployFile,
          source: `${file} port (loaded by the server)`,
          evidence: [keyEvidence(path, ctx.tree.read(path) ?? '', 'port')]
        }
      ]
    }
  }
  return []
}
