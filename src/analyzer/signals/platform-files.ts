// Other platforms' config files the project already wrote: fly.toml, render.yaml, app.yaml (App Engine),
// railway.json / railway.toml, apprunner.yaml (AWS App Runner). fly.toml may also sit in a deploy folder
// (`fly.io/<app>/fly.toml`, `deploy/fly.toml`): see flyTomlPath.
import type { SourceTree } from '../tree.js'
import { dirname, isInside, joinPath, normalizePath } from '../tree.js'
import type { Warning } from '../report.js'
import type { Candidate } from '../candidate.js'
import { CONFIDENCE } from '../candidate.js'
import { keyEvidence } from './evidence.js'
import { getPath, getString, isRecord, parseJsonFile, parseTomlFile, parseYamlFile } from './manifests.js'
import { parsePort } from './ports.js'
import { DEPLOY_FILE } from '../precedence.js'
import { dockerfileRunsFolder } from './dockerfile-app.js'

export interface PlatformFacts {
  port: Candidate<number>[]
  startCommand: Candidate<string>[]
  buildCommand: Candidate<string>[]
  healthPath: Candidate<string>[]
}

/** Every field a platform file sets ranks as a deployment file (precedence.ts). */
const conf = DEPLOY_FILE

/** Conventional folders a repository keeps its Fly configs in (`fly.io/<app>/fly.toml`, `deploy/fly.toml`). */
const FLY_FOLDERS = ['fly', 'fly.io', 'deploy', '.fly']

/**
 * The fly.toml of the app at `dir`: `<dir>/fly.toml`, else the one config in a conventional deploy folder
 * (one or two levels down) that builds this app — a config deploying a prebuilt `[build] image`, or whose
 * `[build] dockerfile` lies outside the app, builds something else. Several such configs: none (ambiguous).
 */
export function flyTomlPath(tree: SourceTree, dir: string): string | null {
  const own = joinPath(dir, 'fly.toml')
  if (tree.has(own)) return own
  const found: string[] = []
  for (const folder of FLY_FOLDERS) {
    const base = joinPath(dir, folder)
    for (const f of tree.filesUnder(base)) {
      const rest = f.path.slice(base.length + 1).split('/')
      if (rest.length > 2 || rest[rest.length - 1] !== 'fly.toml') continue
      if (buildsThisApp(tree, f.path, dir)) found.push(f.path)
    }
  }
  return found.length === 1 ? found[0]! : null
}

function buildsThisApp(tree: SourceTree, path: string, dir: string): boolean {
  const parsed = parseTomlFile(tree, path)
  if (!parsed?.ok) return false
  const build = getPath(parsed.value, 'build')
  if (!isRecord(build)) return true
  if (getString(build, 'image')) return false
  const dockerfile = getString(build, 'dockerfile')
  if (!dockerfile) return true
  // flyctl resolves a relative dockerfile against the config's folder.
  const resolved = normalizePath(joinPath(dirname(path), dockerfile))
  return isInside(resolved, dir) && tree.has(resolved)
}

export function readFlyToml(tree: SourceTree, dir: string, facts: PlatformFacts, warnings: Warning[]): void {
  const path = flyTomlPath(tree, dir)
  if (!path) return
  const parsed = parseTomlFile(tree, path)
  if (!parsed) return
  if (!parsed.ok) return void warnings.push(parsed.warning)
  const text = tree.read(path) ?? ''
  const doc = parsed.value
  // `[[services]]` is an array of tables; `[[services.ports]]` without it makes `services` one table.
  const listed = getPath(doc, 'services')
  const services = [getPath(doc, 'http_service'), ...(Array.isArray(listed) ? listed : [listed])].filter(
    isRecord
  )
  for (const s of services) {
    const port = parsePort(s.internal_port)
    if (port !== null)
      facts.port.push({
        value: port,
        confidence: conf,
        source: 'fly.toml internal_port',
        evidence: [keyEvidence(path, text, 'internal_port')]
      })
    const checks = [
      ...(Array.isArray(s.checks) ? s.checks : []),
      ...(Array.isArray(s.http_checks) ? s.http_checks : [])
    ]
    for (const c of checks) {
      const p = getString(c, 'path')
      if (p && p !== '/')
        facts.healthPath.push({
          value: p,
          confidence: conf,
          source: 'fly.toml checks.path',
          evidence: [keyEvidence(path, text, 'path')]
        })
    }
  }
  const envPort = parsePort(getPath(doc, 'env', 'PORT'))
  if (envPort !== null)
    facts.port.push({
      value: envPort,
      confidence: conf,
      source: 'fly.toml env.PORT',
      evidence: [keyEvidence(path, text, 'PORT')],
      setsEnv: ['PORT']
    })
}

export function readRenderYaml(
  tree: SourceTree,
  dir: string,
  facts: PlatformFacts,
  warnings: Warning[]
): void {
  for (const name of ['render.yaml', 'render.yml']) {
    const path = name
    const parsed = parseYamlFile(tree, path)
    if (!parsed) continue
    if (!parsed.ok) {
      warnings.push(parsed.warning)
      continue
    }
    const text = tree.read(path) ?? ''
    const services = getPath(parsed.value, 'services')
    if (!Array.isArray(services)) continue
    for (const s of services.filter(isRecord)) {
      const root = (getString(s, 'rootDir') ?? '.').replace(/^\.\/?/, '').replace(/\/$/, '') || '.'
      if (s.type !== undefined && s.type !== 'web') continue
      // A Docker service deploys its Dockerfile: when that image runs this app's folder (`COPY api /app/`
      // into its WORKDIR), the service's health check and PORT are this app's.
      const viaImage = root !== dir && runsAppImage(tree, s, dir)
      if (root !== dir && !viaImage) continue
      const start = viaImage ? undefined : getString(s, 'startCommand')
      if (start)
        facts.startCommand.push({
          value: start,
          confidence: conf,
          source: 'render.yaml startCommand',
          evidence: [keyEvidence(path, text, 'startCommand')]
        })
      const build = viaImage ? undefined : getString(s, 'buildCommand')
      if (build)
        facts.buildCommand.push({
          value: build,
          confidence: conf,
          source: 'render.yaml buildCommand',
          evidence: [keyEvidence(path, text, 'buildCommand')]
        })
      const health = getString(s, 'healthCheckPath')
      if (health && health !== '/')
        facts.healthPath.push({
          value: health,
          confidence: conf,
          source: 'render.yaml healthCheckPath',
          evidence: [keyEvidence(path, text, 'healthCheckPath')]
        })
      const envVars = getPath(s, 'envVars')
      if (Array.isArray(envVars)) {
        const portVar = envVars.find(v => isRecord(v) && v.key === 'PORT')
        const port = parsePort(getPath(portVar, 'value'))
        if (port !== null)
          facts.port.push({
            value: port,
            confidence: conf,
            source: 'render.yaml envVars.PORT',
            evidence: [keyEvidence(path, text, 'PORT')],
            setsEnv: ['PORT']
          })
      }
    }
  }
}

/** A render.yaml Docker service at the repository root whose Dockerfile runs the folder `dir`. */
function runsAppImage(tree: SourceTree, service: Record<string, unknown>, dir: string): boolean {
  const docker = service.env === 'docker' || service.runtime === 'docker'
  if (!docker || getString(service, 'rootDir') !== undefined || dir === '.') return false
  const clean = (p: string): string => normalizePath(p.replace(/^\.\//, '')) || '.'
  const dockerfile = clean(getString(service, 'dockerfilePath') ?? 'Dockerfile')
  const context = clean(getString(service, 'dockerContext') ?? '.')
  return dockerfileRunsFolder(tree, dockerfile, context) === dir
}

export function readAppYaml(tree: SourceTree, dir: string, facts: PlatformFacts, warnings: Warning[]): void {
  const path = joinPath(dir, 'app.yaml')
  const text = tree.read(path)
  // app.yaml is a common name; only treat it as App Engine config when it has a runtime key.
  if (!text || !/^runtime\s*:/m.test(text)) return
  const parsed = parseYamlFile(tree, path)
  if (!parsed) return
  if (!parsed.ok) return void warnings.push(parsed.warning)
  const entry = getString(parsed.value, 'entrypoint')
  if (entry)
    facts.startCommand.push({
      value: entry,
      confidence: conf,
      source: 'app.yaml entrypoint',
      evidence: [keyEvidence(path, text, 'entrypoint')]
    })
}

/** Railway config-as-code: `deploy.startCommand`, `deploy.healthcheckPath`, `build.buildCommand`. */
export function readRailway(tree: SourceTree, dir: string, facts: PlatformFacts, warnings: Warning[]): void {
  for (const name of ['railway.json', 'railway.toml']) {
    const path = joinPath(dir, name)
    const parsed = name.endsWith('.json') ? parseJsonFile(tree, path) : parseTomlFile(tree, path)
    if (!parsed) continue
    if (!parsed.ok) {
      warnings.push(parsed.warning)
      continue
    }
    const text = tree.read(path) ?? ''
    const start = getString(parsed.value, 'deploy', 'startCommand')
    if (start)
      facts.startCommand.push({
        value: start,
        confidence: conf,
        source: `${name} deploy.startCommand`,
        evidence: [keyEvidence(path, text, 'startCommand')]
      })
    const build = getString(parsed.value, 'build', 'buildCommand')
    if (build)
      facts.buildCommand.push({
        value: build,
        confidence: conf,
        source: `${name} build.buildCommand`,
        evidence: [keyEvidence(path, text, 'buildCommand')]
      })
    const health = getString(parsed.value, 'deploy', 'healthcheckPath')
    if (health && health !== '/')
      facts.healthPath.push({
        value: health,
        confidence: conf,
        source: `${name} deploy.healthcheckPath`,
        evidence: [keyEvidence(path, text, 'healthcheckPath')]
      })
    return
  }
}

/**
 * AWS App Runner's `apprunner.yaml`: `run.network.port` and `run.command`. It sits at the root of the source
 * directory; a repository-root file also applies to an app folder its commands name (`dotnet publish Api/Api.csproj`).
 */
export function readAppRunner(
  tree: SourceTree,
  dir: string,
  facts: PlatformFacts,
  warnings: Warning[]
): void {
  for (const base of dir === '.' ? ['.'] : [dir, '.']) {
    for (const name of ['apprunner.yaml', 'apprunner.yml']) {
      const path = joinPath(base, name)
      const text = tree.read(path)
      if (text === null) continue
      if (base !== dir && !text.includes(`${dir}/`)) return
      const parsed = parseYamlFile(tree, path)
      if (!parsed) return
      if (!parsed.ok) return void warnings.push(parsed.warning)
      const port = parsePort(getPath(parsed.value, 'run', 'network', 'port'))
      // App Runner passes run.network.port to the container in PORT, and also in the variable run.network.env
      // names when set ("in addition to (not instead of) … the default environment variable, PORT": App Runner
      // configuration file reference, docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html, Run section).
      const portVariable = getString(parsed.value, 'run', 'network', 'env')
      if (port !== null)
        facts.port.push({
          value: port,
          confidence: conf,
          source: 'apprunner.yaml run.network.port',
          evidence: [keyEvidence(path, text, 'port')],
          setsEnv: portVariable ? ['PORT', portVariable] : ['PORT']
        })
      const command = getString(parsed.value, 'run', 'command')
      // The command runs App Runner's own build output and environment (run.env often carries the port, e.g.
      // ASPNETCORE_URLS), which our image does not reproduce: it is a hint below the provider's own command.
      if (command)
        facts.startCommand.push({
          value: command,
          confidence: CONFIDENCE.convention,
          source: 'apprunner.yaml run.command',
          evidence: [keyEvidence(path, text, 'command')]
        })
      return
    }
  }
}
