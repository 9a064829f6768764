// Go provider: go.mod modules (and go.work workspaces) with net/http, gin, echo, fiber, chi … The main
// package that starts a server is the app; its listen address gives the port and its routes the health path.
import type { Evidence, Warning } from '../../report.js'
import { GO_DEFAULT_PORT, GO_FRAMEWORKS } from './frameworks.js'
import { evidenceAt, fileEvidence } from '../../signals/evidence.js'
import { livenessWrapperHealth } from './liveness-wrapper.js'
import { findHealthRoutes } from '../../signals/health.js'
import { healthCandidatesFrom, mergeComposedHealth } from '../../signals/routes.js'
import { goComposedRoutes } from './routes.js'
import { goPublicInfo } from './public-info.js'
import { dropAuthWrappedRoutes } from '../../signals/auth-wrapped-mux.js'
import { requiredServeCommand } from './cobra-root.js'
import { replacedModuleFiles } from './replaced-modules.js'
import { addCandidate, findPorts, sortCandidates } from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { toolVersion } from '../../signals/versions.js'
import { dirname, joinPath } from '../../tree.js'
import type { AppContext, Detection, Provider, ProviderPlan, WorkspaceDeclaration } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import {
  candidate,
  escapeRegex,
  pinDirs,
  rankFrameworks,
  stripCComments
} from '../common/provider-helpers.js'
import { GO_BASELINE } from './runtime.js'
import type { Hints } from '../../hints.js'
import { BUILD, DEMOTION, HEALTH, PORT, RUNTIME_VERSION, STACK, START } from '../../precedence.js'
import { releaseImageFacts } from '../../signals/go-release-image.js'
import { parseGoMod, parseGoWork, type GoMod } from './modules.js'
import { GO_PORT_PATTERNS, withoutPortTables, goPortSource } from './ports.js'
import { configSelectorPorts } from './config-selector-port.js'
import { configFilePort } from '../../signals/config-file.js'
import { argumentPathLast } from './arg-branches.js'
import { imagedMains, releasedMains } from './goreleaser.js'
import { pocketBaseHealth } from './pocketbase.js'
import { dockerBuiltMains, imageProgramMains } from './docker-built-main.js'
import { nestedModuleFiles } from './module-files.js'
import { goMainDockerfile } from '../../signals/go-main-dockerfiles.js'
import { createAppContext } from '../../context.js'

interface MainPackage {
  /** App-relative directory ('' = app root). */
  dir: string
  files: string[]
  listens: boolean
  evidence: Evidence
}

interface GoData {
  mod: GoMod | null
  main: MainPackage | null
  mains: MainPackage[]
  sources: string[]
  warnings: Warning[]
  /** The enclosing module's context, for a main-package folder built by a Dockerfile kept elsewhere. */
  moduleCtx?: AppContext
}

const LISTEN =
  /\b(?:ListenAndServe(?:TLS)?|\.Run(?:TLS)?|\.Listen(?:TLS)?|\.Start(?:TLS)?|\.Serve|net\.Listen|StartServer|ListenAndServe)\s*\(/
const PREFERRED_MAIN = [
  'cmd/server',
  'cmd/api',
  'cmd/web',
  'cmd/app',
  'cmd/http',
  'cmd/service',
  'server',
  'api',
  'app',
  ''
]

function goSources(ctx: AppContext): string[] {
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  const sources = ctx
    .sourceFiles(['.go'], MAX_GO_SOURCES)
    .filter(
      p =>
        !p.endsWith('_test.go') &&
        !/(^|\/)(vendor|testdata|examples?|tools|scripts|mocks?)\//.test(p.slice(prefix.length))
    )
  // The package GoReleaser ships is the app, even in a folder that usually holds demos (`examples/base`).
  const seen = new Set(sources)
  for (const dir of releasedMains(ctx))
    for (const f of ctx.tree.filesUnder(ctx.path(dir)))
      if (
        f.path.endsWith('.go') &&
        !f.path.endsWith('_test.go') &&
        dirname(f.path) === ctx.path(dir) &&
        !seen.has(f.path)
      )
        sources.push(f.path)
  // Packages under a folder that is an app of its own only for its Dockerfile still belong to the module.
  sources.push(...nestedModuleFiles(ctx, new Set(sources), MAX_GO_SOURCES - sources.length))
  return sources
}

const MAX_GO_SOURCES = 1000

function findMains(ctx: AppContext, sources: string[]): MainPackage[] {
  const byDir = new Map<string, MainPackage>()
  for (const path of sources) {
    const text = ctx.tree.read(path)
    // `main` first: the line-start pattern was tried on every line of every `.go` file.
    if (text === null || !text.includes('main') || !/^package\s+main\b/m.test(text)) continue
    const rel = ctx.dir === '.' ? path : path.slice(ctx.dir.length + 1)
    const dir = rel.includes('/') ? dirname(rel) : ''
    let pkg = byDir.get(dir)
    if (!pkg)
      byDir.set(dir, (pkg = { dir, files: [], listens: false, evidence: fileEvidence(path, 'package main') }))
    pkg.files.push(path)
    const clean = stripCComments(text)
    const listen = LISTEN.exec(clean)
    if (listen && !pkg.listens) {
      pkg.listens = true
      pkg.evidence = evidenceAt(path, clean, listen.index)
    } else if (/^func\s+main\s*\(/m.test(clean) && !pkg.listens) {
      pkg.evidence = evidenceAt(path, clean, /^func\s+main\s*\(/m.exec(clean)!.index)
    }
  }
  const released = releasedMains(ctx)
  const imaged = imagedMains(ctx)
  const dockerBuilt = dockerBuiltMains(ctx)
  // Of several mains, the one named after the program the image runs (`ENTRYPOINT ["/usr/bin/zot"]` →
  // `cmd/zot`) when the Dockerfile builds it some other way (`make binary`); among several mains the
  // Dockerfile compiles, the one the image runs.
  const imageNamed = byDir.size > 1 ? imageProgramMains(ctx, [...byDir.keys()]) : []
  const rank = (m: MainPackage): number => {
    // The main the app's own Dockerfile compiles is the binary its image runs.
    if (dockerBuilt.includes(m.dir)) return (imageNamed.includes(m.dir) ? -8 : -6) + (m.listens ? 0 : 1)
    if (imageNamed.includes(m.dir)) return m.listens ? -4.6 : -4.5
    // The main GoReleaser puts in an image is the server it ships (beside a released Lambda or CLI).
    if (imaged.includes(m.dir)) return m.listens ? -4 : -3
    // A main GoReleaser builds outranks the others (a code generator under internal/, a demo).
    if (released.includes(m.dir)) return m.listens ? -2 : -1
    const i = PREFERRED_MAIN.indexOf(m.dir)
    return (m.listens ? 0 : 100) + (i < 0 ? PREFERRED_MAIN.length + m.dir.split('/').length : i)
  }
  return [...byDir.values()].sort((a, b) => rank(a) - rank(b))
}

// Stricter than LISTEN: outside a main package `.Run(` or `.Start(` are too common to mean a server.
const SERVES_HTTP =
  /\bListenAndServe(?:TLS)?\s*\(|\bhttp\.Serve(?:TLS)?\s*\(|\.Serve\(\s*(?:\w+\.)*\w*(?:[lL]istener|ln)\s*\)|&?\bhttp\.Server\s*\{/

const SERVE_COMMAND = /\b(?:Use|Name)\s*:\s*"(serve|server|web|start)\b[^"]*"/
/** A call that starts serving in a command's file: net/http's, or the app's own `apis.Serve(app, …)`. */
const STARTS_SERVER =
  /\bListenAndServe(?:TLS)?\s*\(|\bhttp\.Serve\s*\(|\b\w+\.Serve\s*\(|\.Start\s*\(\s*(?:"|addr|\w*[aA]ddr)/

/**
 * The subcommand that starts the server, when the main package calls no listener of its own (it hands over
 * to a command framework) and one command file of the module declares a `serve`/`server`/`web`/`start`
 * command and starts serving there (cmd/serve.go: `Use: "serve"`, `apis.Serve(app, …)`).
 */
function serveSubcommand(
  ctx: AppContext,
  sources: string[],
  main: MainPackage
): { name: string; evidence: Evidence } | null {
  const mainFiles = new Set(main.files)
  for (const f of main.files) if (SERVES_HTTP.test(stripCComments(ctx.tree.read(f) ?? ''))) return null
  const found: { name: string; evidence: Evidence }[] = []
  for (const path of sources.slice(0, 400)) {
    if (mainFiles.has(path)) continue
    const text = ctx.tree.read(path)
    // The words first: the pattern was tried at every word boundary of every source file.
    if (text === null || !(text.includes('Use') || text.includes('Name')) || !/\b(?:Use|Name)\s*:/.test(text))
      continue
    const clean = stripCComments(text)
    const m = SERVE_COMMAND.exec(clean)
    if (m && STARTS_SERVER.test(clean))
      found.push({ name: m[1]!, evidence: evidenceAt(path, clean, m.index) })
  }
  if (found.length > 0) return found.length === 1 ? found[0]! : null
  // The commands declared in the main package itself: a serve-like one added to a root that runs nothing.
  for (const f of main.files) {
    const clean = stripCComments(ctx.tree.read(f) ?? '')
    const required = requiredServeCommand(clean)
    if (required) return { name: required.name, evidence: evidenceAt(f, clean, required.index) }
  }
  return null
}

/**
 * A web framework's own start call (`e.Start(addr)`, `e.StartServer(s)`, `r.Run(":8080")`, `app.Listen(…)`),
 * read only in a file that imports one of the Go web frameworks: there `.Start(`/`.Run(` start that
 * framework's server. Not after `)` (`exec.Command(…).Run()` runs a process).
 */
const FRAMEWORK_START = /(?<![)\]])\.(?:Start(?:TLS|Server|AutoTLS)?|Run(?:TLS)?|Listen(?:TLS)?)\s*\(/
/**
 * A framework's import path quoted whole (`"github.com/gin-gonic/gin"`) or as a subpackage's prefix
 * (`"github.com/labstack/echo/v4/middleware"`). One pattern over the text: two searches per path (28) over
 * each of up to 400 files took 20–30 ms of kratos' analysis (issue 16 item 12).
 */
const FRAMEWORK_IMPORT = new RegExp(
  `"(?:${GO_FRAMEWORKS.flatMap(f => f.dependencies)
    .map(escapeRegex)
    .join('|')})["/]`
)

function importsWebFramework(text: string): boolean {
  return FRAMEWORK_IMPORT.test(text)
}

/** Where a non-main package of the module starts an HTTP server, if one does. */
function serverOutsideMain(ctx: AppContext, sources: string[], mains: MainPackage[]): Evidence | null {
  const mainFiles = new Set(mains.flatMap(m => m.files))
  let frameworkStart: Evidence | null = null
  for (const path of sources.slice(0, 400)) {
    if (mainFiles.has(path)) continue
    const text = ctx.tree.read(path)
    if (text === null) continue
    const clean = stripCComments(text)
    const m = SERVES_HTTP.exec(clean)
    if (m) return evidenceAt(path, clean, m.index)
    // `internal/web/server.go`: `e := echo.New()` … `s.echo.Start(addr)`, called from a CLI command.
    if (frameworkStart === null && importsWebFramework(clean)) {
      const start = FRAMEWORK_START.exec(clean)
      if (start) frameworkStart = evidenceAt(path, clean, start.index)
    }
  }
  return frameworkStart
}

const ROUTE_PATTERNS = [
  { regex: /\bHandle(?:Func)?\(\s*"(?:(?:GET|HEAD)\s+)?(?<path>\/[^"]*)"/, source: 'Handle/HandleFunc' },
  { regex: /\.(?:GET|Get|HEAD|Head|Any|Handle|Route)\(\s*"(?<path>\/[^"]*)"/, source: 'router GET' },
  { regex: /\.Match\(\s*\[\]string\{[^}]*\}\s*,\s*"(?<path>\/[^"]*)"/, source: 'router Match' },
  {
    // chi's Heartbeat answers before every later middleware (auth, sessions) and touches nothing: the
    // app's own liveness probe, preferred over routes that merely carry a health-like name.
    regex: /\bHeartbeat\(\s*"(?<path>\/[^"]*)"/,
    source: 'middleware.Heartbeat (unauthenticated, answers before other middleware)',
    confidence: HEALTH.mappedEndpoint
  }
]

export const goProvider: Provider<GoData> = {
  id: 'go',
  manifests: ['go.mod', 'go.work'],

  workspaces(ctx): WorkspaceDeclaration | null {
    const text = ctx.read('go.work')
    if (text === null) return null
    const members = parseGoWork(text)
      .map(m => ctx.path(m))
      .filter(m => m !== ctx.dir)
    return members.length ? { kind: 'go.work', members, evidence: [fileEvidence(ctx.path('go.work'))] } : null
  },

  detect(ctx) {
    // A main-package folder without its own go.mod, built by a Dockerfile kept elsewhere
    // (`zarf/docker/dockerfile.sales`): the enclosing module, with that folder's main package as the app.
    if (!ctx.has('go.mod') && !ctx.has('go.work') && goMainDockerfile(ctx.tree, ctx.dir) !== null) {
      const root = enclosingModule(ctx)
      if (root === null) return null
      const moduleCtx = createAppContext(ctx.tree, root, [], ctx.workspace)
      const detection = detectGo(moduleCtx, root === '.' ? ctx.dir : ctx.dir.slice(root.length + 1))
      if (!detection || detection.data.main === null) return null
      return { ...detection, data: { ...detection.data, moduleCtx } }
    }
    return detectGo(ctx, null)
  },

  plan(ctx, detection) {
    return planGo(detection.data.moduleCtx ?? ctx, detection)
  }
}

/** The nearest folder above the app's that holds a go.mod, or null. */
function enclosingModule(ctx: AppContext): string | null {
  let at = ctx.dir
  while (at !== '.') {
    at = dirname(at)
    if (ctx.tree.has(joinPath(at, 'go.mod'))) return at
  }
  return null
}

/** Detection of a module; `forcedMain` (a folder relative to it) names the main package that is the app. */
function detectGo(ctx: AppContext, forcedMain: string | null): Detection<GoData> | null {
  {
    const modText = ctx.read('go.mod')
    if (modText === null && !ctx.has('go.work')) return null
    const mod = modText !== null ? parseGoMod(ctx.path('go.mod'), modText) : null
    const warnings: Warning[] = []
    if (modText !== null && !mod?.module) {
      warnings.push({
        code: 'INVALID_MANIFEST',
        message: `${ctx.path('go.mod')}: no module directive; fix the file (go mod init)`,
        file: ctx.path('go.mod'),
        line: 1
      })
    }
    const sources = mod ? goSources(ctx) : []
    const found = findMains(ctx, sources)
    const mains =
      forcedMain === null
        ? found
        : [...found.filter(m => m.dir === forcedMain), ...found.filter(m => m.dir !== forcedMain)]
    if (forcedMain !== null && mains[0]?.dir !== forcedMain) return null
    const main = mains[0] ?? null
    // A main that only dispatches (cobra `cmd.Execute()`, `cli.Parse()`) starts the server from another
    // package of the module: the module still serves HTTP, so the main is the server's entry.
    // So does the main GoReleaser ships even when another main (a code generator's `.Run()`) looks like
    // a listener: the released binary is the app (findMains ranks it first).
    // So does the main named after the program the image runs, beside a sibling that looks like one.
    if (
      main &&
      !main.listens &&
      (!mains.some(m => m.listens) ||
        releasedMains(ctx).includes(main.dir) ||
        (mains.length > 1 && imageProgramMains(ctx, [main.dir]).length > 0))
    ) {
      const server = serverOutsideMain(ctx, sources, mains)
      if (server) {
        main.listens = true
        main.evidence = server
      }
    }
    const data: GoData = { mod, main, mains, sources, warnings }
    if (!mod)
      return {
        score: 0.4,
        deployable: false,
        reason: 'go.work workspace root',
        evidence: [fileEvidence(ctx.path('go.work'))],
        data
      }
    const evidence = [fileEvidence(ctx.path('go.mod'))]
    if (!main)
      return {
        score: 0.4,
        deployable: false,
        reason: 'Go module without a main package (library)',
        evidence,
        data
      }
    if (!main.listens)
      return {
        score: 0.6,
        deployable: true,
        reason: 'Go main package without a server (worker or CLI)',
        evidence: [main.evidence, ...evidence],
        data
      }
    return {
      score: 0.92,
      deployable: true,
      reason: 'Go main package starts a server',
      evidence: [main.evidence, ...evidence],
      data
    }
  }
}

function planGo(ctx: AppContext, detection: Detection<GoData>): ProviderPlan {
  {
    const { mod, main, sources } = detection.data
    const warnings = [...detection.data.warnings]
    const deps = mod?.deps ?? new Map()
    const mainFiles = main?.files ?? []
    // Other main packages are other binaries (a Lambda, a CLI): their listen addresses and routes are theirs.
    const otherMains = new Set(detection.data.mains.filter(m => m !== main).flatMap(m => m.files))
    const otherFiles = sources.filter(s => !mainFiles.includes(s) && !otherMains.has(s))
    const matches = rankFrameworks(ctx, GO_FRAMEWORKS, deps)
    // A framework counts when the main package (or code near it) imports it, not just go.mod.
    const imported = matches.find(m =>
      m.spec.dependencies.some(dep =>
        sources.slice(0, 300).some(s => (ctx.tree.read(s) ?? '').includes(`"${dep}`))
      )
    )
    const fw = imported ?? matches.find(m => !deps.get(m.spec.dependencies[0]!)?.dev) ?? null
    const framework: Candidate<string>[] = fw
      ? [candidate(fw.spec.id, STACK.ecosystemMarker, `${fw.spec.name} in go.mod`, fw.evidence)]
      : [
          candidate(
            'none',
            CONFIDENCE.source,
            'net/http (no Go web framework in go.mod)',
            main ? [main.evidence] : []
          )
        ]

    const ports: Candidate<number>[] = []
    const codePorts = (files: string[]): Candidate<number>[] =>
      argumentPathLast(ctx.tree, findPorts(ctx.tree, files, GO_PORT_PATTERNS, goPortSource), goPortSource)
    for (const c of codePorts(mainFiles)) addCandidate(ports, c)
    for (const c of withoutPortTables(codePorts(otherFiles.slice(0, 300))))
      addCandidate(ports, { ...c, confidence: c.confidence - DEMOTION.indirect })
    // `toml.DecodeFile("config.toml", &cfg)`: the listen address in the config file the server loads.
    for (const c of configFilePort(ctx, sources.slice(0, 300))) addCandidate(ports, c)
    // `router.Start(cfg.Server.Public.Address)` → the defaults' `Public: ServerSettings{Address: ":8000"}`.
    for (const c of configSelectorPorts(ctx.tree, sources)) addCandidate(ports, c)
    // No Dockerfile builds the app, but its release images package the module's binary (`.docker/Dockerfile-
    // alpine`: COPY hydra, `hydra serve all`, EXPOSE 4444 4445): their command and ports are the image's.
    const release = ctx.signals.dockerfile ? null : releaseImageFacts(ctx.tree, ctx.dir)
    for (const p of release?.port ?? [])
      addCandidate(ports, { ...p, confidence: PORT.imageDefault, source: `${p.source} (release image)` })
    // gin's Run() with no address listens on $PORT or 8080.
    const defaultPort = fw?.spec.port ?? GO_DEFAULT_PORT
    addCandidate(
      ports,
      candidate(
        defaultPort,
        fw ? CONFIDENCE.convention : CONFIDENCE.fallback,
        fw ? `${fw.spec.name} default` : 'Go convention',
        fw?.evidence ?? []
      )
    )

    // Routes declared only on a router the app wraps in authentication answer 401: no probe.
    const composed = main?.listens
      ? goComposedRoutes(ctx, [...mainFiles, ...otherFiles], replacedModuleFiles(ctx, sources))
      : []
    const health = main?.listens
      ? dropAuthWrappedRoutes(
          path => ctx.tree.read(path),
          mergeComposedHealth(
            findHealthRoutes(ctx.tree, [...mainFiles, ...otherFiles].slice(0, 400), ROUTE_PATTERNS, {
              preprocess: stripCComments
            }),
            healthCandidatesFrom(composed)
          )
        )
      : []
    // No health route: an anonymous version/info GET whose handler reads no backend (public-info.ts).
    if (main?.listens && health.length === 0)
      health.push(...dropAuthWrappedRoutes(path => ctx.tree.read(path), goPublicInfo(ctx, composed)))
    // PocketBase's router serves /api/health itself, though the app's main hands over and listens on nothing.
    const pocketBase = pocketBaseHealth(ctx, deps, [...mainFiles, ...otherFiles])
    if (pocketBase) health.push(pocketBase)
    // A hand-written Heartbeat: `handler = alive("/", handler)` answers its path before the app (liveness-wrapper.ts).
    if (main?.listens)
      health.push(
        ...livenessWrapperHealth(ctx.tree, [...mainFiles, ...otherFiles].slice(0, 400), stripCComments)
      )

    const binary = ctx.has('server') || ctx.tree.filesUnder(ctx.path('server')).length > 0 ? 'app' : 'server'
    const pkg = main && main.dir ? `./${main.dir}` : '.'
    // A CLI whose server is a subcommand (`Use: "serve"` in cobra, `Name: "serve"` in urfave/cli) while the
    // main package serves nothing itself: the binary alone prints its usage.
    const serve = main ? serveSubcommand(ctx, sources, main) : null
    const releaseStart = release?.startCommand[0]
    // The release image's arguments, given to the binary the build makes here (`./server serve all`), so the
    // report and the generated image run the same program.
    const releaseArgs = releaseStart?.value.split(/\s+/).slice(1).join(' ') ?? ''
    const start: Candidate<string>[] = releaseStart
      ? [
          {
            ...releaseStart,
            value: releaseArgs ? `./${binary} ${releaseArgs}` : `./${binary}`,
            confidence: START.imageDefault,
            source: `${releaseStart.source} of the release image (${releaseStart.value})`
          }
        ]
      : main
        ? [
            serve
              ? candidate(
                  `./${binary} ${serve.name}`,
                  START.frameworkServer,
                  `main package ${pkg}, ${serve.name} subcommand`,
                  [main.evidence, serve.evidence]
                )
              : candidate(`./${binary}`, START.frameworkServer, `main package ${pkg}`, [main.evidence])
          ]
        : []
    const build: Candidate<string>[] = main
      ? [
          candidate(`go build -o ${binary} ${pkg}`, BUILD.releaseBuild, `main package ${pkg}`, [
            main.evidence
          ])
        ]
      : []

    const runtime: Candidate<string>[] = []
    if (mod?.toolchain)
      runtime.push(
        candidate(mod.toolchain.value, CONFIDENCE.declared, 'go.mod toolchain', [mod.toolchain.evidence])
      )
    const tool = toolVersion(ctx.tree, pinDirs(ctx), ['golang', 'go'])
    if (tool) runtime.push({ ...tool, confidence: RUNTIME_VERSION.manifestPin })
    if (mod?.go)
      runtime.push(
        candidate(mod.go.value, RUNTIME_VERSION.toolVersions, 'go.mod go directive', [mod.go.evidence])
      )

    const hints: Hints = { binary, package: pkg }
    if (serve) hints.subcommand = serve.name
    // The release image's arguments (`serve all`) are what the generated image's binary runs with.
    if (releaseArgs) hints.subcommand = releaseArgs
    if (ctx.workspace) hints.workspaceRoot = ctx.workspace.root
    if (ctx.has('vendor/modules.txt')) hints.vendored = true
    if (main && detection.data.mains.length > 1)
      hints.otherMains = detection.data.mains.slice(1, 6).map(m => `./${m.dir}`)
    if (main && !main.listens)
      warnings.push({
        code: 'NO_SERVER',
        message: `${ctx.path(main.dir || '.')}: the Go main package starts no HTTP server; the service gets a TCP health check`,
        file: main.evidence.file
      })

    return {
      candidates: {
        language: [candidate('go', CONFIDENCE.declared, 'go.mod', [fileEvidence(ctx.path('go.mod'))])],
        framework,
        packageManager: [candidate('go', CONFIDENCE.declared, 'go.mod', [fileEvidence(ctx.path('go.mod'))])],
        runtimeVersion: runtime,
        buildCommand: build,
        startCommand: start,
        port: sortCandidates(ports),
        healthPath: health,
        resources: [
          recommendResources({
            runtime: GO_BASELINE,
            framework: fw ? { id: fw.spec.id } : undefined,
            dependencies: [...deps.keys()]
          })
        ]
      },
      hints,
      warnings
    }
  }
}
