// Deployment and package configs come in every shape: a key written as a table where we expect a list
// (`[[services.ports]]` alone turns fly.toml's `services` into one table), a number where we expect a string,
// a list where we expect a map. Each path of each config below is replaced in turn by values of the other
// types; the analysis and the generators must still finish (a value they cannot use is ignored), never throw.
import { stringify as tomlStringify, parse as tomlParse } from 'smol-toml'
import { stringify as yamlStringify, parse as yamlParse } from 'yaml'
import { analyze } from '../../src/analyzer/analyze.js'
import { AnalyzeError } from '../../src/analyzer/app-dir.js'
import { renderArtifacts } from '../../src/analyzer/render/index.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'

type Format = 'json' | 'toml' | 'yaml'
type Path = (string | number)[]

const BASE: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'shop',
    scripts: { start: 'node server.js', build: 'tsc' },
    dependencies: { express: '^4.19.0' },
    engines: { node: '>=20' },
    packageManager: 'pnpm@9.1.0',
    workspaces: ['packages/*']
  }),
  'server.js':
    "const express = require('express')\nconst app = express()\napp.get('/healthz', (req, res) => res.send('ok'))\napp.listen(process.env.PORT || 3000)\n",
  'fly.toml':
    'app = "shop"\n[build]\ndockerfile = "Dockerfile"\n[env]\nPORT = "8080"\n[http_service]\ninternal_port = 8080\n[[http_service.checks]]\npath = "/healthz"\n[[services]]\ninternal_port = 8080\n[[services.ports]]\nport = 80\n[[services.http_checks]]\npath = "/h"\n',
  'render.yaml': yamlStringify({
    services: [
      { type: 'web', name: 'shop', rootDir: '.', startCommand: 'node server.js', healthCheckPath: '/healthz' }
    ]
  }),
  'app.yaml': yamlStringify({
    runtime: 'nodejs20',
    entrypoint: 'node server.js',
    env_variables: { PORT: '8080' }
  }),
  'railway.json': JSON.stringify({ deploy: { startCommand: 'node server.js', healthcheckPath: '/healthz' } }),
  'apprunner.yaml': yamlStringify({
    run: { command: 'node server.js', network: { port: 8080, env: 'PORT' } }
  }),
  '.do/app.yaml': yamlStringify({
    services: [
      { source_dir: '/', run_command: 'node server.js', http_port: 8080, health_check: { http_path: '/h' } }
    ]
  }),
  'docker-compose.yml': yamlStringify({
    services: {
      web: {
        build: { context: '.', dockerfile: 'Dockerfile' },
        ports: ['8080:8080'],
        command: 'node server.js',
        environment: { PORT: '8080' },
        healthcheck: { test: ['CMD', 'curl', '-f', 'http://localhost:8080/healthz'] }
      }
    }
  }),
  'k8s/deployment.yaml': yamlStringify({
    kind: 'Deployment',
    spec: {
      template: {
        spec: {
          containers: [
            {
              ports: [{ containerPort: 8080 }],
              env: [{ name: 'PORT', value: '8080' }],
              readinessProbe: { httpGet: { path: '/healthz', port: 8080 } }
            }
          ]
        }
      }
    }
  }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { outDir: 'dist', paths: { '@/*': ['src/*'] } } }),
  'packages/api/package.json': JSON.stringify({
    name: 'api',
    scripts: { start: 'node index.js' },
    dependencies: { fastify: '^4.0.0' },
    bin: { api: 'index.js' }
  }),
  'packages/api/index.js': "require('fastify')().listen({ port: 3001 })\n",
  'py/pyproject.toml':
    '[project]\nname = "svc"\nrequires-python = ">=3.12"\ndependencies = ["fastapi"]\n[project.scripts]\nsvc = "app:main"\n[tool.poetry.dependencies]\npython = "^3.12"\n',
  'py/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
  'rs/Cargo.toml':
    '[package]\nname = "svc"\nrust-version = "1.80"\n[dependencies]\naxum = "0.7"\ntokio = { version = "1", features = ["full"] }\n[[bin]]\nname = "svc"\npath = "src/main.rs"\n',
  'rs/src/main.rs': 'fn main() { let l = tokio::net::TcpListener::bind("0.0.0.0:3000"); }\n',
  'php/composer.json': JSON.stringify({ require: { php: '^8.2', 'laravel/framework': '^11.0' } }),
  'php/artisan': '#!/usr/bin/env php\n'
}

// A string, a number, a list, a table and a list of tables: every shape a key can take in the three formats.
const REPLACEMENTS: unknown[] = ['x', 7, [], { a: 1 }, [{ a: 1 }]]

const formatOf = (file: string): Format | null =>
  file.endsWith('.json') ? 'json' : file.endsWith('.toml') ? 'toml' : /\.ya?ml$/.test(file) ? 'yaml' : null
const parse = (format: Format, text: string): unknown =>
  format === 'json' ? JSON.parse(text) : format === 'toml' ? tomlParse(text) : yamlParse(text)
const serialise = (format: Format, value: unknown): string =>
  format === 'json'
    ? JSON.stringify(value)
    : format === 'toml'
      ? tomlStringify(value as Record<string, unknown>)
      : yamlStringify(value)

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key]
    return [path, ...pathsOf(child, path)]
  })
}

function replaced(doc: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  parent[path[path.length - 1]!] = value
  return copy
}

/** The message and first source frame of what the analysis threw, or null when it finished. */
function failureOf(files: Record<string, string>): string | null {
  try {
    const report = analyze(treeFromFiles(files))
    // The analysis survives a reader's internal error as a warning; here that is still a failure.
    const swallowed = report.warnings.find(w => ['APP_ANALYSIS_FAILED', 'PROVIDER_ERROR'].includes(w.code))
    if (swallowed) return swallowed.message
    for (const app of report.apps) renderArtifacts(report, app)
    return null
  } catch (error) {
    if (error instanceof AnalyzeError) return null
    const frame = ((error as Error).stack ?? '').split('\n').find(line => line.includes('/src/')) ?? ''
    return `${(error as Error).message} ${frame.trim()}`
  }
}

test('the base tree analyses (so the mutations below exercise every reader)', () => {
  const report = analyze(treeFromFiles(BASE))
  expect(report.apps.map(app => app.appDir).sort()).toEqual(
    expect.arrayContaining(['.', 'packages/api', 'py', 'rs'])
  )
})

test.each(Object.keys(BASE).filter(file => formatOf(file) !== null))(
  'every key of %s replaced by another type: the analysis finishes',
  file => {
    const format = formatOf(file)!
    const doc = parse(format, BASE[file]!)
    const failures: string[] = []
    const variants = [
      ...pathsOf(doc).map(path => ({ path, label: path.join('.') })),
      { path: [], label: '(root)' }
    ]
    for (const { path, label } of variants)
      for (const value of REPLACEMENTS) {
        let text: string
        try {
          text = serialise(format, path.length === 0 ? value : replaced(doc, path, value))
        } catch {
          continue // not expressible in this format (a TOML document that is a list)
        }
        const failure = failureOf({ ...BASE, [file]: text })
        if (failure) failures.push(`${label} = ${JSON.stringify(value)}: ${failure}`)
      }
    expect(failures).toEqual([])
  }
)
