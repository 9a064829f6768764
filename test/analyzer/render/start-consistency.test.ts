// The report and the image agree: for every fixture app, the generated Dockerfile exposes the port the
// report states (EXPOSE and ENV PORT) and its CMD runs the reported start command — verbatim, or through
// one of the documented mappings below, each of which checks the part that identifies the program (the
// binary, jar, dll, release or script) so a different program cannot pass.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DockerfileParser } from 'dockerfile-ast'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import type { AppAnalysis } from '../../../src/analyzer/report.js'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'

const FIXTURES = join(process.cwd(), 'test/fixtures/apps')
const dirs = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : []

interface FinalStage {
  exposed: string[]
  portEnv: string | undefined
  /** The command the container runs, shell wrapper and `exec` removed. */
  command: string
}

function finalStage(text: string): FinalStage {
  const dockerfile = DockerfileParser.parse(text)
  const instructions = dockerfile.getInstructions()
  const froms = dockerfile.getFROMs()
  const final = instructions.slice(instructions.lastIndexOf(froms[froms.length - 1]!))
  const of = (keyword: string) => final.filter(i => i.getKeyword() === keyword)
  const exposed = of('EXPOSE').flatMap(i => i.getArguments().map(a => a.getValue()))
  const portEnv = of('ENV')
    .map(i => i.getArgumentsContent() ?? '')
    .join(' ')
    .match(/(?:^|\s)PORT=(\d+)/)?.[1]
  const cmd = of('CMD').pop()?.getArgumentsContent() ?? '[]'
  const args = JSON.parse(cmd) as string[]
  const shell = args[0] === '/bin/sh' && args[1] === '-c'
  return { exposed, portEnv, command: shell ? (args[2] ?? '') : args.join(' ') }
}

/** `${PORT:-8000}`, `${PORT}` and `$PORT` are the same value once the image sets ENV PORT. */
function normalize(command: string): string {
  return command
    .replace(/\$\{PORT(?::-\d+)?\}/g, '$PORT')
    .replace(/^exec\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Start-time steps the generators put before the server (framework caches read the runtime env). */
const WARMUPS = [
  /^(?:php artisan (?:config|route|view):cache && )+/,
  /^php bin\/console cache:warmup && /,
  /^ASPNETCORE_URLS=\S+ /
]

function server(command: string): string {
  let rest = command
  for (const warmup of WARMUPS) rest = rest.replace(warmup, '')
  return normalize(rest)
}

/**
 * The rule under which `command` runs the report's start command, or null when it does not. Each rule is
 * documented in src/analyzer/render/README.md ("Report and image agree").
 */
function startRule(app: AppAnalysis, generator: string, command: string): string | null {
  const start = app.startCommand.value === null ? null : normalize(app.startCommand.value)
  const run = server(command)
  if (start !== null && run === start) return 'as reported'
  if (start === null)
    return generator === 'static' && run.startsWith('caddy run') ? 'static files served by Caddy' : null
  const script = start.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1]
  if ((generator === 'node' || generator === 'bun') && script) {
    const body = typeof app.hints.startScript === 'string' ? normalize(app.hints.startScript) : null
    const preStart = typeof app.hints.preStartScript === 'string'
    if (script === 'start' && body !== null && !preStart && run === body)
      return 'plain node start script run directly'
    const served = typeof app.hints.startAfterBuild === 'string' ? normalize(app.hints.startAfterBuild) : null
    if (
      script === 'start' &&
      served !== null &&
      !preStart &&
      (run === served || run === `npm exec --no -- ${served}`)
    )
      return 'start script after the build steps the build stage ran'
    if (run === (script === 'start' ? 'npm start' : `npm run ${script}`)) return 'package script through npm'
    if (app.framework.value === 'nuxt' && run === 'node .output/server/index.mjs')
      return 'Nuxt .output server'
  }
  if (generator === 'node' && app.framework.value === 'nextjs' && run === 'node server.js')
    return 'Next.js standalone server'
  if (
    generator === 'node' &&
    app.framework.value === 'nextjs' &&
    /^node_modules\/\.bin\/next start\b/.test(run)
  )
    return 'Next.js start where the standalone layout cannot hold linked packages'
  if (generator === 'go' && /^(\.\/)?server$|^go run\b/.test(start) && run === '/usr/local/bin/server')
    return 'compiled Go binary'
  // One subcommand word or several (`serve all`, the arguments of a release image).
  const goSub = start.match(/^(?:\.\/)?server (\w+(?: [\w-]+)*)$/)?.[1]
  if (generator === 'go' && goSub && run === `/usr/local/bin/server ${goSub}`)
    return 'compiled Go binary with its server subcommand'
  const rustSub = start.match(/target\/release\/[\w-]+ ([a-z][\w-]*)$/)?.[1]
  if (generator === 'rust' && rustSub && run === `/usr/local/bin/server ${rustSub}`)
    return 'release binary with its server subcommand'
  const rustBin = start.match(/target\/release\/([\w-]+)$/)?.[1]
  if (generator === 'rust' && rustBin && run === '/usr/local/bin/server') {
    const hinted = app.hints.binary
    return hinted === undefined || hinted === rustBin
      ? 'release binary installed as /usr/local/bin/server'
      : null
  }
  if (
    generator === 'java' &&
    /^java (?:.* )?-jar \S+\.jar/.test(start) &&
    /^java (?:-D\S+ )*(-jar (application|app|quarkus-run)\.jar|org\.springframework\.boot\.loader\.\S*JarLauncher)$/.test(
      run
    )
  )
    return 'runnable jar (Spring Boot layers, Quarkus fast-jar) with the port flag'
  const dll = start.match(/^dotnet (?:\S*\/)?([\w.-]+\.dll)\b/)?.[1]
  if (generator === 'dotnet' && dll && run === `dotnet ${dll}`) return 'published assembly, URLs from $PORT'
  const release = start.match(/^_build\/prod\/rel\/([\w-]+)\/bin\/([\w-]+) start$/)
  if (generator === 'elixir' && release && run === `/app/bin/${release[2]} start`)
    return 'mix release copied to /app'
  return null
}

describe('the report and the generated Dockerfile agree on port and start command', () => {
  it('finds fixtures to check', () => {
    expect(dirs.length).toBeGreaterThan(40)
  })

  it.each(dirs)('%s', dir => {
    const { report } = analyzeRepository(join(FIXTURES, dir))
    for (const app of report.apps) {
      const artifacts = renderAppArtifacts(app)
      if (artifacts.dockerfile === null) continue
      const stage = finalStage(artifacts.dockerfile)
      const port = String(app.port.value)
      const rule = startRule(app, artifacts.generator ?? '', stage.command)
      expect({
        app: app.appDir,
        exposed: stage.exposed,
        env: stage.portEnv,
        start: app.startCommand.value,
        rule: rule !== null
      }).toEqual({
        app: app.appDir,
        exposed: [port],
        env: port,
        start: app.startCommand.value,
        rule: true
      })
    }
  })
})

describe('the start-command rules reject a different program', () => {
  const app = (start: string, framework = 'none', hints = {}): AppAnalysis =>
    ({ startCommand: { value: start }, framework: { value: framework }, hints }) as unknown as AppAnalysis
  it.each([
    ['rust', app('./target/release/api', 'axum', { binary: 'api' }), '/usr/local/bin/other'],
    ['rust', app('./target/release/api', 'axum', { binary: 'worker' }), '/usr/local/bin/server'],
    ['dotnet', app('dotnet out/Shop.Web.dll'), 'ASPNETCORE_URLS=http://+:$PORT exec dotnet Shop.Admin.dll'],
    ['elixir', app('_build/prod/rel/shop/bin/shop start'), '/app/bin/admin start'],
    ['node', app('npm start', 'express', { startScript: 'node server.js' }), 'node worker.js'],
    ['python', app('gunicorn app:app --bind 0.0.0.0:$PORT'), 'exec gunicorn other:app --bind 0.0.0.0:$PORT'],
    [
      'php',
      app('frankenphp php-server --listen :${PORT:-8000} --root public'),
      'php -S 0.0.0.0:8000 -t public'
    ],
    // What the PHP generator ran before the analyzer and the image agreed.
    [
      'php',
      app('php artisan serve --host=0.0.0.0 --port=${PORT:-8000}', 'laravel'),
      'php artisan config:cache && exec frankenphp run --config /etc/deplight/Caddyfile --adapter caddyfile'
    ]
  ])('%s', (generator, analysed, command) => {
    expect(startRule(analysed, generator, command)).toBeNull()
  })
})
