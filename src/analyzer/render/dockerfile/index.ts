// Picks the generator for an app and renders its Dockerfile. Generators come from the ecosystem registry;
// each says which languages it builds, which apps it takes over and where its build runs from.
import type { DockerfileGenerator } from '../../ecosystem.js'
import { GENERATORS } from '../../ecosystems/index.js'
import type { AppAnalysis, Warning } from '../../report.js'
import { hintBoolean, hintPath, hintString } from '../hints.js'
import { createContext, type GeneratedDockerfile } from './common.js'

export type { GeneratedDockerfile } from './common.js'

/** Id of a Dockerfile generator in the ecosystem registry: `node`, `static`, `python` … */
export type Generator = string

/** The generator for an app, or null when the analysis does not know enough to write a Dockerfile. */
export function generatorFor(app: AppAnalysis): Generator | null {
  return chooseGenerator(app)?.id ?? null
}

/** The registered generator with this id. */
export function generatorSpec(id: Generator): DockerfileGenerator | undefined {
  return GENERATORS.find(g => g.id === id)
}

function chooseGenerator(app: AppAnalysis): DockerfileGenerator | null {
  // An `ecosystem` hint forces a generator — except one naming the default JavaScript generator, which
  // is what a JavaScript app gets anyway unless a static build or a takeover claims it.
  const hinted = hintString(app, 'ecosystem')
  const forced = hinted ? generatorSpec(hinted) : undefined
  if (forced && !forced.languages.includes('javascript')) return forced
  const language = app.language.value
  const framework = app.framework.value
  const pm = app.packageManager.value.toLowerCase()
  const staticOutput = hintBoolean(app, 'static')
  for (const g of GENERATORS) {
    const serves = g.servesStaticBuilds
    if (!serves?.languages.includes(language)) continue
    if (staticOutput === true || (staticOutput === null && serves.frameworks.has(framework))) return g
  }
  // A package manager that installs an app running on Node (bun.lock beside engines.node) takes nothing over.
  const runsOnNode = hintString(app, 'runtime') === 'node'
  for (const g of GENERATORS) {
    const takes = g.takesOver
    if (!takes?.languages.includes(language)) continue
    if (takes.frameworks?.includes(framework) || (!runsOnNode && takes.packageManagers?.includes(pm)))
      return g
  }
  return GENERATORS.find(g => g.languages.includes(language)) ?? null
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
  const generator = chooseGenerator(app)
  if (generator === null) {
    warnings.push({
      code: 'NO_DOCKERFILE_GENERATOR',
      message: `No Dockerfile can be generated for ${app.appDir} (language ${app.language.value}); add a Dockerfile to the app directory.`
    })
    return null
  }
  // JavaScript workspaces install from their root; multi-module JVM, Cargo and .NET builds compile from
  // theirs (the reactor, workspace or solution needs every module); everything else builds in its folder.
  // A generator may also build from a folder above an app that is no member (local path dependencies).
  const root =
    (generator.buildRootHint ? hintPath(app, generator.buildRootHint) : null) ??
    generator.outerContext?.(app) ??
    null
  const context =
    root && root !== app.appDir && (root === '.' || app.appDir.startsWith(`${root}/`)) ? root : app.appDir
  return generator.render(createContext(app, options.baseImageRegistry, warnings, context))
}
