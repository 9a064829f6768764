// Cargo.toml: the dependency set the frameworks are scored against and the binary the image runs.
import type { DependencySet } from '../common/framework-score.js'
import { keyEvidence } from '../../signals/evidence.js'
import { getPath, isRecord } from '../../signals/manifests.js'
import { addDependency } from '../common/provider-helpers.js'

export function cargoDependencies(path: string, text: string, cargo: Record<string, unknown>): DependencySet {
  const deps: DependencySet = new Map()
  for (const [section, dev] of [
    ['dependencies', false],
    ['dev-dependencies', true],
    ['build-dependencies', true]
  ] as const) {
    const table = cargo[section]
    if (!isRecord(table)) continue
    for (const [name, spec] of Object.entries(table)) {
      const pkg = isRecord(spec) && typeof spec.package === 'string' ? spec.package : name
      addDependency(deps, pkg, {
        dev,
        version: typeof spec === 'string' ? spec : undefined,
        evidence: keyEvidence(path, text, name)
      })
    }
  }
  return deps
}

/** The binary to run: the [[bin]] built from src/main.rs (or the only one), else the package name. */
export function binaryName(cargo: Record<string, unknown>, hasMainRs: boolean): string | null {
  const bins = Array.isArray(cargo.bin) ? cargo.bin.filter(isRecord) : []
  const named = bins.find(b => b.path === 'src/main.rs') ?? (bins.length === 1 ? bins[0] : undefined)
  if (named && typeof named.name === 'string') return named.name
  const pkgName = getPath(cargo, 'package', 'name')
  if (hasMainRs && typeof pkgName === 'string') return pkgName
  const first = bins.find(b => typeof b.name === 'string')
  return first ? (first.name as string) : null
}
