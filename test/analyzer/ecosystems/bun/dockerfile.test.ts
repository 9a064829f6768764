// The oven/bun generator's install stages: a compiler stage when a dependency may build with node-gyp
// (oven/bun:*-slim has none), dev-only lifecycle scripts dropped with bun itself (the image has no npm),
// and an unfrozen install with a NO_LOCKFILE warning when no bun lockfile is in the build context.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateDockerfile } from '../../../../src/analyzer/render/dockerfile/index.js'
import type { AppAnalysis, Warning } from '../../../../src/analyzer/report.js'
import { makeApp, type AppSpec } from '../../render/make-app.js'

const APT = 'apt-get install -y --no-install-recommends python3 make g++'

function render(app: AppAnalysis): { text: string; codes: string[]; warnings: Warning[] } {
  const warnings: Warning[] = []
  const generated = generateDockerfile(app, { baseImageRegistry: null }, warnings)
  expect(generated?.generator).toBe('bun')
  return { text: generated?.text ?? '', codes: warnings.map(w => w.code), warnings }
}

/** A Bun app at the repository root with bun.lock beside its package.json. */
function bunApp(spec: Partial<AppSpec> & { hints?: AppAnalysis['hints'] }): AppAnalysis {
  return makeApp({
    language: 'typescript',
    framework: 'elysia',
    packageManager: 'bun',
    lockfile: 'bun.lock',
    port: 3000,
    startCommand: 'bun run src/index.ts',
    ...spec,
    hints: { lockfile: 'bun.lock', ...spec.hints }
  })
}

/** A Bun workspace member in apps/api, built from the workspace root where bun.lock sits. */
function bunMember(hints: AppAnalysis['hints'], buildCommand: string | null = null): AppAnalysis {
  const app = makeApp({
    appDir: 'apps/api',
    language: 'typescript',
    framework: 'elysia',
    packageManager: 'bun',
    port: 3000,
    buildCommand,
    startCommand: 'bun run src/index.ts',
    hints: {
      lockfile: 'bun.lock',
      workspaceRoot: '.',
      workspacePackage: 'api',
      workspaceManifests: ['apps/api/package.json', 'packages/db/package.json'],
      workspaceDependencies: ['packages/db'],
      ...hints
    }
  })
  return {
    ...app,
    packageManager: { ...app.packageManager, evidence: [{ file: 'bun.lock', line: 0, text: 'bun.lock' }] }
  }
}

/** The lines of one stage, from its FROM to the next. */
function stage(text: string, name: string): string {
  const start = text.search(new RegExp(`^FROM .* AS ${name}$`, 'm'))
  if (start < 0) return ''
  const next = text.slice(start + 1).search(/^FROM /m)
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next)
}

describe('native addons: a toolchain stage for the installs, none in the runtime', () => {
  it('an unbuilt app installs its production dependencies from the toolchain stage', () => {
    const { text } = render(bunApp({ hints: { nativeAddons: ['better-sqlite3'] } }))
    const toolchain = stage(text, 'toolchain')
    expect(toolchain.split('\n')[0]).toBe('FROM base AS toolchain')
    expect(toolchain).toContain(
      'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked ' +
        `--mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && ${APT}`
    )
    expect(text).toContain(
      '# better-sqlite3 compiles with node-gyp when no prebuilt binary matches this Node version: ' +
        'the install stages get a compiler, the runtime image does not.\nFROM base AS toolchain'
    )
    expect(stage(text, 'deps').split('\n')[0]).toBe('FROM toolchain AS deps')
    expect(stage(text, 'runtime').split('\n')[0]).toBe('FROM base AS runtime')
    expect(stage(text, 'runtime')).not.toContain('g++')
    expect(text.indexOf('AS toolchain')).toBeLessThan(text.indexOf('AS deps'))
  })

  it('a built app builds and prunes in the toolchain stage; the runtime copies the result', () => {
    const { text } = render(
      bunApp({
        framework: 'hono',
        buildCommand: 'bun run build',
        hints: { nativeAddons: ['argon2', 'bcrypt'] }
      })
    )
    expect(text).toContain('# argon2, bcrypt compile with node-gyp')
    const build = stage(text, 'build')
    expect(build.split('\n')[0]).toBe('FROM toolchain AS build')
    expect(build).toContain(
      'RUN --mount=type=cache,target=/root/.bun/install/cache bun install --frozen-lockfile\n'
    )
    expect(stage(text, 'runtime').split('\n')[0]).toBe('FROM base AS runtime')
    expect(stage(text, 'runtime')).toContain('COPY --from=build /app ./')
    expect(stage(text, 'runtime')).not.toContain(APT)
  })

  it('a workspace member: both the build and the deps stage start from the toolchain', () => {
    const { text } = render(bunMember({ nativeAddons: ['canvas'] }, 'bun run build'))
    expect(stage(text, 'build').split('\n')[0]).toBe('FROM toolchain AS build')
    expect(stage(text, 'deps').split('\n')[0]).toBe('FROM toolchain AS deps')
    expect(stage(text, 'deps')).toContain('bun install --frozen-lockfile --production --filter api')
    expect(stage(text, 'runtime').split('\n')[0]).toBe('FROM base AS runtime')
    expect(stage(text, 'runtime')).not.toContain(APT)
  })

  it('no addon: no toolchain stage, installs from base', () => {
    for (const app of [
      bunApp({}),
      bunApp({ buildCommand: 'bun run build' }),
      bunMember({}, 'bun run build')
    ]) {
      const { text } = render(app)
      expect(text).not.toContain('toolchain')
      expect(text).not.toContain('g++')
      expect(text).toMatch(/^FROM base AS (deps|build)$/m)
    }
  })
})

/** The JavaScript of the generated `RUN bun -e '…'` line. */
function dropScript(text: string): string {
  const line = text.split('\n').find(l => l.startsWith("RUN bun -e '"))
  if (!line) throw new Error('no bun -e line')
  expect(line.endsWith("'")).toBe(true)
  return line.slice("RUN bun -e '".length, -1)
}

describe('dev-only lifecycle scripts: dropped with bun before the production install', () => {
  it('an unbuilt app drops the root prepare script in the deps stage, before the install', () => {
    const { text } = render(bunApp({ hints: { devLifecycleScripts: ['.:prepare:husky'] } }))
    const deps = stage(text, 'deps').split('\n')
    expect(deps.slice(0, 5)).toEqual([
      'FROM base AS deps',
      'COPY package.json bun.lock* bun.lockb* ./',
      '# package.json prepare runs husky: only devDependencies provide it, and the production install ' +
        'leaves them out, so this stage drops the script.',
      'RUN bun -e \'const fs=require("fs");for(const[file,names]of Object.entries({"package.json":["prepare"]}))' +
        '{if(!fs.existsSync(file))continue;const pkg=JSON.parse(fs.readFileSync(file,"utf8"));' +
        "for(const name of names)delete pkg.scripts[name];fs.writeFileSync(file,JSON.stringify(pkg,null,2))}'",
      'RUN --mount=type=cache,target=/root/.bun/install/cache bun install --frozen-lockfile --production'
    ])
    // The oven/bun image has no npm.
    expect(text).not.toContain('npm pkg')
  })

  it('a built app keeps the script for the full install and drops it before the production reinstall', () => {
    const { text } = render(
      bunApp({ buildCommand: 'bun run build', hints: { devLifecycleScripts: ['.:postinstall:tsc'] } })
    )
    const build = stage(text, 'build')
    const drop = build.indexOf("RUN bun -e '")
    expect(drop).toBeGreaterThan(build.indexOf('RUN bun run build'))
    expect(drop).toBeLessThan(
      build.indexOf('rm -rf node_modules && bun install --frozen-lockfile --production')
    )
    expect(build).toContain('# package.json postinstall runs tsc: only devDependencies provide it')
    expect(dropScript(text)).toContain('{"package.json":["postinstall"]}')
  })

  it('a workspace member drops the root and the member scripts in its deps stage', () => {
    const { text } = render(
      bunMember({ devLifecycleScripts: ['.:prepare:husky', 'apps/api:postinstall:tsc'] })
    )
    const deps = stage(text, 'deps')
    expect(dropScript(deps)).toContain('{"package.json":["prepare"],"apps/api/package.json":["postinstall"]}')
    expect(deps.indexOf("RUN bun -e '")).toBeGreaterThan(deps.indexOf('COPY apps/api/package.json'))
    expect(deps.indexOf("RUN bun -e '")).toBeLessThan(
      deps.indexOf('bun install --frozen-lockfile --production')
    )
    expect(text).not.toContain('npm pkg')
  })

  it('the generated edit removes exactly the named scripts and skips a manifest that is not there', () => {
    const { text } = render(
      bunMember({ devLifecycleScripts: ['.:prepare:husky', 'apps/api:postinstall:tsc'] })
    )
    const dir = mkdtempSync(join(tmpdir(), 'bun-drop-'))
    try {
      const root = { name: 'w', scripts: { prepare: 'husky', start: 'bun run src/index.ts' } }
      writeFileSync(join(dir, 'package.json'), JSON.stringify(root))
      // bun -e runs the same CommonJS as node -e; apps/api/package.json is left absent on purpose.
      execFileSync(process.execPath, ['-e', dropScript(text)], { cwd: dir })
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({
        name: 'w',
        scripts: { start: 'bun run src/index.ts' }
      })
      mkdirSync(join(dir, 'apps/api'), { recursive: true })
      writeFileSync(join(dir, 'apps/api/package.json'), '{"scripts":{"postinstall":"tsc","build":"tsc"}}')
      execFileSync(process.execPath, ['-e', dropScript(text)], { cwd: dir })
      expect(JSON.parse(readFileSync(join(dir, 'apps/api/package.json'), 'utf8'))).toEqual({
        scripts: { build: 'tsc' }
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('no such script, a script name that is not plain, or a lockfile outside the context: no edit', () => {
    expect(render(bunApp({})).text).not.toContain('bun -e')
    expect(render(bunApp({ hints: { devLifecycleScripts: ["./x':prepare:husky"] } })).text).not.toContain(
      'bun -e'
    )
    expect(render(bunApp({ hints: { devLifecycleScripts: [".:pre'pare:husky"] } })).text).not.toContain(
      'bun -e'
    )
    // The app built from svc/ while the lockfile (to which the hint's folders are relative) is at the root.
    const outside = makeApp({
      appDir: 'svc',
      language: 'typescript',
      framework: 'elysia',
      packageManager: 'bun',
      port: 3000,
      hints: { lockfile: 'bun.lock', devLifecycleScripts: ['svc:prepare:husky'] }
    })
    expect(render(outside).text).not.toContain('bun -e')
  })
})

describe('no bun lockfile in the build context: an unfrozen install and NO_LOCKFILE', () => {
  /** The same app with its package manager read from the manifest (no lockfile committed). */
  const unlocked = (app: AppAnalysis): AppAnalysis => {
    const { lockfile: _lockfile, ...hints } = app.hints
    return { ...app, hints, packageManager: { ...app.packageManager, source: 'manifest', evidence: [] } }
  }

  it('an unbuilt app installs without --frozen-lockfile', () => {
    const { text, codes, warnings } = render(unlocked(bunApp({})))
    expect(text).toContain(
      'RUN --mount=type=cache,target=/root/.bun/install/cache bun install --production\n'
    )
    expect(text).not.toContain('--frozen-lockfile')
    expect(codes).toContain('NO_LOCKFILE')
    expect(warnings.find(w => w.code === 'NO_LOCKFILE')?.message).toMatch(/^No bun\.lock found/)
  })

  it('a built app: both the full install and the production reinstall are unfrozen', () => {
    const { text, codes } = render(unlocked(bunApp({ buildCommand: 'bun run build' })))
    const build = stage(text, 'build')
    expect(build).toContain('RUN --mount=type=cache,target=/root/.bun/install/cache bun install\n')
    expect(build).toContain('rm -rf node_modules && bun install --production\n')
    expect(text).not.toContain('--frozen-lockfile')
    expect(codes).toContain('NO_LOCKFILE')
  })

  it('a lockfile above the build context does not freeze the install, and the warning names it', () => {
    const app = makeApp({
      appDir: 'svc',
      language: 'typescript',
      framework: 'elysia',
      packageManager: 'bun',
      port: 3000,
      hints: { lockfile: 'bun.lock' }
    })
    const { text, warnings } = render({
      ...app,
      packageManager: { ...app.packageManager, evidence: [{ file: 'bun.lock', line: 0, text: 'bun.lock' }] }
    })
    expect(text).not.toContain('--frozen-lockfile')
    expect(warnings.find(w => w.code === 'NO_LOCKFILE')?.message).toMatch(
      /^bun\.lock lies outside the build context svc/
    )
  })

  it('bun.lock or bun.lockb in the context: frozen, no warning', () => {
    for (const lockfile of ['bun.lock', 'bun.lockb']) {
      const { text, codes } = render(bunApp({ lockfile, hints: { lockfile } }))
      expect(text).toContain('bun install --frozen-lockfile --production\n')
      expect(codes).not.toContain('NO_LOCKFILE')
    }
    // An app moved into a folder with its lockfile beside it.
    const app = makeApp({
      appDir: 'svc',
      language: 'typescript',
      framework: 'elysia',
      packageManager: 'bun',
      lockfile: 'bun.lockb',
      port: 3000,
      hints: { lockfile: 'svc/bun.lockb' }
    })
    const { text, codes } = render(app)
    expect(text).toContain('bun install --frozen-lockfile --production\n')
    expect(codes).not.toContain('NO_LOCKFILE')
  })

  it("another manager's lockfile: bun installs unfrozen, never with a manager the image lacks", () => {
    // An Elysia app at the root with package-lock.json: the bun.lock* copy finds nothing.
    const npmApp = bunApp({
      packageManager: 'npm',
      lockfile: 'package-lock.json',
      hints: { lockfile: 'package-lock.json' }
    })
    const root = render(npmApp)
    expect(root.text).toContain('bun install --production\n')
    expect(root.text).not.toContain('npm ')
    expect(root.codes).toContain('NO_LOCKFILE')
    // An Elysia member of a pnpm workspace: bun's filter, not pnpm (oven/bun has no corepack).
    const member = bunMember({ lockfile: 'pnpm-lock.yaml' })
    const { text, codes } = render({
      ...member,
      packageManager: {
        ...member.packageManager,
        value: 'pnpm',
        evidence: [{ file: 'pnpm-lock.yaml', line: 0, text: 'pnpm-lock.yaml' }]
      }
    })
    expect(text).toContain(
      'RUN --mount=type=cache,target=/root/.bun/install/cache bun install --production --filter api\n'
    )
    expect(text).not.toContain('pnpm install')
    expect(text).not.toContain('--frozen-lockfile')
    expect(text).toContain('COPY package.json bun.lock* ./')
    expect(codes).toContain('NO_LOCKFILE')
    // The same member with bun.lock at the workspace root stays frozen.
    expect(render(bunMember({})).text).toContain('bun install --frozen-lockfile --production --filter api\n')
  })
})

// Self-hosted Bun apps create their state beside them at start: ConvertX's generated image stopped on
// `EACCES: permission denied, mkdir './data'` as the bun user (real-node-images 07f). The bun user owns the
// app's folder itself (not the files copied into it), right before USER bun, in the runtime stage only.
describe('the bun user owns the app folder at run time', () => {
  const ownership = (text: string): string[] => {
    const lines = stage(text, 'runtime').split('\n')
    const user = lines.indexOf('USER bun')
    return lines.slice(user - 2, user + 1)
  }
  const COMMENT =
    "# Apps create their state folders beside them at start (./data): the bun user owns the app's folder itself."

  it('an app at the root, built or not: /app', () => {
    for (const buildCommand of ['bun run build', null]) {
      const { text } = render(bunApp({ buildCommand }))
      expect(ownership(text)).toEqual([COMMENT, 'RUN chown bun:bun /app', 'USER bun'])
    }
  })

  it('a workspace member: its own folder, after WORKDIR', () => {
    const { text } = render(bunMember({}, 'bun run build'))
    const lines = stage(text, 'runtime').split('\n')
    expect(lines.indexOf('WORKDIR /app/apps/api')).toBe(lines.indexOf(COMMENT) - 1)
    expect(ownership(text)).toEqual([COMMENT, 'RUN chown bun:bun /app/apps/api', 'USER bun'])
  })

  it('negative: the copied files stay root-owned and no other stage changes owners', () => {
    const { text } = render(bunApp({ buildCommand: 'bun run build' }))
    expect(text).not.toContain('--chown')
    expect(text.match(/chown/g)).toHaveLength(1)
    expect(stage(text, 'build')).not.toContain('chown')
  })
})
