// A repository root with no plain Dockerfile but one production variant per member it ships
// (`Dockerfile.client.production` + `Dockerfile.server.production`, `Dockerfile.web` + `Dockerfile.api`):
// the alphabetically first variant is an accident of naming. The server half is what a single deployment
// ships (the client is its static front end, served on its own), so the variant named for the server
// (server, api, backend) leads; with no such name, or with two of them
// (beside `Dockerfile.server`, the production-named `Dockerfile.server.production` counts), the first stays.
import { basename } from 'node:path'

const SERVER_PART = /^(server|api|backend|app-server|core)$/i
const PRODUCTION_PART = /^(prod|production|release)$/i
const CLIENT_PART = /^(client|web|frontend|front|ui|www|webapp|site)$/i

function parts(path: string): string[] {
  return basename(path)
    .split(/[._-]+/)
    .filter(p => p !== '' && !/^(dockerfile|containerfile)$/i.test(p))
}

/**
 * The variant among `variants` (root Dockerfile variants, sorted) named for the server half, when another
 * is named for a client half; null otherwise (keep the caller's choice).
 */
export function serverDockerfileVariant(variants: readonly string[]): string | null {
  if (variants.length < 2) return null
  const named = variants.filter(v => parts(v).some(p => SERVER_PART.test(p)))
  const client = variants.filter(v => parts(v).some(p => CLIENT_PART.test(p)))
  if (client.length === 0 || named.some(v => client.includes(v))) return null
  // `Dockerfile.server` beside `Dockerfile.server.production`: the production-named one.
  const prod = named.filter(v => parts(v).some(p => PRODUCTION_PART.test(p)))
  const server = prod.length > 0 ? prod : named
  return server.length === 1 ? server[0]! : null
}
