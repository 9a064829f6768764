// Elixir provider: Phoenix (and bare Plug) apps, started as a release when the project has one (release.ts).
// Port from config/runtime.exs or config/prod.exs (`System.get_env("PORT") || "4000"`, `http: [port: 8080]`),
// health path from the router, Elixir version from .tool-versions or mix.exs `elixir: "~> 1.15"`.
import type { Evidence } from '../../report.js'
import type { DependencySet } from '../common/framework-score.js'
import { ELIXIR_FRAMEWORKS } from './frameworks.js'
import { evidenceAt, fileEvidence, stripHashComments } from '../../signals/evidence.js'
import { blankMetricsEndpoints } from './metrics-endpoint.js'
import { blankNonProductionBlocks } from './test-env-blocks.js'
import { functionPlugHealth } from './function-plugs.js'
import { findHealthRoutes } from '../../signals/health.js'
import { addCandidate, findPorts, sortCandidates, type PortPattern } from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { toolVersion } from '../../signals/versions.js'
import type { Provider, WorkspaceDeclaration } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { addDependency, candidate, pinDirs, rankFrameworks } from '../common/provider-helpers.js'
import { ELIXIR_BASELINE } from './runtime.js'
import type { Hints } from '../../hints.js'
import { BUILD, PORT, STACK, START } from '../../precedence.js'
import { findRelease, startAlias, type ReleaseScope } from './release.js'
import { releaseEntrypointStart } from './release-entrypoint.js'
import { phoenixScopeAt, phoenixScopeLines } from './phoenix-scopes.js'
import { guardedPlugHealth } from './plug-guards.js'
import { endpointPortFunction } from './endpoint-port-function.js'
import { joinPath, type SourceTree } from '../../tree.js'
import { lockedFramework } from './locked-framework.js'

export interface MixProject {
  app: string | null
  elixir: { value: string; evidence: Evidence } | null
  deps: DependencySet
  umbrella: string | null
  hasAssetsDeploy: boolean
}

/**
 * `elixir: "~> 1.15"`, or through a module attribute as generated projects and larger apps write it:
 * `@elixir_requirement "~> 1.18"` … `elixir: @elixir_requirement` (the attribute's line is the evidence).
 */
function elixirRequirement(clean: string): { value: string; index: number } | null {
  const literal = /\belixir:\s*"([^"]+)"/.exec(clean)
  if (literal) return { value: literal[1]!, index: literal.index }
  const viaAttribute = /\belixir:\s*@(\w+)/.exec(clean)
  if (!viaAttribute) return null
  const attribute = new RegExp(String.raw`^[ \t]*@${viaAttribute[1]}\s+"([^"]+)"`, 'm').exec(clean)
  return attribute ? { value: attribute[1]!, index: attribute.index } : null
}

/** Reads mix.exs with patterns (it is code; we never evaluate it). */
export function parseMixExs(path: string, text: string): MixProject {
  const clean = stripHashComments(text)
  const deps: DependencySet = new Map()
  for (const m of clean.matchAll(/\{\s*:(\w+)\s*,([^}\n]*)/g)) {
    const dev = /only:\s*(?::(?:dev|test)\b|\[\s*:(?:dev|test)\b(?:\s*,\s*:(?:dev|test))*\s*\])/.test(m[2]!)
    addDependency(deps, m[1]!, {
      dev,
      version: /"([^"]+)"/.exec(m[2]!)?.[1],
      evidence: evidenceAt(path, clean, m.index!)
    })
  }
  const app = /\bapp:\s*:(\w+)/.exec(clean)
  const elixir = elixirRequirement(clean)
  const umbrella = /\bapps_path:\s*"([^"]+)"/.exec(clean)
  return {
    app: app ? app[1]! : null,
    elixir: elixir ? { value: elixir.value, evidence: evidenceAt(path, clean, elixir.index) } : null,
    deps,
    umbrella: umbrella ? umbrella[1]! : null,
    hasAssetsDeploy: /["']assets\.deploy["']\s*:/.test(clean)
  }
}

const PORT_PATTERNS: PortPattern[] = [
  {
    regex: /System\.get_env\(\s*"PORT"\s*(?:\)\s*\|\|\s*"|,\s*")(\d{2,5})"/,
    source: 'PORT environment default',
    confidence: CONFIDENCE.declared,
    replacedBy: ['PORT']
  },
  {
    regex: /\bhttp:\s*\[[^\]]*?\bport:\s*(\d{2,5})/,
    source: 'endpoint http port',
    confidence: CONFIDENCE.declared
  },
  {
    regex: /\bport:\s*String\.to_integer\(\s*System\.get_env\(\s*"PORT"\s*(?:\)\s*\|\|\s*"|,\s*")(\d{2,5})"/,
    source: 'PORT environment default',
    confidence: CONFIDENCE.declared,
    replacedBy: ['PORT']
  }
]

// `get "/ping", …` or, in routers formatted with parentheses, `get("/ping", …)`.
const ROUTE_PATTERNS = [
  { regex: /^[ \t]*(?:get|head|forward)(?:\s+|\s*\(\s*)"(?<path>\/[^"]*)"/m, source: 'router' }
]

// A plug that answers a path itself before the router (`def call(%Conn{path_info: ["status"]} = conn, _)`,
// `%Plug.Conn{request_path: "/health"}`): the route is the path it matches.
const PLUG_PATH_PATTERNS = [
  {
    regex: /\bdef\s+call\(\s*%(?:Plug\.)?Conn\{[^}]*?\bpath_info:\s*\[\s*"(?<path>[\w.-]+)"\s*\]/,
    source: 'plug matching path_info'
  },
  {
    regex: /\bdef\s+call\(\s*%(?:Plug\.)?Conn\{[^}]*?\brequest_path:\s*"(?<path>\/[^"]*)"/,
    source: 'plug matching request_path'
  }
]

/**
 * Modules that match a request path in `call/2` and that an endpoint or router plugs in (`plug
 * HexpmWeb.Plugs.Status`): a module nothing plugs serves no route. Plugged modules are found at their
 * conventional file (`HexpmWeb.Plugs.Status` → `lib/hexpm_web/plugs/status.ex`), so no other module is read.
 */
function pluggedConnMatchers(tree: SourceTree, files: string[]): string[] {
  const byPath = new Set(files)
  const plugged = new Set<string>()
  for (const f of files.filter(p => /(?:endpoint|router)\.ex$/.test(p))) {
    const at = f.lastIndexOf('lib/')
    if (at < 0) continue
    const text = tree.read(f) ?? ''
    // `alias NervesHubWeb.Plugs.ImAlive` then `plug(ImAlive)`: the plug named by its alias.
    const aliases = new Map<string, string>()
    for (const m of text.matchAll(/^[ \t]*alias\s+([A-Z][\w.]*\.([A-Z]\w*))\s*$/gm)) aliases.set(m[2]!, m[1]!)
    for (const m of text.matchAll(/^[ \t]*plug\(?\s*([A-Z][\w.]*)/gm)) {
      const [head = '', ...rest] = m[1]!.split('.')
      const module = aliases.has(head) ? [aliases.get(head)!, ...rest].join('.') : m[1]!
      plugged.add(`${f.slice(0, at + 4)}${module.split('.').map(underscore).join('/')}.ex`)
    }
  }
  // The conn is matched as `%Plug.Conn{…}`, `%Conn{…}` or a bare map `%{request_path: path}`.
  return [...plugged].filter(
    p =>
      byPath.has(p) &&
      /\bdef\s+call\(\s*%(?:(?:Plug\.)?Conn)?\{[^}]*\b(?:path_info|request_path):/.test(tree.read(p) ?? '')
  )
}

/** Elixir's module-to-file convention (Macro.underscore): `HexpmWeb` → `hexpm_web`, `HTTPCheck` → `http_check`. */
function underscore(segment: string): string {
  return segment
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
}

interface ElixirData {
  mix: MixProject
}

export const elixirProvider: Provider<ElixirData> = {
  id: 'elixir',
  manifests: ['mix.exs'],

  workspaces(ctx): WorkspaceDeclaration | null {
    const text = ctx.read('mix.exs')
    const mix = text ? parseMixExs(ctx.path('mix.exs'), text) : null
    if (!mix?.umbrella) return null
    const base = ctx.path(mix.umbrella)
    const members = ctx.tree
      .filesUnder(base)
      .filter(f => f.path.slice(base.length + 1).split('/').length === 2 && f.path.endsWith('/mix.exs'))
      .map(f => f.path.slice(0, -'/mix.exs'.length))
    return members.length
      ? { kind: 'mix-umbrella', members, evidence: [fileEvidence(ctx.path('mix.exs'))] }
      : null
  },

  detect(ctx) {
    const text = ctx.read('mix.exs')
    if (text === null) return null
    const declared = parseMixExs(ctx.path('mix.exs'), text)
    // Dependencies computed from another file: the framework mix.lock pins for an app configuring its own
    // endpoint (locked-framework.ts).
    const locked = declared.umbrella
      ? null
      : lockedFramework(
          declared.app,
          declared.deps,
          rel => ctx.read(rel),
          rel => ctx.path(rel)
        )
    const mix = locked ? { ...declared, deps: new Map([...declared.deps, ...locked.deps]) } : declared
    const evidence = [fileEvidence(ctx.path('mix.exs')), ...(locked ? [locked.endpoint] : [])]
    const best = rankFrameworks(ctx, ELIXIR_FRAMEWORKS, mix.deps)[0]
    if (mix.umbrella)
      return { score: 0.45, deployable: false, reason: 'mix umbrella root', evidence, data: { mix } }
    if (best && best.score >= 0.5)
      return {
        score: 0.9 + best.score / 20,
        deployable: true,
        reason: `${best.spec.name} in mix.exs`,
        evidence: [...best.evidence, ...evidence],
        data: { mix }
      }
    return {
      score: 0.4,
      deployable: false,
      reason: 'mix project without a web server (library)',
      evidence,
      data: { mix }
    }
  },

  plan(ctx, detection) {
    const { mix } = detection.data
    const match = rankFrameworks(ctx, ELIXIR_FRAMEWORKS, mix.deps)[0]
    const spec = match && match.score >= 0.3 ? match.spec : null
    const configDirs = [ctx.dir, ctx.workspace?.root].filter((d): d is string => d !== undefined)
    const configFiles = configDirs
      .flatMap(d =>
        ['config/runtime.exs', 'config/prod.exs', 'config/config.exs'].map(f => (d === '.' ? f : `${d}/${f}`))
      )
      .filter(f => ctx.tree.has(f))
    const ports: Candidate<number>[] = []
    // A metrics endpoint's config (`AppWeb.MetricsEndpoint, http: [port: 8376]`) is not the web port, nor is
    // the one a test-only branch sets (`if config_env() == :test do … http: [port: 4001]`).
    const configText = (text: string): string =>
      blankNonProductionBlocks(blankMetricsEndpoints(stripHashComments(text)))
    for (const c of findPorts(ctx.tree, configFiles, PORT_PATTERNS, configText))
      addCandidate(ports, bootConfigPort(c))
    // `http: [port: ConfigParser.server_port(env)]`: the helper's literal fallback, read from lib/.
    const helperPort = endpointHelperPort(ctx.tree, configFiles, configText, ctx.sourceFiles(['.ex'], 300))
    if (helperPort) addCandidate(ports, helperPort)
    addCandidate(
      ports,
      candidate(
        spec?.port ?? 4000,
        CONFIDENCE.convention,
        spec ? `${spec.name} default` : 'Elixir default',
        match?.evidence ?? []
      )
    )

    const app = mix.app ?? ctx.dir.split('/').pop() ?? 'app'
    const mixPath = ctx.path('mix.exs')
    const mixText = ctx.read('mix.exs') ?? ''
    // The release start only when the project defines or builds a release; otherwise its own start
    // (a mix.exs start alias, `mix phx.server`, `mix run --no-halt`) — see release.ts.
    const scopes: ReleaseScope[] = [{ dir: ctx.dir, mixPath, mixText, files: ctx.files() }]
    const root = ctx.workspace?.kind === 'mix-umbrella' ? ctx.workspace.root : null
    if (root !== null && root !== ctx.dir) {
      const rootMix = joinPath(root, 'mix.exs')
      const rootText = ctx.tree.read(rootMix) ?? ''
      // The umbrella's own files, not its members' (they are other apps).
      const members = `${joinPath(root, parseMixExs(rootMix, rootText).umbrella ?? 'apps')}/`
      scopes.push({
        dir: root,
        mixPath: rootMix,
        mixText: rootText,
        files: ctx.tree.filesUnder(root).filter(f => !f.path.startsWith(members))
      })
    }
    const release = findRelease(scopes, p => ctx.tree.read(p))
    const releaseName = release?.name ?? app
    const assets = spec?.assetsDeploy && mix.hasAssetsDeploy ? 'mix assets.deploy && ' : ''
    const build = `${assets}mix ${release ? 'release' : 'compile'}`
    const alias = release ? null : startAlias(mixPath, mixText)
    const start: Candidate<string> = release
      ? candidate(
          `_build/prod/rel/${releaseName}/bin/${releaseName} start`,
          START.frameworkServer,
          `release ${releaseName}`,
          release.evidence
        )
      : alias
        ? candidate(alias.command, START.productionScript, 'mix.exs start alias', [alias.evidence])
        : candidate(
            spec?.id === 'phoenix' ? 'mix phx.server' : 'mix run --no-halt',
            START.frameworkServer,
            `no release defined: ${spec?.id === 'phoenix' ? 'Phoenix server' : 'mix run'}`,
            match?.evidence ?? detection.evidence
          )
    const exFiles = ctx.sourceFiles(['.ex'], 300)
    const sources = exFiles.filter(p => /router\.ex$/.test(p) || p.includes('/router'))
    const plugs = pluggedConnMatchers(ctx.tree, exFiles)
    const health = [
      // Routes under a scope piping through an authentication pipeline answer a probe with 401/302.
      ...findHealthRoutes(ctx.tree, sources, ROUTE_PATTERNS, {
        preprocess: stripHashComments,
        prefixFor: scopePrefix
      }).filter(c => {
        const at = c.evidence[0]
        const text = at && sources.includes(at.file) ? ctx.tree.read(at.file) : null
        return !text || !phoenixScopeLines(stripHashComments(text))[at!.line - 1]?.protected
      }),
      ...findHealthRoutes(ctx.tree, plugs, PLUG_PATH_PATTERNS, {
        preprocess: stripHashComments
      }),
      ...guardedPlugHealth(ctx.tree, plugs),
      ...functionPlugHealth(ctx.tree, exFiles)
    ]

    const runtime: Candidate<string>[] = []
    const tool = toolVersion(ctx.tree, pinDirs(ctx), ['elixir'])
    if (tool) runtime.push(tool)
    if (mix.elixir)
      runtime.push(candidate(mix.elixir.value, CONFIDENCE.source, 'mix.exs elixir', [mix.elixir.evidence]))
    const hints: Hints = {
      release: releaseName,
      env: ['MIX_ENV=prod', ...(spec?.env ?? [])]
    }
    const otp = toolVersion(ctx.tree, pinDirs(ctx), ['erlang'])
    if (otp) hints.erlangVersion = otp.value

    return {
      candidates: {
        language: [candidate('elixir', CONFIDENCE.declared, 'mix.exs', detection.evidence)],
        framework: [
          spec
            ? candidate(spec.id, STACK.frameworkDependency, `${spec.name} in mix.exs`, match!.evidence)
            : candidate(
                'none',
                CONFIDENCE.convention,
                'no Elixir web framework in mix.exs',
                detection.evidence
              )
        ],
        packageManager: [
          candidate(
            'mix',
            CONFIDENCE.declared,
            ctx.has('mix.lock') ? 'mix.lock' : 'mix.exs',
            detection.evidence
          )
        ],
        runtimeVersion: runtime,
        buildCommand: [
          candidate(build, BUILD.releaseBuild, release ? 'mix release' : 'mix compile', detection.evidence)
        ],
        startCommand: [
          ...(release ? [releaseEntrypointStart(ctx, releaseName)].filter(c => c !== null) : []),
          start
        ],
        port: sortCandidates(ports),
        healthPath: health,
        resources: [
          recommendResources({
            runtime: ELIXIR_BASELINE,
            framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
            dependencies: [...mix.deps.keys()]
          })
        ]
      },
      hints,
      warnings: []
    }
  }
}

/** The path of every `scope "/x" … do` block enclosing the route, joined (phoenix-scopes.ts). */
function scopePrefix(_file: string, text: string, index: number): string {
  return phoenixScopeAt(text, index).prefix
}

/** The first config file whose endpoint port is a helper call with a literal fallback. */
function endpointHelperPort(
  tree: SourceTree,
  configFiles: readonly string[],
  configText: (text: string) => string,
  sources: readonly string[]
): Candidate<number> | null {
  for (const file of configFiles) {
    const raw = tree.read(file)
    if (raw === null || !/\bport:\s*[A-Z]/.test(raw)) continue
    const found = endpointPortFunction(tree, file, configText(raw), sources)
    if (found) return bootConfigPort({ ...found, confidence: CONFIDENCE.declared })
  }
  return null
}

/**
 * config/runtime.exs is evaluated when the app boots (a release or `mix phx.server`): its endpoint port is the
 * port bound, above an EXPOSE that says otherwise (sequin: `EXPOSE 4000`, runtime.exs falls back to 7376).
 */
function bootConfigPort(c: Candidate<number>): Candidate<number> {
  return /(?:^|\/)config\/runtime\.exs\b/.test(c.source) ? { ...c, confidence: PORT.runtimeConfig } : c
}
