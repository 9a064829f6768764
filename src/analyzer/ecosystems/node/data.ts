// What node detection hands to planning (the provider's Detection data), shared by detection, planning and
// the Bun provider.
import type { Warning } from '../../report.js'
import type { FrameworkMatch } from '../common/framework-score.js'
import type { NodeFrameworkSpec } from './frameworks.js'
import type { PackageJson } from './manifest.js'
import type { NxProject } from './nx.js'
import type { RootImageBin } from './root-image-bin.js'

export type JsRuntime = 'node' | 'bun'

export interface NodeData {
  runtime: JsRuntime
  /** Set for an Nx integrated-monorepo app (project.json, dependencies in the root package.json). */
  nx: NxProject | null
  pkg: PackageJson | null
  matches: FrameworkMatch<NodeFrameworkSpec>[]
  entry: string | null
  serverSource: boolean
  workspaceRoot: boolean
  warnings: Warning[]
  /** A CLI member run by a root image with a server subcommand (root-image-bin.ts). */
  imageBin?: RootImageBin | null
}
