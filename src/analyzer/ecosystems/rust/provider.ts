// Rust provider: Cargo packages and workspaces with axum, actix-web, Rocket, warp, Poem. The binary name
// comes from [[bin]] or the package name, the port from bind/SocketAddr calls or a PORT default, the
// health path from route declarations; the toolchain from rust-toolchain(.toml).
import { autoBinary } from './auto-bins.js'
import { clapServeSubcommand } from './serve-subcommand.js'
import { demoteLoopbackBinds } from './loopback-binds.js'
import { pathDependencySources } from './path-dependencies.js'
import { dependencyRootRoute } from './path-dependency-root.js'
import { defaultFnPort, defaultImplPort } from './default-impl-port.js'
import { fieldDefaultAttributePort } from './field-default-attribute.js'
import { serdeDefaultPort } from './serde-default-port.js'
import { rustHealthConstant } from './health-constant.js'
import { linkedFramework } from './linked-framework.js'
import { rustPortSource } from './tls-branches.js'
import { selfProbeHealth } from '../../signals/self-probe.js'
import type { Warning } from '../../report.js'
import type { DependencySet } from '../common/framework-score.js'
import { RUST_FRAMEWORKS } from './frameworks.js'
import { fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { findHealthRoutes } from '../../signals/health.js'
import { configFilePort } from '../../signals/config-file.js'
import { mergeComposedHealth } from '../../signals/routes.js'
import { rustComposedHealth, rustPublicInfo } from './routes.js'
import { rocketMounts, testOnlyFiles, underRocketMounts } from './test-gates.js'
import { getPath, isRecord, parseTomlFile, valueOf } from '../../signals/manifests.js'
import { addCandidate, findPorts, sortCandidates, type PortPattern } from '../../signals/ports.js'
import { readDockerfile, type DockerfileFacts } from '../../signals/dockerfile.js'
import { recommendResources } from '../../signals/resources.js'
import { toolVersion } from '../../signals/versions.js'
import { joinPath } from '../../tree.js'
import type { AppContext, Provider, WorkspaceDeclaration } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import {
  candidate,
  pinDirs,
  rankFrameworks,
  stripCComments,
  versionFile
} from '../common/provider-helpers.js'
import { buildRootHints, CARGO_MANIFEST } from '../common/build-root.js'
import { RUST_BASELINE } from './runtime.js'
import type { Hints } from '../../hints.js'
import { BUILD, DEMOTION, PORT, RUNTIME_VERSION, STACK, START } from '../../precedence.js'
import { cargoDependencies, binaryName } from './cargo.js'

interface RustData {
  cargo: Record<string, unknown>
  deps: DependencySet
  bin: string | null
  warnings: Warning[]
}

const PORT_PATTERNS: PortPattern[] = [
  { regex: /\.bind\(\s*"[^":]*:(\d{2,5})"/, source: 'bind("host:N")' },
  { regex: /\.bind\(\s*\(\s*"[^"]*"\s*,\s*(\d{2,5})\s*\)/, source: 'bind((host, N))' },
  { regex: /TcpListener::bind\(\s*"[^":]*:(\d{2,5})"/, source: 'TcpListener::bind' },
  { regex: /SocketAddr::from\(\s*\(\s*\[[^\]]*\]\s*,\s*(\d{2,5})\s*\)\s*\)/, source: 'SocketAddr::from' },
  {
    // `SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8088)`, `SocketAddrV4::new(Ipv4Addr::new(0, 0, 0, 0), 9090)`:
    // the address a server binds, spelt with the constructor instead of `from(([0, 0, 0, 0], N))`. Not one
    // handed to `connect(…)`: that is an upstream the app dials.
    regex:
      /(?<!\bconnect\(\s*&?)SocketAddr(?:V4|V6)?::new\(\s*(?:[^(),;]|\((?:[^()]|\([^()]*\))*\))+?,\s*(\d{2,5})\s*\)/,
    source: 'SocketAddr::new',
    needs: /SocketAddr(?:V4|V6)?::new/
  },
  { regex: /"(?:0\.0\.0\.0|127\.0\.0\.1|\[::\]|localhost):(\d{2,5})"\s*\.parse/, source: 'address literal' },
  {
    // `env::var("PORT")`, and the typed readers env helper crates give it (`var_parsed("PORT")?.unwrap_or(8888)`,
    // `env::var_os("PORT")`): the default after it is the port.
    regex:
      /var(?:_parsed|_os)?\(\s*"(?<env>PORT|APP_PORT|HTTP_PORT|SERVER_PORT)"\s*\)[\s\S]{0,160}?unwrap_or(?:_else)?\(\s*(?:\|_\|\s*)?"?(?:[^"\d]*:)?(?<port>\d{2,5})/,
    source: 'PORT environment default'
  },
  {
    // The same default spelt as a branch: `if env::var("PORT").is_ok() { … } else { 7703 }`,
    // `match env::var("PORT") { Ok(p) => …, Err(_) => 7703 }`.
    regex:
      /var\(\s*"(?<env>PORT|APP_PORT|HTTP_PORT|SERVER_PORT)"\s*\)[^;{]{0,40}\{[^{}]{0,200}\}?\s*(?:else\s*\{|Err\(\s*_?\w*\s*\)\s*=>)\s*"?(?<port>\d{2,5})\b/,
    source: 'PORT environment default',
    needs: /PORT"/
  },
  {
    // The `config` crate's defaults under a settings file / env layer: `.set_default("port", 8888)`.
    regex:
      /\.set_default\(\s*"(?:port|http_port|server\.port|listen_port|http_addr|listen_addr|bind|address)"\s*,\s*"?(?:[\w.[\]]*:)?(\d{2,5})\b/,
    source: 'config default',
    confidence: PORT.portDefault
  },
  {
    // A CLI's listen port (clap/structopt derive): `#[clap(long, default_value_t = 8051)] port: u16`. Only a
    // field named for the web port; `metrics_port`, `db_port` are other servers' ports.
    regex:
      /#\[(?:clap|arg|structopt)\([^\]\n]*?\bdefault_value(?:_t)?\s*=\s*"?(\d{2,5})"?[^\]\n]*\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?(?:http_|web_|listen_|server_|api_)?port\s*:/,
    source: 'CLI port argument default',
    confidence: PORT.portDefault,
    needs: /default_value/
  },
  {
    // A CLI's listen address (clap/structopt derive): `#[arg(long, default_value = "127.0.0.1:9002")] bind:
    // SocketAddr`. Only a field named for the server's own address (`bind`, `listen`, `addr`, `http_addr` …);
    // `metrics_addr`, `database_url` belong to other servers.
    regex:
      /#\[(?:clap|arg|structopt)\([^\]\n]*?\bdefault_value(?:_t)?\s*=\s*"(?:[\w.-]*|\[[\da-fA-F:]*\]):(\d{2,5})"[^\]\n]*\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?(?:(?:http|web|listen|server|api)_)?(?:bind|listen|addr|address|socket_addr|bind_addr|bind_address|listen_addr|listen_address)\s*:/,
    source: 'CLI listen address default',
    confidence: PORT.portDefault,
    needs: /default_value/
  },
  {
    // An optional port from the command line or a config file, defaulted where it is read:
    // `let port = cli_options.port.unwrap_or(5050)`, `settings.http_port.unwrap_or(8080)`. Only a field or
    // variable named for the web port (`metrics_port`, `db_port` belong to other servers).
    regex: /(?<![\w])(?:\w+\.)*(?:http_|web_|listen_|server_|api_)?port\s*\.unwrap_or\(\s*(\d{2,5})\s*\)/,
    source: 'optional port default',
    confidence: PORT.portDefault,
    needs: /unwrap_or/
  },
  { regex: /\.port\(\s*(\d{2,5})\s*\)/, source: 'port(N)' },
  { regex: /warp::serve\([^;]*?\.run\(\s*\(\s*\[[^\]]*\]\s*,\s*(\d{2,5})\s*\)/, source: 'warp run' }
]

const ROUTE_PATTERNS = [
  { regex: /\.route\(\s*"(?<path>\/[^"]*)"/, source: 'route()' },
  { regex: /#\[(?:get|head|route)\(\s*"(?<path>\/[^"]*)"/, source: 'route attribute' },
  { regex: /web::resource\(\s*"(?<path>\/[^"]*)"/, source: 'web::resource' },
  { regex: /\.at\(\s*"(?<path>\/[^"]*)"/, source: 'Poem at()' },
  { regex: /warp::path!?\(\s*"(?<path>[\w-]+)"\s*\)/, source: 'warp::path' }
]

export const rustProvider: Provider<RustData> = {
  id: 'rust',
  manifests: ['Cargo.toml'],

  workspaces(ctx): WorkspaceDeclaration | null {
    const path = ctx.path('Cargo.toml')
    const parsed = parseTomlFile(ctx.tree, path)
    if (!parsed?.ok) return null
    const members = getPath(parsed.value, 'workspace', 'members')
    if (!Array.isArray(members)) return null
    const dirs = new Set<string>()
    for (const m of members) {
      if (typeof m !== 'string') continue
      if (m.endsWith('/*')) {
        const base = ctx.path(m.slice(0, -2))
        for (const f of ctx.tree.filesUnder(base)) {
          const rest = f.path.slice(base.length + 1)
          if (rest.split('/').length === 2 && rest.endsWith('/Cargo.toml'))
            dirs.add(joinPath(base, rest.split('/')[0]!))
        }
      } else dirs.add(ctx.path(m.replace(/\/$/, '')))
    }
    dirs.delete(ctx.dir)
    return dirs.size
      ? {
          kind: 'cargo-workspace',
          members: [...dirs].sort(),
          evidence: [keyEvidence(path, ctx.tree.read(path) ?? '', 'members')]
        }
      : null
  },

  detect(ctx) {
    const warnings: Warning[] = []
    const path = ctx.path('Cargo.toml')
    if (!ctx.tree.has(path)) return null
    const value = valueOf(parseTomlFile(ctx.tree, path), warnings)
    const cargo = isRecord(value) ? value : {}
    const deps = cargoDependencies(path, ctx.tree.read(path) ?? '', cargo)
    const bin = binaryName(cargo, ctx.has('src/main.rs')) ?? autoBinary(ctx, cargo)
    const data: RustData = { cargo, deps, bin, warnings }
    const evidence = [fileEvidence(path)]
    if (!isRecord(cargo.package))
      return { score: 0.4, deployable: false, reason: 'Cargo workspace root', evidence, data }
    if (!bin)
      return { score: 0.4, deployable: false, reason: 'Cargo library crate (no binary)', evidence, data }
    const best = rankFrameworks(ctx, RUST_FRAMEWORKS, deps)[0]
    if (best && best.score >= 0.5)
      return {
        score: 0.9 + best.score / 20,
        deployable: true,
        reason: `${best.spec.name} in Cargo.toml`,
        evidence: [...best.evidence, ...evidence],
        data
      }
    // A binary whose library crates (path dependencies) declare the web framework serves with it.
    const linked = linkedFramework(ctx, cargo)
    if (linked)
      return {
        score: 0.88 + linked.match.score / 20,
        deployable: true,
        reason: `${linked.match.spec.name} in ${linked.dir}/Cargo.toml (a path dependency)`,
        evidence: [...linked.match.evidence, ...evidence],
        data
      }
    return { score: 0.55, deployable: true, reason: 'Rust binary crate', evidence, data }
  },

  plan(ctx, detection) {
    const { deps, bin } = detection.data
    const warnings = [...detection.data.warnings]
    const own = rankFrameworks(ctx, RUST_FRAMEWORKS, deps)[0]
    // No framework of its own: the one its library crates declare (linkedFramework), when it builds a binary.
    const linked = own && own.score >= 0.3 ? null : bin ? linkedFramework(ctx, detection.data.cargo) : null
    const match = linked?.match ?? own
    const spec = match && match.score >= 0.3 ? match.spec : null
    const sources = ctx.sourceFiles(['.rs'], 300).filter(p => !/(^|\/)(tests|benches|examples)\//.test(p))
    const ports: Candidate<number>[] = []
    // Ports under a TLS branch (`if self.https_domain.is_some() { …443 }`) are the HTTPS listener's.
    for (const c of demoteLoopbackBinds(findPorts(ctx.tree, sources, PORT_PATTERNS, rustPortSource)))
      addCandidate(ports, c)
    // `File::with_name("./config/default.toml")`: the listen port of the config file the server loads.
    for (const c of configFilePort(ctx, sources)) addCandidate(ports, c)
    // `impl Default for Settings { … port: 8000, … }`, here or in a settings crate the binary depends on.
    // A root package that is its own workspace names its members' paths in its own table.
    const dependencySources = pathDependencySources(ctx, detection.data.cargo, true)
    for (const c of defaultImplPort(ctx.tree, [...sources, ...dependencySources])) addCandidate(ports, c)
    // `#[serde(default = "_default_http_listen")]` → `fn _default_http_listen() -> … { …, 8888)) }`.
    for (const c of defaultFnPort(ctx.tree, [...sources, ...dependencySources])) addCandidate(ports, c)
    // `#[default(8080)] pub port: u16` (smart-default), `#[default_value(10801)]`: a derive macro's field default.
    for (const c of fieldDefaultAttributePort(ctx.tree, [...sources, ...dependencySources]))
      addCandidate(ports, c)
    // `#[serde(default = "default_port")] pub port: u16` → `fn default_port() -> u16 { 5000 }`.
    for (const c of serdeDefaultPort(ctx.tree, [...sources, ...dependencySources])) addCandidate(ports, c)
    if (spec?.portFile) {
      const portFile = ctx.path(spec.portFile)
      const text = ctx.tree.read(portFile)
      const m = text ? /^[ \t]*port\s*=\s*(\d{2,5})/m.exec(text) : null
      if (m)
        addCandidate(
          ports,
          candidate(Number(m[1]), CONFIDENCE.declared, `${spec.portFile} port`, [
            keyEvidence(portFile, text!, 'port')
          ])
        )
    }
    addCandidate(
      ports,
      candidate(
        spec?.port ?? 8080,
        spec ? CONFIDENCE.convention : CONFIDENCE.fallback,
        spec ? `${spec.name} default` : 'Rust convention',
        match?.evidence ?? []
      )
    )

    const member = ctx.workspace ? ctx.tree.read(joinPath(ctx.workspace.root, 'Cargo.toml')) !== null : false
    const rootImage = member && bin ? workspaceDockerfile(ctx, ctx.workspace!.root, bin) : null
    if (rootImage)
      for (const c of rootImage.port)
        addCandidate(ports, {
          ...c,
          confidence: c.confidence - DEMOTION.indirect,
          source: `${c.source} (workspace image)`
        })
    const pkgName = getPath(detection.data.cargo, 'package', 'name')
    const build =
      member && typeof pkgName === 'string' ? `cargo build --release -p ${pkgName}` : 'cargo build --release'
    const hints: Hints = {}
    const serve = bin ? clapServeSubcommand(ctx) : null
    if (bin) hints.binary = bin
    if (serve) hints.subcommand = serve.name
    else {
      // The workspace image names the subcommand (`CMD ["serve"]`): the generated image runs it too.
      const words = rootImage?.startCommand[0]?.value.split(/\s+/) ?? []
      if (words[0]?.split('/').pop() === bin && /^[a-z][a-z0-9-]*$/.test(words[1] ?? ''))
        hints.subcommand = words[1]
    }
    if (member) Object.assign(hints, buildRootHints(ctx, ctx.workspace!.root, CARGO_MANIFEST))
    if (member && typeof pkgName === 'string') hints.cargoPackage = pkgName
    const target = member
      ? `${relativeUp(ctx.dir, ctx.workspace!.root)}target/release/${bin}`
      : `./target/release/${bin}`

    const runtime: Candidate<string>[] = []
    const toml = rustToolchainToml(ctx)
    if (toml) runtime.push(toml)
    const plain = versionFile(ctx, pinDirs(ctx), 'rust-toolchain', line =>
      /^\d+\.\d+/.test(line) || (/^(stable|nightly|beta)/.test(line) && !isReleaseChannel(line)) ? line : null
    )
    if (plain) runtime.push(plain)
    const tool = toolVersion(ctx.tree, pinDirs(ctx), ['rust'])
    if (tool) runtime.push({ ...tool, confidence: RUNTIME_VERSION.toolVersions })
    const msrv = getPath(detection.data.cargo, 'package', 'rust-version')
    if (typeof msrv === 'string')
      runtime.push(
        candidate(msrv, RUNTIME_VERSION.minimumSupported, 'Cargo.toml rust-version', [
          keyEvidence(ctx.path('Cargo.toml'), ctx.read('Cargo.toml') ?? '', 'rust-version')
        ])
      )
    else if (member || (msrv !== null && typeof msrv === 'object')) {
      // `rust-version.workspace = true` in the package that is also the workspace root reads its own
      // `[workspace.package]`.
      const shared = workspaceRustVersion(ctx, member ? ctx.workspace!.root : ctx.dir)
      if (shared) runtime.push(shared)
    }

    return {
      candidates: {
        language: [candidate('rust', CONFIDENCE.declared, 'Cargo.toml', detection.evidence)],
        framework: [
          spec && linked
            ? candidate(
                spec.id,
                STACK.frameworkDependency - DEMOTION.indirect,
                `${spec.name} in ${linked.dir}/Cargo.toml (a path dependency of the binary)`,
                [...linked.match.evidence, ...detection.evidence]
              )
            : spec
              ? candidate(spec.id, STACK.frameworkDependency, `${spec.name} in Cargo.toml`, match!.evidence)
              : candidate(
                  'none',
                  CONFIDENCE.convention,
                  'no Rust web framework in Cargo.toml',
                  detection.evidence
                )
        ],
        packageManager: [
          candidate(
            'cargo',
            CONFIDENCE.declared,
            ctx.has('Cargo.lock') ? 'Cargo.lock' : 'Cargo.toml',
            detection.evidence
          )
        ],
        runtimeVersion: runtime,
        buildCommand: [candidate(build, BUILD.releaseBuild, 'cargo release build', detection.evidence)],
        startCommand: bin
          ? [
              // The workspace image runs this member's binary: its command (with the subcommand and
              // arguments the image gives, `ENTRYPOINT ["/app/rauthy"]` + `CMD ["serve"]`) is how it starts.
              ...(rootImage?.startCommand ?? []).map(c => ({
                ...c,
                confidence: c.confidence - DEMOTION.indirect,
                source: `${c.source} (workspace image)`
              })),
              serve
                ? candidate(
                    `${target} ${serve.name}`,
                    START.frameworkServer,
                    `binary ${bin}, ${serve.name} subcommand`,
                    [...detection.evidence, serve.evidence]
                  )
                : candidate(target, START.frameworkServer, `binary ${bin}`, detection.evidence)
            ]
          : [],
        port: sortCandidates(ports),
        // Routes may be declared in the library crates the binary depends on by path.
        healthPath: withSelfProbe(
          healthRoutes(ctx, sources, dependencySources),
          ctx,
          bin,
          rootImage?.file ?? null,
          [...sources, ...dependencySources]
        ),
        resources: [
          recommendResources({
            runtime: RUST_BASELINE,
            framework: spec ? { id: spec.id } : undefined,
            dependencies: [...deps.keys()]
          })
        ]
      },
      hints,
      warnings
    }
  }
}

/**
 * A member that sets no rust-version of its own (or `rust-version.workspace = true`) builds with the
 * toolchain its workspace declares for every member: `[workspace.package] rust-version = "1.95.0"`.
 */
function workspaceRustVersion(ctx: AppContext, root: string): Candidate<string> | null {
  const path = joinPath(root, 'Cargo.toml')
  const parsed = parseTomlFile(ctx.tree, path)
  if (!parsed?.ok) return null
  const version = getPath(parsed.value, 'workspace', 'package', 'rust-version')
  if (typeof version !== 'string') return null
  return candidate(
    version,
    RUNTIME_VERSION.minimumSupported,
    'workspace Cargo.toml [workspace.package] rust-version',
    [keyEvidence(path, ctx.tree.read(path) ?? '', 'rust-version')]
  )
}

/**
 * A Cargo workspace is usually built into one image by a Dockerfile at its root (or in docker/), not in the
 * member folder: that Dockerfile is this member's when its command runs the member's binary
 * (`ENTRYPOINT ["lemmy_server"]`), or when the member is the workspace's only default member and the image
 * copies its release binary. Its EXPOSE/ENV port then describes this member.
 */
function workspaceDockerfile(
  ctx: AppContext,
  root: string,
  bin: string
): (DockerfileFacts & { file: { path: string; text: string } }) | null {
  const rootToml = ctx.tree.read(joinPath(root, 'Cargo.toml')) ?? ''
  const defaults = /^[ \t]*default-members\s*=\s*\[([^\]]*)\]/m.exec(rootToml)?.[1]
  const memberRel = root === '.' ? ctx.dir : ctx.dir.slice(root.length + 1)
  const onlyDefault =
    defaults !== undefined && /^\s*["']([^"']+)["']\s*,?\s*$/.exec(defaults)?.[1] === memberRel
  for (const folder of ['', 'docker', '.docker']) {
    for (const name of ['Dockerfile', 'Containerfile']) {
      const path = joinPath(joinPath(root, folder || '.'), name)
      const text = ctx.tree.read(path)
      if (text === null) continue
      const facts = readDockerfile(path, text)
      const program = facts.startCommand[0]?.value.split(/\s+/)[0]?.split('/').pop()
      const copiesBinary = new RegExp(`target/(?:[\\w-]+/)?release/${bin}(?![\\w-])`).test(text)
      if (program === bin || (onlyDefault && copiesBinary)) return { ...facts, file: { path, text } }
    }
  }
  return null
}

/** `crates/api` relative to root `.` → `../../` so the command reaches the workspace target dir. */
function relativeUp(dir: string, root: string): string {
  const depth = dir.split('/').length - (root === '.' ? 0 : root.split('/').length)
  return '../'.repeat(Math.max(0, depth))
}

function rustToolchainToml(ctx: AppContext): Candidate<string> | null {
  for (const dir of pinDirs(ctx)) {
    const path = joinPath(dir, 'rust-toolchain.toml')
    const parsed = parseTomlFile(ctx.tree, path)
    if (!parsed?.ok) continue
    const channel = getPath(parsed.value, 'toolchain', 'channel')
    if (typeof channel === 'string' && !isReleaseChannel(channel))
      return candidate(channel, CONFIDENCE.declared, 'rust-toolchain.toml channel', [
        keyEvidence(path, ctx.tree.read(path) ?? '', 'channel')
      ])
  }
  return null
}

/**
 * Health routes of the release build: test-only files and modules are left out, and Rocket handlers take
 * their `.mount()` prefix (or drop out when only a test build mounts them).
 */
/**
 * Health routes of the crate's own files, and of the library crates it depends on by path (`dependencies`)
 * only as composed under the binary's scopes: a route line of a library read alone has lost its prefix
 * (`.route("/health", …)` inside `web::scope("/image")`).
 */
function healthRoutes(ctx: AppContext, sources: string[], dependencies: string[] = []): Candidate<string>[] {
  const testOnly = testOnlyFiles(ctx.tree, [...sources, ...dependencies])
  const served = sources.filter(f => !testOnly.has(f))
  const composed = [...served, ...dependencies.filter(f => !testOnly.has(f))]
  const mounts = rocketMounts(ctx.tree, served)
  const health = mergeComposedHealth(
    underRocketMounts(
      ctx.tree,
      findHealthRoutes(ctx.tree, served, ROUTE_PATTERNS, { preprocess: stripCComments }),
      mounts
    ),
    underRocketMounts(ctx.tree, rustComposedHealth(ctx, composed), mounts)
  )
  if (health.length > 0) return health
  // No router: a health-named path constant the request path is compared with (health-constant.ts).
  const constant = rustHealthConstant(ctx.tree, served)
  if (constant.length > 0) return constant
  // No health route: a version/info GET that no extractor guards (rustPublicInfo).
  const info = underRocketMounts(ctx.tree, rustPublicInfo(ctx, served), mounts)
  if (info.length > 0) return info
  // A binary that only wires crates together: the constant root GET its router crate declares
  // (path-dependency-root.ts).
  return dependencyRootRoute(
    ctx.tree,
    served,
    dependencies.filter(f => !testOnly.has(f))
  )
}

/**
 * `stable` and `beta` name a moving release channel, not a version: they pin nothing (the newest release
 * builds the app). A dated or nightly toolchain (`nightly-2025-01-01`, `1.93.1`) is a pin.
 */
function isReleaseChannel(channel: string): boolean {
  return /^(?:stable|beta)$/.test(channel.trim())
}

/**
 * The image's HEALTHCHECK runs this binary's own probe subcommand (`warpgate healthcheck`): the path that
 * subcommand requests on the server (self-probe.ts) joins the routes found in code, ranked as a deployment
 * file's probe.
 */
function withSelfProbe(
  health: Candidate<string>[],
  ctx: AppContext,
  bin: string | null,
  workspaceImage: { path: string; text: string } | null,
  sources: readonly string[]
): Candidate<string>[] {
  if (!bin) return health
  const own = ctx.signals.dockerfile
  const ownText = own ? ctx.tree.read(own) : null
  const image = own && ownText !== null ? { path: own, text: ownText } : workspaceImage
  const probe = image ? selfProbeHealth(ctx.tree, image, bin, sources) : null
  return probe ? [probe, ...health.filter(h => h.value !== probe.value)] : health
}
