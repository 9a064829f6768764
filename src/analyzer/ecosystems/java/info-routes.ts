// JAX-RS (Quarkus, Jersey, RESTEasy) and Micronaut version/info resources that anonymous users may GET (see
// signals/info-routes.ts): a `@GET` method with `@PermitAll` (or Micronaut's `@Secured(IS_ANONYMOUS)`) under
// the class `@Path` + method `@Path`, whose path or method name names a version/info endpoint
// (`@Path("/rest/server")` + `@Path("/get") @GET @PermitAll getServerInfos()` → `/rest/server/get`).
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import { evidenceAt } from '../../signals/evidence.js'
import { joinRoute } from '../../signals/health.js'
import { infoRank, publicInfoCandidates, type InfoRoute } from '../../signals/info-routes.js'
import type { SourceTree } from '../../tree.js'
import { stripCComments } from '../common/provider-helpers.js'

const PUBLIC = /@PermitAll\b|@Secured\(\s*(?:SecurityRule\.)?IS_ANONYMOUS\s*\)|@Anonymous\b/
const GATED = /@(?:RolesAllowed|Authenticated|DenyAll|PreAuthorize)\b/
const DATABASE = /@Transactional\b|\bEntityManager\b|\w+Repository\b|\bSession\b/

/** Anonymous version/info GETs of the module's resources, under `prefix` (root/context path). */
export function jaxrsInfoCandidates(
  tree: SourceTree,
  files: readonly string[],
  prefix: string,
  prefixEvidence: Evidence[]
): Candidate<string>[] {
  const routes: InfoRoute[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('@GET') || !PUBLIC.test(raw)) continue
    const text = stripCComments(raw)
    const cls = /\b(?:class|object)\s+\w+/.exec(text)
    if (!cls) continue
    const classAnnotation = /@Path\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)/.exec(text.slice(0, cls.index))
    const classPath = classAnnotation?.[1] ?? ''
    const classEvidence = classAnnotation ? [evidenceAt(file, text, classAnnotation.index)] : []
    const body = text.slice(cls.index)
    // Each method: the annotations between the previous member and its name.
    for (const m of body.matchAll(
      /((?:@[\w.]+(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?\s*)+)(?:public\s+|protected\s+)?[\w<>[\],.?\s]+?\s(\w+)\s*\(/g
    )) {
      const annotations = m[1]!
      if (!/@GET\b/.test(annotations) || !PUBLIC.test(annotations) || GATED.test(annotations)) continue
      const own = /@Path\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)/.exec(annotations)?.[1] ?? ''
      const path = joinRoute(prefix, joinRoute(classPath, own))
      const handler = m[2]!
      if (infoRank(path, handler) < 0) continue
      const index = cls.index + m.index
      const publicAt = index + annotations.search(PUBLIC)
      const db = DATABASE.exec(annotations)
      routes.push({
        path,
        handler,
        evidence: [
          ...prefixEvidence,
          ...classEvidence,
          evidenceAt(file, text, index),
          evidenceAt(file, text, publicAt)
        ],
        publicBecause: `${PUBLIC.exec(annotations)![0]} on the handler`,
        database: db ? db[0] : null
      })
    }
  }
  return publicInfoCandidates(routes)
}
