// t3-env's createEnv validates runtime secrets when the build imports the env module: a kanban app's
// generated image stopped in `next build` on `❌ Invalid environment variables: { BETTER_AUTH_SECRET:
// [ 'Required' ] }` (real-node-images 07e). The variable its `skipValidation` tests is set in the build stage
// only, with a comment saying why; the runtime stage still validates.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { envValidationSkips } from '../../../../src/analyzer/ecosystems/node/env-validation.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const nextApp = (name: string, deps: Record<string, string> = {}) =>
  JSON.stringify({
    name,
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: '^15.0.0', react: '^19.0.0', '@t3-oss/env-nextjs': '^0.12.0', ...deps }
  })

const envModule = (skip: string | null, from = '@t3-oss/env-nextjs') =>
  [
    `import { createEnv } from "${from}";`,
    'import { z } from "zod";',
    'export const env = createEnv({',
    '  server: { AUTH_SECRET: z.string() },',
    '  runtimeEnv: { AUTH_SECRET: process.env.AUTH_SECRET },',
    ...(skip === null ? [] : [`  skipValidation: ${skip},`]),
    '});',
    ''
  ].join('\n')

/** create-t3-app's shape: a single Next.js app, `src/env.js`, `SKIP_ENV_VALIDATION === "true"`. */
const T3_APP = {
  'package.json': nextApp('t3'),
  'package-lock.json': '{"lockfileVersion": 3}',
  'next.config.js': 'import "./src/env.js";\nexport default {};\n',
  'src/env.js': envModule('process.env.SKIP_ENV_VALIDATION === "true"'),
  'src/pages/index.tsx': 'export default function Home() { return null }\n'
}

/** kan's shape: a pnpm workspace member, `apps/web/src/env.ts`, `!!process.env.CI || …lint`. */
const KAN_WORKSPACE = {
  'package.json': JSON.stringify({ name: 'root', private: true, packageManager: 'pnpm@9.15.0' }),
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n',
  'apps/web/package.json': nextApp('@kan/web', { '@kan/db': 'workspace:*' }),
  'apps/web/next.config.js': 'import "./src/env.ts";\nexport default {};\n',
  'apps/web/src/env.ts': envModule(
    '\n    // CI and lint runs have no secrets\n    !!process.env.CI || process.env.npm_lifecycle_event === "lint"'
  ),
  'apps/web/src/pages/index.tsx': 'export default function Home() { return null }\n',
  'packages/db/package.json': JSON.stringify({ name: '@kan/db', scripts: { build: 'tsc' } }),
  'packages/db/src/index.ts': 'export const db = 1\n'
}

/** The env module in a workspace package the app depends on (packages/env), compared the other way round, "1". */
const ENV_PACKAGE = {
  'package.json': JSON.stringify({ name: 'root', private: true, packageManager: 'pnpm@9.15.0' }),
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n',
  'apps/builder/package.json': nextApp('builder', { '@typebot/env': 'workspace:*' }),
  'apps/builder/next.config.mjs': 'import "@typebot/env";\nexport default {};\n',
  'apps/builder/src/pages/index.tsx': 'export default function Home() { return null }\n',
  'packages/env/package.json': JSON.stringify({
    name: '@typebot/env',
    dependencies: { '@t3-oss/env-core': '^0.12.0' }
  }),
  'packages/env/src/index.ts': envModule(
    "('1' === process.env['SKIP_ENV_CHECK']) || (typeof window !== 'undefined' && window.__ENV === undefined)",
    '@t3-oss/env-core'
  )
}

function render(files: Record<string, string>, appDir?: string) {
  const report = analyze(treeFromFiles(files))
  const app = appDir ? report.apps.find(a => a.appDir === appDir)! : primaryApp(report)!
  const dockerfile = renderAppArtifacts(app).dockerfile ?? ''
  const runtimeAt = dockerfile.indexOf('FROM base AS runtime')
  return {
    hint: (app.hints as { envValidationSkip?: string[] }).envValidationSkip,
    build: dockerfile.slice(
      dockerfile.indexOf(' AS build'),
      dockerfile.indexOf('\nFROM ', dockerfile.indexOf(' AS build'))
    ),
    runtime: dockerfile.slice(runtimeAt),
    dockerfile
  }
}

describe('envValidationSkips', () => {
  it('reads the variable and value of the first process.env term of skipValidation, with its line', () => {
    expect(envValidationSkips(treeFromFiles(T3_APP), '.', [])).toEqual([
      { name: 'SKIP_ENV_VALIDATION', value: 'true', file: 'src/env.js', line: 6 }
    ])
    // The comment inside the expression is skipped; npm_lifecycle_event (npm sets it) never is the variable.
    expect(envValidationSkips(treeFromFiles(KAN_WORKSPACE), 'apps/web', [])).toEqual([
      { name: 'CI', value: 'true', file: 'apps/web/src/env.ts', line: 6 }
    ])
    expect(envValidationSkips(treeFromFiles(ENV_PACKAGE), 'apps/builder', ['packages/env'])).toEqual([
      { name: 'SKIP_ENV_CHECK', value: '1', file: 'packages/env/src/index.ts', line: 6 }
    ])
  })

  it('negatives: no skipValidation, always or never skipping, a negated test, only npm variables, no t3-env', () => {
    const variant = (env: string) => treeFromFiles({ ...T3_APP, 'src/env.js': env })
    for (const env of [
      envModule(null),
      envModule('true'),
      envModule('false'),
      envModule('!process.env.STRICT_ENV'),
      envModule('process.env.npm_lifecycle_event === "lint"'),
      envModule('process.env.NODE_ENV === "test"'),
      'export const env = { skipValidation: !!process.env.CI }\n'
    ])
      expect(envValidationSkips(variant(env), '.', [])).toEqual([])
  })
})

describe('the generated build stage skips t3-env validation, the runtime does not', () => {
  it.each([
    [
      'create-t3-app (SKIP_ENV_VALIDATION === "true")',
      T3_APP,
      undefined,
      'SKIP_ENV_VALIDATION=true src/env.js:6',
      "# t3-env's skipValidation holds with SKIP_ENV_VALIDATION (src/env.js:6): the build does not validate runtime secrets.",
      'ENV SKIP_ENV_VALIDATION=true',
      'RUN --mount=type=cache,target=/app/.next/cache npm run build'
    ],
    [
      'a workspace member (!!process.env.CI)',
      KAN_WORKSPACE,
      'apps/web',
      'CI=true apps/web/src/env.ts:6',
      "# t3-env's skipValidation holds with CI (apps/web/src/env.ts:6): the build does not validate runtime secrets.",
      'ENV CI=true',
      'RUN --mount=type=cache,target=/app/apps/web/.next/cache cd apps/web && pnpm run build'
    ],
    [
      'a workspace env package (\'1\' === process.env["SKIP_ENV_CHECK"])',
      ENV_PACKAGE,
      'apps/builder',
      'SKIP_ENV_CHECK=1 packages/env/src/index.ts:6',
      "# t3-env's skipValidation holds with SKIP_ENV_CHECK (packages/env/src/index.ts:6): the build does not validate runtime secrets.",
      'ENV SKIP_ENV_CHECK=1',
      'RUN --mount=type=cache,target=/app/apps/builder/.next/cache cd apps/builder && pnpm run build'
    ]
  ])('%s', (_label, files, appDir, hint, comment, env, buildRun) => {
    const { hint: hints, build, runtime } = render(files, appDir)
    expect(hints).toEqual([hint])
    const lines = build.split('\n')
    const at = lines.indexOf(env)
    expect(lines[at - 2]).toBe(comment)
    expect(lines[at - 1]).toBe('# Set in this stage only: the runtime stage validates them at start.')
    expect(lines[at - 3]).toMatch(/^ENV NODE_ENV=production/)
    // Before every build command of the stage (workspace packages' builds included).
    expect(lines.indexOf(buildRun)).toBeGreaterThan(at)
    expect(lines.slice(0, at).some(line => / run build|npm run build/.test(line))).toBe(false)
    const variable = env.slice(4).split('=')[0]!
    expect(runtime).toMatch(/^FROM base AS runtime\n/)
    expect(runtime).not.toContain(variable)
  })

  it('negative: a t3-env app without skipValidation gets no such line', () => {
    const { hint, dockerfile } = render({ ...T3_APP, 'src/env.js': envModule(null) })
    expect(hint).toBeUndefined()
    expect(dockerfile).not.toContain('t3-env')
    expect(dockerfile).not.toContain('SKIP_ENV_VALIDATION')
    expect(dockerfile).toContain('npm run build')
  })
})
