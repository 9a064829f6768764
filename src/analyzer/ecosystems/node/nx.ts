// Nx integrated monorepos: apps have a project.json and no package.json; every dependency sits in the root
// package.json. Nx standalone projects keep nx.json, project.json and package.json together at the root:
// that root is the app. An app's dependencies are the root ones its sources actually import (plus the framework
// whose config file it holds), so a Next app and an Express API in one Nx repo are told apart.
import type { Warning } from '../../report.js'
import { fileEvidence } from '../../signals/evidence.js'
import { getPath, getString, isRecord, parseJsonFile } from '../../signals/manifests.js'
import { joinPath } from '../../tree.js'
import { isNxApplicationProject } from '../../signals/nx-project-app.js'
import type { DependencySet } from '../common/framework-score.js'
import { ancestors, type PackageJson } from './manifest.js'
import { JS_EXTENSIONS } from './source.js'
import type { AppContext } from '../../provider.js'

export interface NxProject {
  name: string
  root: string
  library: boolean
  outputPath: string | null
  pkg: PackageJson
}

const IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"](@[\w.-]+\/[\w.-]+|[\w.-]+)(?:\/[^'"]*)?['"]/g
// Config files imply their framework's package even when no source file imports it.
const CONFIG_DEPS: [RegExp, string][] = [
  [/^next\.config\./, 'next'],
  [/^vite\.config\./, 'vite'],
  [/^nest-cli\.json$/, '@nestjs/core'],
  [/^remix\.config\./, '@remix-run/node'],
  [/^astro\.config\./, 'astro']
]

export function nxProject(ctx: AppContext, warnings: Warning[]): NxProject | null {
  if (!ctx.has('project.json') || ctx.has('package.json')) return null
  const root = ancestors(ctx.dir)
    .slice(1)
    .find(d => ctx.tree.has(joinPath(d, 'nx.json')))
  if (root === undefined) return null
  const parsed = parseJsonFile(ctx.tree, ctx.path('project.json'))
  if (!parsed) return null
  if (!parsed.ok) {
    warnings.push(parsed.warning)
    return null
  }
  const project = parsed.value
  const rootPkgPath = joinPath(root, 'package.json')
  const rootParsed = parseJsonFile(ctx.tree, rootPkgPath)
  const rootJson = rootParsed?.ok && isRecord(rootParsed.value) ? rootParsed.value : {}
  const rootText = ctx.tree.read(rootPkgPath) ?? ''

  const imported = new Set<string>()
  for (const file of ctx.sourceFiles(JS_EXTENSIONS, 300)) {
    for (const m of (ctx.tree.read(file) ?? '').matchAll(IMPORT)) imported.add(m[1]!)
  }
  for (const f of ctx.tree.filesIn(ctx.dir)) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1)
    for (const [re, dep] of CONFIG_DEPS) if (re.test(name)) imported.add(dep)
  }
  const deps: DependencySet = new Map()
  const runtimeDeps: string[] = []
  for (const [section, dev] of [
    ['dependencies', false],
    ['devDependencies', true]
  ] as const) {
    const block = rootJson[section]
    if (!isRecord(block)) continue
    for (const name of Object.keys(block)) {
      if (!imported.has(name) || deps.has(name)) continue
      const line = rootText.split('\n').findIndex(l => l.includes(`"${name}"`)) + 1
      deps.set(name, {
        dev,
        evidence:
          line > 0
            ? { file: rootPkgPath, line, text: rootText.split('\n')[line - 1]!.trim() }
            : fileEvidence(rootPkgPath)
      })
      if (!dev) runtimeDeps.push(name)
    }
  }
  const name = getString(project, 'name') ?? ctx.dir.split('/').pop()!
  const outputPath = getString(getPath(project, 'targets', 'build', 'options'), 'outputPath') ?? null
  return {
    name,
    root,
    library: getString(project, 'projectType') === 'library',
    outputPath,
    pkg: { path: rootPkgPath, text: rootText, json: { name }, name, scripts: {}, deps, runtimeDeps }
  }
}

/**
 * An Nx standalone project (`create-nx-workspace --preset=node-standalone`): nx.json, project.json and the
 * package.json at one root, no workspaces. The root is the app; project.json gives its build output.
 */
export function nxStandaloneProject(
  ctx: AppContext,
  pkg: PackageJson,
  hasWorkspaces: boolean,
  warnings: Warning[]
): NxProject | null {
  if (hasWorkspaces || !ctx.has('nx.json') || !ctx.has('project.json')) return null
  const parsed = parseJsonFile(ctx.tree, ctx.path('project.json'))
  if (!parsed) return null
  if (!parsed.ok) {
    warnings.push(parsed.warning)
    return null
  }
  const project = parsed.value
  if (getString(project, 'projectType') === 'library') return null
  if (integratedRootProject(ctx, project, pkg)) return null
  const name = getString(project, 'name') ?? pkg.name ?? (ctx.dir === '.' ? 'app' : ctx.dir.split('/').pop()!)
  const outputPath = getString(getPath(project, 'targets', 'build', 'options'), 'outputPath') ?? null
  return { name, root: ctx.dir, library: false, outputPath, pkg }
}

// Folders whose files a root app builds or serves itself (Next.js `app/`/`pages/`, any `src/`).
const ROOT_APP_FOLDERS = ['src', 'app', 'pages']

/**
 * The root project.json of an Nx integrated workspace (`{ "name": "pezzo", "targets": {} }`, written so root
 * scripts can run as Nx targets) names the workspace, not an app: it declares no target and no source root,
 * the root has nothing of its own to run (no start script, no Dockerfile, no framework config, no `src/`,
 * `app/` or `pages/`), and Nx application projects below it hold the apps. Such a root is a workspace root
 * (nx.json), decided by the workspace-root rule, not a standalone project whose root package.json (every
 * member's dependencies, `next` among them) would make it a Next.js app by its dependencies alone.
 */
function integratedRootProject(ctx: AppContext, project: unknown, pkg: PackageJson): boolean {
  const targets = getPath(project, 'targets')
  if (isRecord(targets) && Object.keys(targets).length > 0) return false
  if (getString(project, 'sourceRoot') !== undefined) return false
  if (pkg.scripts.start !== undefined) return false
  if (['Dockerfile', 'Containerfile'].some(f => ctx.has(f))) return false
  for (const f of ctx.tree.filesIn(ctx.dir)) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1)
    if (CONFIG_DEPS.some(([re]) => re.test(name))) return false
  }
  if (ROOT_APP_FOLDERS.some(d => ctx.tree.filesUnder(ctx.path(d)).length > 0)) return false
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  return ctx.tree.files.some(f => {
    if (!f.path.startsWith(prefix) || !f.path.endsWith('/project.json')) return false
    return isNxApplicationProject(ctx.tree, f.path.slice(0, -'/project.json'.length))
  })
}
