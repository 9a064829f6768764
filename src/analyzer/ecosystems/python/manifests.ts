// Python manifests: dependencies from requirements*.txt (with `-r` includes), pyproject.toml (PEP 621,
// Poetry, PDM, uv dependency groups), Pipfile and setup.py; the package manager from lockfiles and tool
// tables; the runtime version from every place projects pin it.
import { workflowPythonVersion } from './workflow-python.js'
import type { Evidence, Warning } from '../../report.js'
import { normalizePath, type SourceTree } from '../../tree.js'
import type { DependencySet } from '../common/framework-score.js'
import { evidenceAt, fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { getPath, isRecord, parseTomlFile, valueOf } from '../../signals/manifests.js'
import { toolVersion } from '../../signals/versions.js'
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { addDependency, candidate, escapeRegex, pinDirs, versionFile } from '../common/provider-helpers.js'
import { RUNTIME_VERSION } from '../../precedence.js'
import { imageRequirementFiles } from './image-requirements.js'
import { setupCfgRequires } from './setup-cfg-requires.js'
import { imageInstalledExtras, normalizeExtra } from './image-extras.js'

export interface PythonManifests {
  deps: DependencySet
  pyproject: Record<string, unknown> | null
  pipfile: Record<string, unknown> | null
  /** Manifest files found (app-relative), for detection evidence. */
  found: string[]
  warnings: Warning[]
}

export const PYTHON_MANIFESTS = [
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.py',
  'setup.cfg',
  'uv.lock',
  'poetry.lock'
]

/** PEP 503 normalised name: lowercase, runs of `-_.` become `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** Name of a PEP 508 requirement (`fastapi[standard]>=0.110 ; python_version>'3.8'` → `fastapi`). */
export function requirementName(spec: string): string | null {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)
  return m ? normalizeName(m[1]!) : null
}

const REQUIREMENT_FILES = [
  'requirements.txt',
  'requirements/prod.txt',
  'requirements/production.txt',
  'requirements/base.txt',
  'requirements/common.txt',
  'requirements.in'
]

/** Reads a requirements file and the files it includes with `-r`/`-c` (bounded, no cycles). */
export function readRequirements(
  ctx: AppContext,
  rel: string,
  deps: DependencySet,
  dev: boolean,
  seen = new Set<string>()
): void {
  if (seen.has(rel) || seen.size > 10) return
  seen.add(rel)
  const path = ctx.path(rel)
  const text = ctx.tree.read(path)
  if (text === null) return
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : ''
  const lines = text.split('\n')
  let offset = 0
  for (const raw of lines) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    const index = offset
    offset += raw.length + 1
    if (!line) continue
    const include = /^-(?:r|-requirement)\s*=?\s*(\S+)/.exec(line)
    if (include) {
      const target = normalizePath(dir + include[1]!)
      readRequirements(ctx, target, deps, dev || /dev|test|lint/i.test(target), seen)
      continue
    }
    if (line.startsWith('-') || /^(git\+|https?:|\.|\/)/.test(line)) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw)
      if (egg) addDependency(deps, normalizeName(egg[1]!), { dev, evidence: evidenceAt(path, text, index) })
      continue
    }
    const name = requirementName(line)
    if (name)
      addDependency(deps, name, {
        dev,
        version: line.slice(name.length).trim() || undefined,
        evidence: evidenceAt(path, text, index)
      })
  }
}

function addPep508List(list: unknown, deps: DependencySet, dev: boolean, path: string, text: string): void {
  if (!Array.isArray(list)) return
  for (const item of list) {
    if (typeof item !== 'string') continue
    const name = requirementName(item)
    if (!name) continue
    const m = new RegExp(`["']${escapeRegex(item.slice(0, 40))}`).exec(text)
    addDependency(deps, name, {
      dev,
      version: item,
      evidence: m ? evidenceAt(path, text, m.index) : fileEvidence(path, item)
    })
  }
}

function addTableKeys(table: unknown, deps: DependencySet, dev: boolean, path: string, text: string): void {
  if (!isRecord(table)) return
  for (const [key, value] of Object.entries(table)) {
    if (key.toLowerCase() === 'python') continue
    const name = normalizeName(key)
    const version =
      typeof value === 'string'
        ? value
        : isRecord(value) && typeof value.version === 'string'
          ? value.version
          : undefined
    addDependency(deps, name, { dev, version, evidence: keyEvidence(path, text, key) })
  }
}

/**
 * A `setup.py` that packages the project (setuptools/distutils `setup(…)`). A module that merely has that
 * name (a `handlers/setup.py` view of the first-run wizard) makes no folder an app of its own.
 */
function isPackagingScript(ctx: AppContext): boolean {
  return isSetupScript(ctx.tree, ctx.path('setup.py'))
}

export function isSetupScript(tree: SourceTree, path: string): boolean {
  const text = tree.read(path)
  return text !== null && /\b(?:setuptools|distutils|skbuild)\b/.test(text) && /\bsetup\s*\(/.test(text)
}

export function readPythonManifests(ctx: AppContext): PythonManifests {
  const deps: DependencySet = new Map()
  const warnings: Warning[] = []
  const found = PYTHON_MANIFESTS.filter(f => ctx.has(f) && (f !== 'setup.py' || isPackagingScript(ctx)))

  const pyPath = ctx.path('pyproject.toml')
  const pyValue = valueOf(parseTomlFile(ctx.tree, pyPath), warnings)
  const pyproject = isRecord(pyValue) ? pyValue : null
  if (pyproject) {
    const text = ctx.tree.read(pyPath) ?? ''
    addPep508List(getPath(pyproject, 'project', 'dependencies'), deps, false, pyPath, text)
    const optional = getPath(pyproject, 'project', 'optional-dependencies')
    // An extra the app's image installs (`uv sync --all-extras`, `pip install '.[server]'`) is no option.
    const installed = isRecord(optional) ? imageInstalledExtras(ctx) : null
    if (isRecord(optional))
      for (const [extra, list] of Object.entries(optional))
        addPep508List(
          list,
          deps,
          !(installed!.all || installed!.names.has(normalizeExtra(extra))),
          pyPath,
          text
        )
    const groups = getPath(pyproject, 'dependency-groups')
    if (isRecord(groups))
      for (const list of Object.values(groups)) addPep508List(list, deps, true, pyPath, text)
    addTableKeys(getPath(pyproject, 'tool', 'poetry', 'dependencies'), deps, false, pyPath, text)
    addTableKeys(getPath(pyproject, 'tool', 'poetry', 'dev-dependencies'), deps, true, pyPath, text)
    const poetryGroups = getPath(pyproject, 'tool', 'poetry', 'group')
    if (isRecord(poetryGroups)) {
      for (const [name, group] of Object.entries(poetryGroups)) {
        addTableKeys(getPath(group, 'dependencies'), deps, name !== 'main', pyPath, text)
      }
    }
    const pdmDev = getPath(pyproject, 'tool', 'pdm', 'dev-dependencies')
    if (isRecord(pdmDev))
      for (const list of Object.values(pdmDev)) addPep508List(list, deps, true, pyPath, text)
  }

  const pipPath = ctx.path('Pipfile')
  const pipValue = valueOf(parseTomlFile(ctx.tree, pipPath), warnings)
  const pipfile = isRecord(pipValue) ? pipValue : null
  if (pipfile) {
    const text = ctx.tree.read(pipPath) ?? ''
    addTableKeys(pipfile.packages, deps, false, pipPath, text)
    addTableKeys(pipfile['dev-packages'], deps, true, pipPath, text)
  }

  for (const rel of REQUIREMENT_FILES) readRequirements(ctx, rel, deps, false)
  // What the app's image installs (`pip install -r docker-requirements.txt`) is a runtime dependency too —
  // read for Python projects only (the shared signals of every other folder stay unread).
  if (found.length > 0) for (const rel of imageRequirementFiles(ctx)) readRequirements(ctx, rel, deps, false)
  for (const f of ctx.tree.filesIn(ctx.dir)) {
    const base = f.path.slice(f.path.lastIndexOf('/') + 1)
    if (/^requirements[-_.](dev|test|tests|lint|docs|ci)\b.*\.txt$/i.test(base))
      readRequirements(ctx, base, deps, true)
  }

  const setupPath = ctx.path('setup.py')
  const setup = ctx.tree.read(setupPath)
  if (setup) {
    const block = /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(setup)
    if (block) {
      for (const m of block[1]!.matchAll(/["']([^"']+)["']/g)) {
        const name = requirementName(m[1]!)
        if (name)
          addDependency(deps, name, {
            dev: false,
            version: m[1],
            evidence: evidenceAt(setupPath, setup, block.index + m.index!)
          })
      }
    } else {
      for (const rel of setupRequirementFiles(ctx, setup)) readRequirements(ctx, rel, deps, false)
    }
  }
  const cfgPath = ctx.path('setup.cfg')
  const cfg = ctx.tree.read(cfgPath)
  if (cfg) {
    const declared = setupCfgRequires(cfg)
    for (const r of declared.requirements) {
      const name = requirementName(r.text)
      if (name)
        addDependency(deps, name, {
          dev: r.dev,
          version: r.text,
          evidence: evidenceAt(cfgPath, cfg, r.index)
        })
    }
    for (const f of declared.files) readRequirements(ctx, f.rel, deps, f.dev)
  }
  for (const vendored of vendoredFrameworks(ctx))
    if (!deps.has(vendored.name))
      addDependency(deps, vendored.name, { dev: false, evidence: vendored.evidence })
  return { deps, pyproject, pipfile, found, warnings }
}

/**
 * Single-module frameworks a project vendors as its own file instead of depending on them (`bottle.py`, the
 * whole of Bottle, copied into `pkg/bottle_wrapper/`): the file named after the module that defines the
 * framework's application class is the dependency. Tests, examples, docs and virtualenvs vendor nothing the
 * app serves with.
 */
const VENDORED_MODULES: readonly { name: string; file: string; defines: RegExp }[] = [
  { name: 'bottle', file: 'bottle.py', defines: /^class Bottle\b/m }
]

function vendoredFrameworks(ctx: AppContext): { name: string; evidence: Evidence }[] {
  const out: { name: string; evidence: Evidence }[] = []
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  for (const module of VENDORED_MODULES) {
    // The name first, among all the folder's files: the app's own list (filtered from those) is built only
    // where one is, not for each of a monorepo's hundred candidate folders by a provider that finds no app.
    if (!ctx.tree.filesUnder(ctx.dir).some(f => f.path.endsWith(module.file))) continue
    const file = ctx.files().find(({ path: p }) => {
      const rel = p.slice(prefix.length).split('/')
      return (
        rel[rel.length - 1] === module.file &&
        rel.length <= 4 &&
        !rel.some(part =>
          /^(?:tests?|examples?|docs?|\.?venv|env|site-packages|node_modules|vendor-test)$/i.test(part)
        )
      )
    })
    const text = file ? ctx.tree.read(file.path) : null
    const m = text ? module.defines.exec(text) : null
    if (file && text && m) out.push({ name: module.name, evidence: evidenceAt(file.path, text, m.index) })
  }
  return out
}

/**
 * The requirements files a setup.py reads its `install_requires` from when it is no literal list:
 * `install_requires=get_requirements('default.txt')` over a helper that opens `'requirements/' + filename`,
 * `install_requires=parse_requirements("requirements/base.txt")`, `install_requires=open('requirements.txt')
 * .read().splitlines()`. Each quoted `.txt`/`.in` name in the call is taken as an app path, else under the
 * folder a literal `'<dir>/' +` or `os.path.join('<dir>', …)` in the script names; only files that exist.
 */
function setupRequirementFiles(ctx: AppContext, setup: string): string[] {
  const call = /\binstall_requires\s*=\s*([^\n,]*(?:\([^()\n]*\))?[^\n,]*)/.exec(setup)
  if (!call) return []
  const names = [...call[1]!.matchAll(/["']([\w./-]{1,80}\.(?:txt|in))["']/g)].map(m => m[1]!)
  const dirs = [
    '',
    ...[...setup.matchAll(/["']([\w.-]{1,40})\/["']\s*\+/g)].map(m => `${m[1]}/`),
    ...[...setup.matchAll(/os\.path\.join\(\s*(?:[\w.]+\s*,\s*)?["']([\w.-]{1,40})["']\s*,/g)].map(
      m => `${m[1]}/`
    )
  ]
  const out: string[] = []
  for (const name of names)
    for (const dir of dirs) {
      const rel = normalizePath(dir + name)
      if (ctx.has(rel) && !out.includes(rel)) {
        out.push(rel)
        break
      }
    }
  return out
}

/** Whether the [project] table declares its dependencies dynamic (read from another file at build time). */
function dynamicDependencies(pyproject: unknown): boolean {
  const dynamic = getPath(pyproject, 'project', 'dynamic')
  return Array.isArray(dynamic) && dynamic.includes('dependencies')
}

/** The header line of a requirements.txt written by `uv export` / `uv pip compile`, or null. */
function uvExportedRequirements(ctx: AppContext): Evidence | null {
  const path = ctx.path('requirements.txt')
  const head = ctx.tree.readHead(path, 1024)
  if (head === null) return null
  const lines = head.split('\n').slice(0, 4)
  const i = lines.findIndex(l => /^#.*\b(?:autogenerated by uv|uv (?:export|pip compile))\b/.test(l))
  return i < 0 ? null : { file: path, line: i + 1, text: lines[i]!.trim() }
}

/** The package manager: lockfiles first, then tool tables, then requirements files (pip). */
export function pythonPackageManager(ctx: AppContext, m: PythonManifests): Candidate<string> {
  const lockDirs = pinDirs(ctx)
  const locks: [string, string][] = [
    ['uv.lock', 'uv'],
    ['poetry.lock', 'poetry'],
    ['Pipfile.lock', 'pipenv'],
    ['pdm.lock', 'pdm']
  ]
  for (const dir of lockDirs) {
    for (const [file, pm] of locks) {
      const path = dir === '.' ? file : `${dir}/${file}`
      if (ctx.tree.has(path))
        return candidate(pm, CONFIDENCE.declared, file, [fileEvidence(path, `${file} present`)])
    }
  }
  const pyPath = ctx.path('pyproject.toml')
  const pyText = ctx.tree.read(pyPath) ?? ''
  if (m.pyproject) {
    if (isRecord(getPath(m.pyproject, 'tool', 'poetry')))
      return candidate('poetry', CONFIDENCE.source, 'pyproject.toml [tool.poetry]', [
        keyEvidence(pyPath, pyText, 'tool.poetry')
      ])
    // uv and PDM install the [project] table: with none (`[tool.uv] python-downloads = "manual"` beside a
    // requirements.txt), their table only configures the tool, and the dependencies are pip's to install.
    const projectTable = isRecord(getPath(m.pyproject, 'project'))
    // `dynamic = ['dependencies']` read from requirements.txt by the build backend (hatch-requirements-txt,
    // setuptools' `dynamic.dependencies`) and no uv.lock: the pinned requirements file is the install plan,
    // pip's to install; the [tool.uv] table only configures the maintainers' tool.
    const requirementsPlan = projectTable && dynamicDependencies(m.pyproject) && ctx.has('requirements.txt')
    if (requirementsPlan && isRecord(getPath(m.pyproject, 'tool', 'uv')))
      return candidate('pip', CONFIDENCE.source, 'requirements.txt ([project] dependencies are dynamic)', [
        fileEvidence(ctx.path('requirements.txt')),
        keyEvidence(pyPath, pyText, 'dynamic')
      ])
    // No uv.lock (the lockfiles come first) but a requirements.txt the maintainers export with `uv export`
    // (its header says so): that pinned export is the install plan, pip's to install; uv resolves afresh.
    const uvExport = !requirementsPlan && projectTable && uvExportedRequirements(ctx)
    if (uvExport && isRecord(getPath(m.pyproject, 'tool', 'uv')))
      return candidate('pip', CONFIDENCE.source, 'requirements.txt (exported by uv export, no uv.lock)', [
        uvExport,
        keyEvidence(pyPath, pyText, 'tool.uv')
      ])
    if (projectTable && isRecord(getPath(m.pyproject, 'tool', 'uv')))
      return candidate('uv', CONFIDENCE.source, 'pyproject.toml [tool.uv]', [
        keyEvidence(pyPath, pyText, 'tool.uv')
      ])
    if (projectTable && isRecord(getPath(m.pyproject, 'tool', 'pdm')))
      return candidate('pdm', CONFIDENCE.source, 'pyproject.toml [tool.pdm]', [
        keyEvidence(pyPath, pyText, 'tool.pdm')
      ])
  }
  if (m.pipfile) return candidate('pipenv', CONFIDENCE.source, 'Pipfile', [fileEvidence(ctx.path('Pipfile'))])
  const req = ['requirements.txt', 'setup.py', 'pyproject.toml'].find(f => ctx.has(f))
  return candidate(
    'pip',
    req ? CONFIDENCE.source : CONFIDENCE.fallback,
    req ?? 'default',
    req ? [fileEvidence(ctx.path(req))] : []
  )
}

/**
 * The Python version, nearest and most explicit first: .python-version, runtime.txt, .tool-versions/mise,
 * Pipfile [requires], pyproject requires-python, Poetry's `python` dependency. The value is what the project
 * wrote (a version or a range); the base-image pinning rule resolves it.
 */
export function pythonRuntimeVersion(ctx: AppContext, m: PythonManifests): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const dirs = pinDirs(ctx)
  const pv = versionFile(ctx, dirs, '.python-version', line => (/^\d+(\.\d+){0,2}/.test(line) ? line : null))
  if (pv) out.push(pv)
  const rt = versionFile(
    ctx,
    dirs,
    'runtime.txt',
    line => /^python-(\d+(?:\.\d+){0,2})/.exec(line)?.[1] ?? null
  )
  if (rt) out.push({ ...rt, confidence: RUNTIME_VERSION.manifestPin })
  const tool = toolVersion(ctx.tree, dirs, ['python'])
  if (tool) out.push({ ...tool, confidence: RUNTIME_VERSION.toolVersions })
  if (m.pipfile) {
    const path = ctx.path('Pipfile')
    const text = ctx.tree.read(path) ?? ''
    for (const key of ['python_full_version', 'python_version']) {
      const v = getPath(m.pipfile, 'requires', key)
      if (typeof v === 'string') {
        out.push(candidate(v, CONFIDENCE.source, `Pipfile [requires] ${key}`, [keyEvidence(path, text, key)]))
        break
      }
    }
  }
  if (m.pyproject) {
    const path = ctx.path('pyproject.toml')
    const text = ctx.tree.read(path) ?? ''
    const rp = getPath(m.pyproject, 'project', 'requires-python')
    if (typeof rp === 'string')
      out.push(
        candidate(rp, RUNTIME_VERSION.inheritedRange, 'pyproject.toml requires-python', [
          keyEvidence(path, text, 'requires-python')
        ])
      )
    const poetryPython = getPath(m.pyproject, 'tool', 'poetry', 'dependencies', 'python')
    if (typeof poetryPython === 'string') {
      out.push(
        candidate(
          poetryPython,
          RUNTIME_VERSION.lowerBound,
          'pyproject.toml [tool.poetry.dependencies] python',
          [keyEvidence(path, text, 'python')]
        )
      )
    }
  }
  // setuptools projects say it in setup.py / setup.cfg (`python_requires="~=3.10"`): the same range as
  // requires-python, for projects without a [project] table.
  if (!out.some(c => c.source === 'pyproject.toml requires-python')) {
    const setup = setupPythonRequires(ctx)
    if (setup) out.push(setup)
  }
  // Nothing in the project: the one version its CI workflows set up.
  if (out.length === 0) {
    const ci = workflowPythonVersion(ctx)
    if (ci) out.push(ci)
  }
  return out
}

const SETUP_PYTHON_REQUIRES: [string, RegExp][] = [
  ['setup.py', /\bpython_requires\s*=\s*["']([^"'\n]{1,40})["']/],
  ['setup.cfg', /^[ \t]*python_requires\s*=\s*([^\s#;][^\n#;]{0,39})$/m]
]

/** `python_requires` of setup.py (a literal string) or setup.cfg [options], as a version range. */
function setupPythonRequires(ctx: AppContext): Candidate<string> | null {
  for (const [file, re] of SETUP_PYTHON_REQUIRES) {
    const text = ctx.read(file)
    const m = text === null ? null : re.exec(text)
    if (!m || !/\d/.test(m[1]!)) continue
    return candidate(m[1]!.trim(), RUNTIME_VERSION.inheritedRange, `${file} python_requires`, [
      evidenceAt(ctx.path(file), text!, m.index)
    ])
  }
  return null
}
