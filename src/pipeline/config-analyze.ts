// One call for the CLI and the action: scan a directory, load its `.delightful.yaml` (or an explicit
// config file) and analyse. Config errors surface as ConfigError, bad --app-dir as AnalyzeError.
import { readFileSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { analyze, scan, type AnalysisReport, type SourceTree } from '../analyzer/index.js'
import { CONFIG_FILES, ConfigError, parseConfig, type DelightfulConfig } from './config.js'

export interface AnalyzeRepositoryOptions {
  appDir?: string
  /** Explicit config path (absolute or relative to the cwd); default: `<root>/.delightful.yaml` when present. */
  configPath?: string
}

export function loadConfig(tree: SourceTree, root: string, configPath?: string): DelightfulConfig | null {
  if (configPath) {
    const abs = resolve(configPath)
    let text: string
    try {
      text = readFileSync(abs, 'utf8')
    } catch {
      throw new ConfigError(
        configPath,
        0,
        'config file not found; pass an existing .delightful.yaml or omit the option'
      )
    }
    // Name the file the way the user knows it: relative to the repository, else to the working directory.
    const rel = relative(resolve(root), abs)
    const fromCwd = relative(process.cwd(), abs)
    const label = (!rel.startsWith('..') ? rel : !fromCwd.startsWith('..') ? fromCwd : abs)
      .split(sep)
      .join('/')
    return parseConfig(text, label)
  }
  for (const name of CONFIG_FILES) {
    const text = tree.read(name)
    if (text !== null) return parseConfig(text, name)
  }
  return null
}

export function analyzeRepository(
  root: string,
  options: AnalyzeRepositoryOptions = {}
): { report: AnalysisReport; tree: SourceTree; config: DelightfulConfig | null } {
  const tree = scan(root)
  const config = loadConfig(tree, root, options.configPath)
  const report = analyze(tree, { appDir: options.appDir, overrides: config?.overrides })
  return { report, tree, config }
}
