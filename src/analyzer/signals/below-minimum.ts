// A builder image older than the minimum version the manifest declares (Cargo `rust-version = "1.89.0"`
// beside `FROM rust:1.85.0`) cannot build the app — cargo refuses it — so the image tag is a leftover the
// manifest moved past: it ranks below that minimum instead of above it. So does an image older than the floor
// of a range its installer enforces: pip refuses a package whose `requires-python = ">=3.10"` excludes the
// interpreter, so a `FROM python:3.8` left from before (holdout32 lemur) cannot install the app either.
import type { Candidate } from '../candidate.js'
import { RUNTIME_VERSION } from '../precedence.js'

/** `declared`: the provider's runtime candidates; those at the minimum-supported tier are minimums. */
export function belowDeclaredMinimum(
  image: Candidate<string | null>,
  declared: readonly Candidate<string | null>[] | undefined
): Candidate<string | null> {
  if (image.value === null) return image
  const minimum = declared?.find(
    c =>
      c.confidence === RUNTIME_VERSION.minimumSupported &&
      c.value !== null &&
      olderThan(image.value!, c.value)
  )
  if (minimum)
    return {
      ...image,
      confidence: Math.min(image.confidence, RUNTIME_VERSION.minimumSupported - 0.01),
      source: `${image.source} (older than the declared minimum ${minimum.value})`
    }
  const range = declared?.find(c => {
    const floor = c.value !== null && ENFORCED_RANGE.test(c.source) ? rangeFloor(c.value) : null
    return floor !== null && olderThan(image.value!, floor)
  })
  if (!range) return image
  return {
    ...image,
    confidence: Math.min(image.confidence, range.confidence - 0.01),
    source: `${image.source} (older than the floor of ${range.source} ${range.value})`
  }
}

/** Ranges the installer enforces on the interpreter: pip refuses a package outside requires-python. */
const ENFORCED_RANGE = /requires-python|python_requires/

/** The lowest version a range admits: `>=3.10,<4` → 3.10, `~=3.11` → 3.11, `^3.9` → 3.9; null for others. */
function rangeFloor(range: string): string | null {
  return /(?:>=|~=|\^|==)\s*v?(\d+(?:\.\d+)*)/.exec(range)?.[1] ?? null
}

/** Whether version `a` is below `b`, compared on the numeric parts both give (`1.85.0` < `1.89`). */
function olderThan(a: string, b: string): boolean {
  const pa = numbers(a)
  const pb = numbers(b)
  if (!pa || !pb) return false
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]!
  return false
}

function numbers(v: string): number[] | null {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(v.trim())
  return m ? m[1]!.split('.').map(Number) : null
}
