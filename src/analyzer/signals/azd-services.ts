// The Azure Developer CLI's `azure.yaml` (`azd up`) lists what the repository deploys: `services.web.project:
// ./src/Web` with `host: appservice` ships that project. eShopOnWeb's compose file builds both src/Web and
// src/PublicApi alike; its azure.yaml deploys only src/Web (holdout14).
import { normalizePath, type SourceTree } from '../tree.js'
import { getPath, isRecord, parseYamlFile } from './manifests.js'

const AZD_FILES = ['azure.yaml', 'azure.yml']
/** Hosts that serve HTTP from the project (Azure Functions and static web apps are not a server image). */
const SERVING_HOSTS = new Set(['appservice', 'containerapp', 'aks'])

/** The app folders the root azure.yaml deploys to a serving host, with the file and service name. */
export function azdServedApps(
  tree: SourceTree,
  appDirs: readonly string[]
): { dir: string; file: string; service: string }[] {
  const file = AZD_FILES.find(f => tree.has(f))
  if (!file) return []
  const parsed = parseYamlFile(tree, file)
  if (!parsed?.ok) return []
  const services = getPath(parsed.value, 'services')
  if (!isRecord(services)) return []
  const out: { dir: string; file: string; service: string }[] = []
  for (const [service, svc] of Object.entries(services)) {
    if (!isRecord(svc) || typeof svc.project !== 'string' || typeof svc.host !== 'string') continue
    if (!SERVING_HOSTS.has(svc.host.toLowerCase())) continue
    const dir = normalizePath(svc.project.replace(/\/+$/, ''))
    if (appDirs.includes(dir)) out.push({ dir, file, service })
  }
  return out
}
