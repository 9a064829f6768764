// Frameworks that can build either a server or static files: the project's config decides which. Each
// reader is referenced from its framework entry (`refine` in frameworks.ts).
import type { Warning } from '../../report.js'
import type { FrameworkSpec } from '../../framework.js'
import { stripJsComments } from '../../signals/evidence.js'
import type { PackageJson } from './manifest.js'
import type { AppContext } from '../../provider.js'
import type { Hints } from '../../hints.js'
import { chosenSvelteAdapter } from './svelte-adapter.js'

export interface Refinement {
  spec: FrameworkSpec
  startCommand: string | null
  hints: Hints
  warnings: Warning[]
}

function readConfig(ctx: AppContext, base: string): string {
  for (const ext of ['ts', 'mjs', 'js', 'cjs', 'mts']) {
    const text = ctx.read(`${base}.${ext}`)
    if (text !== null) return stripJsComments(text)
  }
  return ''
}

const asStatic = (spec: FrameworkSpec, outputDir: string): FrameworkSpec => ({
  ...spec,
  kind: 'static',
  port: 8080,
  outputDir,
  startCommand: undefined
})
const asServer = (spec: FrameworkSpec): FrameworkSpec => ({ ...spec, kind: 'server' })

/** Reads a hybrid framework's config: the spec it runs as (server or static), its start command, hints. */
export type HybridRefiner = (ctx: AppContext, spec: FrameworkSpec, pkg: PackageJson | null) => Refinement

const unrefined = (spec: FrameworkSpec): Refinement => ({ spec, startCommand: null, hints: {}, warnings: [] })
const has = (pkg: PackageJson | null, dep: string): boolean => pkg?.deps.has(dep) ?? false

/** Next.js: `output: 'export'` is a static site; `output: 'standalone'` runs its own server.js. */
export const refineNext: HybridRefiner = (ctx, spec) => {
  const r = unrefined(spec)
  const output = /\boutput\s*:\s*['"](standalone|export)['"]/.exec(readConfig(ctx, 'next.config'))?.[1]
  if (output) r.hints.nextOutput = output
  if (output === 'export') r.spec = asStatic(spec, 'out')
  else {
    r.spec = asServer(spec)
    if (output === 'standalone') r.startCommand = 'node server.js'
  }
  return r
}

/** Astro: a server only with the @astrojs/node adapter and a server/hybrid output. */
export const refineAstro: HybridRefiner = (ctx, spec, pkg) => {
  const r = unrefined(spec)
  const config = readConfig(ctx, 'astro.config')
  const output = /\boutput\s*:\s*['"](server|hybrid|static)['"]/.exec(config)?.[1]
  const nodeAdapter = has(pkg, '@astrojs/node')
  if (nodeAdapter && output !== 'static') {
    r.spec = asServer(spec)
    r.startCommand = 'node ./dist/server/entry.mjs'
    const port = /\bserver\s*:\s*\{[^}]*?\bport\s*:\s*(\d{2,5})/.exec(config)?.[1]
    if (port) r.spec = { ...r.spec, port: Number(port) }
  } else {
    if (output === 'server' || output === 'hybrid')
      r.warnings.push({
        code: 'UNSUPPORTED_ADAPTER',
        message: `astro output '${output}' needs the @astrojs/node adapter to run in a container; add it or set output: 'static'`
      })
    r.spec = asStatic(spec, 'dist')
  }
  return r
}

/**
 * SvelteKit: adapter-static builds files; adapter-node a server (any other adapter cannot run here). With
 * both installed, the svelte config's `adapter:` choice for the `build` script decides (svelte-adapter.ts).
 */
export const refineSvelteKit: HybridRefiner = (ctx, spec, pkg) => {
  const r = unrefined(spec)
  const both = has(pkg, '@sveltejs/adapter-static') && has(pkg, '@sveltejs/adapter-node')
  const chosen = both ? chosenSvelteAdapter(readConfig(ctx, 'svelte.config'), pkg?.scripts.build ?? '') : null
  if (has(pkg, '@sveltejs/adapter-static') && chosen !== 'node') r.spec = asStatic(spec, 'build')
  else {
    r.spec = asServer(spec)
    if (!has(pkg, '@sveltejs/adapter-node'))
      r.warnings.push({
        code: 'UNSUPPORTED_ADAPTER',
        message:
          'SvelteKit without @sveltejs/adapter-node cannot run as a container server; add adapter-node (or adapter-static for a static site)'
      })
  }
  return r
}

/** Nuxt: `nuxt generate` or `ssr: false` builds a static site. */
export const refineNuxt: HybridRefiner = (ctx, spec, pkg) => {
  const r = unrefined(spec)
  const config = readConfig(ctx, 'nuxt.config')
  const generate = /\bnuxt\s+generate\b/.test(pkg?.scripts.build ?? '') || /\bssr\s*:\s*false\b/.test(config)
  r.spec = generate ? asStatic(spec, '.output/public') : asServer(spec)
  return r
}

/** React Router framework mode: `ssr: false` builds a client-only app. */
export const refineReactRouter: HybridRefiner = (ctx, spec) => {
  const r = unrefined(spec)
  const ssrOff = /\bssr\s*:\s*false\b/.test(readConfig(ctx, 'react-router.config'))
  r.spec = ssrOff ? asStatic(spec, 'build/client') : asServer(spec)
  return r
}
