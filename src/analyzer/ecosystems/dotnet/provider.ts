// .NET provider: ASP.NET Core projects (Web SDK) in a folder or a solution. Runtime from TargetFramework
// (SDK from global.json as a hint), port from Kestrel config, UseUrls/Listen calls or launchSettings.json,
// health path from MapHealthChecks/UseHealthChecks and minimal-API or controller routes.
import { DOTNET_FRAMEWORKS } from './frameworks.js'
import { clip, fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { findHealthRoutes } from '../../signals/health.js'
import { mergeComposedHealth } from '../../signals/routes.js'
import { dotnetComposedHealth } from './routes.js'
import { requiresAuthorization } from '../../signals/require-authorization.js'
import { configuredHealthPath } from './config-health-path.js'
import { getPath, getString, isRecord, parseJsoncFile, valueOf } from '../../signals/manifests.js'
import {
  addCandidate,
  findPorts,
  NOT_HTTP_PORT,
  sortCandidates,
  type PortPattern
} from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { basename, dirname, joinPath } from '../../tree.js'
import type { AppContext, Provider, WorkspaceDeclaration } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { candidate, rankFrameworks, stripCComments } from '../common/provider-helpers.js'
import { buildRootHints, DOTNET_MANIFEST } from '../common/build-root.js'
import { DOTNET_BASELINE } from './runtime.js'
import { configClassPort } from './config-class-port.js'
import { kestrelListenPort } from './kestrel-listen-port.js'
import { templateExposeOnNet8 } from './template-expose.js'
import { withoutDevelopmentBranches } from './development-branches.js'
import { referencedRouteExtensionFiles } from './referenced-route-extensions.js'
import { inlineIntConstants } from './const-defaults.js'
import { sourceFilesOf, webHostReferences, type WebHostReferences } from './host.js'
import type { Hints } from '../../hints.js'
import { BUILD, HEALTH, PORT, START } from '../../precedence.js'
import {
  parseProject,
  isLibraryProject,
  runtimeFromTfm,
  portFromUrls,
  type DotnetProject
} from './project.js'
import {
  aspnetContainerPort,
  aspnetImagePort,
  globalSdk,
  inheritedTargetFramework,
  launchSettingsPort
} from './config.js'

interface DotnetData {
  project: DotnetProject | null
  /** An executable hosting ASP.NET Core from the projects it references (host.ts). */
  host?: WebHostReferences
}

const PORT_PATTERNS: PortPattern[] = [
  { regex: /\bUseUrls\(\s*"[^"]*?:(\d{2,5})/, source: 'UseUrls()' },
  { regex: /\b(?:app|host|webApp)\.Run(?:Async)?\(\s*"https?:\/\/[^"]*?:(\d{2,5})/, source: 'app.Run(url)' },
  {
    regex: /\bListen(?:AnyIP|Localhost)?\(\s*(?:IPAddress\.\w+\s*,\s*)?(\d{2,5})\b/,
    source: 'Kestrel Listen()'
  },
  {
    regex: /\b(?:ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS|urls)"?\s*[,=]\s*"?(?:https?:\/\/[^:"]*:)?(\d{2,5})/,
    source: 'ASPNETCORE_URLS'
  },
  {
    // A configuration read with the app's default: `config.GetValue(nameof(Options.Port), 8989)`,
    // `GetValueInt("Port", 8989)`, `GetValue<int>("HttpPort", 5000)` (SMTP/metrics/database ports are not it).
    regex: new RegExp(
      String.raw`\bGetValue\w*(?:<[\w?]+>)?\(\s*(?:"(?:[\w:]*:)?(?:Http|Web|Server|Api|App)?Port"|\$?"[^"]*:(?:Http|Web|Server|Api|App)?Port"|nameof\(\s*(?:[\w.]+\.)?(?:Http|Web|Server|Api|App)?Port\s*\))\s*,\s*${NOT_HTTP_PORT}(\d{2,5})\s*\)`
    ),
    source: 'configured port default',
    confidence: PORT.portDefault
  }
]

/** A word each PORT_PATTERNS match holds: source files without one are not searched (see findPorts). */
const PORT_MENTION = /UseUrls|\.Run|Listen|ASPNETCORE_|urls|GetValue/

const ROUTE_PATTERNS = [
  {
    regex: /\b(?:MapHealthChecks|UseHealthChecks|MapHealthChecksUI)\(\s*"(?<path>\/[^"]*)"/,
    source: 'MapHealthChecks',
    confidence: HEALTH.mappedEndpoint,
    rejects: requiresAuthorization
  },
  { regex: /\bMap(?:Get|Methods)\(\s*"(?<path>\/[^"]*)"/, source: 'MapGet', rejects: requiresAuthorization },
  { regex: /\[(?:HttpGet|Route)\(\s*"(?<path>\/?[\w/.-]*)"\s*\)\]/, source: 'controller route' }
]

export const dotnetProvider: Provider<DotnetData> = {
  id: 'dotnet',
  manifests: ['*.csproj', '*.fsproj', '*.sln'],

  workspaces(ctx): WorkspaceDeclaration | null {
    const sln = ctx.tree.filesIn(ctx.dir).find(f => f.path.endsWith('.sln'))
    if (!sln) return null
    const text = ctx.tree.read(sln.path) ?? ''
    const members = new Set<string>()
    for (const m of text.matchAll(/=\s*"[^"]*"\s*,\s*"([^"]+\.(?:cs|fs)proj)"/g)) {
      const rel = m[1]!.replace(/\\/g, '/')
      const dir = dirname(joinPath(ctx.dir, rel))
      if (dir !== ctx.dir && ctx.tree.has(joinPath(ctx.dir, rel))) members.add(dir)
    }
    return members.size
      ? { kind: 'dotnet-sln', members: [...members].sort(), evidence: [fileEvidence(sln.path)] }
      : null
  },

  detect(ctx) {
    const projects = ctx.tree
      .filesIn(ctx.dir)
      .filter(f => /\.(cs|fs)proj$/.test(f.path))
      .map(f => parseProject(f.path, ctx.tree.read(f.path) ?? ''))
    if (projects.length === 0) {
      const sln = ctx.tree.filesIn(ctx.dir).find(f => f.path.endsWith('.sln'))
      return sln
        ? {
            score: 0.4,
            deployable: false,
            reason: 'solution root (projects live in subfolders)',
            evidence: [fileEvidence(sln.path)],
            data: { project: null }
          }
        : null
    }
    const ranked = projects
      .map(p => ({ p, match: rankFrameworks(ctx, DOTNET_FRAMEWORKS, p.deps)[0] }))
      .sort(
        (a, b) => Number(a.p.isTest) - Number(b.p.isTest) || (b.match?.score ?? 0) - (a.match?.score ?? 0)
      )
    const { p, match } = ranked[0]!
    const evidence = [fileEvidence(p.file)]
    if (p.isTest)
      return { score: 0.35, deployable: false, reason: 'test project', evidence, data: { project: p } }
    if (p.isAspireHost)
      return {
        score: 0.35,
        deployable: false,
        reason: 'Aspire AppHost (local orchestration of the other projects)',
        evidence,
        data: { project: p }
      }
    if (isLibraryProject(p))
      return { score: 0.35, deployable: false, reason: '.NET class library', evidence, data: { project: p } }
    if (p.isBenchmark)
      return {
        score: 0.35,
        deployable: false,
        reason: 'benchmark harness (BenchmarkDotNet): it runs the projects it measures, it does not ship',
        evidence: [p.deps.get('BenchmarkDotNet')!.evidence, ...evidence],
        data: { project: p }
      }
    if (match && match.score >= 0.5)
      return {
        score: 0.95,
        deployable: true,
        reason: `ASP.NET Core project (${p.sdk || 'AspNetCore reference'})`,
        evidence: [...match.evidence, ...evidence],
        data: { project: p }
      }
    const host = p.outputType?.toLowerCase() === 'exe' ? webHostReferences(ctx.tree, p) : null
    if (host)
      return {
        score: 0.95,
        deployable: true,
        reason: 'executable hosting ASP.NET Core from the projects it references',
        evidence: [...evidence, host.hostEvidence],
        data: { project: p, host }
      }
    if (p.outputType?.toLowerCase() === 'exe' || p.sdk === 'Microsoft.NET.Sdk.Worker')
      return {
        score: 0.55,
        deployable: true,
        reason: '.NET executable (worker or console)',
        evidence,
        data: { project: p }
      }
    return { score: 0.35, deployable: false, reason: '.NET class library', evidence, data: { project: p } }
  },

  plan(ctx, detection) {
    const project = detection.data.project!
    const host = detection.data.host
    const warnings = [...project.warnings]
    // A host executable takes the framework and the sources of the projects it references.
    const deps = new Map(project.deps)
    for (const ref of host?.projects ?? []) for (const [k, v] of ref.deps) if (!deps.has(k)) deps.set(k, v)
    const match = rankFrameworks(ctx, DOTNET_FRAMEWORKS, deps)[0]
    const spec = match && match.score >= 0.3 ? match.spec : null
    const sources = [
      ...ctx.sourceFiles(['.cs', '.fs'], 300).filter(p => !/(^|\/)(bin|obj)\//.test(p)),
      ...(host?.projects ?? []).flatMap(ref => sourceFilesOf(ctx.tree, ref, 150)).slice(0, 1500)
    ]

    // A large solution keeps `Controllers/GreenField/GreenfieldHealthController.cs` past the first 300
    // files: files whose own name says health are read for the health route too.
    const healthSources = withHealthNamedFiles(ctx, sources)
    // Route extensions the app calls from its referenced projects (referenced-route-extensions.ts).
    healthSources.push(...referencedRouteExtensionFiles(ctx.tree, project, sources))

    const ports: Candidate<number>[] = []
    let kestrelConfigured = false
    for (const name of ['appsettings.json', 'appsettings.Production.json']) {
      const path = ctx.path(name)
      const settings = valueOf(parseJsoncFile(ctx.tree, path), warnings)
      const endpoints = getPath(settings, 'Kestrel', 'Endpoints')
      if (isRecord(endpoints)) {
        for (const ep of Object.values(endpoints)) {
          const url = getString(ep, 'Url')
          const port = url ? portFromUrls(url) : null
          if (port !== null) {
            kestrelConfigured = true
            addCandidate(
              ports,
              candidate(port, CONFIDENCE.declared, `${name} Kestrel:Endpoints`, [
                keyEvidence(path, ctx.tree.read(path) ?? '', 'Url')
              ])
            )
            break
          }
        }
      }
      const urls = getString(settings, 'urls') ?? getString(settings, 'Urls')
      const port = urls ? portFromUrls(urls) : null
      if (port !== null) {
        kestrelConfigured = true
        addCandidate(
          ports,
          candidate(port, CONFIDENCE.declared, `${name} urls`, [
            keyEvidence(path, ctx.tree.read(path) ?? '', 'urls')
          ])
        )
      }
    }
    // A Listen/UseUrls inside `if (env.IsDevelopment())` binds the developer's machine, not the container.
    const productionCode = (text: string): string => withoutDevelopmentBranches(stripCComments(text))
    // `GetValueInt("Port", DEFAULT_PORT)` with `const int DEFAULT_PORT = 9696;` in the same file.
    const codePorts = findPorts(
      ctx.tree,
      sources,
      PORT_PATTERNS,
      text => inlineIntConstants(productionCode(text)),
      PORT_MENTION
    )
    for (const c of codePorts) addCandidate(ports, withSourceLines(ctx, c))
    const classPort = configClassPort(ctx.tree, sources, [
      dirname(project.file),
      ...project.projectRefs.map(dirname),
      ...(host?.projects ?? []).map(ref => dirname(ref.file))
    ])
    if (classPort) addCandidate(ports, classPort)
    const listenPort = kestrelListenPort(ctx.tree, sources, [
      dirname(project.file),
      ...project.projectRefs.map(dirname),
      ...(host?.projects ?? []).map(ref => dirname(ref.file))
    ])
    if (listenPort) addCandidate(ports, listenPort)
    // launchSettings.json only applies to `dotnet run`; an existing Dockerfile runs the published dll, so
    // there the ASP.NET base image's own default (or the Dockerfile's EXPOSE/ENV) decides the port.
    const dockerfile = ctx.signals.dockerfile
    // Kestrel bound in code to a port we could resolve replaces the image's ASPNETCORE_HTTP_PORTS/URLS.
    const imagePort =
      dockerfile && !listenPort ? aspnetImagePort(dockerfile, ctx.tree.read(dockerfile) ?? '') : null
    if (imagePort) addCandidate(ports, imagePort)
    // An aspnet:8+ image under the old template's `EXPOSE 80/443`, with nothing rebinding Kestrel: 8080.
    const templateExpose =
      dockerfile && !listenPort && !kestrelConfigured && codePorts.length === 0 && !classPort
        ? templateExposeOnNet8(dockerfile, ctx.tree.read(dockerfile) ?? '')
        : null
    if (templateExpose) addCandidate(ports, templateExpose)
    const launch = dockerfile ? null : launchSettingsPort(ctx, warnings)
    if (launch) addCandidate(ports, launch)
    // Our own image runs the published app: the target framework decides ASP.NET Core's container port.
    const targetFramework = project.targetFramework ?? inheritedTargetFramework(ctx, project.file)
    // An app that binds Kestrel itself (`options.Listen(address, httpPort)`) ignores ASPNETCORE_HTTP_PORTS.
    const bindsItself = sources.some(p =>
      /\.Listen(?:AnyIP|Localhost)?\s*\(/.test(productionCode(ctx.tree.read(p) ?? ''))
    )
    const containerPort = spec && !dockerfile && !bindsItself ? aspnetContainerPort(targetFramework) : null
    if (containerPort) addCandidate(ports, containerPort)
    addCandidate(
      ports,
      candidate(
        spec?.port ?? 8080,
        PORT.containerDefault,
        spec ? `${spec.name} container default` : '.NET default',
        match?.evidence ?? []
      )
    )
    const port = sortCandidates(ports)[0]!.value

    const dll = `out/${project.assemblyName}.dll`
    const onlyProject = ctx.tree.filesIn(ctx.dir).filter(f => /\.(cs|fs)proj$/.test(f.path)).length === 1
    const publish = `dotnet publish${onlyProject ? '' : ` ${basename(project.file)}`} -c Release -o out`
    // Code (UseUrls) or Kestrel config decides the address itself; otherwise pass --urls so $PORT applies.
    const start =
      spec && !kestrelConfigured && codePorts.length === 0 && !classPort
        ? `dotnet ${dll} --urls http://0.0.0.0:\${PORT:-${port}}`
        : `dotnet ${dll}`

    const runtime: Candidate<string>[] = []
    const tfRuntime = targetFramework ? runtimeFromTfm(targetFramework.value) : null
    if (tfRuntime)
      runtime.push(
        candidate(
          tfRuntime,
          CONFIDENCE.declared,
          `${basename(targetFramework!.evidence.file)} TargetFramework`,
          [targetFramework!.evidence]
        )
      )
    const hints: Hints = {
      project: basename(project.file),
      assembly: project.assemblyName
    }
    const globalJson = globalSdk(ctx, warnings)
    if (globalJson) {
      hints.dotnetSdk = globalJson.value
      if (!tfRuntime)
        runtime.push({
          ...globalJson,
          value: globalJson.value.split('.').slice(0, 2).join('.'),
          confidence: CONFIDENCE.source
        })
    }
    if (ctx.workspace) Object.assign(hints, buildRootHints(ctx, ctx.workspace.root, DOTNET_MANIFEST))

    return {
      candidates: {
        language: [candidate('csharp', CONFIDENCE.declared, basename(project.file), detection.evidence)],
        framework: [
          spec
            ? candidate(
                spec.id,
                0.95,
                host
                  ? `${spec.name} through ${basename(project.file)}'s project references`
                  : `${spec.name} (${project.sdk || 'AspNetCore reference'})`,
                match!.evidence
              )
            : candidate('none', CONFIDENCE.convention, 'no ASP.NET Core in the project', detection.evidence)
        ],
        packageManager: [
          candidate('dotnet', CONFIDENCE.declared, basename(project.file), detection.evidence)
        ],
        runtimeVersion: runtime,
        buildCommand: [candidate(publish, BUILD.releaseBuild, 'dotnet publish', detection.evidence)],
        startCommand: [
          candidate(start, START.frameworkServer, `assembly ${project.assemblyName}`, detection.evidence)
        ],
        port: sortCandidates(ports),
        healthPath: [
          ...mergeComposedHealth(
            findHealthRoutes(ctx.tree, healthSources, ROUTE_PATTERNS, { preprocess: stripCComments }),
            dotnetComposedHealth(ctx, healthSources)
          ),
          // `UseHealthChecks(options.HealthCheck.Path)`: the path is in appsettings.json.
          ...configuredHealthPath(ctx, healthSources)
        ],
        resources: [
          recommendResources({
            runtime: DOTNET_BASELINE,
            framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
            dependencies: [...project.deps.keys()]
          })
        ]
      },
      hints,
      warnings
    }
  }
}

const HEALTH_NAMED = /(?:^|\/)[^/]*(?:health|heartbeat|liveness|readiness|probe)[^/]*\.[cf]s$/i

function withHealthNamedFiles(ctx: AppContext, sources: string[]): string[] {
  const seen = new Set(sources)
  const named = ctx
    .sourceFiles(['.cs', '.fs'], Number.MAX_SAFE_INTEGER)
    .filter(f => !seen.has(f) && HEALTH_NAMED.test(f) && !/(^|\/)(bin|obj|tests?)\//i.test(f))
  return [...sources, ...named.slice(0, 50)]
}

/** Evidence of a pattern read from rewritten text (inlineIntConstants) shows the file's own line. */
function withSourceLines(ctx: AppContext, c: Candidate<number>): Candidate<number> {
  return {
    ...c,
    evidence: c.evidence.map(e => {
      const line = e.line > 0 ? ctx.tree.read(e.file)?.split('\n')[e.line - 1]?.trim() : undefined
      return line && line !== e.text ? { ...e, text: clip(line) } : e
    })
  }
}
