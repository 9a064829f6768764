// Python provider: FastAPI, Django, Flask, Starlette, Streamlit, Gradio (and a few more) with pip, Poetry,
// uv, Pipenv or PDM. The start command comes from the app object found in source, the port from
// uvicorn.run/app.run/gunicorn.conf.py/environment defaults, the health path from route declarations.
import { outsideRoots, sideServerRoots } from './side-servers.js'
import type { Evidence, Warning } from '../../report.js'
import type { FrameworkMatch } from '../common/framework-score.js'
import { PYTHON_FRAMEWORKS } from './frameworks.js'
import type { PythonFrameworkSpec } from './framework-spec.js'
import { startCommand } from './start.js'
import { fileEvidence, stripHashComments } from '../../signals/evidence.js'
import {
  addCandidate,
  findPorts,
  NOT_HTTP_PORT,
  sortCandidates,
  type PortPattern
} from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import type { AppContext, Detection, Provider, ProviderPlan } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import {
  candidate,
  fillTemplate,
  rankFrameworks,
  runtimeDependencyNames
} from '../common/provider-helpers.js'
import { runnableServerModule } from './runnable-module.js'
import {
  PYTHON_MANIFESTS,
  isSetupScript,
  pythonPackageManager,
  pythonRuntimeVersion,
  readPythonManifests,
  type PythonManifests
} from './manifests.js'
import { findImporter, pythonSources } from './entry.js'
import { gradioMount } from './mounted-gradio.js'
import { consoleScriptServe } from './cli-serve.js'
import { serverConfigFields } from './server-config-port.js'
import { findStandaloneEntry, STANDALONE_ENTRY_FILES } from './standalone.js'
import { PYTHON_BASELINE } from './runtime.js'
import type { Hints } from '../../hints.js'
import { uwsgiPorts, uwsgiStart } from './uwsgi.js'
import { consoleScripts, startedConsoleScript } from './console-script-start.js'
import { PORT } from '../../precedence.js'
import { readGunicornConf, healthCandidates } from './serving.js'
import { unitGunicornConfPort } from './unit-gunicorn.js'
import { isVirtualProject } from './virtual-project.js'
import { imageServedModule } from './image-served-module.js'
import { imageRunScript } from './image-run-script.js'
import { imageInstalledServer } from './image-installed-server.js'
import { addVendoredDependencies } from './vendored.js'
import { consoleScriptPortOption } from './cli-port-option.js'

interface PythonData {
  manifests: PythonManifests
  matches: FrameworkMatch<PythonFrameworkSpec>[]
  sources: string[]
  /** Folders of vendored libraries (app-relative, `libs`): third-party code, never the app's routes. */
  vendored?: string[]
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
  // waitress: `serve(app, host=…, port=7788)`, `create_server(app, port=…)`.
  {
    regex: /(?:^|[^\w.]|\bwaitress\.)(?:serve|create_server)\((?:[^()]|\([^()]*\))*?\bport\s*=\s*(\d{2,5})\b/,
    source: 'waitress serve(port=)'
  },
  {
    regex: /\.launch\((?:[^()]|\([^()]*\))*?\bserver_port\s*=\s*(\d{2,5})\b/,
    source: 'launch(server_port=)'
  },
  {
    regex:
      /\b(?:os\.environ\.get|os\.getenv|environ\.get|env\.int|env)\(\s*["'](?<env>PORT|APP_PORT|HTTP_PORT|SERVER_PORT|WEB_PORT|API_PORT)["']\s*,\s*(?:default\s*=\s*)?["']?(?<port>\d{2,5})\b/,
    source: 'PORT environment default'
  },
  {
    regex:
      /\b(?:HTTPServer|ThreadingHTTPServer|TCPServer|ThreadingTCPServer|WSGIServer)\(\s*\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*\)/,
    source: 'HTTPServer((host, port))'
  },
  { regex: /\bmake_server\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*,/, source: 'make_server(host, port)' },
  {
    regex:
      /^(?:DEFAULT_)?(?:PORT|APP_PORT|SERVER_PORT|HTTP_PORT|API_PORT|WEB_PORT)\s*(?::\s*int\s*)?=\s*(\d{2,5})\s*$/m,
    source: 'PORT constant',
    confidence: PORT.weakLiteral
  },
  // A settings class field (pydantic BaseSettings, a dataclass): `    API_PORT: int = 9000`, `    port: int = 8080`
  // (database and broker ports excluded).
  {
    regex: new RegExp(
      `^[ \\t]+(?:PORT|APP_PORT|SERVER_PORT|HTTP_PORT|API_PORT|WEB_PORT|port|app_port|server_port|http_port|api_port|web_port)\\s*:\\s*int\\s*=\\s*${NOT_HTTP_PORT}(\\d{2,5})\\s*(?:#.*)?$`,
      'm'
    ),
    source: 'settings class port field',
    confidence: PORT.weakLiteral
  },
  // A class attribute named for the web server's port (`web_server_port = 61208` beside `server_port = 61209`,
  // the XML-RPC server's, in a CLI's defaults): the HTTP listener's default, annotated or not.
  {
    regex: new RegExp(
      `^[ \\t]+(?:web_server_port|webserver_port|http_server_port|WEB_SERVER_PORT|HTTP_SERVER_PORT)\\s*(?::\\s*int\\s*)?=\\s*${NOT_HTTP_PORT}(\\d{2,5})\\s*(?:#.*)?$`,
      'm'
    ),
    source: 'web server port attribute',
    confidence: PORT.weakLiteral
  },
  // A dynaconf settings validator's default for the app's port key (`Validator('general.port', default=6767,
  // is_type_of=int)`): the port the app binds unless its settings file says otherwise. Keys of other
  // services (`postgresql.port`, `redis_port`) are not the web port.
  {
    regex:
      /\bValidator\(\s*["'](?:(?:general|server|web|http|app|main)\.)?(?:port|http_port|web_port|server_port)["'][^()\n]*?\bdefault\s*=\s*(\d{2,5})\b/,
    source: 'settings validator port default',
    confidence: PORT.weakLiteral
  },
  // A settings object's port property reading its environment variable with a default, within the first
  // lines of its body (`@cached_property def port(self): port = self._optional_var("port", default="7997")`,
  // `def http_port(self) -> int: return int(os.getenv("SEARCH_PORT", "8400"))`): the value a deployment that
  // sets nothing gets. Other services' properties (`db_port`, `redis_port`) are no web port of the app.
  {
    regex: new RegExp(
      `^[ \\t]+def\\s+(?:port|http_port|server_port|web_port|api_port|listen_port)\\s*\\(\\s*self\\s*\\)[^:\\n]*:[ \\t]*\\n(?:[ \\t]+[^\\n]*\\n){0,2}?[ \\t]+[^\\n]*?(?:\\bdefault\\s*=\\s*|\\b(?:getenv|environ\\.get|env\\.get)\\(\\s*["'][A-Za-z_]\\w*["']\\s*,\\s*)["']?${NOT_HTTP_PORT}(\\d{2,5})\\b`,
      'm'
    ),
    source: 'settings port property default',
    confidence: PORT.weakLiteral,
    needs: /def\s+\w*port\s*\(\s*self/
  },
  // A traitlets configurable's port trait (the Jupyter family's config: `port = Integer(8000, help=…)
  // .tag(config=True)`), its default on the next line or the same one; other services' ports
  // (`hub_port`, `proxy_api_port`, `db_port`) are no web port of the app.
  {
    regex: new RegExp(
      `^[ \\t]+(?:port|http_port|server_port|web_port)\\s*=\\s*(?:traitlets\\.)?(?:Integer|Int)\\(\\s*(?:default_value\\s*=\\s*)?${NOT_HTTP_PORT}(\\d{2,5})\\b`,
      'm'
    ),
    source: 'traitlets port trait default',
    confidence: PORT.weakLiteral
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
    const sources = pythonSources(ctx)
    const vendored = addVendoredDependencies(ctx, sources, manifests.deps)
    const matches = rankFrameworks(ctx, PYTHON_FRAMEWORKS, manifests.deps)
    const best = matches[0]
    const evidence: Evidence[] = manifests.found.slice(0, 1).map(f => fileEvidence(ctx.path(f)))
    if (best && best.score >= 0.5) {
      return {
        score: 0.9 + best.score / 20,
        deployable: true,
        reason: `${best.spec.name} is a dependency`,
        evidence: [...best.evidence, ...evidence],
        data: { manifests, matches, sources, vendored }
      }
    }
    const entry = ENTRY_NAMES.find(n => ctx.has(n))
    // Client-and-server libraries tie on dependencies alone (aiohttp and tornado both at 0.48): the one whose
    // server API the package imports is what it serves with.
    const served = entry ? null : runnableMatch(ctx, matches)
    if (served) {
      const { runnable, match } = served
      return {
        score: 0.5,
        deployable: true,
        reason: `Python package run as a module (${runnable.module}/__main__.py) serving ${match.spec.name}`,
        evidence: [fileEvidence(ctx.path(`${runnable.module}/__main__.py`)), ...match.evidence, ...evidence],
        // The served library leads the ranking, so ties among the framework choices fall to it.
        data: { manifests, matches: [match, ...matches.filter(m => m !== match)], sources, vendored }
      }
    }
    // Without a web framework, each of these makes the project a deployable app (score 0.5), its proof first.
    const deployableBy = (reason: string, proof: typeof evidence) => ({
      score: 0.5,
      deployable: true,
      reason,
      evidence: [...proof, ...evidence],
      data: { manifests, matches, sources, vendored }
    })
    if (entry) {
      return deployableBy(`Python project with ${entry}`, [fileEvidence(ctx.path(entry))])
    }
    const started = startedConsoleScript(ctx, consoleScripts(ctx, manifests.pyproject))
    if (started) {
      return deployableBy(`the repository starts its own console script ${started.script}`, started.evidence)
    }
    const imageServed = imageServedModule(ctx)
    if (imageServed) {
      return deployableBy(
        `the repository's image serves its own module ${imageServed.module}`,
        imageServed.evidence
      )
    }
    const ranScript = imageRunScript(ctx)
    if (ranScript) {
      return deployableBy(
        `the repository's image runs its own script ${ranScript.script}`,
        ranScript.evidence
      )
    }
    const installed = imageInstalledServer(ctx, manifests.deps)
    if (installed) {
      return deployableBy(
        `the repository's image installs its requirements with ${installed.server}`,
        installed.evidence
      )
    }
    return {
      score: 0.4,
      deployable: false,
      reason: 'Python project without a web framework or entry file (library or tooling)',
      evidence,
      data: { manifests, matches, sources, vendored }
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
  const { manifests, matches, sources, vendored = [] } = detection.data
  const warnings: Warning[] = [...manifests.warnings]
  const hints: Hints = {}
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
  const unitConf = unitGunicornConfPort(ctx)
  if (unitConf) addCandidate(ports, unitConf)
  for (const c of uwsgiPorts(ctx)) addCandidate(ports, c)
  // A settings model's server section (`class ServerConfig: port: int = 5000`), also in a config module read
  // past the first sources; with one found, the other sections' port fields of those modules are not the app's.
  const serverConfig = serverConfigFields(ctx, sources)
  // A Django project's helper servers of another framework (side-servers.ts) are other processes.
  const sideRoots = sideServerRoots(ctx, fwId, sources)
  const appSources = outsideRoots(sources, sideRoots)
  for (const c of findPorts(ctx.tree, appSources.slice(0, 120), PORT_PATTERNS, stripHashComments))
    if (!c.evidence.some(e => serverConfig.others.has(`${e.file}:${e.line}`))) addCandidate(ports, c)
  for (const c of serverConfig.server) addCandidate(ports, c)
  // A web app's own single-command click CLI with a `--port` default (`fava`): its port and its start.
  const cliPort = spec ? consoleScriptPortOption(ctx, manifests.pyproject) : null
  if (cliPort) addCandidate(ports, cliPort.port)
  const defaultPort = spec?.port ?? 8000
  const fwEvidence = framework?.evidence ?? []

  const start = startCommand(ctx, spec, sources, manifests.deps, gunicornConf.bind, fwEvidence)
  // The port the command binds by default: what the project says (gunicorn bind, uvicorn.run(port=),
  // a PORT default in code), else the framework's default.
  const port = sortCandidates(ports)[0]?.value ?? defaultPort
  addCandidate(
    ports,
    candidate(
      defaultPort,
      PORT.pythonFrameworkDefault,
      spec ? `${spec.name} default` : 'Python default',
      fwEvidence
    )
  )

  const startCandidates: Candidate<string>[] = []
  let buildCommand: Candidate<string>[] = []
  // The project's own CLI with a server command (`octoprint serve`) outranks a WSGI/ASGI server pointed at
  // the app object it builds inside; a Dockerfile or Procfile command still ranks above both.
  const cliServe = consoleScriptServe(ctx, manifests.pyproject)
  if (cliServe) startCandidates.push(cliServe)
  if (cliPort && !cliServe) startCandidates.push(cliPort.start)
  // A uWSGI ini serving the app (`uwsgi --ini ckan-uwsgi.ini`) likewise outranks the framework's server.
  const uwsgi = uwsgiStart(ctx)
  if (uwsgi) startCandidates.push(uwsgi)
  if (start) {
    startCandidates.push(
      candidate(fillTemplate(start.command, { port }), start.confidence, start.source, start.evidence)
    )
    if (start.extraPackages.length > 0) hints.pythonExtraPackages = start.extraPackages
    if (start.entry) hints.entry = start.entry
    if (start.importRoot) hints.importRoot = start.importRoot
    if (start.hints) Object.assign(hints, start.hints)
  } else if (detection.deployable) {
    warnings.push({
      code: 'NO_START_COMMAND',
      message: `${ctx.path('')}: no Python entry point found; set app.startCommand in .delightful.yaml`
    })
  }
  if (spec?.project) buildCommand = spec.project.buildCommand(ctx, sources)
  const packageManager = pythonPackageManager(ctx, manifests)
  // pip with nothing but pyproject.toml: the image installs the project, or only its dependencies when the
  // project is no package (virtual-project.ts).
  if (
    packageManager.value === 'pip' &&
    packageManager.source === 'pyproject.toml' &&
    isVirtualProject(ctx, manifests.pyproject, start?.command ?? null)
  )
    hints.pythonVirtualProject = true
  // A Pipfile without Pipfile.lock beside a requirements.txt: the image installs that pinned export.
  if (packageManager.value === 'pipenv' && packageManager.source === 'Pipfile' && ctx.has('requirements.txt'))
    hints.requirementsFile = 'requirements.txt'
  if (spec?.env) hints.env = [...spec.env]
  if (sideRoots.length > 0) hints.sideServerRoots = sideRoots

  // A vendored library's routes (`libs/flask_socketio`'s `/ping`) are not the app's: its own files are read.
  const vendoredRoots = [...vendored.map(folder => `${ctx.path(folder)}/`), ...sideRoots]
  const health = healthCandidates(
    ctx,
    spec,
    vendoredRoots.length > 0 ? pythonSources(ctx, 300, vendoredRoots) : sources,
    vendoredRoots
  )
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
      packageManager: [packageManager],
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

/** The first ranked library (of the few that count) whose server API a runnable package of the app imports. */
function runnableMatch(
  ctx: AppContext,
  matches: FrameworkMatch<PythonFrameworkSpec>[]
): { runnable: { module: string; file: string }; match: FrameworkMatch<PythonFrameworkSpec> } | null {
  for (const match of matches.slice(0, 3)) {
    const runnable = runnableServerModule(ctx, match.spec.imports)
    if (runnable) return { runnable, match }
  }
  return null
}

/** The dependency ranking decides, but an import in source settles close calls (gradio pulls in fastapi). */
function chooseFramework(
  ctx: AppContext,
  matches: FrameworkMatch<PythonFrameworkSpec>[],
  sources: string[]
): FrameworkMatch<PythonFrameworkSpec> | null {
  let usable = matches.filter(m => m.score >= 0.3)
  // A Gradio Blocks mounted into another framework's app (`gr.mount_gradio_app(app, demo, path=…)`): the
  // host app is what serves, so gradio steps aside (its dependency pulls fastapi in and outranks it).
  if (usable.length > 1 && usable.some(m => m.spec.id === 'gradio')) {
    const mount = gradioMount(ctx, sources)
    if (mount) {
      usable = usable
        .filter(m => m.spec.id !== 'gradio')
        .map(m => (m.spec.serves === 'asgi' ? { ...m, evidence: [...m.evidence, mount] } : m))
    }
  }
  if (usable.length <= 1) return usable[0] ?? null
  const imported = (spec: PythonFrameworkSpec): boolean =>
    spec.imports !== undefined && findImporter(ctx, sources.slice(0, 150), spec.imports, []) !== null
  const scored = usable.map(m => ({ m, s: m.score * m.spec.specificity + (imported(m.spec) ? 0.3 : 0) }))
  scored.sort((a, b) => b.s - a.s)
  return scored[0]!.m
}
