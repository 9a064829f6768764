// Python entry points read from source: the app object (`app = FastAPI()` → `main:app`), a `__main__`
// runner (`uvicorn.run(app, host="0.0.0.0", port=8080)` → `python main.py`), the Django project
// (WSGI_APPLICATION, manage.py, STATIC_ROOT), Streamlit/Gradio scripts found by their import.
// Slightly over 300 lines: the readers share the module-path resolution (`pkg.mod` ↔ file) at the top.
import { lazyAppAttribute } from './lazy-app.js'
import type { Evidence } from '../../report.js'
import { evidenceAt, matchAll, matchFirst, stripHashComments } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import { escapeRegex } from '../common/provider-helpers.js'
import { matchClose } from '../../signals/code-spans.js'
import { containsAny } from '../../signals/regex-literals.js'

/** A Django settings module names one of these (each searched for, not one alternation tried at every position). */
const mentionsDjangoSetting = containsAny([
  'WSGI_APPLICATION',
  'ASGI_APPLICATION',
  'STATIC_ROOT',
  'ROOT_URLCONF'
])

export interface PythonModule {
  /** Dotted module relative to the import root (`app.main`). */
  module: string
  /** Import root relative to the app dir when it is not the app dir itself (`src`). */
  importRoot: string | null
}

export interface AppObject extends PythonModule {
  file: string
  variable: string
  /** True for factories (`create_app`): gunicorn needs `module:create_app()`. */
  factory: boolean
  evidence: Evidence
}

export interface MainRunner {
  /** App-relative file to run with `python`. */
  file: string
  /** True when the runner binds all interfaces (`host="0.0.0.0"`), so `python file.py` works in a container. */
  public: boolean
  evidence: Evidence
}

const TEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test|conftest|setup|noxfile|fabfile|tasks)\.py$/
const SKIP_DIR =
  /(^|\/)(\.?venv|env|site-packages|node_modules|__pycache__|\.tox|tests?|docs?|scripts|bin|migrations|alembic)\//

/** The app's own Python files, likely entry points first (root, src/, app/ …), tests and tooling excluded. */
export function pythonSources(ctx: AppContext, limit = 300, excludedRoots: readonly string[] = []): string[] {
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  // Folders left out (vendored libraries) may hold most files: look further so `limit` own files remain.
  return ctx
    .sourceFiles(['.py'], excludedRoots.length > 0 ? 5000 : limit * 2)
    .filter(p => {
      const rel = p.slice(prefix.length)
      return !TEST_FILE.test(rel) && !SKIP_DIR.test(rel) && !excludedRoots.some(root => p.startsWith(root))
    })
    .slice(0, limit)
}

/** App-relative path of a repository-relative one. */
export function relToApp(ctx: AppContext, path: string): string {
  return ctx.dir === '.' ? path : path.slice(ctx.dir.length + 1)
}

/**
 * Module name of an app-relative `.py` file. Files under a `src/` folder without `__init__.py` live in a
 * src layout: the import root is `src` and the module is relative to it.
 */
export function moduleOf(ctx: AppContext, rel: string): PythonModule {
  const noExt = rel.replace(/\.py$/, '').replace(/\/__init__$/, '')
  if (noExt.startsWith('src/') && !ctx.has('src/__init__.py')) {
    return { module: noExt.slice(4).split('/').join('.'), importRoot: 'src' }
  }
  return { module: noExt.split('/').join('.'), importRoot: null }
}

/** Top-level assignments of an app object built by one of `constructors` (`app = FastAPI(`, `app: Flask = Flask(`). */
export function findAppObjects(
  ctx: AppContext,
  files: readonly string[],
  constructors: string[]
): AppObject[] {
  if (constructors.length === 0) return []
  const names = constructors.map(escapeRegex).join('|')
  const assign = new RegExp(
    `^([A-Za-z_]\\w*)\\s*(?::\\s*[\\w.\\[\\]]+\\s*)?=\\s*(?:[A-Za-z_]\\w*\\.)?(${names})\\(`,
    'm'
  )
  const out: AppObject[] = []
  // Files whose object exists for the server to import (a lazy module attribute): ranked as a wsgi.py is.
  const serverEntries = new Set<string>()
  for (const path of files) {
    const raw = ctx.tree.read(path)
    if (raw === null || !new RegExp(`\\b(?:${names})\\(`).test(raw)) continue
    const text = stripHashComments(raw)
    for (const { match, evidence } of matchAll(path, text, assign, 5)) {
      const rel = relToApp(ctx, path)
      out.push({ ...moduleOf(ctx, rel), file: rel, variable: match[1]!, factory: false, evidence })
    }
    // A lazy module attribute (PEP 562) built by the factory: the object the server imports.
    const lazy = text.includes('__getattr__') ? lazyAppAttribute(path, text, FACTORIES) : null
    if (lazy && constructors.includes('create_app') && out.every(o => o.file !== relToApp(ctx, path))) {
      const rel = relToApp(ctx, path)
      out.push({
        ...moduleOf(ctx, rel),
        file: rel,
        variable: lazy.variable,
        factory: false,
        evidence: lazy.evidence
      })
      serverEntries.add(rel)
    }
    if (constructors.includes('create_app') && out.every(o => o.file !== relToApp(ctx, path))) {
      const factory = matchFirst(
        path,
        text,
        /^(?:async\s+)?def (create_app|get_application|get_app|build_app|make_app|create_application)\s*\(/m
      )
      if (factory)
        out.push({
          ...moduleOf(ctx, relToApp(ctx, path)),
          file: relToApp(ctx, path),
          variable: factory.match[1]!,
          factory: true,
          evidence: factory.evidence
        })
    }
  }
  // Module-level objects beat factories; then the module's role (a `wsgi.py` beats a Celery worker's module,
  // which builds the same app only to give tasks its context); else the scan order (entry-like files first).
  const role = (file: string): number => (serverEntries.has(file) ? 0 : moduleRole(file))
  return out.sort((a, b) => Number(a.factory) - Number(b.factory) || role(a.file) - role(b.file))
}

/** Application factories' conventional names. */
const FACTORIES = ['create_app', 'get_application', 'get_app', 'build_app', 'make_app', 'create_application']

/** `wsgi.py`/`asgi.py` exist for the server to import the app from. */
const SERVER_ENTRY_MODULE = /(?:^|\/)[aw]sgi\.py$/
/** `celery_worker.py`, `worker.py`, `tasks.py`: a background worker's module, never the web entry. */
const WORKER_MODULE = /(?:^|\/)(?:\w*[_-])?(?:celery|workers?|tasks?)(?:[_-]\w*)?\.py$/

/** 0 for a server entry module, 2 for a worker module, 1 for the rest. */
function moduleRole(file: string): number {
  if (SERVER_ENTRY_MODULE.test(file)) return 0
  return WORKER_MODULE.test(file) ? 2 : 1
}

const MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m
/** Calls that start a server from a script: uvicorn.run, app.run, socketio.run, web.run_app, demo.launch … */
const RUN_CALL =
  /\b(?:uvicorn\.run|[A-Za-z_]\w*\.run|web\.run_app|run_app|[A-Za-z_]\w*\.launch|[A-Za-z_]\w*\.listen|run_simple|serve|[A-Za-z_]\w*\.serve_forever)\s*\(/
const PUBLIC_HOST =
  /\b(?:host|server_name)\s*=\s*(?:["'](?:0\.0\.0\.0|::)["']|os\.(?:environ\.get|getenv)\(\s*["']\w*HOST\w*["']\s*,\s*["'](?:0\.0\.0\.0|::)["'])/

/** Files that start a server under `if __name__ == "__main__":`, entry-like files first. */
export function findMainRunners(ctx: AppContext, files: readonly string[]): MainRunner[] {
  const out: MainRunner[] = []
  for (const path of files) {
    const raw = ctx.tree.read(path)
    if (raw === null || !raw.includes('__main__')) continue
    const text = stripHashComments(raw)
    const guard = MAIN_GUARD.exec(text)
    if (!guard) continue
    const body = text.slice(guard.index)
    const call = RUN_CALL.exec(body)
    if (!call) continue
    // The host may be set on the call or in a variable above it; look at the whole file.
    const isPublic = PUBLIC_HOST.test(text) || (/\.launch\(/.test(call[0]) && /GRADIO_SERVER_NAME/.test(text))
    out.push({
      file: relToApp(ctx, path),
      public: isPublic,
      evidence: evidenceAt(path, text, guard.index + call.index)
    })
  }
  return out
}

/** True when the app-relative `file` has an `if __name__ == "__main__":` guard. */
export function hasMainGuard(ctx: AppContext, file: string): boolean {
  const text = ctx.read(file)
  return text !== null && MAIN_GUARD.test(stripHashComments(text))
}

/**
 * A script with an `if __name__ == "__main__":` guard that imports the module in `target` (app-relative file):
 * `main.py` doing `from app import Chatbot` and calling it under the guard runs the app that `app.py` builds,
 * so `python main.py` is the entry when `app.py` itself starts nothing when run.
 */
export function findGuardedImporter(
  ctx: AppContext,
  files: readonly string[],
  target: string
): { file: string; evidence: Evidence } | null {
  const stem = target.replace(/\.py$/, '').split('/').pop()!
  const imports = new RegExp(
    `^[ \\t]*(?:from\\s+(?:[\\w.]*\\.)?${escapeRegex(stem)}\\s+import\\b|import\\s+(?:[\\w.]*\\.)?${escapeRegex(stem)}\\b)`,
    'm'
  )
  for (const path of files) {
    const rel = relToApp(ctx, path)
    if (rel === target) continue
    const raw = ctx.tree.read(path)
    if (raw === null || !raw.includes('__main__')) continue
    const text = stripHashComments(raw)
    const guard = MAIN_GUARD.exec(text)
    if (guard && imports.test(text)) return { file: rel, evidence: evidenceAt(path, text, guard.index) }
  }
  return null
}

/** A file that imports `pkg` (`import streamlit as st`, `from gradio import …`), preferred names first. */
export function findImporter(
  ctx: AppContext,
  files: readonly string[],
  pkg: string,
  preferred: string[]
): { file: string; evidence: Evidence } | null {
  const re = new RegExp(
    `^[ \\t]*(?:import\\s+${escapeRegex(pkg)}\\b|from\\s+${escapeRegex(pkg)}(?:\\.\\w+)*\\s+import\\b)`,
    'm'
  )
  const hits: { file: string; evidence: Evidence; rank: number }[] = []
  for (const path of files) {
    const rel = relToApp(ctx, path)
    if (/(^|\/)pages\//.test(rel)) continue // Streamlit multipage: pages/ are not the entry
    const text = ctx.tree.read(path)
    if (text === null) continue
    const m = matchFirst(path, text, re)
    if (!m) continue
    const base = rel.slice(rel.lastIndexOf('/') + 1)
    const i = preferred.indexOf(base)
    hits.push({
      file: rel,
      evidence: m.evidence,
      rank: (i < 0 ? preferred.length : i) + rel.split('/').length * 0.1
    })
  }
  hits.sort((a, b) => a.rank - b.rank)
  return hits[0] ? { file: hits[0].file, evidence: hits[0].evidence } : null
}

export interface DjangoProject {
  /** `mysite.wsgi:application` */
  wsgi: string | null
  /** `mysite.asgi:application` (ASGI_APPLICATION, else the project's asgi.py) */
  asgi: string | null
  /** ASGI_APPLICATION is set: the project means to be served over ASGI (Channels requires it). */
  asgiSetting: boolean
  /** App-relative directory holding manage.py ('' when at the app root). */
  root: string
  /** Settings file that sets STATIC_ROOT (collectstatic needs it). */
  staticRoot: Evidence | null
  rootUrlconf: string | null
  evidence: Evidence[]
}

/** Finds the Django project: manage.py (shallowest) and the settings module's WSGI/ASGI application. */
export function findDjango(ctx: AppContext, files: readonly string[]): DjangoProject | null {
  const manage = ctx
    .files()
    .map(f => relToApp(ctx, f.path))
    .filter(rel => rel === 'manage.py' || rel.endsWith('/manage.py'))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0]
  const root = manage && manage.includes('/') ? manage.slice(0, manage.lastIndexOf('/')) : ''
  const evidence: Evidence[] = []
  if (manage) evidence.push({ file: ctx.path(manage), line: 0, text: 'manage.py present' })
  let wsgi: string | null = null
  let asgi: string | null = null
  let asgiEvidence: Evidence | null = null
  let staticRoot: Evidence | null = null
  let rootUrlconf: string | null = null
  const inRoot = root ? files.filter(p => relToApp(ctx, p).startsWith(`${root}/`)) : files
  for (const path of inRoot.length > 0 ? inRoot : files) {
    const raw = ctx.tree.read(path)
    if (raw === null || !mentionsDjangoSetting(raw)) continue
    const text = stripHashComments(raw)
    const w = matchFirst(path, text, /^WSGI_APPLICATION\s*=\s*["']([\w.]+)\.(\w+)["']/m)
    if (w && !wsgi) {
      wsgi = `${w.match[1]}:${w.match[2]}`
      evidence.push(w.evidence)
    }
    const a = matchFirst(path, text, /^ASGI_APPLICATION\s*=\s*["']([\w.]+)\.(\w+)["']/m)
    if (a && !asgi) {
      asgi = `${a.match[1]}:${a.match[2]}`
      asgiEvidence = a.evidence
    }
    const s = matchFirst(path, text, /^STATIC_ROOT\s*=/m)
    if (s && !staticRoot) staticRoot = s.evidence
    const u = matchFirst(path, text, /^ROOT_URLCONF\s*=\s*["']([\w.]+)["']/m)
    if (u && !rootUrlconf) rootUrlconf = u.match[1]!
  }
  if (!manage && !wsgi) return null
  if (!wsgi) {
    // Fall back to the conventional <project>/wsgi.py next to settings.
    const wsgiFile = ctx
      .files()
      .map(f => relToApp(ctx, f.path))
      .find(rel => rel.endsWith('/wsgi.py') && (!root || rel.startsWith(`${root}/`)))
    if (wsgiFile) {
      const rel = root ? wsgiFile.slice(root.length + 1) : wsgiFile
      wsgi = `${rel.replace(/\.py$/, '').split('/').join('.')}:application`
      evidence.push({ file: ctx.path(wsgiFile), line: 0, text: 'wsgi.py present' })
    }
  }
  const asgiSetting = asgiEvidence !== null
  if (asgiEvidence && (!wsgi || asgiSetting)) evidence.push(asgiEvidence)
  if (!asgi && !wsgi) {
    // Only the conventional <project>/asgi.py: the project is served over ASGI.
    const asgiFile = ctx
      .files()
      .map(f => relToApp(ctx, f.path))
      .find(rel => rel.endsWith('/asgi.py') && (!root || rel.startsWith(`${root}/`)))
    if (asgiFile) {
      const rel = root ? asgiFile.slice(root.length + 1) : asgiFile
      asgi = `${rel.replace(/\.py$/, '').split('/').join('.')}:application`
      evidence.push({ file: ctx.path(asgiFile), line: 0, text: 'asgi.py present (no wsgi.py)' })
    }
  }
  return { wsgi, asgi, asgiSetting, root, staticRoot, rootUrlconf, evidence }
}

/** Django routes that look like health checks, following `include()` prefixes from ROOT_URLCONF. */
export function djangoRoutes(
  ctx: AppContext,
  project: DjangoProject
): { path: string; evidence: Evidence; view?: string }[] {
  const base = project.root ? `${project.root}/` : ''
  const fileFor = (module: string): string | null => {
    const rel = `${base}${module.split('.').join('/')}`
    // A src layout (`src/<package>/urls.py`, the package installed or copied to the image's root) is the
    // same module.
    const inSrc = `${base}src/${module.split('.').join('/')}`
    for (const candidate of [`${rel}.py`, `${rel}/__init__.py`, `${inSrc}.py`, `${inSrc}/__init__.py`])
      if (ctx.has(candidate)) return ctx.path(candidate)
    return null
  }
  const out: { path: string; evidence: Evidence; view?: string }[] = []
  const seen = new Set<string>()
  // One pattern list: `path(route, view)` / `path(route, include(…))` entries between `start` and `end`.
  const readList = (
    path: string,
    clean: string,
    start: number,
    end: number,
    prefix: string,
    depth: number
  ): void => {
    const re = /\b(re_path|path|url)\(\s*(r?["'][^"']*["']|f["'][^"']*["']|[A-Za-z_]\w*)\s*,\s*([^\n]*)/g
    re.lastIndex = start
    for (let m = re.exec(clean), n = 0; m && m.index < end && n < 200; m = re.exec(clean), n++) {
      const literal = djangoRouteLiteral(clean, m[2]!)
      const route = literal === null ? null : m[1] === 'path' ? literal : regexRoute(literal)
      if (route === null) continue
      const evidence = evidenceAt(path, clean, m.index)
      const full = prefix + route
      // A regex prefix keeps its slash (`re_path(r"^api/", include(…))` serves `api/…`, not `api…`).
      const under = literal !== null && /\/\$?$/.test(literal) && !full.endsWith('/') ? `${full}/` : full
      // `path("api/", include([ … ]))`: an inline pattern list served under this entry's prefix; its
      // entries are read once, there, not again unprefixed by this loop.
      const after = m.index + m[0].length - m[3]!.length
      const inline = /^include\(\s*\[/.exec(clean.slice(after, after + 200))
      if (inline) {
        const open = after + inline[0].length - 1
        const close = matchClose(clean, open)
        if (close > 0 && depth < 6) {
          readList(path, clean, open, close, under, depth + 1)
          re.lastIndex = close
        }
        continue
      }
      const inc = /include\(\s*(?:\(\s*)?(?:["']([\w.]+)["']|([A-Za-z_]\w*)\s*[,)])/.exec(m[3]!)
      if (inc?.[1]) {
        if (inc[1] === 'health_check.urls' || inc[1].startsWith('watchman'))
          out.push({ path: `/${full}`, evidence })
        else visit(inc[1], under, depth + 1)
        continue
      }
      if (inc?.[2]) {
        // `include(api_urls)`: a pattern list of this module, served under this entry's prefix.
        const list = namedList(clean, inc[2])
        if (list && depth < 4) readList(path, clean, list.start, list.end, under, depth + 1)
        continue
      }
      // The view: the argument after the route, on this line or the next (`SystemStatusView.as_view()`).
      const rest = clean.slice(re.lastIndex - m[3]!.length, re.lastIndex - m[3]!.length + 300)
      const viewMatch = /^\s*([A-Za-z_][\w.]*)/.exec(rest)
      const view = viewMatch?.[1]
      out.push({ path: `/${full}`, evidence, ...(view ? { view } : {}) })
      // Entries written on one line (`[path("robots.txt", robots_txt), path("", health_check)]`): the next
      // one starts after this view, not on the next line.
      if (viewMatch) re.lastIndex = after + viewMatch[0].length
    }
  }
  const visit = (module: string, prefix: string, depth: number): void => {
    const path = fileFor(module)
    if (!path || seen.has(path) || depth > 4) return
    seen.add(path)
    const text = ctx.tree.read(path)
    if (text === null) return
    const clean = stripHashComments(text)
    // The module's `urlpatterns` (lists it includes by name are read under their prefix from there).
    const lists = [...clean.matchAll(/^urlpatterns\s*\+?=\s*(?:[\w.]+\()?\[/gm)]
      .map(m => ({ start: m.index, end: matchClose(clean, m.index + m[0].length - 1) }))
      .filter(l => l.end > 0)
    if (lists.length === 0) readList(path, clean, 0, clean.length, prefix, depth)
    for (const l of lists) readList(path, clean, l.start, l.end, prefix, depth)
    // `urlpatterns += app.urls.urlpatterns`: another module's patterns served at this module's prefix.
    for (const m of clean.matchAll(/^urlpatterns\s*\+=\s*([A-Za-z_][\w.]*)\.urlpatterns\s*$/gm))
      visit(m[1]!, prefix, depth + 1)
    // `from project.urls.base import urlpatterns` (ROOT_URLCONF a package whose __init__ re-exports the
    // patterns of a module shared by per-environment url modules): that module's patterns, at this prefix.
    // A relative import (`from .common import *`) is resolved against this module's package.
    const pkg = path.endsWith('/__init__.py') ? module : module.split('.').slice(0, -1).join('.')
    for (const m of clean.matchAll(
      /^from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(?:\(?[ \t]*[\w \t,]*\burlpatterns\b|\*)/gm
    )) {
      const up = m[1]!.length
      const base =
        up === 0
          ? ''
          : pkg
              .split('.')
              .slice(0, pkg.split('.').length - (up - 1))
              .join('.')
      const target = up === 0 ? m[2]! : [base, m[2]].filter(Boolean).join('.')
      if (target) visit(target, prefix, depth + 1)
    }
  }
  if (project.rootUrlconf) visit(project.rootUrlconf, '', 0)
  // Projects without ROOT_URLCONF in a readable settings file: read every urls.py unprefixed.
  if (seen.size === 0) {
    for (const f of ctx.files()) {
      if (!f.path.endsWith('urls.py')) continue
      const rel = relToApp(ctx, f.path).replace(/\.py$/, '')
      visit((base ? rel.slice(base.length) : rel).split('/').join('.'), '', 0)
    }
  }
  return out
}

/**
 * A route argument as text: a string literal, an f-string or a module-level name (`path(prefix, include(…))`
 * with `prefix = ""`) whose placeholders take the name's string value ("" when only computed later).
 */
function djangoRouteLiteral(text: string, arg: string): string | null {
  const lit = /^r?["']([^"']*)["']$/.exec(arg)
  if (lit) return lit[1]!
  const value = (name: string): string =>
    new RegExp(`^${name}\\s*(?::\\s*\\w+\\s*)?=\\s*["']([^"'{}]*)["']`, 'm').exec(text)?.[1] ?? ''
  const f = /^f["']([^"']*)["']$/.exec(arg)
  if (f)
    return /\{(?![A-Za-z_]\w*\})/.test(f[1]!)
      ? null
      : f[1]!.replace(/\{([A-Za-z_]\w*)\}/g, (_, n: string) => value(n))
  return /^[A-Za-z_]\w*$/.test(arg) ? value(arg) : null
}

/** Span of a module-level `name = [ … ]` pattern list. */
function namedList(text: string, name: string): { start: number; end: number } | null {
  const m = new RegExp(`^${name}\\s*(?::[^=\\n]*)?=\\s*\\[`, 'm').exec(text)
  if (!m) return null
  const end = matchClose(text, m.index + m[0].length - 1)
  return end > 0 ? { start: m.index, end } : null
}

/** `^healthz/?$` → `healthz`; null for patterns with groups or wildcards we cannot turn into a path. */
function regexRoute(pattern: string): string | null {
  const p = pattern
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\/\?$/, '/')
    .replace(/\/\?/g, '/')
    // `^status/ping?$`: an optional last letter (a typo-tolerant route) matches with the letter too.
    .replace(/([A-Za-z0-9_-])\?(?=\/|$)/g, '$1')
  return /[()[\]*+?\\|{}]/.test(p) ? null : p.replace(/\/$/, '')
}
