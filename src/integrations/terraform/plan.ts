// What a saved plan does, from `terraform show -json`: counts, the destructive part, and whether the only
// thing that changes is the image tag (the common, safe deploy). No attribute values leave this module:
// a plan holds every variable in clear text, sensitive or not.
import type { PlanChange, PlanSummary } from '../../pipeline/contracts.js'

type Action = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'forget'

export interface PlanResourceChange {
  address: string
  mode?: string
  change: {
    actions: Action[]
    before?: unknown
    after?: unknown
    after_unknown?: unknown
  }
}

export interface PlanOutputChange {
  actions: Action[]
  before?: unknown
  after?: unknown
  after_unknown?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
}

/** The part of terraform's JSON plan format (format_version 1.x) this module reads. */
export interface PlanJson {
  format_version?: string
  resource_changes?: PlanResourceChange[]
  output_changes?: Record<string, PlanOutputChange>
  variables?: Record<string, { value?: unknown }>
  configuration?: { root_module?: { variables?: Record<string, { sensitive?: boolean }> } }
}

export type ChangeAction = PlanChange['action']

export function changeAction(actions: Action[]): ChangeAction | null {
  if (actions.includes('delete') && actions.includes('create')) return 'replace'
  if (actions.includes('create')) return 'create'
  if (actions.includes('delete')) return 'delete'
  if (actions.includes('update')) return 'update'
  return null // no-op, read (data sources), forget (state only)
}

/**
 * Counts and classifies every managed resource change. `fromTag` is the tag in the state before this plan
 * (null on a first deploy): a change is "image tag only" when replacing `fromTag` by `toTag` in the old
 * values gives the new ones, apart from values terraform only knows after apply (ids, ARNs) — those follow
 * from some other change, which is classified on its own resource.
 */
export function summarizePlan(
  plan: PlanJson,
  hasChanges: boolean,
  o: { fromTag: string | null; toTag: string }
): PlanSummary {
  const changes: PlanChange[] = []
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode === 'data') continue
    const action = changeAction(rc.change.actions)
    if (!action) continue
    const { before, after, after_unknown: unknown } = rc.change
    const imageTagOnly =
      (action === 'update' || action === 'replace') &&
      o.fromTag !== null &&
      sameApartFromTag(before, after, unknown, o.fromTag, o.toTag)
    const attributes = action === 'update' || action === 'replace' ? changedPaths(before, after, unknown) : []
    changes.push({ address: rc.address, action, imageTagOnly, attributes })
  }
  const count = (action: ChangeAction): number => changes.filter(c => c.action === action).length
  return {
    hasChanges,
    add: count('create'),
    change: count('update'),
    destroy: count('delete'),
    replace: count('replace'),
    destructive: changes.filter(c => c.action === 'delete' || c.action === 'replace').map(c => c.address),
    onlyImageTag: changes.length > 0 && o.fromTag !== o.toTag && changes.every(c => c.imageTagOnly),
    changes
  }
}

/** An output's value in the state before this plan (null when absent, unknown or not a string). */
export function outputBefore(plan: PlanJson, name: string): string | null {
  const before = plan.output_changes?.[name]?.before
  return typeof before === 'string' && before !== '' ? before : null
}

/** An output's planned value when terraform knows it at plan time. */
export function outputAfter(plan: PlanJson, name: string): string | null {
  const change = plan.output_changes?.[name]
  if (!change || change.after_unknown === true) return null
  return typeof change.after === 'string' && change.after !== '' ? change.after : null
}

/** The tag of an image reference (`host:5000/repo:tag` → `tag`); null when it has none. */
export function tagOfImage(image: string): string | null {
  const name = image.split('@')[0] as string
  const colon = name.lastIndexOf(':')
  return colon > name.lastIndexOf('/') ? name.slice(colon + 1) || null : null
}

/** Values of root variables declared `sensitive`, for masking before anything is printed. */
export function sensitiveVariableValues(plan: PlanJson): string[] {
  const declared = plan.configuration?.root_module?.variables ?? {}
  const values: string[] = []
  for (const [name, variable] of Object.entries(declared)) {
    if (!variable.sensitive) continue
    collectStrings(plan.variables?.[name]?.value, values)
  }
  return values.filter(v => v.length >= 4)
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, into)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function sameApartFromTag(
  before: unknown,
  after: unknown,
  unknown: unknown,
  from: string,
  to: string
): boolean {
  if (unknown === true) return true
  if (typeof before === 'string' && typeof after === 'string') return before.split(from).join(to) === after
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return false
    const u = Array.isArray(unknown) ? unknown : []
    return before.every((item, i) => sameApartFromTag(item, after[i], u[i], from, to))
  }
  if (isObject(before) && isObject(after)) {
    const u = isObject(unknown) ? unknown : {}
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    return [...keys].every(k => sameApartFromTag(before[k], after[k], u[k], from, to))
  }
  return (
    before === after || (before === undefined && after === null) || (before === null && after === undefined)
  )
}

/** Attribute paths that differ (or become unknown), at most `limit`, nested at most three levels deep. */
export function changedPaths(before: unknown, after: unknown, unknown: unknown, limit = 12): string[] {
  const out: string[] = []
  const walk = (b: unknown, a: unknown, u: unknown, path: string, depth: number): void => {
    if (out.length >= limit) return
    if (u === true) {
      if (path) out.push(path)
      return
    }
    if (depth < 3 && isObject(b) && isObject(a)) {
      const uu = isObject(u) ? u : {}
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a), ...Object.keys(uu)])].sort())
        walk(b[k], a[k], uu[k], path ? `${path}.${k}` : k, depth + 1)
      return
    }
    if (JSON.stringify(b ?? null) !== JSON.stringify(a ?? null) && path) out.push(path)
  }
  walk(before ?? {}, after ?? {}, unknown, '', 0)
  return out
}
