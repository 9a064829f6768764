// `terraform fmt -check -recursive` when a terraform binary is on PATH. It needs no provider, so it runs
// offline; the isolated CLI config keeps it from reading the machine's settings or calling checkpoint.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** `files` are absolute paths. */
export type FmtResult =
  { status: 'clean' } | { status: 'unformatted'; files: string[] } | { status: 'no-terraform' }

export async function terraformFmtCheck(dir: string, binary = 'terraform'): Promise<FmtResult> {
  const configDir = await mkdtemp(join(tmpdir(), 'deplight-tf-'))
  const config = join(configDir, 'terraform.rc')
  await writeFile(config, '')
  try {
    return await new Promise<FmtResult>((resolvePromise, reject) => {
      execFile(
        binary,
        ['fmt', '-check', '-recursive', '-list=true'],
        {
          cwd: dir,
          env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: config }
        },
        (failure, stdout, stderr) => {
          if (!failure) return resolvePromise({ status: 'clean' })
          if ((failure as NodeJS.ErrnoException).code === 'ENOENT')
            return resolvePromise({ status: 'no-terraform' })
          const files = stdout
            .split('\n')
            .filter(Boolean)
            .map(file => resolve(dir, file))
          if (files.length > 0) return resolvePromise({ status: 'unformatted', files })
          reject(new Error(`terraform fmt failed: ${stderr.trim() || failure.message}`))
        }
      )
    })
  } finally {
    await rm(configDir, { recursive: true, force: true })
  }
}
