// For bench/real-node-images.ts: the Bun apps' generated Dockerfiles start FROM oven/bun:<version>-slim, which
// no registry reachable here serves. As the node stand-ins carry a node binary from npm over the Debian root
// (debian-node-standin.ts), this stand-in carries Bun's own release binary from npm's `@oven/bun-linux-x64`
// (the package `bun`'s installer picks on x64 Linux; `-baseline` on a CPU without AVX2), fetched once with
// `npm pack`, over the same Debian bookworm root — what oven/bun:*-slim is built on. It is laid out like the
// official debian-slim image: bun in /usr/local/bin with the bunx link, the bun user (uid 1000), the
// transpiler cache off, and `node` resolving to bun only as a fallback at the end of PATH.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dockerCli, imageExists, type DockerEngine } from '../test/support/index.js'
import { DEBIAN_TAG, importDebian } from './debian-node-standin.js'

/** True for a base image the bun generator names (`standin.local/oven/bun:1.2.23-slim`). */
export function isBunImage(ref: string): boolean {
  return /(?:^|\/)oven\/bun:/.test(ref)
}

/** The npm package with Bun's binary for this CPU. */
function bunPackage(): string {
  const cpu = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  return /\bavx2\b/.test(cpu) ? '@oven/bun-linux-x64' : '@oven/bun-linux-x64-baseline'
}

const built = new Set<string>()

/** Builds the Bun stand-in tagged `ref` over the Debian root, once per run. */
export async function debianBunStandin(engine: DockerEngine, ref: string, rootfs: string): Promise<void> {
  if (built.has(ref) || (await imageExists(engine, ref))) return
  const version = /:v?(\d+(?:\.\d+){0,2})/.exec(ref)?.[1]
  if (!version) throw new Error(`no Bun version in ${ref}`)
  await importDebian(engine, rootfs)
  const context = mkdtempSync(join(tmpdir(), 'dl-debian-bun-'))
  try {
    // `npm pack <pkg>@1.2` resolves the newest 1.2.x, as the image tag `oven/bun:1.2` does.
    execFileSync('npm', ['pack', `${bunPackage()}@${version}`, '--pack-destination', context, '--silent'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const tarball = readdirSync(context).find(name => name.endsWith('.tgz'))
    if (!tarball) throw new Error(`npm pack ${bunPackage()}@${version} wrote no tarball`)
    execFileSync('tar', ['-xzf', join(context, tarball), '-C', context])
    mkdirSync(join(context, 'certs'))
    copyFileSync('/etc/ssl/certs/ca-certificates.crt', join(context, 'certs/ca-certificates.crt'))
    const lines = [
      `FROM ${DEBIAN_TAG}`,
      'COPY certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt',
      'COPY package/bin/bun /usr/local/bin/bun',
      'RUN chmod 755 /usr/local/bin/bun && ln -s /usr/local/bin/bun /usr/local/bin/bunx && ' +
        'mkdir -p /usr/local/bun-node-fallback-bin && ln -s /usr/local/bin/bun /usr/local/bun-node-fallback-bin/node && ' +
        'groupadd bun --gid 1000 && useradd bun --uid 1000 --gid bun --shell /bin/sh --create-home && bun --version',
      'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/bun-node-fallback-bin',
      'ENV BUN_RUNTIME_TRANSPILER_CACHE_PATH=0 BUN_INSTALL_BIN=/usr/local/bin',
      // Test-image settings only (ENVIRONMENT.md): the registry's TLS verifies with this machine's CA bundle.
      'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt',
      'WORKDIR /home/bun/app',
      'CMD ["/usr/local/bin/bun"]',
      ''
    ]
    writeFileSync(join(context, 'Dockerfile'), lines.join('\n'))
    await dockerCli(engine, ['build', '--network', 'host', '-q', '-t', ref, context])
    built.add(ref)
  } finally {
    rmSync(context, { recursive: true, force: true })
  }
}
