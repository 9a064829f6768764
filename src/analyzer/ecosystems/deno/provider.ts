// Deno apps: deno.json(c) tasks and imports, Deno.serve / framework listen calls, Deno version pins.
import type { Warning } from '../../report.js'
import { DENO_FRAMEWORKS } from './frameworks.js'
import { scoreFrameworks, type DependencySet } from '../common/framework-score.js'
import { fileEvidence, keyEvidence } from '../../signals/evidence.js'
import { getPath, isRecord, parseJsoncFile } from '../../signals/manifests.js'
import { recommendResources } from '../../signals/resources.js'
import { toolVersion } from '../../signals/versions.js'
import { nodeOwnsDenoConfig } from '../node/provider.js'
import { DEV_TASK, nodePackageOfDenoApp, scriptEntryOf } from './node-package.js'
import { JS_EXTENSIONS, jsHealthCandidates, jsPortCandidates } from '../node/source.js'
import type { AppContext, Detection, Provider } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { CONFIDENCE } from '../../candidate.js'
import { DENO_BASELINE } from './runtime.js'
import { BUILD, PORT, STACK, START } from '../../precedence.js'

interface DenoData {
  config: string | null
  json: Record<string, unknown>
  text: string
  deps: DependencySet
  entry: string | null
  /** The `deno run …` command of package.json scripts or deno.json tasks that names the entry file. */
  runScript: Candidate<string> | null
  warnings: Warning[]
}

const ENTRIES = [
  'main.ts',
  'server.ts',
  'mod.ts',
  'app.ts',
  'index.ts',
  'main.tsx',
  'src/main.ts',
  'src/server.ts',
  'src/index.ts',
  'main.js',
  'server.js'
]

/** Dependency set from deno.json `imports` keys/values plus the import specifiers of the entry file. */
function denoDeps(
  ctx: AppContext,
  config: string | null,
  json: Record<string, unknown>,
  text: string,
  entry: string | null
): DependencySet {
  const deps: DependencySet = new Map()
  const imports = getPath(json, 'imports')
  if (isRecord(imports) && config) {
    for (const [k, v] of Object.entries(imports)) {
      const ev = keyEvidence(config, text, k)
      deps.set(k, { dev: false, evidence: ev })
      if (typeof v === 'string') {
        const spec = v.replace(/@[\d^~].*$/, '').replace(/\/$/, '')
        deps.set(spec, { dev: false, evidence: ev })
        const x = /deno\.land\/x\/([\w-]+)/.exec(v)
        if (x) deps.set(x[1]!, { dev: false, evidence: ev })
      }
    }
  }
  const source = entry ? ctx.read(entry) : null
  if (source && entry) {
    for (const m of source.matchAll(/from\s+['"]((?:npm:|jsr:)?[^'"]+)['"]/g)) {
      const raw = m[1]!
      const bare = raw.replace(/^(npm:|jsr:)/, '').replace(/@[\d^~][^/]*/, '')
      const x = /deno\.land\/x\/([\w-]+)/.exec(raw)
      const name = x
        ? x[1]!
        : raw.startsWith('jsr:')
          ? `jsr:${bare.split('/').slice(0, 2).join('/')}`
          : bare.split('/')[0]!.startsWith('@')
            ? bare.split('/').slice(0, 2).join('/')
            : bare.split('/')[0]!
      const at = source.slice(0, m.index).split('\n').length
      if (!deps.has(name))
        deps.set(name, { dev: false, evidence: { file: ctx.path(entry), line: at, text: m[0] } })
    }
  }
  return deps
}

export const denoProvider: Provider<DenoData> = {
  id: 'deno',
  manifests: ['deno.json', 'deno.jsonc'],
  detect(ctx) {
    const config = ['deno.json', 'deno.jsonc'].find(f => ctx.has(f)) ?? null
    if (!config) return null
    if (nodeOwnsDenoConfig(ctx)) return null
    const warnings: Warning[] = []
    const path = ctx.path(config)
    const parsed = parseJsoncFile(ctx.tree, path)
    if (parsed && !parsed.ok) warnings.push(parsed.warning)
    const json = parsed?.ok && isRecord(parsed.value) ? parsed.value : {}
    const text = ctx.tree.read(path) ?? ''
    // The file a `deno run`/`deno serve` script names (`deno run -A src/serve.ts`) is the entry; else the usual names.
    const runScript = scriptEntryOf(ctx, path, json, text)
    const entry = runScript?.entry ?? ENTRIES.find(e => ctx.has(e)) ?? null
    const deps = denoDeps(ctx, path, json, text, entry)
    // A Deno app that is a member of a Node workspace takes its npm dependencies from its package.json.
    const nodePackage = nodePackageOfDenoApp(ctx)
    for (const [name, dep] of nodePackage?.deps ?? []) if (!deps.has(name)) deps.set(name, dep)
    const hasStart = typeof getPath(json, 'tasks', 'start') === 'string'
    const serves = entry !== null && /Deno\.serve\(|\.listen\(|serve\(/.test(ctx.read(entry) ?? '')
    const data: DenoData = {
      config: path,
      json,
      text,
      deps,
      entry,
      runScript: runScript?.command ?? null,
      warnings
    }
    const deployable = hasStart || serves
    return {
      score: deployable ? 0.85 : 0.4,
      deployable,
      reason: deployable ? 'deno.json with a server entry' : 'deno.json without a server',
      evidence: [fileEvidence(path, `${config} present`)],
      data
    }
  },
  plan(ctx, detection: Detection<DenoData>) {
    const { json, text, deps, entry, config, warnings, runScript } = detection.data
    const matches = scoreFrameworks(DENO_FRAMEWORKS, deps, ctx.has, rel =>
      fileEvidence(ctx.path(rel), 'present')
    )
    const top = matches[0]
    const files = ctx.sourceFiles(JS_EXTENSIONS, 300)
    const start: Candidate<string>[] = []
    const startTask = getPath(json, 'tasks', 'start')
    if (typeof startTask === 'string') {
      // `deno run -A --watch=static/,routes/ dev.ts` (Fresh 1's template): a development server that
      // rebuilds on change; the framework's production command or the entry file comes first.
      const dev = DEV_TASK.test(startTask)
      start.push({
        value: 'deno task start',
        confidence: dev ? CONFIDENCE.fallback : START.startScript,
        source: `${config}#tasks.start${dev ? ' (a development server: --watch / dev entry)' : ''}`,
        evidence: [keyEvidence(config!, text, 'start')]
      })
    }
    if (runScript) start.push(runScript)
    if (top?.spec.startCommand)
      start.push({
        value: top.spec.startCommand,
        confidence: CONFIDENCE.convention,
        source: `${top.spec.name} default`,
        evidence: []
      })
    if (entry)
      start.push({
        value: `deno run --allow-net --allow-env --allow-read ${entry}`,
        confidence: START.entryFile,
        source: `entry file ${entry}`,
        evidence: [fileEvidence(ctx.path(entry))]
      })
    const build =
      typeof getPath(json, 'tasks', 'build') === 'string'
        ? [
            {
              value: 'deno task build',
              confidence: BUILD.manifestScript,
              source: `${config}#tasks.build`,
              evidence: [keyEvidence(config!, text, 'build')]
            }
          ]
        : []
    const pin = toolVersion(ctx.tree, [ctx.dir, '.'], ['deno'])
    const dvmrc = ctx.read('.dvmrc')?.trim()
    const versions: Candidate<string>[] = [
      ...(dvmrc
        ? [
            {
              value: dvmrc.replace(/^v/, ''),
              confidence: CONFIDENCE.declared,
              source: '.dvmrc',
              evidence: [{ file: ctx.path('.dvmrc'), line: 1, text: dvmrc }]
            }
          ]
        : []),
      ...(pin ? [pin] : [])
    ]
    return {
      candidates: {
        language: [
          {
            value: entry && /\.jsx?$/.test(entry) ? 'javascript' : 'typescript',
            confidence: STACK.ecosystemMarker,
            source: 'Deno project',
            evidence: []
          }
        ],
        framework: top
          ? [
              {
                value: top.spec.id,
                confidence: Math.min(0.95, 0.4 + top.score * 0.6),
                source: `${top.spec.name} import`,
                evidence: top.evidence
              }
            ]
          : [
              {
                value: 'none',
                confidence: STACK.runtimeOnly,
                source: 'Deno without a framework',
                evidence: []
              }
            ],
        // A member of a pnpm/yarn/npm workspace is installed by the workspace's manager (its lockfile).
        packageManager: nodePackageOfDenoApp(ctx)?.managers ?? [
          {
            value: 'deno',
            confidence: CONFIDENCE.declared,
            source: config!,
            evidence: [fileEvidence(config!)]
          }
        ],
        runtimeVersion: versions,
        buildCommand: build,
        startCommand: start,
        port: [
          ...jsPortCandidates(ctx, files),
          {
            value: top?.spec.port ?? 8000,
            confidence: PORT.runtimeDefault,
            source: 'Deno.serve default',
            evidence: []
          }
        ],
        healthPath: jsHealthCandidates(ctx, files),
        resources: [recommendResources({ runtime: DENO_BASELINE, dependencies: deps.keys() })]
      },
      hints: {
        runtime: 'deno',
        ...(entry ? { entry: ctx.path(entry) } : {}),
        ...(typeof json.name === 'string' ? { name: json.name } : {})
      },
      warnings
    }
  }
}
