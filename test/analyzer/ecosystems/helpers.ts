// Test helpers for provider unit tests: an in-memory tree and an AppContext for one directory.
import { createAppContext } from '../../../src/analyzer/context.js'
import type { AppContext } from '../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import type { Provider } from '../../../src/analyzer/provider.js'

export function contextFor(
  files: Record<string, string>,
  dir = '.',
  workspace: { root: string; kind: string } | null = null
): AppContext {
  return createAppContext(treeFromFiles(files), dir, [], workspace)
}

/** Analyses an in-memory tree with one provider and returns the primary app's plain field values. */
export function analyzeWith(provider: Provider<unknown>, files: Record<string, string>) {
  const report = analyze(treeFromFiles(files), { providers: [provider] })
  const app = report.apps.find(a => a.appDir === report.primary)
  const value = (k: string) => (app as unknown as Record<string, { value: unknown }> | undefined)?.[k]?.value
  return { report, app, value }
}
