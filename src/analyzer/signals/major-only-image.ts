// A runtime image tagged with a major only (`FROM rust:1`, `FROM python:3`) floats across every release of
// that major, so it says less than a version the project declares within it (Cargo `rust-version = "1.88.0"`,
// requires-python `>=3.11`): the image still decides the major, the declaration the rest (holdout14 microbin).
import type { Candidate } from '../candidate.js'

const MAJOR_ONLY = /^\d+$/
/** A concrete version (`1.88`, `1.88.0`), not a range or a channel. */
const PRECISE = /^(\d+)\.\d+(?:\.\d+)?$/

/**
 * The image candidate with the most confident declared version of the same major when the image's tag is
 * major-only, at the image's confidence and with both pieces of evidence; else the image candidate as it is.
 */
export function refineMajorOnlyImage(
  image: Candidate<string>,
  declared: readonly Candidate<string | null>[] | undefined
): Candidate<string> {
  if (!MAJOR_ONLY.test(image.value)) return image
  let best: Candidate<string> | null = null
  for (const c of declared ?? []) {
    const m = typeof c.value === 'string' ? PRECISE.exec(c.value) : null
    if (!m || m[1] !== image.value) continue
    if (!best || c.confidence > best.confidence) best = c as Candidate<string>
  }
  if (!best) return image
  return {
    value: best.value,
    confidence: Math.max(image.confidence, best.confidence),
    source: `${image.source} (major-only tag; ${best.source} gives the version)`,
    evidence: [...image.evidence, ...best.evidence]
  }
}
