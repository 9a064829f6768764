// Health probes kept in a script of the repository rather than in the HEALTHCHECK line itself:
// `HEALTHCHECK CMD ["/opt/app/healthcheck.sh"]` (the script curls `http://127.0.0.1:${PORT}${PATH_PREFIX}/
// api/health/ready`), or an image that installs its probe program without declaring a HEALTHCHECK
// (`COPY docker/rootfs /` brings `/usr/bin/check-health`, which curls `http://127.0.0.1:${NPM_ADMIN_PORT:-81}
// /api/`, for the deployer's compose healthcheck). The URL such a script requests from the container itself
// is the app's probe path.

import type { Evidence } from '../report.js'
import { copiedFrom, PATH_DIRS, type ContextCopy } from './docker-copies.js'
import { dropLaunchers, readRepoScript, type RepoFileReader } from './script-files.js'

/** Lists the repository files under a folder (repository-relative paths). */
type RepoLister = (dir: string) => string[]

/** File names of probe programs: `check-health`, `healthcheck.sh`, `docker-healthcheck`, `health_check.bash`. */
export const PROBE_SCRIPT_NAME = /^(?:docker[-_])?(?:check[-_]?health|health[-_]?check)(?:\.(?:sh|bash))?$/i

/**
 * A request to the container itself (localhost, 127.0.0.1, 0.0.0.0, [::1]) with any port; variables before
 * the path's first slash (`${PATH_PREFIX}`, empty unless a base path is configured) are left out.
 */
const SELF_REQUEST =
  /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(?:\$\{[^}]*\}|\$\w+|\d+))?(?:\$\{[^}]*\}|\$\w+)*(\/[^\s"'`|;)]*)/

/** The path a probe script requests from its own container, with the line as evidence; null for none or `/`. */
export function probeScriptRequest(file: string, text: string): { path: string; evidence: Evidence } | null {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line.startsWith('#') || !/\b(?:curl|wget|fetch|http\.get|nc)\b/.test(line)) continue
    const m = SELF_REQUEST.exec(line)
    if (!m) continue
    const path = m[1]!.replace(/\/{2,}/g, '/')
    if (path === '/') return null
    return { path, evidence: { file, line: i + 1, text: line } }
  }
  return null
}

/** The repository file an image path comes from (its COPY), or the script found by its path's tails. */
function repositoryFile(
  imagePath: string,
  copies: ContextCopy[],
  dockerfileDir: string,
  readFile: RepoFileReader
): { path: string; text: string } | null {
  const candidates = imagePath.startsWith('/')
    ? [imagePath]
    : imagePath.includes('/')
      ? []
      : PATH_DIRS.map(dir => `${dir}/${imagePath}`)
  for (const candidate of candidates)
    for (const source of copiedFrom(candidate, copies))
      for (const path of dockerfileDir === '.' ? [source] : [`${dockerfileDir}/${source}`, source]) {
        const text = readFile(path)
        if (text !== null) return { path, text }
      }
  return imagePath.includes('/') ? readRepoScript(imagePath, dockerfileDir, readFile) : null
}

/**
 * `HEALTHCHECK [options] CMD ["/opt/app/healthcheck.sh"]` (or shell form): the path the script it runs
 * requests from the container, with the HEALTHCHECK line and the script's request line as evidence.
 */
export function healthcheckScriptRequest(
  healthcheckArgs: string,
  copies: ContextCopy[],
  dockerfileDir: string,
  readFile: RepoFileReader
): { path: string; evidence: Evidence } | null {
  const m = /\bCMD\s+([\s\S]*)$/.exec(healthcheckArgs)
  if (!m) return null
  let command = m[1]!.trim()
  if (command.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(command)
      if (!Array.isArray(list) || !list.every(w => typeof w === 'string')) return null
      command = list.join(' ')
    } catch {
      return null
    }
  }
  const program = dropLaunchers(command)[0]
  if (!program || /^(?:curl|wget|nc|node|python\d?|php)$/.test(program)) return null
  const script = repositoryFile(program, copies, dockerfileDir, readFile)
  return script ? probeScriptRequest(script.path, script.text) : null
}

/**
 * Probe programs the image installs without running them in a HEALTHCHECK: files named like one
 * (PROBE_SCRIPT_NAME) inside what the image copies from the build context, whose request goes to the
 * container itself. The first one found, or null.
 */
export function shippedProbeRequest(
  copies: ContextCopy[],
  dockerfileDir: string,
  readFile: RepoFileReader,
  listFiles: RepoLister
): { path: string; evidence: Evidence } | null {
  const bases = dockerfileDir === '.' ? [''] : [`${dockerfileDir}/`, '']
  for (const copy of copies)
    for (const raw of copy.sources) {
      if (/[*?]/.test(raw)) continue
      const source = raw.replace(/^(?:\.?\/)+/, '').replace(/\/+$/, '')
      for (const base of bases) {
        const root = `${base}${source}`.replace(/\/+$/, '')
        const direct = PROBE_SCRIPT_NAME.test(root.slice(root.lastIndexOf('/') + 1)) ? [root] : []
        const inside = root === '' ? [] : listFiles(root).slice(0, 2000)
        const files = [
          ...direct,
          ...inside.filter(f => PROBE_SCRIPT_NAME.test(f.slice(f.lastIndexOf('/') + 1)))
        ]
        for (const file of files) {
          const text = readFile(file)
          const request = text === null ? null : probeScriptRequest(file, text)
          if (request) return request
        }
        if (direct.length > 0 || inside.length > 0) break
      }
    }
  return null
}
