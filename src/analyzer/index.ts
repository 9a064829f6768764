// Public entry of the analyzer: scan a directory (or build a tree yourself) and analyse it.
export { analyze, AnalyzeError, normalizeAppDir, type AnalyzeOptions } from './analyze.js'
export { scan, ScanError, type ScanOptions } from './scan.js'
export { createTree, treeFromFiles, type SourceTree, type TreeFile } from './tree.js'
export {
  NO_OVERRIDES,
  OVERRIDE_KEYS,
  type Overrides,
  type AppOverrides,
  type OverrideValue
} from './overrides.js'
export type * from './report.js'
