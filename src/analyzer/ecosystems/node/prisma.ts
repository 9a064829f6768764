// Prisma's client is generated code (node_modules/.prisma/client), written by `prisma generate`. Projects
// long relied on @prisma/client's own postinstall to run it; npm 11 no longer runs dependency install
// scripts that package.json#allowScripts does not approve, so an image built with `npm ci` starts with
// "@prisma/client did not initialize yet. Please run "prisma generate"". The generator runs it in the
// build stage when the project's own scripts do not.
import type { AppContext } from '../../provider.js'
import { isRecord } from '../../signals/manifests.js'
import type { PackageJson } from './manifest.js'

/** Project scripts npm runs around the install and build (the project's own scripts are never blocked). */
const GENERATING_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prebuild', 'build']

/**
 * The schema `prisma generate` should read (relative to the app), when the app uses @prisma/client at run
 * time, has the prisma CLI among its dependencies (npx would otherwise fetch another release) and no
 * install or build script already generates the client. Null otherwise.
 */
export function prismaSchemaToGenerate(ctx: AppContext, pkg: PackageJson | null): string | null {
  if (!pkg || pkg.deps.get('@prisma/client')?.dev !== false || !pkg.deps.has('prisma')) return null
  if (GENERATING_SCRIPTS.some(script => /\bprisma\s+generate\b/.test(pkg.scripts[script] ?? ''))) return null
  const declared = isRecord(pkg.json.prisma) ? pkg.json.prisma.schema : undefined
  const candidates = [
    typeof declared === 'string' ? declared.replace(/^\.\//, '') : null,
    'prisma/schema.prisma',
    'schema.prisma'
  ]
  for (const path of candidates) {
    if (path && !path.split('/').includes('..') && /^[\w./@-]+$/.test(path) && ctx.has(path)) return path
  }
  // Prisma 5.15+ multi-file schemas: a prisma/schema folder of .prisma files.
  return ctx.tree.filesUnder(ctx.path('prisma/schema')).some(f => f.path.endsWith('.prisma'))
    ? 'prisma/schema'
    : null
}
