// A candidate value for one report field and the confidence scale every source is ranked on. A leaf module
// (it imports only the report types), so providers, shared signals and the merge can all depend on it
// without depending on each other.
import type { Evidence } from './report.js'

/** One proposed value for a field, with its proof. Confidence follows `CONFIDENCE` below. */
export interface Candidate<T> {
  value: T
  confidence: number
  /** Short origin, e.g. `package.json#scripts.start`, `src/server.ts listen()`, `express default`. */
  source: string
  evidence: Evidence[]
  /**
   * Environment variables that replace this value when set: it is only what the app uses while they are
   * unset (`process.env.PORT || 3000`, `os.getenv("PORT", "8000")`, an ASP.NET image's port before
   * ASPNETCORE_URLS). Internal: resolveField copies only value/confidence/source/evidence into the report.
   */
  replacedBy?: readonly string[]
  /**
   * Environment variables the candidate's own source sets to this value for the app's process (Dockerfile
   * `ENV PORT=8080`, an entrypoint's `export PORT=…`, compose `environment: PORT`). Internal, like replacedBy.
   */
  setsEnv?: readonly string[]
}

/**
 * Confidence scale shared by every provider so candidates from different places compare fairly: the
 * rungs of the ladder. The tiers between them, per field and in order, are in precedence.ts.
 * override (.delightful.yaml) > declared (config the project wrote for deployment: Dockerfile EXPOSE, Procfile,
 * server.port) > source (read from code: listen(3000), route declarations) > convention (a framework's
 * documented default, a start script) > fallback (our guess).
 */
export const CONFIDENCE = {
  override: 1,
  declared: 0.95,
  source: 0.85,
  convention: 0.6,
  fallback: 0.3
} as const

/**
 * High confidence (report.ts: read from the project itself): from here a losing candidate is a rival worth a
 * warning (conflictWarning). Compared at two decimals, as the merge ranks (0.95 - 0.15 is 0.7999…).
 */
export function isHighConfidence(confidence: number): boolean {
  return Math.round(confidence * 100) / 100 >= 0.8
}
