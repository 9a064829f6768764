// `EXPOSE 80 443 8080` documents every port the image may serve on (80/443 for a `-tls` ACME setup, 8080 by
// default); the reader takes the line's first web port. When that port is named nowhere else but another
// port of the same line is (the code's listen default `:8080`, a compose mapping `8080:8080`), the app
// serves on that one (holdout14 goatcounter). Ports EXPOSEd on lines of their own in the final stage count as
// one list as well (`EXPOSE 8081` then `EXPOSE 8080`: a gRPC port first).
import type { Candidate } from '../candidate.js'
import { PORT } from '../precedence.js'

/** The web ports of a multi-port EXPOSE line, by the candidate the Dockerfile reader made from it. */
const listedTogether = new WeakMap<Candidate<number>, number[]>()

/**
 * Remembers the other ports of the EXPOSE line `exposed` was read from (only when it lists several), and
 * those of the stage's other EXPOSE lines (one port a line): the lists are joined.
 */
export function noteExposedTogether(
  exposed: Candidate<number>,
  ports: number[],
  siblings: readonly Candidate<number>[] = []
): void {
  const joined = [...new Set([...(listedTogether.get(exposed) ?? []), ...ports])]
  if (joined.length > 1) listedTogether.set(exposed, joined)
  if (siblings.length > 0) exposeSiblings.set(exposed, new Set(siblings))
}

/** The stage's other EXPOSE candidates: they list the ports, they do not name one from another file. */
const exposeSiblings = new WeakMap<Candidate<number>, Set<Candidate<number>>>()

/**
 * The port lists with each multi-port EXPOSE candidate moved to the port of its line that another candidate
 * names from a file, when none names the port it took; the most confident naming candidate decides.
 */
export function preferCorroboratedExpose(
  lists: readonly (Candidate<number>[] | undefined)[]
): (Candidate<number>[] | undefined)[] {
  const all = lists.flatMap(l => l ?? [])
  if (!all.some(c => listedTogether.has(c))) return [...lists]
  return lists.map(list =>
    list?.map(candidate => {
      const ports = listedTogether.get(candidate)
      if (!ports) return candidate
      const siblings = exposeSiblings.get(candidate)
      const others = all.filter(o => o !== candidate && !siblings?.has(o))
      if (others.some(o => o.value === candidate.value)) return candidate
      // Only a file names a port: an ecosystem's convention (Go's 8080, no evidence) is no corroboration, nor
      // is a framework's documented default, whose evidence is only the dependency line (gophish: `Gorilla mux
      // default` 8080 from go.mod picked 8080 out of `EXPOSE 3333 8080 8443 80`; config.json says 3333 and 80).
      const naming = others
        .filter(o => ports.includes(o.value) && o.evidence.length > 0 && o.confidence > PORT.frameworkDefault)
        .sort((a, b) => b.confidence - a.confidence)[0]
      if (!naming) return candidate
      return {
        ...candidate,
        value: naming.value,
        source: `${candidate.source} (of ${ports.join(', ')}, the one ${naming.source} names)`,
        evidence: [...candidate.evidence, ...naming.evidence]
      }
    })
  )
}
