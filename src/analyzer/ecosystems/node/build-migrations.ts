// A build script that migrates the database: `prisma migrate deploy` (cusdis: `build` runs `npm run db:deploy`
// between `prisma generate` and `next build`), `prisma db push`, `knex migrate:latest`, `sequelize db:migrate`,
// `typeorm migration:run`, `drizzle-kit migrate|push`, `node-pg-migrate up`. An image build has no database
// (nor should it: a build that changes production's schema before the new image runs breaks the running
// one), so the generated build stage stops there on every machine. The repository's own image runs a sibling
// script without the migration (cusdis' Dockerfile: `build:without-migrate`); the generator does the same.
// The migration belongs to the deploy (a release step or the start): the generator says so in a warning.
import type { PackageJson } from './manifest.js'

/** A command that changes a database's schema. */
const MIGRATES =
  /\b(?:prisma\s+(?:migrate\s+(?:deploy|dev|reset)|db\s+push)|knex\s+migrate:(?:latest|up)|sequelize(?:-cli)?\s+db:migrate\b(?!:)|typeorm(?:-ts-node-\w+)?\s+migration:run|drizzle-kit\s+(?:migrate|push)|node-pg-migrate\s+up|db-migrate\s+up|migrate-mongo\s+up)/

/** `npm run x`, `pnpm x`, `pnpm run x`, `yarn x`, `yarn run x`, `bun run x` (with env assignments before). */
const SCRIPT_CALL =
  /(?:^|&&|;|\|\|)\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:npm run|pnpm(?: run)?|yarn(?: run)?|bun run)\s+([\w:.-]+)/g

export interface BuildMigration {
  /** The migration command found (`prisma migrate deploy`). */
  migration: string
  /** The script chain that runs it (`build → db:deploy`). */
  via: string[]
  /** A sibling build script that builds without migrating (`build:without-migrate`), or null. */
  sibling: string | null
  /**
   * Variables the build sets on its own steps and the sibling does not (`DB_TYPE=pgsql`: cusdis' build runs
   * `DB_TYPE=pgsql npm run db:generate`, its sibling reads DB_TYPE from the environment): the image sets them
   * on the sibling's run, so it builds what the build would.
   */
  env: string[]
}

/** The migration a script runs, itself or through the scripts it calls (up to three levels), with the chain. */
function migrationOf(
  scripts: Record<string, string>,
  name: string,
  seen: Set<string> = new Set()
): { migration: string; via: string[] } | null {
  const body = scripts[name]
  if (body === undefined || seen.has(name) || seen.size > 3) return null
  seen.add(name)
  const own = MIGRATES.exec(body)
  if (own) return { migration: own[0].replace(/\s+/g, ' '), via: [name] }
  for (const m of body.matchAll(SCRIPT_CALL)) {
    const inner = migrationOf(scripts, m[1]!, seen)
    if (inner) return { migration: inner.migration, via: [name, ...inner.via] }
  }
  return null
}

/** The scripts a script calls (transitively, up to three levels), itself included. */
function calledScripts(scripts: Record<string, string>, name: string, depth = 0): Set<string> {
  const out = new Set<string>([name])
  const body = scripts[name]
  if (body === undefined || depth > 3) return out
  for (const m of body.matchAll(SCRIPT_CALL))
    if (m[1] !== name) for (const inner of calledScripts(scripts, m[1]!, depth + 1)) out.add(inner)
  return out
}

/** The steps of a script that are neither script calls nor migrations, without env assignments (`next build`). */
function ownCommands(body: string): string[] {
  return body
    .split(/\s*(?:&&|;|\|\|)\s*/)
    .map(step => step.replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/, '').trim())
    .filter(step => step !== '' && !MIGRATES.test(step) && !/^(?:npm run|pnpm|yarn|bun run)\s/.test(step))
}

/**
 * The migration `scripts.build` runs, and a sibling `build:*`/`build-*`/`build_*` script that builds without
 * it: it must run no migration and call every script the build calls except those in the migration's chain
 * (cusdis: `build:without-migrate` calls db:generate and build:widget, as build does). Null when the build
 * migrates nothing.
 */
export function buildMigration(pkg: PackageJson): BuildMigration | null {
  const found = migrationOf(pkg.scripts, 'build')
  if (!found) return null
  const needed = [...calledScripts(pkg.scripts, 'build')].filter(
    name => name !== 'build' && !found.via.includes(name)
  )
  const siblings = Object.keys(pkg.scripts)
    .filter(name => /^build[:_-][\w:.-]+$/.test(name))
    .filter(name => migrationOf(pkg.scripts, name) === null)
    .filter(name => {
      const calls = calledScripts(pkg.scripts, name)
      return needed.every(inner => calls.has(inner))
    })
    // A script the build itself calls is a part of it (`build:widget`), not an alternative.
    .filter(name => !needed.includes(name))
    // The build's own commands (`next build`) are in the sibling too.
    .filter(name => ownCommands(pkg.scripts.build!).every(command => pkg.scripts[name]!.includes(command)))
  const sibling = siblings.length === 1 ? siblings[0]! : null
  const env = sibling
    ? [
        ...new Set(pkg.scripts.build!.match(/(?<=^|&&|;|\|\||\s)[A-Z_][A-Z0-9_]*=[\w.:/@-]+(?=\s)/g) ?? [])
      ].filter(assignment => !pkg.scripts[sibling]!.includes(assignment.split('=')[0]!))
    : []
  return { ...found, sibling, env }
}
