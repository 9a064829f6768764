// Go provider: go.mod modules (and go.work workspaces) with net/http, gin, echo, fiber, chi … The main
// package that starts a server is the app; its listen address gives the port and its routes the health path.
import type { Evidence, Warning } from '../../report.js'
import type { DependencySet } from '../common/framework-score.js'
import { GO_DEFAULT_PORT, GO_FRAMEWORKS } from './frameworks.js'
import { evidenceAt, fileEvidence } from '../../signals/evidence.js'
import { findHealthRoutes } from '../../signals/health.js'
import { mergeComposedHealth } from '../../signals/routes.js'
import { goComposedHealth } from './routes.js'
import {
  addCandidate,
  findPorts,
  NOT_HTTP_PORT,
  sortCandidates,
  type PortPattern
} from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { toolVersion } from '../../signals/versions.js'
import { dirname } from '../../tree.js'
import type { AppContext, Provider, WorkspaceDeclaration } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import {
  addDependency,
  candidate,
  pinDirs,
  rankFrameworks,
  stripCComments
} from '../common/provider-helpers.js'
import { GO_BASELINE } from './runtime.js'
import type { Hints } from '../../hints.js'
import { BUILD, PORT, RUNTIME_VERSION, STACK, START } from '../../precedence.js'

export interface GoMod {
  module: string | null
  go: { value: string; evidence: Evidence } | null
  toolchain: { value: string; evidence: Evidence } | null
  deps: DependencySet
}

/** Parses go.mod: module path, `go` and `toolchain` directives, requirements (`// indirect` ones count as dev). */
export function parseGoMod(path: string, text: string): GoMod {
  const deps: DependencySet = new Map()
  const mod = /^module\s+(\S+)/m.exec(text)
  const go = /^go\s+(\d+(?:\.\d+){0,2})\s*$/m.exec(text)
  const toolchain = /^toolchain\s+go(\d+(?:\.\d+){0,2}\S*)\s*$/m.exec(text)
  const lineOf = (index: number): Evidence => evidenceAt(path, text, index)
  const requireLine =
    /^\s*(?:require\s+)?([A-Za-z0-9][\w.\-~]*\.[\w.\-~]+(?:\/[\w.\-~+]+)*)\s+(v\S+)(\s*\/\/\s*indirect)?/
  let inRequire = false
  let offset = 0
  for (const line of text.split('\n')) {
    const index = offset
    offset += line.length + 1
    const trimmed = line.trim()
    if (/^require\s*\(/.test(trimmed)) {
      inRequire = true
      continue
    }
    if (inRequire && trimmed.startsWith(')')) {
      inRequire = false
      continue
    }
    if (!inRequire && !trimmed.startsWith('require ')) continue
    const m = requireLine.exec(trimmed)
    if (m) addDependency(deps, m[1]!, { dev: Boolean(m[3]), version: m[2], evidence: lineOf(index) })
  }
  return {
    module: mod ? mod[1]! : null,
    go: go ? { value: go[1]!, evidence: lineOf(go.index) } : null,
    toolchain: toolchain ? { value: toolchain[1]!, evidence: lineOf(toolchain.index) } : null,
    deps
  }
}

/** Directories listed by `use` in go.work (single-line and block forms), relative to the go.work folder. */
export function parseGoWork(text: string): string[] {
  const out: string[] = []
  const clean = text.replace(/\/\/[^\n]*/g, '')
  for (const block of clean.matchAll(/^use\s*\(([\s\S]*?)\)/gm)) {
    for (const line of block[1]!.split('\n')) if (line.trim()) out.push(line.trim())
  }
  for (const single of clean.matchAll(/^use\s+([^\s(][^\n]*)$/gm)) out.push(single[1]!.trim())
  return out.map(
    p =>
      p
        .replace(/^["']|["']$/g, '')
        .replace(/^\.\/?/, '')
        .replace(/\/$/, '') || '.'
  )
}

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
  return ctx
    .sourceFiles(['.go'], 1000)
    .filter(
      p =>
        !p.endsWith('_test.go') &&
        !/(^|\/)(vendor|testdata|examples?|tools|scripts|mocks?)\//.test(p.slice(prefix.length))
    )
}

function findMains(ctx: AppContext, sources: string[]): MainPackage[] {
  const byDir = new Map<string, MainPackage>()
  for (const path of sources) {
    const text = ctx.tree.read(path)
    if (text === null || !/^package\s+main\b/m.test(text)) continue
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
  const rank = (m: MainPackage): number => {
    const i = PREFERRED_MAIN.indexOf(m.dir)
    return (m.listens ? 0 : 100) + (i < 0 ? PREFERRED_MAIN.length + m.dir.split('/').length : i)
  }
  return [...byDir.values()].sort((a, b) => rank(a) - rank(b))
}

// Stricter than LISTEN: outside a main package `.Run(` or `.Start(` are too common to mean a server.
const SERVES_HTTP =
  /\bListenAndServe(?:TLS)?\s*\(|\bhttp\.Serve(?:TLS)?\s*\(|\.Serve\(\s*\w*(?:[lL]istener|ln)\s*\)|&?\bhttp\.Server\s*\{/

/** Where a non-main package of the module starts an HTTP server, if one does. */
function serverOutsideMain(ctx: AppContext, sources: string[], mains: MainPackage[]): Evidence | null {
  const mainFiles = new Set(mains.flatMap(m => m.files))
  for (const path of sources.slice(0, 400)) {
    if (mainFiles.has(path)) continue
    const text = ctx.tree.read(path)
    if (text === null) continue
    const clean = stripCComments(text)
    const m = SERVES_HTTP.exec(clean)
    if (m) return evidenceAt(path, clean, m.index)
  }
  return null
}

/**
 * A server listens on one port: a non-main file assigning three or more different port constants maps
 * schemes or protocols to ports (`case "http": port = "80"; case "https": port = "443"` in an HTTP client),
 * so none of them is the listen port.
 */
function withoutPortTables(found: Candidate<number>[]): Candidate<number>[] {
  const isConstant = (c: Candidate<number>): boolean => c.source.endsWith('port constant')
  const perFile = new Map<string, Set<number>>()
  for (const c of found.filter(isConstant)) {
    const file = c.evidence[0]?.file ?? ''
    perFile.set(file, (perFile.get(file) ?? new Set()).add(c.value))
  }
  return found.filter(c => !isConstant(c) || (perFile.get(c.evidence[0]?.file ?? '')?.size ?? 0) < 3)
}

const PORT_PATTERNS: PortPattern[] = [
  { regex: /\bListenAndServe(?:TLS)?\(\s*"[^":]*:(\d{2,5})"/, source: 'ListenAndServe(":N")' },
  {
    regex: /\.(?:Run|Start|Listen|RunTLS|StartTLS)\(\s*"[^":]*:(\d{2,5})"/,
    source: 'Run/Start/Listen(":N")'
  },
  { regex: /\bnet\.Listen\(\s*"tcp\d?"\s*,\s*"[^":]*:(\d{2,5})"/, source: 'net.Listen(":N")' },
  { regex: /\bAddr\s*:\s*"[^":]*:(\d{2,5})"/, source: 'http.Server{Addr: ":N"}' },
  {
    regex:
      /\b\w*[Ee]nv\w*\(\s*"(?:PORT|HTTP_PORT|APP_PORT|SERVER_PORT|LISTEN_PORT|ADDR|HTTP_ADDR|LISTEN_ADDR|SERVER_ADDR)"\s*,\s*"(?:[^":]*:)?(\d{2,5})"/,
    source: 'PORT environment default'
  },
  {
    regex: /\b(\w+)\s*==\s*""\s*\{\s*\1\s*=\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
    source: 'PORT environment fallback'
  },
  {
    // Go 1.22+: `cmp.Or(os.Getenv("PORT"), "3000")` — the first non-empty value.
    regex:
      /\bcmp\.Or\(\s*os\.Getenv\(\s*"(?:PORT|HTTP_PORT|APP_PORT|SERVER_PORT|ADDR|HTTP_ADDR)"\s*\)\s*,\s*"(?:[^":]*:)?(\d{2,5})"/,
    source: 'PORT environment default (cmp.Or)'
  },
  {
    // flag / pflag / cobra: `flag.Int("port", 8080, …)`, `flag.String("addr", ":8080", …)`,
    // `cmd.Flags().IntVarP(&port, "port", "p", 8081, …)`, `fs.StringVar(&addr, "listen", "0.0.0.0:5230", …)`.
    // Only flags whose name means the listen port or address (not `db-port`, `metrics-addr`).
    regex:
      /(?:\bflag|\bpflag|\bFlags\(\)|\bPersistentFlags\(\)|\b[a-z]*[Ff]lags?|\bfs)\.(?:String|Int|Int32|Int64|Uint|Uint16|Uint32)(?:Var)?P?\(\s*(?:&[\w.]+\s*,\s*)?"(?:port|addr|address|listen|listen-addr|listen-address|http|http-addr|http-address|http-listen|http-port|bind|bind-addr|bind-address|server-port|server-addr|api-port|web-port|web-addr)"\s*,\s*(?:"[A-Za-z]?"\s*,\s*)?"?(?:[^":,]*:)?(\d{2,5})"?\s*,/,
    source: 'command-line flag default'
  },
  {
    // Database, broker and mail ports are client settings (`port := "5432"` in a test DSN helper).
    regex: new RegExp(
      `\\b(?:[Pp]ort|[Aa]ddr|[Ll]istenAddr|[Dd]efaultPort|[Dd]efaultAddr|httpPort|httpAddr|serverPort)\\s*(?::=|=)\\s*"(?:[^":]*:)?${NOT_HTTP_PORT}(\\d{2,5})"`
    ),
    source: 'port constant',
    confidence: PORT.portDefault
  },
  {
    // Project helpers that return $PORT or a default: `tools.EnvPortOr("3000")`, `env.PortOr(":4000")`.
    regex: new RegExp(`\\b\\w*Port\\w*\\(\\s*"(?:[^":]*:)?${NOT_HTTP_PORT}(\\d{2,5})"\\s*\\)`),
    source: 'PORT-or-default helper',
    confidence: PORT.portDefault
  },
  {
    regex:
      /\bdefault:"(?:[^":]*:)?(\d{2,5})"[^`]*\benv:"(?:PORT|HTTP_PORT|ADDR)"|\benv:"(?:PORT|HTTP_PORT|ADDR)"[^`]*\bdefault:"(?:[^":]*:)?(?<port>\d{2,5})"/,
    source: 'config struct tag default'
  },
  {
    // Config structs read by envconfig/configor/ardanlabs conf: `Port int `default:"80"``,
    // `APIHost string `conf:"default:0.0.0.0:3000"``, `Addr string `envDefault:":8080"``.
    regex: new RegExp(
      `\\b\\w*(?:Port|Host|Addr)\\s+\\w+\\s+\`[^\`\\n]*\\b(?:default|envDefault)[:=]"?(?:default:)?(?:[^":\`\\s]*:)?${NOT_HTTP_PORT}(\\d{2,5})"`
    ),
    source: 'config struct field default',
    confidence: PORT.weakLiteral
  }
]

/**
 * Source as the port patterns read it: comments dropped, and the fields of side-server config structs
 * blanked (`type DebugConf struct { Port string `conf:"default:4000"` }` is the pprof listener, not the
 * app's). Blanking keeps every newline, so line numbers stay right.
 */
function goPortSource(text: string): string {
  return stripCComments(text).replace(
    /\btype\s+\w*(?:Debug|Metrics|Pprof|Profil|Admin|Telemetry|Prometheus)\w*\s+struct\s*\{[^}]*\}/g,
    body => body.replace(/[^\n]/g, ' ')
  )
}

const ROUTE_PATTERNS = [
  { regex: /\bHandle(?:Func)?\(\s*"(?:(?:GET|HEAD)\s+)?(?<path>\/[^"]*)"/, source: 'Handle/HandleFunc' },
  { regex: /\.(?:GET|Get|HEAD|Head|Any|Handle|Route)\(\s*"(?<path>\/[^"]*)"/, source: 'router GET' },
  { regex: /\.Match\(\s*\[\]string\{[^}]*\}\s*,\s*"(?<path>\/[^"]*)"/, source: 'router Match' },
  { regex: /\bHeartbeat\(\s*"(?<path>\/[^"]*)"/, source: 'middleware.Heartbeat' }
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
    const mains = findMains(ctx, sources)
    const main = mains[0] ?? null
    // A main that only dispatches (cobra `cmd.Execute()`, `cli.Parse()`) starts the server from another
    // package of the module: the module still serves HTTP, so the main is the server's entry.
    if (main && !main.listens && !mains.some(m => m.listens)) {
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
  },

  plan(ctx, detection) {
    const { mod, main, sources } = detection.data
    const warnings = [...detection.data.warnings]
    const deps = mod?.deps ?? new Map()
    const mainFiles = main?.files ?? []
    const otherFiles = sources.filter(s => !mainFiles.includes(s))
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
    for (const c of findPorts(ctx.tree, mainFiles, PORT_PATTERNS, goPortSource)) addCandidate(ports, c)
    for (const c of withoutPortTables(
      findPorts(ctx.tree, otherFiles.slice(0, 300), PORT_PATTERNS, goPortSource)
    ))
      addCandidate(ports, { ...c, confidence: c.confidence - 0.05 })
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

    const health = main?.listens
      ? mergeComposedHealth(
          findHealthRoutes(ctx.tree, [...mainFiles, ...otherFiles].slice(0, 400), ROUTE_PATTERNS, {
            preprocess: stripCComments
          }),
          goComposedHealth(ctx, [...mainFiles, ...otherFiles])
        )
      : []

    const binary = ctx.has('server') || ctx.tree.filesUnder(ctx.path('server')).length > 0 ? 'app' : 'server'
    const pkg = main && main.dir ? `./${main.dir}` : '.'
    const start: Candidate<string>[] = main
      ? [candidate(`./${binary}`, START.frameworkServer, `main package ${pkg}`, [main.evidence])]
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
