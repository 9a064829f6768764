// Bench (on demand, not part of `npm test` or `npm run bench`): the Dockerfiles deplight generates for REAL
// Node apps from the corpora tree cache, built and started with the real engine. Each app's tree is copied
// to a scratch folder with its own Dockerfiles and .dockerignore removed, analysed and rendered exactly as
// the product does (stand-in base images under STANDIN_REGISTRY), built one at a time, run on the host
// network and probed over HTTP. Every outcome is classified:
// - `http`: the app answered HTTP (any status) on its port;
// - `environment`: the app's code ran and stopped for a reason it states (no database, redis, secret);
// - `image-defect`: the image itself is wrong (module or tool not found, missing files, wrong port, build
//   failure caused by the generated Dockerfile);
// - `environment` also when the build fetches from a host other than the npm registry (unreachable here),
//   or when the lockfile names a package version the registry no longer serves (fails on any machine);
// - `build-failed`: any other build failure (read the log: the Dockerfile or the stand-in base image).
// Run: `npx tsx bench/real-node-images.ts [--trees /work/corpora-trees] [app-id …]`.
// `REAL_IMAGE_DEBIAN_ROOTFS=<debootstrap root>` builds the node stand-ins over Debian, so Dockerfiles that
// apt-get (the node-gyp toolchain for native addons) build as on node:*-bookworm-slim (debian-node-standin.ts).
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderAppArtifacts } from '../src/analyzer/render/index.js'
import { primaryApp } from '../src/analyzer/summary.js'
import { analyzeRepository } from '../src/pipeline/config-analyze.js'
import { baseImages, imageSizeBytes } from '../test/e2e/support/generated-images.js'
import { ensureStandin, STANDIN_REGISTRY, standinKind } from '../test/e2e/support/standins.js'
import { debianBunStandin, isBunImage } from './debian-bun-standin.js'
import { debianNodeStandin, debianRootfs } from './debian-node-standin.js'
import {
  dockerAvailable,
  dockerCli,
  freePort,
  startDocker,
  stopAllTracked,
  type DockerEngine
} from '../test/support/index.js'
import { readManifest, treeName } from './corpora/manifest.js'

interface RealApp {
  /** The app's id in its corpus manifest. */
  id: string
  corpus: string
  /**
   * The folder to build when the truth accepts several (a workspace root or its server member) and the
   * repository's own Dockerfile decided the primary: without it another folder's compose file may win.
   */
  appDir?: string
}

/** Small-to-mid apps first; the large workspaces last (their installs take minutes). */
export const REAL_APPS: RealApp[] = [
  { id: 'render-express-hello', corpus: 'starter' },
  { id: 'render-fastify-hello', corpus: 'starter' },
  { id: 'cloudrun-node', corpus: 'starter' },
  { id: 'nest-typescript-starter', corpus: 'starter' },
  { id: 'realworld-express', corpus: 'starter' },
  { id: 'actual-server', corpus: 'holdout' },
  { id: 'remix-indie-stack', corpus: 'starter' },
  { id: 'uptime-kuma', corpus: 'fresh' },
  { id: 'docmost', corpus: 'fresh' },
  // Held-out corpora (truth written before the analyzer ran on them): small apps first.
  { id: 'kutt', corpus: 'holdout6' },
  { id: 'dashy', corpus: 'holdout6' },
  { id: 'audiobookshelf', corpus: 'holdout4' },
  { id: 'pingvin-share', corpus: 'holdout4' },
  { id: 'kener', corpus: 'holdout6' },
  { id: 'planka', corpus: 'holdout6' },
  { id: 'etherpad', corpus: 'holdout4' },
  { id: 'nodebb', corpus: 'holdout4' },
  { id: 'homepage', corpus: 'holdout6' },
  { id: 'elk', corpus: 'holdout6' },
  { id: 'openpanel-api', corpus: 'holdout6' },
  { id: 'reactive-resume', corpus: 'holdout6' },
  { id: 'homarr', corpus: 'holdout4' },
  { id: 'dokploy', corpus: 'holdout4' },
  { id: 'langfuse-web', corpus: 'holdout4' },
  { id: 'teable', corpus: 'holdout4' },
  // Later held-out corpora (holdout8–14), small-to-mid apps.
  { id: 'dockge', corpus: 'holdout8' },
  { id: 'hemmelig', corpus: 'holdout12' },
  { id: 'thelounge', corpus: 'holdout14' },
  { id: 'magicmirror', corpus: 'holdout14' },
  { id: 'emailengine', corpus: 'holdout11' },
  { id: 'ackee', corpus: 'holdout11' },
  { id: 'nuxt-movies', corpus: 'holdout12' },
  { id: 'wanderer', corpus: 'holdout12' },
  { id: 'wg-easy', corpus: 'holdout10' },
  { id: 'nextchat', corpus: 'holdout12' },
  { id: 'bluesky-pds', corpus: 'holdout8' },
  // server/ links "file:../shared" (no workspace): built from the repository root, shared built first.
  { id: 'rybbit-server', corpus: 'holdout8' },
  { id: 'papra', corpus: 'holdout8' },
  { id: 'spliit', corpus: 'holdout14' },
  // holdout15 and holdout18 (truth written before their first run), small-to-mid apps first, then the
  // Next.js standalone members of pnpm workspaces (built with the workspace layout).
  { id: 'flame', corpus: 'holdout15' },
  { id: 'mongo-express', corpus: 'holdout18' },
  { id: 'mirotalk', corpus: 'holdout15' },
  { id: 'sqlpad', corpus: 'holdout15' },
  { id: 'nestjs-boilerplate', corpus: 'holdout15' },
  { id: 'lemmy-ui', corpus: 'holdout15' },
  { id: 'cusdis', corpus: 'holdout15' },
  { id: 'kaneo', corpus: 'holdout15' },
  { id: 'zipline', corpus: 'holdout15' },
  { id: 'unsend', corpus: 'holdout15' },
  { id: 'inbox-zero', corpus: 'holdout18' },
  // holdout19 and holdout22 (truth written before their first run); Bun and Deno apps are not Node images.
  { id: 'fastify-demo', corpus: 'holdout19' },
  { id: 'jellystat', corpus: 'holdout19' },
  { id: 'nestjs-realworld', corpus: 'holdout19' },
  { id: 'parse-server', corpus: 'holdout22' },
  { id: 'nightscout', corpus: 'holdout22' },
  { id: 'broadcastchannel', corpus: 'holdout19' },
  { id: 'cobalt', corpus: 'holdout22' },
  { id: 'taxonomy', corpus: 'holdout22' },
  { id: 'adocasts', corpus: 'holdout19' },
  { id: 'headplane', corpus: 'holdout19' },
  { id: 'heyform', corpus: 'holdout22' },
  { id: 'foodadvisor-api', corpus: 'holdout19' },
  { id: 'foodadvisor-client', corpus: 'holdout19' },
  { id: 'medusa-starter', corpus: 'holdout19' },
  { id: 'payload-demo', corpus: 'holdout19' },
  { id: 'kun-galgame', corpus: 'holdout19' },
  { id: 'iznik-nuxt3', corpus: 'holdout19' },
  { id: 'jellyseerr', corpus: 'holdout22' },
  // holdout23 and holdout26 (truth written before their first run): small apps first, then workspaces.
  { id: 'haste-server', corpus: 'holdout26' },
  { id: 'pairdrop', corpus: 'holdout26' },
  { id: 'yapi', corpus: 'holdout23' },
  { id: 'codimd', corpus: 'holdout23' },
  { id: 'send', corpus: 'holdout26' },
  { id: 'screwdriver', corpus: 'holdout23' },
  { id: 'pigallery2', corpus: 'holdout23' },
  { id: 'chartbrew', corpus: 'holdout26' },
  { id: 'giscus', corpus: 'holdout23' },
  { id: 'wishlist', corpus: 'holdout23' },
  { id: 'chat-ollama', corpus: 'holdout23' },
  { id: 'chatbot-ui', corpus: 'holdout26' },
  { id: 'remix-saas', corpus: 'holdout23' },
  { id: 'morphic', corpus: 'holdout23' },
  { id: 'convertx', corpus: 'holdout23' },
  { id: 'zerobyte', corpus: 'holdout23' },
  // Without the root Dockerfile (which builds apps/server), the Python folder's compose build outranks it.
  { id: 'wewe-rss', corpus: 'holdout23', appDir: 'apps/server' },
  { id: 'kan', corpus: 'holdout23' },
  { id: 'hyperdx-api', corpus: 'holdout23' },
  { id: 'hyperdx-app', corpus: 'holdout23' },
  // holdout34–36 (truth written before their first run): small single apps first, then workspace members.
  { id: 'worklenz-backend', corpus: 'holdout34' },
  { id: 'reiverr', corpus: 'holdout36' },
  { id: 'swetrix-api', corpus: 'holdout36' },
  { id: 'flood', corpus: 'holdout35' },
  { id: 'opencollective-api', corpus: 'holdout34' },
  { id: 'kubero', corpus: 'holdout36' },
  { id: 'laudspeaker', corpus: 'holdout36' },
  { id: 'launchpad-strapi', corpus: 'holdout36' },
  { id: 'launchpad-next', corpus: 'holdout36' },
  { id: 'npmx', corpus: 'holdout36' },
  { id: 'interval-api', corpus: 'holdout36' },
  { id: 'chibisafe-backend', corpus: 'holdout34' },
  { id: 'colanode-server', corpus: 'holdout34' },
  { id: 'saltcorn', corpus: 'holdout34' },
  { id: 'reduced-to-backend', corpus: 'holdout36' },
  { id: 'litlyx-dashboard', corpus: 'holdout36' },
  { id: 'classroomio-dashboard', corpus: 'holdout36' },
  { id: 'classroomio-api', corpus: 'holdout36' },
  { id: 'tracearr', corpus: 'holdout36' },
  { id: 'midday-api', corpus: 'holdout36' },
  // holdout40 and holdout41 (truth written before their first run): single apps first, then workspace members.
  { id: 'psitransfer', corpus: 'holdout40' },
  { id: 'idurar-backend', corpus: 'holdout41' },
  { id: 'opensign-server', corpus: 'holdout40' },
  { id: 'saas-boilerplate', corpus: 'holdout41' },
  { id: 'opnform-client', corpus: 'holdout41' },
  { id: 'blinko', corpus: 'holdout40' },
  { id: 'databuddy-api', corpus: 'holdout40' },
  { id: 'pezzo-server', corpus: 'holdout41' },
  { id: 'tegon-server', corpus: 'holdout41' },
  { id: 'latitude-api', corpus: 'holdout41' },
  { id: 'maily-web', corpus: 'holdout41' }
]

export type Outcome = 'http' | 'environment' | 'image-defect' | 'build-failed' | 'no-dockerfile'

export interface RealImageResult {
  id: string
  repo: string
  appDir: string
  outcome: Outcome
  /** The answer (`HTTP 200 /health`) or the message the classification rests on. */
  detail: string
  buildMs: number | null
  imageBytes: number | null
  port: number
  healthPath: string | null
  startCommand: string
}

const BUILD_TIMEOUT_MS = Number(process.env.REAL_IMAGE_BUILD_TIMEOUT_MS ?? 10 * 60_000)
const RUN_TIMEOUT_MS = 60_000

/**
 * Log lines that say the app's own code ran and stopped for want of something the environment provides (a
 * database, a secret, the operator's config file): also a library asking for its connection settings
 * (connect-mongo's `You must provide either mongoUrl|clientPromise|client in options`, then `Cannot init
 * client. Please provide correct options`; mongoose's `The \`uri\` parameter to \`openUri()\` must be a
 * string, got "undefined"` when the connection string's variable is unset; `new URL(process.env.SERVER_URL)`
 * with the variable unset: `ERR_INVALID_URL`, `input: 'undefined'`).
 */
const ENVIRONMENTAL =
  /ECONNREFUSED|openUri\(\)|input: 'undefined'|ENOTFOUND|getaddrinfo|database|postgres|mysql|redis|mongoUrl|mongodb:\/\/|MONGO_?UR[IL]|DATABASE_URL|REDIS_URL|APP_SECRET|SECRET|environment variable|env var|is not set|must be set|required|missing in (?:the )?environment|could not find config file|\b(?:must|please) provide\b/i
/** Log lines that say the image is incomplete or starts the wrong thing. */
const DEFECT =
  /Cannot find module|ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|not found|No such file|ENOENT|command not found|Missing script|Cannot find package|ERR_UNKNOWN_FILE_EXTENSION|SyntaxError/i

/** Dockerfiles and .dockerignore files of the repository itself: the product only generates when none exists. */
function removeOwnDockerFiles(dir: string): string[] {
  const removed: string[] = []
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/^(Dockerfile(\..*)?|.*\.[Dd]ockerfile|\.dockerignore)$/.test(entry.name)) {
        rmSync(path, { force: true })
        removed.push(path.slice(dir.length + 1))
      }
    }
  }
  walk(dir)
  return removed
}

function build(
  engine: DockerEngine,
  context: string,
  dockerfile: string,
  tag: string,
  log: string
): Promise<{ ok: boolean; ms: number; tail: string; unreachable: string | null }> {
  const started = performance.now()
  return new Promise(resolve => {
    execFile(
      engine.cli,
      ['build', '--network', 'host', '--progress', 'plain', '-f', dockerfile, '-t', tag, context],
      {
        env: { ...engine.env, DOCKER_BUILDKIT: '1' },
        maxBuffer: 256 * 1024 * 1024,
        timeout: BUILD_TIMEOUT_MS,
        killSignal: 'SIGKILL'
      },
      (error, stdout, stderr) => {
        writeFileSync(log, `${stdout}${stderr}`)
        const lines = `${stdout}${stderr}`.split('\n').filter(Boolean)
        const tail = error?.killed
          ? `build timed out after ${BUILD_TIMEOUT_MS / 1000} s`
          : lines.slice(-12).join('\n')
        // Hosts other than the npm registry are unreachable here (GitHub release binaries, Cypress,
        // Prisma engines): the real network would serve them, so such a failure says nothing of the image.
        const host = /getaddrinfo ENOTFOUND ([\w.-]+)/.exec(`${stdout}${stderr}`)?.[1] ?? null
        // A lockfile naming a version the registry has unpublished (ERR_PNPM_FETCH_404, npm E404, Yarn
        // Berry's YN0035 404 then its request URL) fails on any machine: the repository's lockfile, not the
        // generated image.
        const missing = unpublished(`${stdout}${stderr}`)
        resolve({
          ok: !error,
          ms: performance.now() - started,
          tail,
          unreachable: error ? (host ?? missing) : null
        })
      }
    )
  })
}

/**
 * A lockfile naming a version the registry has unpublished fails on any machine: the repository's lockfile,
 * not the generated image. pnpm's ERR_PNPM_FETCH_404 and npm's 404 with the tarball URL, Yarn Berry's YN0035
 * 404 then its request URL, bun's `error: failed to download <name>@<version>: 404 Not Found`.
 */
export function unpublished(output: string): string | null {
  const gone =
    /(?:ERR_PNPM_FETCH_404|npm error 404)[^\n]*?(https:\/\/registry\.npmjs\.org\/\S+)/.exec(output)?.[1] ??
    /YN0035:[^\n]*Response Code: 404[\s\S]{0,300}?Request URL: (https:\/\/registry\.(?:yarnpkg\.com|npmjs\.org)\/\S+)/.exec(
      output
    )?.[1] ??
    /error: failed to download (\S+): 404 Not Found/.exec(output)?.[1]
  return gone ? `${gone} (unpublished from the npm registry)` : null
}

async function portFree(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) })
    return false
  } catch (error) {
    return /ECONNREFUSED/.test(String((error as { cause?: unknown }).cause ?? error))
  }
}

/**
 * Runs the image as a platform would (its own ENV PORT) and waits for any HTTP answer on the port, the
 * health path first. When the detected port is taken on this shared host, PORT is overridden with a free
 * one (an app that ignores PORT then shows up as a wrong-port defect).
 */
async function runAndClassify(
  engine: DockerEngine,
  tag: string,
  port: number,
  path: string
): Promise<{ outcome: Outcome; detail: string }> {
  const own = await portFree(port)
  const probePort = own ? port : await freePort()
  const name = `dl-real-${tag.replace(/[^a-z0-9]/g, '-')}-${probePort}`
  const env = own ? [] : ['-e', `PORT=${probePort}`]
  await dockerCli(engine, ['run', '-d', '--name', name, '--network', 'host', '--init', ...env, tag])
  const started = performance.now()
  let last = ''
  try {
    while (performance.now() - started < RUN_TIMEOUT_MS) {
      try {
        const response = await fetch(`http://127.0.0.1:${probePort}${path}`, {
          signal: AbortSignal.timeout(3000)
        })
        await response.text()
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        return { outcome: 'http', detail: `HTTP ${response.status} on ${path} after ${seconds} s` }
      } catch (error) {
        last = String((error as { cause?: unknown }).cause ?? error)
      }
      const state = await dockerCli(engine, ['inspect', '--format', '{{.State.Running}}', name])
      if (state.stdout.trim() !== 'true') break
      await new Promise(resolve => setTimeout(resolve, 500))
    }
    const logs = await dockerCli(engine, ['logs', '--tail', '40', name]).catch(() => ({
      stdout: '',
      stderr: ''
    }))
    const text = `${logs.stdout}${logs.stderr}`.trim()
    const running = (
      await dockerCli(engine, ['inspect', '--format', '{{.State.Running}}', name])
    ).stdout.trim()
    if (process.env.REAL_IMAGE_KEEP) writeFileSync(join(process.env.REAL_IMAGE_KEEP, `${name}.run.log`), text)
    const lines = text.split('\n')
    if (running === 'true')
      return {
        outcome: 'image-defect',
        detail: `still running but no HTTP on port ${probePort} after ${RUN_TIMEOUT_MS / 1000} s (${last}); log: ${lines.slice(-3).join(' | ')}`
      }
    return classifyStop(lines)
  } finally {
    await dockerCli(engine, ['rm', '-f', name]).catch(() => undefined)
  }
}

/**
 * Why a container that exited without answering HTTP stopped, from its log: the app stops on its last
 * complaint, so an earlier line that merely mentions a secret it generated (flame) or an optional module it
 * skipped does not decide.
 */
export function classifyStop(lines: readonly string[]): { outcome: Outcome; detail: string } {
  const lastDefect = lines.findLastIndex(line => DEFECT.test(line))
  const lastEnvironmental = lines.findLastIndex(line => ENVIRONMENTAL.test(line))
  const defect =
    lastDefect >= 0 ? lines.find((line, i) => i > lastEnvironmental && DEFECT.test(line)) : undefined
  const environmental = lastEnvironmental > lastDefect ? lines[lastEnvironmental] : undefined
  if (defect && !environmental) return { outcome: 'image-defect', detail: defect.trim() }
  if (environmental) return { outcome: 'environment', detail: environmental.trim() }
  const thrown = lines.find(line => /\b\w*Error\b/.test(line)) ?? lines.slice(-3).join(' | ')
  return { outcome: 'image-defect', detail: `exited: ${thrown.trim()}` }
}

async function measureApp(engine: DockerEngine, trees: string, entry: RealApp): Promise<RealImageResult> {
  const manifest = readManifest(join(process.cwd(), 'bench/corpora', `${entry.corpus}.json`))
  const truth = manifest.apps.find(app => app.id === entry.id)
  if (!truth) throw new Error(`${entry.id} is not in bench/corpora/${entry.corpus}.json`)
  const appDir =
    entry.appDir ??
    (Array.isArray(truth.appDir) ? truth.appDir[truth.appDir.length - 1] : truth.appDir) ??
    '.'
  const source = join(trees, treeName(truth.repo, truth.commit))
  const scratch = mkdtempSync(join(tmpdir(), `dl-real-${entry.id}-`))
  const base = { id: entry.id, repo: truth.repo, appDir }
  try {
    cpSync(source, scratch, {
      recursive: true,
      verbatimSymlinks: true,
      filter: path => !/\/(node_modules|\.git)(\/|$)/.test(path)
    })
    removeOwnDockerFiles(scratch)
    const report = analyzeRepository(scratch, { appDir: appDir === '.' ? undefined : appDir }).report
    const app = primaryApp(report)
    if (!app) throw new Error(`the analyzer found no app in ${entry.id}`)
    const facts = {
      port: app.port.value,
      healthPath: app.healthPath.value,
      startCommand: app.startCommand.value ?? '(none)'
    }
    const artifacts = renderAppArtifacts(app, { baseImageRegistry: STANDIN_REGISTRY })
    if (!artifacts.dockerfile)
      return {
        ...base,
        ...facts,
        outcome: 'no-dockerfile',
        detail: JSON.stringify(artifacts.warnings),
        buildMs: null,
        imageBytes: null
      }
    const context = join(scratch, artifacts.buildContext === '.' ? '' : artifacts.buildContext)
    const dockerfilePath = join(scratch, artifacts.dockerfilePath)
    writeFileSync(dockerfilePath, artifacts.dockerfile)
    writeFileSync(join(context, '.dockerignore'), artifacts.dockerignore)
    const keep = process.env.REAL_IMAGE_KEEP
    if (keep) {
      mkdirSync(keep, { recursive: true })
      writeFileSync(join(keep, `${entry.id}.Dockerfile`), artifacts.dockerfile)
    }
    const debian = debianRootfs()
    const bases = baseImages(artifacts.dockerfile)
    // Bun's image has no stand-in of the e2e kind: it is built over the Debian root (debian-bun-standin.ts).
    const bunBases = bases.filter(isBunImage)
    if (bunBases.length > 0 && !debian)
      throw new Error(`${bunBases.join(', ')}: the Bun stand-in needs REAL_IMAGE_DEBIAN_ROOTFS`)
    for (const ref of bunBases) await debianBunStandin(engine, ref, debian!)
    for (const ref of bases.filter(image => !isBunImage(image))) await ensureStandin(engine, ref)
    if (debian) {
      for (const ref of bases.filter(image => !isBunImage(image) && standinKind(image) === 'node'))
        await debianNodeStandin(engine, ref, debian)
    }
    const tag = `deplight-real/${entry.id}:generated`
    const log = join(keep ?? tmpdir(), `${entry.id}.build.log`)
    const built = await build(engine, context, dockerfilePath, tag, log)
    if (!built.ok && built.unreachable)
      return {
        ...base,
        ...facts,
        outcome: 'environment',
        detail: `build needs ${built.unreachable}, unreachable here: ${built.tail.split('\n').slice(-1)[0]}`,
        buildMs: built.ms,
        imageBytes: null
      }
    if (!built.ok)
      return {
        ...base,
        ...facts,
        outcome: 'build-failed',
        detail: built.tail,
        buildMs: built.ms,
        imageBytes: null
      }
    const imageBytes = await imageSizeBytes(engine, tag)
    const run = await runAndClassify(engine, tag, facts.port, facts.healthPath ?? '/')
    await dockerCli(engine, ['rmi', '-f', tag]).catch(() => undefined)
    return { ...base, ...facts, ...run, buildMs: built.ms, imageBytes }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export async function benchRealNodeImages(args: string[]): Promise<RealImageResult[]> {
  const treesAt = args.indexOf('--trees')
  const trees = treesAt >= 0 ? (args[treesAt + 1] as string) : '/work/corpora-trees'
  const only = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--trees')
  const why = dockerAvailable() ?? (existsSync(trees) ? null : `no tree cache at ${trees}`)
  if (why) {
    console.log(`skipped: ${why}`)
    return []
  }
  const selected = only.length ? REAL_APPS.filter(app => only.includes(app.id)) : REAL_APPS
  const engine = await startDocker()
  const results: RealImageResult[] = []
  try {
    for (const entry of selected) {
      const result = await measureApp(engine, trees, entry).catch((error: Error): RealImageResult => ({
        id: entry.id,
        repo: '',
        appDir: '',
        outcome: 'build-failed',
        detail: error.message,
        buildMs: null,
        imageBytes: null,
        port: 0,
        healthPath: null,
        startCommand: ''
      }))
      results.push(result)
      console.log(`${result.id}: ${result.outcome} — ${result.detail.split('\n').slice(-3).join(' | ')}`)
    }
  } finally {
    await engine.stop()
  }
  const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(0)} s`)
  const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1e6).toFixed(0)} MB`)
  console.log('\n| app | appDir | outcome | build | image | port | health | start | detail |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const r of results)
    console.log(
      `| ${r.id} | ${r.appDir} | ${r.outcome} | ${seconds(r.buildMs)} | ${mb(r.imageBytes)} | ${r.port} | ` +
        `${r.healthPath ?? '–'} | \`${r.startCommand}\` | ${r.detail.split('\n').slice(-2).join(' ').replace(/\|/g, '/').slice(0, 300)} |`
    )
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchRealNodeImages(process.argv.slice(2)).finally(stopAllTracked)
}
