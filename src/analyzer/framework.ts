// Frameworks are data: which dependencies and files reveal them, and the defaults we use when the project
// itself does not say (port, commands, health path, minimum resources). One file per ecosystem.
import type { Language } from './report.js'

export interface FrameworkSpec {
  /** Lowercase id reported in `framework` (`express`, `nextjs`, `fastapi`, `spring-boot` …). */
  id: string
  name: string
  language?: Language
  /** Any of these dependency names reveals the framework. */
  dependencies: string[]
  /** Marker files (relative to the app dir) that add evidence, e.g. `next.config.js`, `manage.py`. */
  markerFiles?: string[]
  /**
   * How much a match outranks others: meta-frameworks (Next.js, NestJS, Django) 1.0, server libraries
   * (Express, Flask) 0.9, build tools (Vite) 0.5. Decides "react + express", "next + express" and so on.
   */
  specificity: number
  /**
   * True when the framework normally lives in devDependencies (build-time frameworks: Vite, SvelteKit, Astro).
   * Runtime server libraries found only in devDependencies score much lower (misleading package.json).
   */
  devDependencyOk?: boolean
  /** `server` listens on a port; `static` builds files served by a static server; `hybrid` depends on config. */
  kind: 'server' | 'static' | 'hybrid'
  port?: number
  startCommand?: string
  buildCommand?: string
  healthPath?: string
  /** Build output directory for static/hybrid frameworks. */
  outputDir?: string
  /** Minimum Fargate resources for the framework. */
  resources?: { cpu: number; memory: number }
  /**
   * `NAME=value` pairs the framework needs at run time (`PHX_SERVER=true`, `GRADIO_SERVER_NAME=0.0.0.0`):
   * the provider hands them to the Dockerfile generator as the `env` hint.
   */
  env?: string[]
}

/**
 * Ecosystems add their own facts to FrameworkSpec (`interface JavaFrameworkSpec extends FrameworkSpec`)
 * and their generators look a framework up by the id the report names (it may come from an override).
 */
export function frameworkById<S extends FrameworkSpec>(specs: readonly S[], id: string): S | undefined {
  return specs.find(spec => spec.id === id)
}
