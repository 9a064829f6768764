// Issue 14 item 5: a catalog of adversarial repository files. Every file kind the analyzer reads (start
// files, manifests, lockfiles, configs, route sources of every ecosystem, ignore files, .delightful.yaml)
// in a minimal app that makes the analyzer read it, and pathological text shapes (openers without closers,
// repeated route calls, deep nesting, one huge line, `"""`, `/a/a/…`, `${`, backslashes …) that fill the
// file to the analyzer's read cap. Used by test/adversarial/cpu-budget.test.ts and bench/hostile-files.ts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { AnalyzeError, ScanError } from '../../src/analyzer/index.js'
import { renderArtifacts } from '../../src/analyzer/render/index.js'
import { ConfigError } from '../../src/pipeline/config.js'
import { analyzeStage } from '../../src/stages/analyze.js'

/** The analyzer reads files up to 1 MiB (MAX_READ_BYTES): the hostile file is exactly that big. */
export const HOSTILE_BYTES = 1024 * 1024

export interface FileKind {
  name: string
  /** The files of an app that makes the analyzer read `target`. */
  base: Record<string, string>
  /** Repository-relative path of the hostile file. */
  target: string
  /**
   * Puts the filler where the file's parser looks (a JSON string, a YAML value, a Procfile command …); the
   * raw filler alone is tried as well. Must keep the file valid for its format when the filler is.
   */
  wrap?: (filler: string) => string
}

export interface Shape {
  name: string
  /** A unit repeated until the file is HOSTILE_BYTES long. */
  unit: string
  /** Written once before the repetition (e.g. `web: ` so the Procfile line is one huge command). */
  head?: string
}

const NODE = {
  'package.json': JSON.stringify({
    name: 'svc',
    scripts: { start: 'node server.js' },
    dependencies: { express: '4' }
  }),
  'server.js':
    "const app = require('express')()\napp.get('/health', (q, r) => r.send('ok'))\napp.listen(3000)\n"
}
const FLASK = {
  'requirements.txt': 'flask==3.0\ngunicorn\n',
  'app.py':
    "from flask import Flask\napp = Flask(__name__)\n@app.route('/health')\ndef h():\n    return 'ok'\n"
}
const FASTAPI = {
  'requirements.txt': 'fastapi\nuvicorn\n',
  'main.py': "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/health')\ndef h():\n    return 'ok'\n"
}
const DJANGO = {
  'requirements.txt': 'django\ngunicorn\n',
  'manage.py': "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site1.settings')\n",
  'site1/settings.py': "ROOT_URLCONF = 'site1.urls'\nINSTALLED_APPS = []\n",
  'site1/urls.py': "from django.urls import path\nurlpatterns = [path('health/', h)]\n",
  'site1/wsgi.py': 'application = None\n'
}
const GO = {
  'go.mod': 'module example.com/svc\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n',
  'main.go':
    'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET("/health", h)\n\tr.Run(":8080")\n}\n'
}
const RUST = {
  'Cargo.toml':
    '[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naxum = "0.7"\ntokio = "1"\n',
  'src/main.rs':
    'use axum::{routing::get, Router};\n#[tokio::main]\nasync fn main() {\n    let app = Router::new().route("/health", get(h));\n    let l = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n}\n'
}
const SPRING_POM = `<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>svc</artifactId><version>1</version>
<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>
<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies>
<properties><java.version>21</java.version></properties></project>\n`
const SPRING = {
  'pom.xml': SPRING_POM,
  'src/main/java/x/App.java':
    '@SpringBootApplication\npublic class App { public static void main(String[] a) { SpringApplication.run(App.class, a); } }\n',
  'src/main/java/x/Health.java':
    '@RestController\nclass Health { @GetMapping("/health") String h() { return "ok"; } }\n'
}
const GRADLE = {
  'build.gradle':
    "plugins { id 'org.springframework.boot' version '3.2.0'; id 'java' }\ndependencies { implementation 'org.springframework.boot:spring-boot-starter-web' }\n",
  'settings.gradle': "rootProject.name = 'svc'\n",
  'src/main/kotlin/x/App.kt':
    '@SpringBootApplication\nclass App\nfun main(args: Array<String>) { runApplication<App>(*args) }\n'
}
const RAILS = {
  Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'puma'\n",
  'Gemfile.lock':
    'GEM\n  specs:\n    rails (7.1.0)\n\nRUBY VERSION\n   ruby 3.3.0p0\n\nBUNDLED WITH\n   2.5.0\n',
  'config.ru': "require_relative 'config/environment'\nrun Rails.application\n",
  'config/routes.rb': "Rails.application.routes.draw do\n  get '/up' => 'rails/health#show'\nend\n",
  'config/application.rb': 'module Svc\n  class Application < Rails::Application\n  end\nend\n'
}
const SINATRA = {
  Gemfile: "source 'https://rubygems.org'\ngem 'sinatra'\ngem 'puma'\n",
  'app.rb': "require 'sinatra'\nget '/health' do\n  'ok'\nend\n",
  'config.ru': "require './app'\nrun Sinatra::Application\n"
}
const LARAVEL = {
  'composer.json': JSON.stringify({ require: { php: '^8.2', 'laravel/framework': '^11.0' } }),
  artisan: '#!/usr/bin/env php\n<?php\n',
  'routes/web.php': "<?php\nRoute::get('/health', fn () => 'ok');\n",
  'public/index.php': "<?php\nrequire __DIR__.'/../vendor/autoload.php';\n",
  'bootstrap/app.php':
    "<?php\nreturn Application::configure()->withRouting(web: __DIR__.'/../routes/web.php', health: '/up');\n"
}
const PHOENIX = {
  'mix.exs':
    'defmodule Svc.MixProject do\n  use Mix.Project\n  def project, do: [app: :svc, version: "0.1.0", elixir: "~> 1.15", deps: deps()]\n  defp deps, do: [{:phoenix, "~> 1.7"}, {:plug_cowboy, "~> 2.5"}]\nend\n',
  'lib/svc_web/router.ex':
    'defmodule SvcWeb.Router do\n  use SvcWeb, :router\n  scope "/", SvcWeb do\n    get "/health", HealthController, :index\n  end\nend\n',
  'config/runtime.exs':
    'import Config\nconfig :svc, SvcWeb.Endpoint, http: [port: String.to_integer(System.get_env("PORT") || "4000")]\n'
}
const DOTNET = {
  'Svc.csproj':
    '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n',
  'Program.cs':
    'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.MapGet("/health", () => "ok");\napp.Run();\n',
  'appsettings.json': '{"Kestrel":{"Endpoints":{"Http":{"Url":"http://0.0.0.0:8080"}}}}\n',
  'Properties/launchSettings.json': '{"profiles":{"svc":{"applicationUrl":"http://localhost:5000"}}}\n'
}
const DENO = {
  'deno.json': '{"tasks":{"start":"deno run -A main.ts"}}\n',
  'main.ts': 'Deno.serve({ port: 8000 }, () => new Response("ok"))\n'
}

const json = (value: unknown): string => JSON.stringify(value)
const yamlBlock = (filler: string): string => JSON.stringify(filler)

/** Every file kind the analyzer reads, each in an app that makes it read that file. */
export const FILE_KINDS: FileKind[] = [
  // Start files and cross-cutting signals (signals/shared.ts).
  { name: 'Procfile', base: NODE, target: 'Procfile', wrap: f => `web: ${f.replace(/\n/g, ' ')}\n` },
  {
    name: 'Procfile script',
    base: { ...NODE, Procfile: 'web: ./bin/start.sh\n' },
    target: 'bin/start.sh',
    wrap: f => `#!/bin/sh\nexec ${f}\n`
  },
  {
    name: 'package.json',
    base: NODE,
    target: 'package.json',
    wrap: f => json({ ...JSON.parse(NODE['package.json']), scripts: { start: f, build: f }, main: f })
  },
  {
    name: 'Dockerfile',
    base: NODE,
    target: 'Dockerfile',
    wrap: f => `FROM node:20\nCOPY ${f} .\nEXPOSE 3000\nCMD ${f}\n`
  },
  {
    name: 'Dockerfile variant',
    base: NODE,
    target: 'docker/Dockerfile.prod',
    wrap: f => `FROM node:20\nCOPY src ./\nENTRYPOINT ["${f.replace(/["\\\n]/g, '')}"]\n`
  },
  {
    name: 'entrypoint script',
    base: {
      ...NODE,
      Dockerfile: 'FROM node:20\nCOPY . .\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["server"]\n'
    },
    target: 'docker-entrypoint.sh',
    wrap: f => `#!/bin/sh\ncase "$1" in\n  server) ${f} ;;\nesac\nexec "$@"\n`
  },
  {
    name: 'supervisord config',
    base: {
      ...NODE,
      Dockerfile:
        'FROM node:20\nCOPY . /app\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n'
    },
    target: 'supervisord.conf',
    wrap: f => `[include]\nfiles = ${f.replace(/\n/g, ' ')}\n[program:web]\ncommand=${f}\n`
  },
  {
    name: 'argument-guarded entrypoint script',
    base: { ...NODE, Dockerfile: 'FROM node:20\nCOPY . .\nENTRYPOINT ["/entrypoint.sh"]\n' },
    target: 'entrypoint.sh',
    wrap: f =>
      `#!/bin/sh\nif [ "$#" -gt 0 ]; then exec "$@"; fi\nPORT=${f}\nexport PORT\nexec supervisord ${f}\n`
  },
  {
    name: 'compose',
    base: NODE,
    target: 'docker-compose.yml',
    wrap: f =>
      `services:\n  web:\n    build: .\n    command: ${yamlBlock(f)}\n    ports: ["3000:3000"]\n    healthcheck:\n      test: ${yamlBlock(f)}\n`
  },
  {
    name: 'compose variant',
    base: NODE,
    target: 'compose.prod.yaml',
    wrap: f => `services:\n  web:\n    build: ${yamlBlock(f)}\n`
  },
  { name: '.env', base: NODE, target: '.env', wrap: f => `PORT=${f.replace(/\n/g, ' ')}\n` },
  { name: '.env.example', base: NODE, target: '.env.example' },
  {
    name: 'fly.toml',
    base: NODE,
    target: 'fly.toml',
    wrap: f => `app = "svc"\n[http_service]\ninternal_port = 3000\n[checks.h]\npath = ${json(f)}\n`
  },
  {
    name: 'render.yaml',
    base: NODE,
    target: 'render.yaml',
    wrap: f =>
      `services:\n  - type: web\n    startCommand: ${yamlBlock(f)}\n    healthCheckPath: ${yamlBlock(f)}\n`
  },
  {
    name: 'app.yaml',
    base: NODE,
    target: 'app.yaml',
    wrap: f => `runtime: nodejs20\nentrypoint: ${yamlBlock(f)}\n`
  },
  {
    name: 'railway.json',
    base: NODE,
    target: 'railway.json',
    wrap: f => json({ deploy: { startCommand: f, healthcheckPath: f } })
  },
  {
    name: 'railway.toml',
    base: NODE,
    target: 'railway.toml',
    wrap: f => `[deploy]\nstartCommand = ${json(f)}\n`
  },
  {
    name: 'apprunner.yaml',
    base: NODE,
    target: 'apprunner.yaml',
    wrap: f => `version: 1.0\nrun:\n  command: ${yamlBlock(f)}\n`
  },
  {
    name: 'do app spec',
    base: NODE,
    target: '.do/app.yaml',
    wrap: f => `services:\n  - name: web\n    run_command: ${yamlBlock(f)}\n`
  },
  {
    name: 'k8s manifest',
    base: NODE,
    target: 'k8s/deployment.yaml',
    wrap: f =>
      `kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          livenessProbe:\n            httpGet:\n              path: ${yamlBlock(f)}\n              port: 3000\n`
  },
  { name: '.tool-versions', base: NODE, target: '.tool-versions', wrap: f => `nodejs ${f}\n` },
  { name: 'mise.toml', base: NODE, target: 'mise.toml', wrap: f => `[tools]\nnode = ${json(f)}\n` },
  // Node.
  { name: 'node route file', base: NODE, target: 'server.js' },
  { name: 'node routes folder', base: NODE, target: 'src/routes/index.ts' },
  {
    name: 'tsconfig.json',
    base: {
      ...NODE,
      'package.json': json({
        scripts: { build: 'tsc', start: 'node dist/index.js' },
        dependencies: { express: '4' },
        devDependencies: { typescript: '5' }
      })
    },
    target: 'tsconfig.json',
    wrap: f => json({ compilerOptions: { outDir: f, rootDir: f } })
  },
  { name: '.nvmrc', base: NODE, target: '.nvmrc' },
  {
    name: 'package-lock.json',
    base: NODE,
    target: 'package-lock.json',
    wrap: f => json({ lockfileVersion: 3, packages: { '': { name: f } } })
  },
  {
    name: 'pnpm-lock.yaml',
    base: NODE,
    target: 'pnpm-lock.yaml',
    wrap: f => `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: ${yamlBlock(f)}\n`
  },
  { name: 'yarn.lock', base: NODE, target: 'yarn.lock' },
  {
    name: 'pnpm-workspace.yaml',
    base: NODE,
    target: 'pnpm-workspace.yaml',
    wrap: f => `packages:\n  - ${yamlBlock(f)}\n`
  },
  {
    name: 'nx project.json',
    base: { ...NODE, 'nx.json': '{}' },
    target: 'project.json',
    wrap: f => json({ targets: { build: { options: { outputPath: f } } } })
  },
  {
    name: 'next.config.js',
    base: {
      ...NODE,
      'package.json': json({ scripts: { start: 'next start' }, dependencies: { next: '14' } })
    },
    target: 'next.config.js'
  },
  // Python.
  { name: 'flask app.py', base: FLASK, target: 'app.py' },
  { name: 'flask blueprint', base: FLASK, target: 'api/routes.py' },
  { name: 'fastapi main.py', base: FASTAPI, target: 'main.py' },
  { name: 'django urls.py', base: DJANGO, target: 'site1/urls.py' },
  { name: 'django settings.py', base: DJANGO, target: 'site1/settings.py' },
  { name: 'requirements.txt', base: FLASK, target: 'requirements.txt', wrap: f => `flask\n${f}\n` },
  {
    name: 'pyproject.toml',
    base: { 'app.py': FLASK['app.py'] },
    target: 'pyproject.toml',
    wrap: f =>
      `[project]\nname = "svc"\ndependencies = ["flask", ${json(f)}]\n[tool.poetry.scripts]\nserve = ${json(f)}\n`
  },
  {
    name: 'setup.py',
    base: { 'app.py': FLASK['app.py'] },
    target: 'setup.py',
    wrap: f => `from setuptools import setup\nsetup(name="svc", install_requires=["flask", ${json(f)}])\n`
  },
  {
    name: 'Pipfile',
    base: { 'app.py': FLASK['app.py'] },
    target: 'Pipfile',
    wrap: f => `[packages]\nflask = "*"\n[requires]\npython_version = ${json(f)}\n`
  },
  { name: 'gunicorn.conf.py', base: FLASK, target: 'gunicorn.conf.py', wrap: f => `bind = ${json(f)}\n` },
  // Go.
  { name: 'go main.go', base: GO, target: 'main.go' },
  { name: 'go handlers', base: GO, target: 'internal/api/routes.go' },
  {
    name: 'go.mod',
    base: GO,
    target: 'go.mod',
    wrap: f =>
      `module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\t${f}\n)\n`
  },
  // Rust.
  { name: 'rust main.rs', base: RUST, target: 'src/main.rs' },
  { name: 'rust routes.rs', base: RUST, target: 'src/routes.rs' },
  {
    name: 'Cargo.toml',
    base: RUST,
    target: 'Cargo.toml',
    wrap: f => `${RUST['Cargo.toml']}serde = ${json(f)}\n`
  },
  // Java / Kotlin.
  {
    name: 'pom.xml',
    base: SPRING,
    target: 'pom.xml',
    wrap: f => SPRING_POM.replace('<java.version>21', `<java.version>${f.replace(/[<&]/g, '')}`)
  },
  { name: 'java controller', base: SPRING, target: 'src/main/java/x/Health.java' },
  {
    name: 'application.properties',
    base: SPRING,
    target: 'src/main/resources/application.properties',
    wrap: f => `server.port=8080\nmanagement.endpoints.web.base-path=${f.replace(/\n/g, ' ')}\n`
  },
  {
    name: 'application.yml',
    base: SPRING,
    target: 'src/main/resources/application.yml',
    wrap: f => `server:\n  port: 8080\n  servlet:\n    context-path: ${yamlBlock(f)}\n`
  },
  {
    name: 'build.gradle',
    base: GRADLE,
    target: 'build.gradle',
    wrap: f =>
      `${GRADLE['build.gradle']}\njava { toolchain { languageVersion = JavaLanguageVersion.of(${f})\n`
  },
  { name: 'settings.gradle', base: GRADLE, target: 'settings.gradle' },
  { name: 'kotlin source', base: GRADLE, target: 'src/main/kotlin/x/App.kt' },
  // Ruby.
  { name: 'Gemfile', base: RAILS, target: 'Gemfile', wrap: f => `${RAILS.Gemfile}ruby ${json(f)}\n` },
  { name: 'Gemfile.lock', base: RAILS, target: 'Gemfile.lock' },
  { name: 'config.ru', base: SINATRA, target: 'config.ru' },
  {
    name: 'routes.rb',
    base: RAILS,
    target: 'config/routes.rb',
    wrap: f => `Rails.application.routes.draw do\n${f}\nend\n`
  },
  { name: 'sinatra app.rb', base: SINATRA, target: 'app.rb' },
  // PHP.
  {
    name: 'composer.json',
    base: LARAVEL,
    target: 'composer.json',
    wrap: f => json({ require: { php: f, 'laravel/framework': '^11.0' }, scripts: { start: f } })
  },
  { name: 'laravel routes', base: LARAVEL, target: 'routes/web.php', wrap: f => `<?php\n${f}\n` },
  { name: 'laravel bootstrap', base: LARAVEL, target: 'bootstrap/app.php', wrap: f => `<?php\n${f}\n` },
  // Elixir.
  { name: 'mix.exs', base: PHOENIX, target: 'mix.exs' },
  { name: 'phoenix router', base: PHOENIX, target: 'lib/svc_web/router.ex' },
  { name: 'elixir runtime.exs', base: PHOENIX, target: 'config/runtime.exs' },
  // .NET.
  {
    name: 'csproj',
    base: DOTNET,
    target: 'Svc.csproj',
    wrap: f => DOTNET['Svc.csproj'].replace('net8.0', f.replace(/[<&]/g, ''))
  },
  { name: 'Program.cs', base: DOTNET, target: 'Program.cs' },
  {
    name: 'appsettings.json',
    base: DOTNET,
    target: 'appsettings.json',
    wrap: f => json({ Kestrel: { Endpoints: { Http: { Url: f } } }, urls: f })
  },
  {
    name: 'launchSettings.json',
    base: DOTNET,
    target: 'Properties/launchSettings.json',
    wrap: f => json({ profiles: { svc: { applicationUrl: f } } })
  },
  { name: 'solution', base: DOTNET, target: 'Svc.sln' },
  { name: 'global.json', base: DOTNET, target: 'global.json', wrap: f => json({ sdk: { version: f } }) },
  // Deno, static.
  { name: 'deno.json', base: DENO, target: 'deno.json', wrap: f => json({ tasks: { start: f } }) },
  { name: 'deno main.ts', base: DENO, target: 'main.ts' },
  {
    name: 'static index.html',
    base: { 'index.html': '<!doctype html><title>x</title>' },
    target: 'index.html'
  },
  // Files the scan and the config loader read.
  { name: '.gitignore', base: NODE, target: '.gitignore' },
  { name: '.dockerignore', base: NODE, target: '.dockerignore' },
  {
    name: '.delightful.yaml',
    base: NODE,
    target: '.delightful.yaml',
    wrap: f => `app:\n  start: ${yamlBlock(f)}\n`
  }
]

const line = (unit: string): Shape['unit'] => `${unit}\n`

/** Pathological text: each shape is one way a linear-looking scan can become quadratic (or worse). */
export const SHAPES: Shape[] = [
  { name: 'unclosed openers', unit: '({[' },
  { name: 'unclosed braces', unit: '{' },
  { name: 'unclosed parens', unit: '(' },
  { name: 'app.get(', unit: 'app.get(' },
  { name: '@app.route(', unit: '@app.route(' },
  { name: 'route lines', unit: line("app.get('/health', h) @app.route('/x') r.GET(\"/x\", h) get '/x' do") },
  { name: 'deep nesting', unit: '[', head: '' },
  { name: 'one long line', unit: 'a' },
  { name: 'long words', unit: 'aaaaaaaa ' },
  { name: 'triple quotes', unit: '"""' },
  { name: 'quotes', unit: `'"\`` },
  { name: 'slashes', unit: '/a', head: 'web: ' },
  { name: 'dollar braces', unit: '${' },
  { name: 'backslashes', unit: '\\' },
  { name: 'line continuations', unit: line('x \\') },
  { name: 'empty lines', unit: '\n' },
  { name: 'shell openers', unit: line('if true; then') },
  { name: 'keyword lines', unit: line('exec node server.js PORT=3000 EXPOSE 3000 port: 3000 listen(3000)') },
  { name: 'comment openers', unit: '/*' },
  { name: 'xml openers', unit: '<a>' },
  { name: 'yaml nesting', unit: '- ' }
]

/** `head` + `unit` repeated to exactly `bytes` (ASCII units). */
export function fill(shape: Shape, bytes = HOSTILE_BYTES): string {
  const head = shape.head ?? ''
  const count = Math.ceil((bytes - head.length) / shape.unit.length)
  return (head + shape.unit.repeat(count)).slice(0, bytes)
}

export interface HostileCase {
  /** `<kind> / <shape>` or `<kind> / <shape> (wrapped)`. */
  name: string
  kind: FileKind
  shape: Shape
  wrapped: boolean
}

/** Every kind × shape, raw and (when the kind has a wrapper) wrapped. Contents are built by `caseFiles`. */
export function hostileCases(kinds = FILE_KINDS, shapes = SHAPES): HostileCase[] {
  const out: HostileCase[] = []
  for (const kind of kinds)
    for (const shape of shapes) {
      out.push({ name: `${kind.name} / ${shape.name}`, kind, shape, wrapped: false })
      if (kind.wrap) out.push({ name: `${kind.name} / ${shape.name} (wrapped)`, kind, shape, wrapped: true })
    }
  return out
}

/** The app's files with the hostile one (≤ 1 MiB) in place. */
export function caseFiles(c: HostileCase): Record<string, string> {
  return { ...c.kind.base, [c.kind.target]: hostileText(c) }
}

function hostileText({ kind, shape, wrapped }: HostileCase): string {
  if (!wrapped || !kind.wrap) return fill(shape)
  // Escaping (JSON strings double backslashes) can grow the filler: shrink it until the file fits.
  let budget = HOSTILE_BYTES - kind.wrap('').length
  let text = kind.wrap(fill(shape, budget))
  while (Buffer.byteLength(text) > HOSTILE_BYTES) {
    budget = Math.floor((budget * HOSTILE_BYTES) / Buffer.byteLength(text)) - 16
    text = kind.wrap(fill(shape, budget))
  }
  return text
}

/** Writes `files` into a new temporary folder and returns it. */
export function writeRepo(files: Record<string, string>, prefix = 'dl-cpu-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

export interface TimedAnalysis {
  ms: number
  /** The repository-relative paths the analysis read as text. */
  readPaths: string[]
}

/**
 * Analyses the repository at `root` in-process as the CLI and the action do — scan (ignore files), config
 * (.delightful.yaml), analysis, then the rendered artifacts and PR comment of every app — and times it.
 */
export async function timedAnalysis(root: string): Promise<TimedAnalysis> {
  const started = performance.now()
  const outcome = await analyzeStage(
    { root },
    { cache: null, remote: null, llm: null, info: () => undefined, warning: () => undefined }
  ).catch((err: unknown) => {
    // A clear AnalyzeError/ConfigError is an acceptable answer to hostile input; anything else is not.
    if (err instanceof AnalyzeError || err instanceof ConfigError || err instanceof ScanError) return null
    throw err
  })
  if (outcome) {
    const existingDockerfiles: Record<string, string> = {}
    for (const app of outcome.report.apps) {
      const text = app.dockerfile ? outcome.tree.read(app.dockerfile) : null
      if (app.dockerfile && text !== null) existingDockerfiles[app.dockerfile] = text
    }
    for (const app of outcome.report.apps) renderArtifacts(outcome.report, app, { existingDockerfiles })
  }
  return { ms: performance.now() - started, readPaths: outcome?.tree.readPaths() ?? [] }
}
