// Turns candidate lists into Fields: the override wins, then the highest confidence (earlier lists win ties:
// the project's own deployment config before provider inferences); the rest become alternatives.
import type { Evidence, Field, Warning } from './report.js'
import { isHighConfidence, type Candidate } from './candidate.js'
import type { AppOverrides } from './overrides.js'

const MAX_ALTERNATIVES = 4

/**
 * The ranked candidates each resolved Field came from, for conflictWarning. Kept beside the Field (not in it)
 * so their internal facts (replacedBy, setsEnv) never reach the report, whose schema is strict.
 */
const rankedCandidates = new WeakMap<Field<unknown>, readonly Candidate<unknown>[]>()

export function resolveField<T>(
  overrideKey: string,
  overrides: AppOverrides,
  lists: (Candidate<T>[] | undefined)[],
  fallback: Candidate<T>,
  coerce: (v: unknown) => T = v => v as T
): Field<T> {
  const all: Candidate<T>[] = []
  const o = overrides[overrideKey]
  if (o !== undefined)
    all.push({ value: coerce(o.value), confidence: 1, source: '.delightful.yaml', evidence: [o.evidence] })
  for (const list of lists) if (list) all.push(...list)
  const ranked = settleReplacedDefault(
    all
      .map((c, i) => [c, i] as const)
      // Compared at two decimals: 0.95 - 0.05 must tie with 0.9 so the earlier list (project config) wins.
      .sort((a, b) => round(b[0].confidence) - round(a[0].confidence) || a[1] - b[1])
  )
  const best = ranked[0]?.[0] ?? fallback
  const alternatives: { value: T; confidence: number; source: string }[] = []
  for (const [c] of ranked.slice(1)) {
    if (sameValue(c.value, best.value) || alternatives.some(a => sameValue(a.value, c.value))) continue
    if (alternatives.length < MAX_ALTERNATIVES)
      alternatives.push({ value: c.value, confidence: round(c.confidence), source: c.source })
  }
  const evidence = mergeEvidence(
    best,
    ranked.map(([c]) => c)
  )
  const field: Field<T> = {
    value: best.value,
    confidence: round(best.confidence),
    source: best.source,
    evidence,
    overrideKey
  }
  if (alternatives.length > 0) field.alternatives = alternatives
  rankedCandidates.set(
    field as Field<unknown>,
    ranked.map(([c]) => c)
  )
  return field
}

/**
 * A value the app uses only while an environment variable is unset (Spring `server.port=${PORT:8081}`, an
 * Elixir `System.get_env("PORT") || 4000`) cannot be what runs when a strong candidate sets that variable
 * (`ENV PORT=9000`, an entrypoint's `export PORT=9000`): that setter goes first, whatever the confidences.
 * Only when every strong sighting of the leading value is such a default, and never over an override.
 */
function settleReplacedDefault<T>(
  ranked: (readonly [Candidate<T>, number])[]
): (readonly [Candidate<T>, number])[] {
  const best = ranked[0]?.[0]
  if (!best || best.source === '.delightful.yaml' || !best.replacedBy?.length) return ranked
  const same = ranked.map(([c]) => c).filter(c => sameValue(c.value, best.value))
  if (same.some(c => isHighConfidence(c.confidence) && !c.replacedBy?.length)) return ranked
  const replacers = new Set(same.flatMap(c => c.replacedBy ?? []))
  const setter = ranked.findIndex(
    ([c]) =>
      !sameValue(c.value, best.value) &&
      isHighConfidence(c.confidence) &&
      (c.setsEnv ?? []).some(name => replacers.has(name))
  )
  if (setter < 0) return ranked
  return [ranked[setter]!, ...ranked.filter((_, i) => i !== setter)]
}

/** The winner's evidence, plus that of losing candidates that agree with it (corroboration), max 4 lines. */
function mergeEvidence<T>(best: Candidate<T>, all: Candidate<T>[]): Evidence[] {
  const out: Evidence[] = [...best.evidence]
  for (const c of all) {
    if (c === best || !sameValue(c.value, best.value)) continue
    for (const e of c.evidence) if (!out.some(x => x.file === e.file && x.line === e.line)) out.push(e)
  }
  return out.slice(0, 4)
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Warns when two high-confidence candidates disagree (e.g. EXPOSE 8080 vs listen(3000)). A rival that is
 * only the app's value while an environment variable is unset (`process.env.PORT || 3000`, an image's default
 * port) is no rival when the winning value is that variable being set (`ENV PORT=8080`, an entrypoint's
 * `export PORT=8080`): the fallback never applies. Without a record of the field's candidates (a Field not
 * made by resolveField) every strong alternative counts.
 */
export function conflictWarning<T>(field: Field<T>, code: string, label: string): Warning | null {
  if (!isHighConfidence(field.confidence) || field.source === '.delightful.yaml') return null
  const ranked = rankedCandidates.get(field as Field<unknown>)
  const winnerSets = new Set(
    (ranked ?? []).filter(c => sameValue(c.value, field.value)).flatMap(c => c.setsEnv ?? [])
  )
  // A value is a live rival when one of its strong candidates is not replaced by a variable the winner sets.
  const live = (value: T): boolean =>
    !ranked ||
    ranked.some(
      c =>
        sameValue(c.value, value) &&
        isHighConfidence(c.confidence) &&
        !(c.replacedBy ?? []).some(name => winnerSets.has(name))
    )
  const rival = field.alternatives?.find(a => isHighConfidence(a.confidence) && live(a.value))
  if (!rival) return null
  const where = field.evidence[0]
  return {
    code,
    message: `${label} ${JSON.stringify(field.value)} (${field.source}) disagrees with ${JSON.stringify(rival.value)} (${rival.source}); set ${field.overrideKey} in .delightful.yaml to settle it`,
    ...(where ? { file: where.file, line: where.line } : {})
  }
}
