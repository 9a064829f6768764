// Runs the docker client against a harness engine with an argument array (no shell).
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DockerEngine } from './docker-engine.js'

export interface CliResult {
  stdout: string
  stderr: string
}

export function dockerCli(
  engine: Pick<DockerEngine, 'cli' | 'env'>,
  args: string[],
  options: { cwd?: string; input?: string } = {}
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      engine.cli,
      args,
      { cwd: options.cwd, env: { ...engine.env, DOCKER_BUILDKIT: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `docker ${args.slice(0, 2).join(' ')} failed: ${stderr.trim().split('\n').slice(-10).join('\n') || error.message}`
            )
          )
        } else resolve({ stdout, stderr })
      }
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

export async function imageExists(engine: Pick<DockerEngine, 'cli' | 'env'>, ref: string): Promise<boolean> {
  try {
    await dockerCli(engine, ['image', 'inspect', '--format', '{{.Id}}', ref])
    return true
  } catch {
    return false
  }
}

/** Copies an image between two harness engines (`docker save` → `docker load`) keeping its id, so a
 * second engine sees the very same base as the first — as two CI runners pulling one tag would. */
export async function copyImage(
  from: Pick<DockerEngine, 'cli' | 'env'>,
  to: Pick<DockerEngine, 'cli' | 'env'>,
  ref: string
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dl-image-'))
  try {
    const archive = join(dir, 'image.tar')
    await dockerCli(from, ['save', '--output', archive, ref])
    await dockerCli(to, ['load', '--input', archive])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
