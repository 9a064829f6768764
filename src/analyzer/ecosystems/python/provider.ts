// Python provider: FastAPI, Django, Flask, Starlette, Streamlit, Gradio (and a few more) with pip, Poetry,
// uv, Pipenv or PDM. The start command comes from the app object found in source, the port from
// uvicorn.run/app.run/gunicorn.conf.py/environment defaults, the health path from route declarations.
import type { Evidence, Warning } from '../../report.js'
import type { FrameworkMatch } from '../common/framework-score.js'
import { PYTHON_APP_CONSTRUCTORS, PYTHON_FRAMEWORKS, PYTHON_IMPORTS } from './frameworks.js'
import { fileEvidence, matchAll, stripHashComments } from '../../signals/evidence.js'
import { findHealthRoutes, healthRank } from '../../signals/health.js'
import { addCandidate, findPorts, sortCandidates, type PortPattern } from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { mergeComposedHealth } from '../../signals/routes.js'
import { pythonComposedHealth } from './routes.js'
import type { AppContext, Detection, Provider, ProviderPlan } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import {
  candidate,
  fillTemplate,
  rankFrameworks,
  runtimeDependencyNames
} from '../common/provider-helpers.js'
import {
  PYTHON_MANIFESTS,
  isSetupScript,
  pythonPackageManager,
  pythonRuntimeVersion,
  readPythonManifests,
  type PythonManifests
} from './manifests.js'
import {
  djangoRoutes,
  findAppObjects,
  findDjango,
  findGuardedImporter,
  findImporter,
  hasMainGuard,
  findMainRunners,
  pythonSources,
  type AppObject
} from './entry.js'
import { findStandaloneEntry, STANDALONE_ENTRY_FILES } from './standalone.js'
import { PYTHON_BASELINE } from './runtime.js'

interface PythonData {
  manifests: PythonManifests
  matches: FrameworkMatch[]
  sources: string[]
}

const ENTRY_NAMES = [
  'main.py',
  'app.py',
  'server.py',
  'run.py',
  'wsgi.py',
  'asgi.py',
  'api.py',
  'application.py',
  'manage.py'
]

const PORT_PATTERNS: PortPattern[] = [
  { regex: /\buvicorn\.run\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/, source: 'uvicorn.run(port=)' },
  { regex: /\b[A-Za-z_]\w*\.run\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/, source: 'app.run(port=)' },
  { regex: /\brun_app\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/, source: 'web.run_app(port=)' },
  {
    regex: /\.launch\((?:[^()]|\([^()]*\))*?\bserver_port\s*=\s*(\d{2,5})\b/,
    source: 'launch(server_port=)'
  },
  {
    regex:
      /\b(?:os\.environ\.get|os\.getenv|environ\.get|env\.int|env)\(\s*["'](?:PORT|APP_PORT|HTTP_PORT|SERVER_PORT|WEB_PORT|API_PORT)["']\s*,\s*(?:default\s*=\s*)?["']?(\d{2,5})\b/,
    source: 'PORT environment default'
  },
  {
    regex:
      /\b(?:HTTPServer|ThreadingHTTPServer|TCPServer|ThreadingTCPServer|WSGIServer)\(\s*\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*\)/,
    source: 'HTTPServer((host, port))'
  },
  { regex: /\bmake_server\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*,/, source: 'make_server(host, port)' },
  {
    regex: /^(?:PORT|APP_PORT|SERVER_PORT|HTTP_PORT)\s*(?::\s*int\s*)?=\s*(\d{2,5})\s*$/m,
    source: 'PORT constant',
    confidence: CONFIDENCE.source - 0.1
  }
]

const ROUTE_PATTERNS = [
  {
    regex: /@[A-Za-z_][\w.]*\.(?:get|head|route|api_route|api\.get)\(\s*["'](?<path>\/[^"']*)["']/,
    source: 'route decorator'
  },
  { regex: /@(?:get|head|route)\(\s*(?:path\s*=\s*)?["'](?<path>\/[^"']*)["']/, source: 'route decorator' },
  { regex: /\b(?:Route|Mount|WebSocketRoute)\(\s*["'](?<path>\/[^"']*)["']/, source: 'Route()' },
  // http.server handlers compare the request path themselves: `if self.path == "/health":`.
  {
    regex: /\bself\.path\s*(?:==\s*|\.startswith\(\s*|in\s*\(\s*)["'](?<path>\/[^"']*)["']/,
    source: 'BaseHTTPRequestHandler path check'
  },
  {
    regex:
      /\.(?:add_api_route|add_url_rule|add_route|add_get|add_api_websocket_route)\(\s*["'](?<path>\/[^"']*)["']/,
    source: 'route registration'
  }
]

export const pythonProvider: Provider<PythonData> = {
  id: 'python',
  manifests: PYTHON_MANIFESTS.concat(['Pipfile.lock']),
  isManifest: (tree, path) => !path.endsWith('setup.py') || isSetupScript(tree, path),

  entryFiles: STANDALONE_ENTRY_FILES,

  detect(ctx) {
    const manifests = readPythonManifests(ctx)
    if (manifests.found.length === 0 && !ctx.has('manage.py')) return detectStandalone(ctx, manifests)
    const matches = rankFrameworks(ctx, PYTHON_FRAMEWORKS, manifests.deps)
    const sources = pythonSources(ctx)
    const best = matches[0]
    const evidence: Evidence[] = manifests.found.slice(0, 1).map(f => fileEvidence(ctx.path(f)))
    if (best && best.score >= 0.5) {
      return {
        score: 0.9 + best.score / 20,
        deployable: true,
        reason: `${best.spec.name} is a dependency`,
        evidence: [...best.evidence, ...evidence],
        data: { manifests, matches, sources }
      }
    }
    const entry = ENTRY_NAMES.find(n => ctx.has(n))
    if (entry) {
      return {
        score: 0.5,
        deployable: true,
        reason: `Python project with ${entry}`,
        evidence: [fileEvidence(ctx.path(entry)), ...evidence],
        data: { manifests, matches, sources }
      }
    }
    return {
      score: 0.4,
      deployable: false,
      reason: 'Python project without a web framework or entry file (library or tooling)',
      evidence,
      data: { manifests, matches, sources }
    }
  },

  plan(ctx, detection) {
    return planPython(ctx, detection)
  }
}

/** No manifest: only an entry file that starts a server makes an app (see python-standalone.ts). */
function detectStandalone(ctx: AppContext, manifests: PythonManifests): Detection<PythonData> | null {
  const entry = findStandaloneEntry(ctx)
  if (!entry) return null
  const data = { manifests, matches: [], sources: pythonSources(ctx) }
  if (entry.kind === 'script')
    return {
      score: 0.15,
      deployable: false,
      reason: `Python files without a manifest or a web server (${entry.file} serves nothing)`,
      evidence: [entry.evidence],
      data
    }
  if (entry.kind === 'framework')
    manifests.warnings.push({
      code: 'NO_PYTHON_MANIFEST',
      message: `${entry.evidence.file}:${entry.evidence.line} imports ${entry.framework}, but no requirements.txt or pyproject.toml declares it; the image cannot install it — add a requirements.txt`,
      file: entry.evidence.file,
      line: entry.evidence.line
    })
  return {
    score: entry.kind === 'stdlib' ? 0.75 : 0.5,
    deployable: true,
    reason:
      entry.kind === 'stdlib'
        ? `standard-library web server in ${entry.file} (no manifest needed)`
        : `${entry.file} runs ${entry.framework} without a manifest`,
    evidence: [entry.evidence],
    data
  }
}

function planPython(ctx: AppContext, detection: Detection<PythonData>): ProviderPlan {
  const { manifests, matches, sources } = detection.data
  const warnings: Warning[] = [...manifests.warnings]
  const hints: Record<string, string | number | boolean | string[]> = {}
  const framework = chooseFramework(ctx, matches, sources)
  const spec = framework?.spec
  const fwId = spec?.id ?? 'none'

  const frameworkCandidates: Candidate<string>[] = framework
    ? [
        candidate(
          fwId,
          Math.min(1, 0.75 + framework.score * 0.2),
          `${spec!.name} dependency`,
          framework.evidence
        )
      ]
    : [candidate('none', CONFIDENCE.fallback, 'no Python web framework among the dependencies', [])]
  for (const m of matches.slice(1, 3))
    if (m.spec.id !== fwId)
      frameworkCandidates.push(
        candidate(m.spec.id, Math.min(0.7, m.score * 0.6), `${m.spec.name} dependency`, m.evidence)
      )

  // Ports: config and source first, the framework default last.
  const ports: Candidate<number>[] = []
  const gunicornConf = readGunicornConf(ctx)
  if (gunicornConf.port) ports.push(gunicornConf.port)
  for (const c of findPorts(ctx.tree, sources.slice(0, 120), PORT_PATTERNS, stripHashComments))
    addCandidate(ports, c)
  const defaultPort = spec?.port ?? 8000
  const fwEvidence = framework?.evidence ?? []
  const hasGunicorn = manifests.deps.has('gunicorn')

  const start = startCommand(ctx, fwId, sources, hasGunicorn, gunicornConf.bind, fwEvidence)
  // The port the command binds by default: what the project says (gunicorn bind, uvicorn.run(port=),
  // a PORT default in code), else the framework's default.
  const port = sortCandidates(ports)[0]?.value ?? defaultPort
  addCandidate(
    ports,
    candidate(
      defaultPort,
      CONFIDENCE.convention - 0.02,
      spec ? `${spec.name} default` : 'Python default',
      fwEvidence
    )
  )

  const startCandidates: Candidate<string>[] = []
  let buildCommand: Candidate<string>[] = []
  if (start) {
    startCandidates.push(
      candidate(fillTemplate(start.command, { port }), start.confidence, start.source, start.evidence)
    )
    if (start.extraPackages.length > 0) hints.pythonExtraPackages = start.extraPackages
    if (start.entry) hints.entry = start.entry
    if (start.importRoot) hints.importRoot = start.importRoot
  } else if (detection.deployable) {
    warnings.push({
      code: 'NO_START_COMMAND',
      message: `${ctx.path('')}: no Python entry point found; set app.startCommand in .delightful.yaml`
    })
  }
  if (fwId === 'django') {
    const project = findDjango(ctx, sources)
    if (project?.staticRoot) {
      const manage = project.root ? `${project.root}/manage.py` : 'manage.py'
      buildCommand = [
        candidate(`python ${manage} collectstatic --noinput`, CONFIDENCE.convention, 'Django STATIC_ROOT', [
          project.staticRoot
        ])
      ]
    }
  }
  if (fwId === 'gradio') hints.env = ['GRADIO_SERVER_NAME=0.0.0.0']
  if (fwId === 'streamlit') hints.env = ['STREAMLIT_SERVER_HEADLESS=true']

  const health = healthCandidates(ctx, fwId, sources)
  if (spec?.healthPath && !health.some(h => h.value === spec.healthPath))
    health.push(
      candidate(spec.healthPath, CONFIDENCE.convention, `${spec.name} built-in health endpoint`, fwEvidence)
    )

  const resources = recommendResources({
    runtime: PYTHON_BASELINE,
    framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
    dependencies: runtimeDependencyNames(manifests.deps),
    evidenceFor: dep => manifests.deps.get(dep)?.evidence
  })

  return {
    candidates: {
      language: [
        candidate(
          'python',
          CONFIDENCE.declared,
          manifests.found.length > 0 ? 'Python manifest' : 'Python entry file',
          detection.evidence
        )
      ],
      framework: frameworkCandidates,
      packageManager: [pythonPackageManager(ctx, manifests)],
      runtimeVersion: pythonRuntimeVersion(ctx, manifests),
      buildCommand,
      startCommand: startCandidates,
      port: sortCandidates(ports),
      healthPath: health,
      resources: [resources]
    },
    hints,
    warnings
  }
}

/** The dependency ranking decides, but an import in source settles close calls (gradio pulls in fastapi). */
function chooseFramework(
  ctx: AppContext,
  matches: FrameworkMatch[],
  sources: string[]
): FrameworkMatch | null {
  const usable = matches.filter(m => m.score >= 0.3)
  if (usable.length <= 1) return usable[0] ?? null
  const imported = (id: string): boolean => {
    const pkg = PYTHON_IMPORTS[id]
    return pkg !== undefined && findImporter(ctx, sources.slice(0, 150), pkg, []) !== null
  }
  const scored = usable.map(m => ({ m, s: m.score * m.spec.specificity + (imported(m.spec.id) ? 0.3 : 0) }))
  scored.sort((a, b) => b.s - a.s)
  return scored[0]!.m
}

interface StartPlan {
  command: string
  confidence: number
  source: string
  evidence: Evidence[]
  /** True when the app itself picks its port (`python main.py` with uvicorn.run(port=…)). */
  portFromSource: boolean
  extraPackages: string[]
  entry?: string
  importRoot?: string
}

function target(obj: AppObject): string {
  return `${obj.module}:${obj.factory ? `${obj.variable}()` : obj.variable}`
}

function startCommand(
  ctx: AppContext,
  fwId: string,
  sources: string[],
  hasGunicorn: boolean,
  gunicornBind: boolean,
  fwEvidence: Evidence[]
): StartPlan | null {
  const spec = PYTHON_FRAMEWORKS.find(s => s.id === fwId)
  const runners = findMainRunners(ctx, sources.slice(0, 150))
  const plan = (
    command: string,
    source: string,
    evidence: Evidence[],
    extra: Partial<StartPlan> = {}
  ): StartPlan => ({
    command,
    confidence: CONFIDENCE.convention + 0.1,
    source,
    evidence: evidence.slice(0, 3),
    portFromSource: false,
    extraPackages: [],
    ...extra
  })
  const pythonRunner = (preferFile?: string): StartPlan | null => {
    const r = runners.find(x => x.file === preferFile) ?? runners[0]
    return r
      ? plan(`python ${r.file}`, `${r.file} __main__ block`, [r.evidence], {
          portFromSource: true,
          entry: r.file
        })
      : null
  }

  if (fwId === 'django') {
    const project = findDjango(ctx, sources)
    if (!project?.wsgi) return null
    const chdir = project.root ? ` --chdir ${project.root}` : ''
    return plan(
      `gunicorn ${project.wsgi}${chdir} --bind 0.0.0.0:\${PORT:-{{port}}}`,
      'Django WSGI_APPLICATION',
      project.evidence,
      {
        extraPackages: hasGunicorn ? [] : ['gunicorn'],
        entry: project.wsgi
      }
    )
  }
  if (fwId === 'streamlit' || fwId === 'gradio') {
    const preferred = [
      'streamlit_app.py',
      'app.py',
      'main.py',
      'Home.py',
      'home.py',
      'dashboard.py',
      'demo.py',
      'run.py'
    ]
    const found = findImporter(ctx, sources, PYTHON_IMPORTS[fwId]!, preferred)
    if (!found) return null
    if (fwId === 'gradio') {
      // A file that launches nothing under its own `__main__` guard is run through the script that imports it.
      const runner =
        runners.find(r => r.file === found.file) ??
        runners[0] ??
        (hasMainGuard(ctx, found.file) ? null : findGuardedImporter(ctx, sources, found.file))
      const file = runner?.file ?? found.file
      return plan(`python ${file}`, `${file} imports gradio`, [runner?.evidence ?? found.evidence], {
        portFromSource: true,
        entry: file
      })
    }
    return plan(
      fillTemplate(spec!.startCommand!, { file: found.file, port: '{{port}}' }),
      `${found.file} imports streamlit`,
      [found.evidence],
      { entry: found.file }
    )
  }
  const constructors = PYTHON_APP_CONSTRUCTORS[fwId]
  if (!constructors || !spec?.startCommand) {
    // Script-style servers (aiohttp, tornado, bottle, no framework): run the __main__ file.
    const runner = pythonRunner()
    if (runner) return runner
    const main = ['main.py', 'app.py', 'server.py', 'run.py'].find(f => ctx.has(f))
    return main
      ? plan(`python ${main}`, `${main} entry file`, [fileEvidence(ctx.path(main))], {
          confidence: CONFIDENCE.convention - 0.1,
          portFromSource: true,
          entry: main
        })
      : null
  }
  const objects = findAppObjects(ctx, sources, constructors)
  const obj = objects[0]
  const uvicornStyle = spec.startCommand.startsWith('uvicorn')
  const sameFileRunner = obj ? runners.find(r => r.file === obj.file) : runners[0]
  // A __main__ block that binds 0.0.0.0 is what the authors run in production; keep it unless the
  // project ships gunicorn for a WSGI app.
  if (sameFileRunner?.public && !(hasGunicorn && !uvicornStyle)) return pythonRunner(sameFileRunner.file)
  if (!obj) {
    // No app object we can read (built dynamically, star-imported …): the conventional module is a guess.
    const runner = pythonRunner()
    if (runner) return runner
    const guess = ['main.py', 'app.py', 'app/main.py', 'src/main.py', 'server.py', 'api.py'].find(f =>
      ctx.has(f)
    )
    if (!guess) return null
    const module = guess.replace(/\.py$/, '').replace(/\//g, '.')
    const command = uvicornStyle
      ? `uvicorn ${module}:app --host 0.0.0.0 --port \${PORT:-{{port}}}`
      : `gunicorn ${module}:app --bind 0.0.0.0:\${PORT:-{{port}}}`
    return plan(command, `${guess} (conventional app module)`, [fileEvidence(ctx.path(guess))], {
      confidence: CONFIDENCE.convention - 0.1,
      extraPackages: uvicornStyle || hasGunicorn ? [] : ['gunicorn'],
      entry: `${module}:app`
    })
  }
  const appDirFlag = obj.importRoot
    ? uvicornStyle
      ? ` --app-dir ${obj.importRoot}`
      : ` --chdir ${obj.importRoot}`
    : ''
  const evidence = [obj.evidence, ...fwEvidence]
  if (uvicornStyle) {
    // uvicorn calls factories itself with --factory.
    const asgi = obj.factory ? `${obj.module}:${obj.variable} --factory` : target(obj)
    return plan(
      `uvicorn ${asgi}${appDirFlag} --host 0.0.0.0 --port \${PORT:-{{port}}}`,
      `${obj.file} ${obj.variable} = ${spec.name}()`,
      evidence,
      {
        extraPackages: [],
        entry: target(obj),
        importRoot: obj.importRoot ?? undefined
      }
    )
  }
  if (spec.startCommand.startsWith('gunicorn')) {
    const variable = fwId === 'dash' ? dashServer(ctx, obj) : target(obj)
    const command = gunicornBind
      ? `gunicorn ${variable}${appDirFlag}`
      : `gunicorn ${variable}${appDirFlag} --bind 0.0.0.0:\${PORT:-{{port}}}`
    return plan(command, `${obj.file} ${obj.variable} = ${spec.name}()`, evidence, {
      extraPackages: hasGunicorn ? [] : ['gunicorn'],
      entry: variable,
      importRoot: obj.importRoot ?? undefined
    })
  }
  return plan(
    fillTemplate(spec.startCommand, { module: target(obj), file: obj.file, port: '{{port}}' }),
    `${obj.file} ${obj.variable} = ${spec.name}()`,
    evidence,
    { entry: target(obj) }
  )
}

/** Dash apps are served through their Flask server: `server = app.server` → `module:server`. */
function dashServer(ctx: AppContext, obj: AppObject): string {
  const text = ctx.read(obj.file) ?? ''
  const m = /^(\w+)\s*=\s*\w+\.server\b/m.exec(text)
  return `${obj.module}:${m ? m[1] : `${obj.variable}.server`}`
}

/** gunicorn.conf.py / gunicorn_config.py: `bind = "0.0.0.0:5050"` is the deployed port. */
function readGunicornConf(ctx: AppContext): { port: Candidate<number> | null; bind: boolean } {
  for (const name of ['gunicorn.conf.py', 'gunicorn_config.py', 'gunicorn.config.py', 'config/gunicorn.py']) {
    const path = ctx.path(name)
    const raw = ctx.tree.read(path)
    if (raw === null) continue
    const text = stripHashComments(raw)
    const bind = matchAll(
      path,
      text,
      /^bind\s*=\s*\[?\s*f?["'][^"']*?:(?:\{[^}]*?["'](\d{2,5})["'][^}]*\}|(\d{2,5}))["']/m,
      1
    )[0]
    const hasBind = /^bind\s*=/m.test(text)
    // Only the default gunicorn.conf.py is read without -c; other names need the flag we do not add.
    const applies = name === 'gunicorn.conf.py'
    if (bind) {
      const port = Number(bind.match[1] ?? bind.match[2])
      return {
        port: candidate(port, applies ? CONFIDENCE.declared : CONFIDENCE.source, `${name} bind`, [
          bind.evidence
        ]),
        bind: applies && hasBind
      }
    }
    return { port: null, bind: applies && hasBind }
  }
  return { port: null, bind: false }
}

function healthCandidates(ctx: AppContext, fwId: string, sources: string[]): Candidate<string>[] {
  if (fwId === 'django') {
    const project = findDjango(ctx, sources)
    if (!project) return []
    const routes = djangoRoutes(ctx, project)
      .map(r => ({ ...r, rank: healthRank(r.path.replace(/\/$/, '') || '/') }))
      .filter(r => r.rank >= 0)
      .sort((a, b) => a.rank - b.rank)
    return routes
      .slice(0, 3)
      .map((r, i) =>
        candidate(r.path, CONFIDENCE.source - i * 0.01, `${r.evidence.file} urlpatterns`, [r.evidence])
      )
  }
  const flat = findHealthRoutes(ctx.tree, sources.slice(0, 200), ROUTE_PATTERNS, {
    preprocess: stripHashComments,
    prefixFor: (_file, text) => {
      const m =
        /\b(?:APIRouter|Blueprint|Router)\([^)]*?\b(?:prefix|url_prefix)\s*=\s*["'](\/[^"']*)["']/.exec(text)
      return m ? m[1]! : ''
    }
  })
  // Routers mounted under a prefix elsewhere (include_router, register_blueprint, Mount) compose.
  return mergeComposedHealth(flat, pythonComposedHealth(ctx, sources))
}
