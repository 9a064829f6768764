// Picks the generator for an app and renders its Dockerfile.
import type { AppAnalysis, Warning } from '../../report.js'
import { hintBoolean, hintPath, hintString } from '../hints.js'
import { bunDockerfile } from '../../ecosystems/bun/dockerfile.js'
import { createContext, type DockerfileContext, type GeneratedDockerfile } from './common.js'
import { denoDockerfile } from '../../ecosystems/deno/dockerfile.js'
import { dotnetDockerfile } from '../../ecosystems/dotnet/dockerfile.js'
import { elixirDockerfile } from '../../ecosystems/elixir/dockerfile.js'
import { goDockerfile } from '../../ecosystems/go/dockerfile.js'
import { javaDockerfile } from '../../ecosystems/java/dockerfile.js'
import { nodeDockerfile } from '../../ecosystems/node/dockerfile.js'
import { phpDockerfile } from '../../ecosystems/php/dockerfile.js'
import { pythonDockerfile } from '../../ecosystems/python/dockerfile.js'
import { rubyDockerfile } from '../../ecosystems/ruby/dockerfile.js'
import { rustDockerfile } from '../../ecosystems/rust/dockerfile.js'
import { staticDockerfile } from '../../ecosystems/static/dockerfile.js'

export type { GeneratedDockerfile } from './common.js'

export type Generator =
  | 'node'
  | 'static'
  | 'bun'
  | 'deno'
  | 'python'
  | 'go'
  | 'java'
  | 'ruby'
  | 'php'
  | 'rust'
  | 'dotnet'
  | 'elixir'

const GENERATORS: Record<Generator, (ctx: DockerfileContext) => GeneratedDockerfile> = {
  node: nodeDockerfile,
  static: staticDockerfile,
  bun: bunDockerfile,
  deno: denoDockerfile,
  python: pythonDockerfile,
  go: goDockerfile,
  java: javaDockerfile,
  ruby: rubyDockerfile,
  php: phpDockerfile,
  rust: rustDockerfile,
  dotnet: dotnetDockerfile,
  elixir: elixirDockerfile
}

/** JavaScript frameworks whose production build is a folder of files, served without a Node server. */
const STATIC_JS_FRAMEWORKS = new Set([
  'vite',
  'react',
  'create-react-app',
  'vue',
  'vue-cli',
  'angular',
  'svelte',
  'solid',
  'preact',
  'ember',
  'gatsby',
  'docusaurus',
  'eleventy',
  'vitepress',
  'vuepress',
  'hexo',
  'static'
])

const BY_LANGUAGE: Partial<Record<string, Generator>> = {
  python: 'python',
  go: 'go',
  java: 'java',
  kotlin: 'java',
  ruby: 'ruby',
  php: 'php',
  rust: 'rust',
  csharp: 'dotnet',
  elixir: 'elixir',
  static: 'static'
}

/** The generator for an app, or null when the analysis does not know enough to write a Dockerfile. */
export function generatorFor(app: AppAnalysis): Generator | null {
  const hinted = hintString(app, 'ecosystem')
  if (hinted && hinted in GENERATORS && hinted !== 'node') return hinted as Generator
  const language = app.language.value
  const framework = app.framework.value
  const pm = app.packageManager.value.toLowerCase()
  if (language === 'javascript' || language === 'typescript') {
    const staticOutput = hintBoolean(app, 'staticOutput', 'static')
    if (staticOutput === true || (staticOutput === null && STATIC_JS_FRAMEWORKS.has(framework)))
      return 'static'
    if (hinted === 'bun' || framework === 'elysia' || pm === 'bun') return 'bun'
    if (hinted === 'deno' || pm === 'deno' || framework === 'deno' || framework === 'fresh') return 'deno'
    return 'node'
  }
  return BY_LANGUAGE[language] ?? null
}

export interface DockerfileOptions {
  baseImageRegistry: string | null
}

/** Renders the Dockerfile for an app that has none; pushes generator warnings. Null when no generator fits. */
export function generateDockerfile(
  app: AppAnalysis,
  options: DockerfileOptions,
  warnings: Warning[]
): GeneratedDockerfile | null {
  const generator = generatorFor(app)
  if (generator === null) {
    warnings.push({
      code: 'NO_DOCKERFILE_GENERATOR',
      message: `No Dockerfile can be generated for ${app.appDir} (language ${app.language.value}); add a Dockerfile to the app directory.`
    })
    return null
  }
  // JavaScript workspaces install from their root; multi-module JVM, Cargo and .NET builds compile from
  // theirs (the reactor, workspace or solution needs every module); everything else builds in its folder.
  const root =
    generator === 'node' || generator === 'static' || generator === 'bun'
      ? hintPath(app, 'workspaceRoot')
      : generator === 'java' || generator === 'rust' || generator === 'dotnet'
        ? hintPath(app, 'buildRoot')
        : null
  const context =
    root && root !== app.appDir && (root === '.' || app.appDir.startsWith(`${root}/`)) ? root : app.appDir
  return GENERATORS[generator](createContext(app, options.baseImageRegistry, warnings, context))
}
