// The config file a start command passes (`python3 -m maubot -c /data/config.yaml`, `app serve
// /etc/app/config.yaml`) is where the server reads its port. The path is the image's; the repository file
// behind it is the one the image's entrypoint script copies there (`cp example-config.yaml
// /data/config.yaml`) or the Dockerfile COPYs there. Its top level or web-server section (`server.port:
// 29316`) is read as config-file.ts reads a config the source loads. A file the image does not get from
// the repository (a volume mounted at run time) says nothing.
import type { Candidate } from '../candidate.js'
import { PORT } from '../precedence.js'
import type { ContextCopy } from './docker-copies.js'
import { listenPort, sectionKeyEvidence } from './config-file.js'
import { isRecord, parseYamlBounded } from './manifests.js'
import { parse as parseToml } from 'smol-toml'
import { CONFIG_FILE_PORT } from './ports.js'

const CONFIG_FILE = /^\/[\w.\-/]+\.(?:ya?ml|toml)$/
const CONFIG_FLAGS = new Set(['-c', '--config', '--config-file', '-config', '--conf', '-f'])
const MAX_CONFIG_BYTES = 256 * 1024
/** `RUN cp maubot/example-config.yaml .` (or `&& cp x y`): a build step copying a repository file in the image. */
const RUN_COPY = /(?:^RUN\s+|&&\s*|;\s*)cp\s+(?:-\w+\s+)*([\w.\-/]+\.(?:ya?ml|toml))\s+\S+/gim

/** The absolute config path the command passes: a config flag's value, else a positional `.yaml`/`.toml` path. */
export function configArgument(command: string): string | null {
  const words = command.split(/\s+/).map(w => w.replace(/^["']|["']$/g, ''))
  for (let i = 0; i < words.length; i++) {
    const eq = /^(--?[\w-]+)=(.+)$/.exec(words[i]!)
    if (eq && CONFIG_FLAGS.has(eq[1]!) && CONFIG_FILE.test(eq[2]!)) return eq[2]!
    if (CONFIG_FLAGS.has(words[i]!) && CONFIG_FILE.test(words[i + 1] ?? '')) return words[i + 1]!
  }
  return words.slice(1).find(w => CONFIG_FILE.test(w)) ?? null
}

/** Repository paths the image's `target` comes from: a `cp <src> <target>` of the script, a COPY to it. */
function sourcesOf(
  target: string,
  script: { path: string; text: string } | null,
  copies: ContextCopy[],
  dockerfileText: string
): string[] {
  const out: string[] = []
  if (script) {
    const dir = script.path.includes('/') ? script.path.slice(0, script.path.lastIndexOf('/')) : '.'
    const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const cp = new RegExp(
      `^[ \\t]*(?:cp|install)\\s+(?:-\\w+\\s+)*["']?([\\w.\\-/]+)["']?\\s+["']?${escaped}["']?\\s*$`,
      'm'
    )
    const m = cp.exec(script.text)
    if (m && !m[1]!.startsWith('/')) {
      out.push(dir === '.' ? m[1]! : `${dir}/${m[1]}`, m[1]!)
      // `RUN cp maubot/example-config.yaml .` put the file the script copies beside the app in the image.
      const name = m[1]!.split('/').pop()!
      for (const run of dockerfileText.matchAll(RUN_COPY))
        if (run[1]!.split('/').pop() === name && !run[1]!.startsWith('/')) out.push(run[1]!)
    }
  }
  for (const copy of copies) {
    for (const source of copy.sources) {
      const name = source.split('/').pop() ?? ''
      if (copy.dest === target || `${copy.dest.replace(/\/*$/, '/')}${name}` === target)
        out.push(source.replace(/^\.\//, ''))
    }
  }
  return out
}

/** The port of the config file the start command passes, read from the repository file the image gets. */
export function startConfigPort(
  command: string,
  script: { path: string; text: string } | null,
  copies: ContextCopy[],
  dockerfile: { dir: string; text: string },
  readFile: (path: string) => string | null
): Candidate<number> | null {
  const dockerfileDir = dockerfile.dir
  const target = configArgument(command)
  if (!target) return null
  for (const source of sourcesOf(target, script, copies, dockerfile.text)) {
    for (const path of dockerfileDir === '.' ? [source] : [`${dockerfileDir}/${source}`, source]) {
      const text = readFile(path)
      if (text === null || text.length > MAX_CONFIG_BYTES) continue
      let config: unknown
      try {
        config = /\.toml$/.test(path) ? parseToml(text) : parseYamlBounded(text)
      } catch {
        continue
      }
      if (!isRecord(config)) continue
      const found = listenPort(config)
      if (!found) continue
      return {
        value: found.port,
        confidence: PORT.deployFile,
        source: `${path} ${found.section ? `${found.section}.` : ''}${found.key} (the config ${target} the start command passes)`,
        evidence: [sectionKeyEvidence(path, text, found.section, found.key)],
        setsEnv: [CONFIG_FILE_PORT]
      }
    }
  }
  return null
}
