// Scores every framework spec against an app's dependencies and files. No first match: all specs are
// evaluated and ranked, so the core can report the runner-up when the call is close.
import type { Evidence } from '../../report.js'
import type { FrameworkSpec } from '../../framework.js'

export interface DependencyInfo {
  /** True when declared only as a development/test dependency. */
  dev: boolean
  /** Version/range text as declared, if any. */
  version?: string
  evidence: Evidence
}

/** Dependency name → where it is declared. Build one per app from the ecosystem's manifest(s). */
export type DependencySet = Map<string, DependencyInfo>

/** A scored framework; `S` is the ecosystem's own spec type when it adds fields to FrameworkSpec. */
export interface FrameworkMatch<S extends FrameworkSpec = FrameworkSpec> {
  spec: S
  /** 0..1 */
  score: number
  evidence: Evidence[]
}

const DEV_ONLY_FACTOR = 0.3
const MARKER_BONUS = 0.15

/**
 * Ranks `specs` for an app. `hasFile` answers for paths relative to the app directory and `markerEvidence`
 * turns a marker into evidence. Returns matches with score > 0, best first (spec order breaks ties).
 */
export function scoreFrameworks<S extends FrameworkSpec>(
  specs: readonly S[],
  deps: DependencySet,
  hasFile: (rel: string) => boolean,
  markerEvidence: (rel: string) => Evidence
): FrameworkMatch<S>[] {
  const matches: FrameworkMatch<S>[] = []
  specs.forEach(spec => {
    let depScore = 0
    const evidence: Evidence[] = []
    for (const name of spec.dependencies) {
      const d = deps.get(name)
      if (!d) continue
      const s = d.dev && !spec.devDependencyOk ? DEV_ONLY_FACTOR : 1
      if (s > depScore) depScore = s
      if (evidence.length < 2) evidence.push(d.evidence)
    }
    const markers = (spec.markerFiles ?? []).filter(hasFile)
    if (depScore === 0 && markers.length === 0) return
    for (const m of markers.slice(0, 1)) evidence.push(markerEvidence(m))
    // A marker alone (no dependency) is weak: config files get copied around.
    const base = depScore > 0 ? depScore * 0.8 : 0.25
    const score = Math.min(1, (base + (markers.length > 0 ? MARKER_BONUS : 0)) * spec.specificity)
    matches.push({ spec, score: Math.round(score * 1000) / 1000, evidence })
  })
  return matches
    .map((m, i) => [m, i] as const)
    .sort((a, b) => b[0].score - a[0].score || a[1] - b[1])
    .map(([m]) => m)
}
