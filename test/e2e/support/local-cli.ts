// Runs the deplight CLI as users do — its own process (node + the tsx loader over src/cli/index.ts, the
// way `npm run`-less development runs it) — against a harness Docker engine and a private state dir.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'
import { primaryApp } from '../../../src/analyzer/summary.js'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import { ensureHostCopyBase, type DockerEngine } from '../../support/index.js'
import { baseImages } from './generated-images.js'

export const CLI = resolve('src/cli/index.ts')
export const CLI_ARGS = ['--import', 'tsx', CLI]

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export function cliEnv(engine: Pick<DockerEngine, 'env'>): NodeJS.ProcessEnv {
  return { ...engine.env, NO_COLOR: '1' }
}

export function deplight(env: NodeJS.ProcessEnv, args: string[], timeoutMs = 300_000): Promise<CliResult> {
  return new Promise(resolvePromise => {
    execFile(
      process.execPath,
      [...CLI_ARGS, ...args],
      { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolvePromise({ code, stdout, stderr })
      }
    )
  })
}

export function spawnDeplight(env: NodeJS.ProcessEnv, args: string[]): ChildProcess {
  return spawn(process.execPath, [...CLI_ARGS, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
}

/** A copy of an example app in a temp folder (so tests can change it), optionally a git repo. */
export function copyApp(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dl-local-${name}-`))
  cpSync(resolve('examples/apps', name), dir, { recursive: true, filter: p => !/node_modules/.test(p) })
  return dir
}

/** The stand-in bases (host copies of node) under the names the generated Dockerfile uses. */
export async function ensureNodeBases(engine: DockerEngine, dir: string): Promise<void> {
  const app = primaryApp(analyzeRepository(dir).report)
  if (!app) throw new Error(`no app in ${dir}`)
  const dockerfile = renderAppArtifacts(app).dockerfile ?? ''
  for (const image of baseImages(dockerfile)) await ensureHostCopyBase(engine, image, { binary: 'node' })
}

/** Stops every proxy process a state dir recorded (test clean-up; `deplight stop` is the normal way). */
export function killProxies(stateDir: string): void {
  const services = join(stateDir, 'services')
  if (!existsSync(services)) return
  for (const name of readdirSync(services)) {
    const file = join(services, name, 'proxy.json')
    if (!existsSync(file)) continue
    try {
      process.kill((JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
