// One call for the CLI and the action: scan a directory, load its `.delightful.yaml` (or an explicit
// config file) and analyse. Config errors surface as ConfigError, bad --app-dir as AnalyzeError. A config
// file that is there but unusable (unreadable, a directory, a link out of the repository …) fails with the
// reason; only a missing default config means "no overrides".
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  type Stats
} from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { analyze, scan, type AnalysisReport, type SourceTree } from '../analyzer/index.js'
import { MAX_READ_BYTES } from '../analyzer/tree.js'
import { CONFIG_FILES, ConfigError, parseConfig, type DelightfulConfig } from './config.js'

export interface AnalyzeRepositoryOptions {
  appDir?: string
  /** Explicit config path (absolute or relative to the cwd); default: `<root>/.delightful.yaml` when present. */
  configPath?: string
  /** A failing provider's stack in its PROVIDER_ERROR warning. */
  debug?: boolean
}

export function loadConfig(tree: SourceTree, root: string, configPath?: string): DelightfulConfig | null {
  if (configPath) {
    const abs = resolve(configPath)
    // Name the file the way the user knows it: relative to the repository, else to the working directory.
    const rel = relative(resolve(root), abs)
    const fromCwd = relative(process.cwd(), abs)
    const label = (!rel.startsWith('..') ? rel : !fromCwd.startsWith('..') ? fromCwd : abs)
      .split(sep)
      .join('/')
    return parseConfig(readConfigFile(abs, label, null), label)
  }
  for (const name of CONFIG_FILES) {
    const text = tree.read(name)
    if (text !== null) return parseConfig(text, name)
    // The scan could not give it (unreadable, a link out, binary, too big, or hidden by .gitignore): a
    // config that is there is never dropped silently — read it here, or fail saying why.
    const abs = join(root, name)
    if (!existsOnDisk(abs)) continue
    return parseConfig(readConfigFile(abs, name, root), name)
  }
  return null
}

function existsOnDisk(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

const KIND: [(s: Stats) => boolean, string][] = [
  [s => s.isDirectory(), 'a directory'],
  [s => s.isFIFO(), 'a FIFO'],
  [s => s.isSocket(), 'a socket'],
  [s => s.isCharacterDevice() || s.isBlockDevice(), 'a device']
]

/**
 * The text of a config file, or a ConfigError with the real reason. `root` (default config) also refuses
 * a link that leaves the repository, as the scan does; an explicit --config path is the user's choice.
 * Opened non-blocking and checked on the open descriptor, so a FIFO or device is refused, never read.
 */
function readConfigFile(abs: string, label: string, root: string | null): string {
  const fail = (message: string): never => {
    throw new ConfigError(label, 0, message)
  }
  const unreadable = (error: unknown): never =>
    fail(`cannot be read (${describeErrno(error)}); make it readable by the user running deplight`)
  if (root !== null && existsOnDisk(abs) && lstatSync(abs).isSymbolicLink()) {
    let target = ''
    try {
      target = realpathSync(abs)
    } catch {
      fail('is a broken or looping symlink; commit the config file itself')
    }
    const rootReal = realpathSync(root)
    if (target !== rootReal && !target.startsWith(rootReal + sep))
      fail('is a symlink to a file outside the repository; commit the config file itself')
  }
  let fd: number
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      fail('config file not found; pass an existing .delightful.yaml or omit the option')
    return unreadable(error)
  }
  try {
    const stats = fstatSync(fd)
    const kind = KIND.find(([test]) => test(stats))?.[1]
    if (kind) fail(`is ${kind}, not a config file; pass the path of the YAML file`)
    if (stats.size > MAX_READ_BYTES) fail('is larger than 1 MiB; a config file is a few lines of YAML')
    let bytes: Buffer = Buffer.alloc(0)
    try {
      bytes = readFileSync(fd)
    } catch (error) {
      unreadable(error)
    }
    if (bytes.includes(0)) fail('is not a text file (it holds NUL bytes)')
    return bytes.toString('utf8')
  } finally {
    closeSync(fd)
  }
}

const ERRNO_TEXT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  EIO: 'I/O error'
}

function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (!code) return (error as Error).message
  return `${code}: ${ERRNO_TEXT[code] ?? (error as Error).message.replace(/^\w+: /, '').split(',')[0]}`
}

export function analyzeRepository(
  root: string,
  options: AnalyzeRepositoryOptions = {}
): { report: AnalysisReport; tree: SourceTree; config: DelightfulConfig | null } {
  const tree = scan(root)
  const config = loadConfig(tree, root, options.configPath)
  const report = analyze(tree, {
    appDir: options.appDir,
    overrides: config?.overrides,
    debug: options.debug
  })
  return { report, tree, config }
}
