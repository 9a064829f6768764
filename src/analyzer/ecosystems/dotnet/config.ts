// Where a .NET app's port and SDK are configured outside its code: the ASP.NET base image's default port,
// launchSettings.json (a development profile) and global.json.
import type { Evidence, Warning } from '../../report.js'
import { keyEvidence } from '../../signals/evidence.js'
import { getPath, getString, isRecord, parseJsoncFile, valueOf } from '../../signals/manifests.js'
import { dirname, joinPath } from '../../tree.js'
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { candidate, pinDirs } from '../common/provider-helpers.js'
import { PORT } from '../../precedence.js'
import { portFromUrls } from './project.js'

/**
 * The port the final stage's Microsoft .NET image listens on when nothing sets ASPNETCORE_URLS:
 * 8080 from .NET 8 on (ASPNETCORE_HTTP_PORTS=8080), 80 before.
 */
export function aspnetImagePort(path: string, text: string): Candidate<number> | null {
  const froms = [...text.matchAll(/^[ \t]*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)]
  const last = froms[froms.length - 1]
  const m =
    last && /mcr\.microsoft\.com\/dotnet\/(?:core\/)?(?:aspnet|runtime|runtime-deps):(\d+)/i.exec(last[1]!)
  if (!m) return null
  const line = text.slice(0, last.index).split('\n').length
  const major = Number(m[1])
  return {
    ...candidate(major >= 8 ? 8080 : 80, PORT.imageDefault, `${m[0]} image default port`, [
      { file: path, line, text: last[0].trim() }
    ]),
    // ASPNETCORE_URLS replaces the image's binding; ASPNETCORE_HTTP_PORTS exists from .NET 8 (the images' own).
    replacedBy: major >= 8 ? ['ASPNETCORE_URLS', 'ASPNETCORE_HTTP_PORTS'] : ['ASPNETCORE_URLS']
  }
}

/**
 * The port ASP.NET Core listens on in a container built from the target framework's images, when nothing
 * configures it: 8080 from .NET 8 (the images set ASPNETCORE_HTTP_PORTS=8080), 80 for .NET Core 2–7.
 */
export function aspnetContainerPort(
  targetFramework: { value: string; evidence: Evidence } | null
): Candidate<number> | null {
  const m = targetFramework ? /^net(?:coreapp)?(\d+)\.\d+/.exec(targetFramework.value) : null
  if (!m || !targetFramework) return null
  const major = Number(m[1])
  return candidate(
    major >= 8 ? 8080 : 80,
    PORT.aspnetContainer,
    `${targetFramework.value} container default (${major >= 8 ? 'ASPNETCORE_HTTP_PORTS=8080' : 'port 80 before .NET 8'})`,
    [targetFramework.evidence]
  )
}

/** The first http applicationUrl of Properties/launchSettings.json: the port developers run the app on. */
export function launchSettingsPort(ctx: AppContext, warnings: Warning[]): Candidate<number> | null {
  const path = ctx.path('Properties/launchSettings.json')
  const value = valueOf(parseJsoncFile(ctx.tree, path), warnings)
  const profiles = getPath(value, 'profiles')
  if (!isRecord(profiles)) return null
  const ordered = Object.values(profiles)
    .filter(isRecord)
    .sort((a, b) => Number(b.commandName === 'Project') - Number(a.commandName === 'Project'))
  for (const p of ordered) {
    // Only a plain-http URL says where the container can listen: an https-only profile needs a dev cert.
    const urls = getString(p, 'applicationUrl')
    const port = urls && /(?:^|[;,]\s*)http:\/\//.test(urls) ? portFromUrls(urls) : null
    // launchSettings is development configuration: stronger than a default, weaker than code or Kestrel.
    if (port !== null)
      return candidate(port, PORT.launchSettings, 'launchSettings.json applicationUrl', [
        keyEvidence(path, ctx.tree.read(path) ?? '', 'applicationUrl')
      ])
  }
  return null
}

export function globalSdk(ctx: AppContext, warnings: Warning[]): Candidate<string> | null {
  for (const dir of pinDirs(ctx)) {
    const path = joinPath(dir, 'global.json')
    const value = valueOf(parseJsoncFile(ctx.tree, path), warnings)
    const v = getString(value, 'sdk', 'version')
    if (v)
      return candidate(v, CONFIDENCE.declared, 'global.json sdk.version', [
        keyEvidence(path, ctx.tree.read(path) ?? '', 'version')
      ])
  }
  return null
}

/** `<Import Project="../Build/Common.csproj" />` (MSBuild property variables and wildcards not followed). */
const IMPORT = /<Import\s+Project\s*=\s*"([^"$*]+)"/g

/**
 * The TargetFramework a project inherits: from a file it imports by a relative path
 * (`<Import Project="../Build/Common.csproj" />`, shared settings of a solution's projects), else from the
 * nearest Directory.Build.props (MSBuild imports the first one found walking up from the project folder),
 * for projects that do not set their own.
 */
export function inheritedTargetFramework(
  ctx: AppContext,
  projectFile?: string
): { value: string; evidence: Evidence } | null {
  const projectText = projectFile ? ctx.tree.read(projectFile) : null
  for (const m of projectText?.matchAll(IMPORT) ?? []) {
    const imported = normalizeRelative(dirname(projectFile!), m[1]!.replace(/\\/g, '/'))
    const text = imported ? ctx.tree.read(imported) : null
    const tf = text ? /<TargetFrameworks?>\s*([^<;\s$]+)/.exec(text) : null
    if (tf) {
      const line = text!.slice(0, tf.index).split('\n').length
      return { value: tf[1]!, evidence: { file: imported!, line, text: tf[0].trim() } }
    }
  }
  let dir = ctx.dir
  for (;;) {
    const path = joinPath(dir, 'Directory.Build.props')
    const text = ctx.tree.read(path)
    if (text !== null) {
      const m = /<TargetFrameworks?>\s*([^<;\s]+)/.exec(text)
      if (!m) return null
      const line = text.slice(0, m.index).split('\n').length
      return { value: m[1]!, evidence: { file: path, line, text: m[0].trim() } }
    }
    if (dir === '.' || dir === '') return null
    const slash = dir.lastIndexOf('/')
    dir = slash < 0 ? '.' : dir.slice(0, slash)
  }
}

/** `a/b` + `../c/d.props` → `a/c/d.props`; null when it leaves the repository. */
function normalizeRelative(from: string, rel: string): string | null {
  const parts = from === '.' || from === '' ? [] : from.split('/')
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(seg)
  }
  return parts.join('/')
}
