// A workspace member that is a command-line program (`"bin": { "saltcorn": "./bin/saltcorn" }`, no server
// dependency of its own) may still be what the repository deploys: an image at the repository root (any
// Dockerfile variant: `Dockerfile.release`, `Dockerfile.dev`, `prod.Dockerfile`) runs that bin — by its path
// in the copied repository (`ENTRYPOINT ["/opt/app/packages/cli/bin/app"]`) or by its name after a global
// install of the member's package (`RUN npm install -g @acme/cli` + `ENTRYPOINT ["/usr/local/bin/app"]`) —
// and the bin's server subcommand (`serve`, `start`, given by the image's CMD or defined as a command of the
// CLI: oclif's `src/commands/serve.js`, commander's `.command('serve')`) starts the server. That subcommand
// often starts the express app of another member it depends on (`require('@acme/server/serve')`): that
// member's framework is the app's. An image whose bin has no server subcommand ships a tool, not a service.
// (holdout34 saltcorn: `@saltcorn/cli` serve starts `@saltcorn/server`, only Dockerfile.dev/.release at the root.)
import type { AppContext } from '../../provider.js'
import type { Evidence } from '../../report.js'
import type { Candidate } from '../../candidate.js'
import { commandFromDockerArgs, dockerInstructions } from '../../signals/dockerfile.js'
import { evidenceAt, keyEvidence } from '../../signals/evidence.js'
import { isRecord, parseJsonFile } from '../../signals/manifests.js'
import { joinPath, type SourceTree } from '../../tree.js'
import { NODE_FRAMEWORKS } from './frameworks.js'
import type { PackageJson } from './manifest.js'
import { nodeWorkspaceAt } from './manifest.js'

export interface RootImageBin {
  /** The root image file (`Dockerfile.release`). */
  dockerfile: string
  /** The member-relative command: `bin/saltcorn serve`. */
  command: string
  /** The node major of the image's `FROM node:<n>` line, when it names one, with that line. */
  nodeVersion: string | null
  nodeVersionEvidence: Evidence[]
  /** Framework of the workspace member the server subcommand starts, when it starts one. */
  framework: Candidate<string> | null
  evidence: Evidence[]
}

/** A root image file: Dockerfile, Containerfile, Dockerfile.<variant>, <variant>.Dockerfile. */
const ROOT_IMAGE = /^(?:(?:Dockerfile|Containerfile)(?:[.-][\w.-]+)?|[\w.-]+\.(?:Dockerfile|Containerfile))$/i
/** A variant meant for development or tests ranks after the others. */
const DEV_VARIANT = /(?:^|[.-])(?:dev|development|test|ci|debug)(?:[.-]|$)/i
/** Subcommands that start a long-running server. */
const SERVER_SUBCOMMANDS = ['serve', 'start', 'server']
/** `npm install -g <pkg>` / `npm i --global <pkg>@1.2` / `yarn global add <pkg>` / `pnpm add -g <pkg>`. */
const GLOBAL_INSTALL =
  /\b(?:npm\s+(?:install|i|add)\b[^&;|\n]*?\s(?:-g|--global)\b|yarn\s+global\s+add\b|pnpm\s+(?:add|install|i)\b[^&;|\n]*?\s(?:-g|--global)\b)([^&;|\n]*)/g

/** The root image that runs `pkg`'s bin with a server subcommand, as the member's start; else null. */
export function rootImageBin(ctx: AppContext, pkg: PackageJson): RootImageBin | null {
  if (ctx.dir === '.' || ctx.dir === '') return null
  const found = imageRunningBin(ctx.tree, ctx.dir, pkg.json)
  if (!found) return null
  return {
    ...found,
    framework: startedMemberFramework(ctx, pkg, found.binPath, found.sub)
  }
}

/**
 * The one member (among `apps`) whose bin a root image runs with a server subcommand, as deploy evidence:
 * the image is the repository's recipe for that member. Several such members: none.
 */
export function rootImageBinMember(
  tree: SourceTree,
  apps: readonly string[]
): { dir: string; file: string; line: number; text: string } | null {
  const hits: { dir: string; file: string; line: number; text: string }[] = []
  for (const dir of apps) {
    if (dir === '.' || dir === '') continue
    const parsed = parseJsonFile(tree, joinPath(dir, 'package.json'))
    if (!parsed?.ok || !isRecord(parsed.value)) continue
    const found = imageRunningBin(tree, dir, parsed.value)
    if (found)
      hits.push({ dir, file: found.dockerfile, line: found.evidence[0]!.line, text: found.evidence[0]!.text })
  }
  return hits.length === 1 ? hits[0]! : null
}

interface ImageRun extends Omit<RootImageBin, 'framework'> {
  binPath: string
  sub: string
}

function imageRunningBin(tree: SourceTree, dir: string, json: Record<string, unknown>): ImageRun | null {
  const name = typeof json.name === 'string' ? json.name : undefined
  const bins = binEntries(json.bin, name)
  if (bins.length === 0) return null
  const images = tree
    .filesIn('.')
    .map(f => f.path)
    .filter(p => ROOT_IMAGE.test(p))
    .sort((a, b) => Number(DEV_VARIANT.test(a)) - Number(DEV_VARIANT.test(b)) || a.localeCompare(b))
  for (const file of images) {
    const text = tree.read(file)
    if (text === null) continue
    const ins = dockerInstructions(text)
    const last = (keyword: string) => ins.filter(i => i.keyword === keyword).pop()
    const entrypoint = last('ENTRYPOINT')
    const cmd = last('CMD')
    const head = entrypoint ?? cmd
    if (!head) continue
    const words = commandFromDockerArgs(head.args).split(/\s+/).filter(Boolean)
    const tail = entrypoint && cmd ? commandFromDockerArgs(cmd.args).split(/\s+/).filter(Boolean) : []
    const all = [...words, ...tail]
    // `node <path>` runs the bin file as well as the bin itself.
    const at = /^(?:\S*\/)?node$/.test(all[0] ?? '') ? 1 : 0
    const program = all[at]
    if (program === undefined) continue
    const installed = globallyInstalled(text, name)
    const bin = bins.find(
      b =>
        program.replace(/^\.\//, '') === joinPath(dir, b.path) ||
        program.endsWith(`/${joinPath(dir, b.path)}`) ||
        (installed && at === 0 && program.replace(/^.*\//, '') === b.name)
    )
    if (!bin) continue
    const args = all.slice(at + 1).filter(w => !w.startsWith('-'))
    const sub = args.length > 0 ? args[0]! : definedServerCommand(tree, dir, bin.path)
    if (sub === null || !SERVER_SUBCOMMANDS.includes(sub)) continue
    const shown = cmd && entrypoint ? cmd : head
    const from = /^\s*FROM\s+(?:--\S+\s+)*(?:docker\.io\/)?(?:library\/)?node:v?(\d+)/im.exec(text)
    return {
      dockerfile: file,
      command: `${bin.path} ${sub}`,
      binPath: bin.path,
      sub,
      nodeVersion: from?.[1] ?? null,
      nodeVersionEvidence: from ? [evidenceAt(file, text, from.index + from[0].search(/\S/))] : [],
      evidence: [{ file, line: shown.line, text: shown.text }]
    }
  }
  return null
}

interface BinEntry {
  name: string
  path: string
}

function binEntries(bin: unknown, pkgName: string | undefined): BinEntry[] {
  const clean = (v: string) => v.replace(/^\.\//, '')
  if (typeof bin === 'string') {
    const name = (pkgName ?? '').replace(/^@[^/]+\//, '')
    return name && !bin.includes('..') ? [{ name, path: clean(bin) }] : []
  }
  if (!isRecord(bin)) return []
  return Object.entries(bin)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && !e[1].includes('..') && e[1] !== '')
    .map(([name, path]) => ({ name, path: clean(path) }))
}

function globallyInstalled(text: string, name: string | undefined): boolean {
  if (!name) return false
  for (const m of text.matchAll(GLOBAL_INSTALL)) {
    const packages = m[1]!.split(/\s+/).filter(w => w && !w.startsWith('-'))
    if (packages.some(p => p === name || p.startsWith(`${name}@`))) return true
  }
  return false
}

/** Where a CLI framework keeps one file per command (oclif and its kin). */
const COMMAND_DIRS = ['src/commands', 'commands', 'lib/commands', 'dist/commands']
const COMMAND_EXTENSIONS = ['js', 'ts', 'cjs', 'mjs']

/** The server subcommand the CLI defines itself (a command file, or `.command('serve')` in its bin). */
function definedServerCommand(tree: SourceTree, dir: string, binPath: string): string | null {
  for (const sub of SERVER_SUBCOMMANDS) if (commandFile(tree, dir, sub) !== null) return sub
  const text = tree.read(joinPath(dir, binPath)) ?? ''
  for (const sub of SERVER_SUBCOMMANDS)
    if (new RegExp(`\\.command\\(\\s*['"\`]${sub}\\b`).test(text)) return sub
  return null
}

function commandFile(tree: SourceTree, dir: string, sub: string): string | null {
  for (const folder of COMMAND_DIRS)
    for (const ext of COMMAND_EXTENSIONS) {
      const rel = `${folder}/${sub}.${ext}`
      if (tree.has(joinPath(dir, rel))) return rel
    }
  return null
}

/**
 * The server framework of the workspace member the subcommand's code imports (`require('@acme/server/serve')`
 * in `src/commands/serve.js`, or the bin itself), among the CLI's runtime dependencies.
 */
function startedMemberFramework(
  ctx: AppContext,
  pkg: PackageJson,
  binPath: string,
  sub: string
): Candidate<string> | null {
  const file = commandFile(ctx.tree, ctx.dir, sub) ?? binPath
  const text = ctx.read(file)
  const root = ctx.workspace?.root
  if (text === null || root === undefined) return null
  const members = nodeWorkspaceAt(ctx.tree, root)?.members ?? []
  for (const dep of pkg.runtimeDeps) {
    const imported = new RegExp(
      `(?:require\\(|from\\s|import\\()\\s*['"\`]${escape(dep)}(?:/[^'"\`]*)?['"\`]`
    ).exec(text)
    if (!imported) continue
    for (const dir of members) {
      if (dir === ctx.dir) continue
      const path = joinPath(dir, 'package.json')
      const parsed = parseJsonFile(ctx.tree, path)
      if (!parsed?.ok || !isRecord(parsed.value) || parsed.value.name !== dep) continue
      const deps = parsed.value.dependencies
      if (!isRecord(deps)) break
      const spec = NODE_FRAMEWORKS.filter(
        s => s.kind === 'server' && s.dependencies.some(d => d in deps)
      ).sort((a, b) => b.specificity - a.specificity)[0]
      if (!spec) break
      const fw = spec.dependencies.find(d => d in deps)!
      return {
        value: spec.id,
        confidence: 0,
        source: `${ctx.path(file)} starts ${dep} (${dir}), whose server is ${spec.name}`,
        evidence: [
          evidenceAt(ctx.path(file), text, imported.index),
          keyEvidence(path, ctx.tree.read(path) ?? '', fw)
        ]
      }
    }
  }
  return null
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
