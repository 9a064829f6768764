// Compose files a project keeps in a deployment folder under a compose-named folder
// (`deploy/docker-compose/base.yaml`, `deployment/compose/stack.yml`): inside a folder named for compose,
// every YAML file with a top-level `services:` is a compose file, whatever its name. A service there that
// builds the app's folder (`build: ../../backend`) runs the app's image, so its `command:` is how the project
// starts an image whose ENTRYPOINT is a bare program (deploy-args.ts). Development, test and e2e variants
// (`quickstart.debug.yaml`, `quickstart.e2e.yaml`) are a developer's setup, not the deployment.
import { basename, joinPath, type SourceTree } from '../tree.js'

const DEPLOY_ROOTS = ['.', 'deploy', 'deployment', 'deployments']
const COMPOSE_FOLDER_NAMES = ['docker-compose', 'compose']
const NOT_DEPLOYED = /(?:^|[.-])(?:dev|develop|development|local|debug|test|tests|testing|ci|e2e)(?:[.-]|$)/i
/** At most this many files are read. */
const MAX_FILES = 30

export function deploymentComposeFiles(tree: SourceTree): string[] {
  const out: string[] = []
  for (const root of DEPLOY_ROOTS)
    for (const name of COMPOSE_FOLDER_NAMES) {
      const folder = joinPath(root, name)
      for (const f of tree.filesIn(folder)) {
        if (out.length >= MAX_FILES) return out
        const file = basename(f.path)
        if (!/\.ya?ml$/i.test(file) || NOT_DEPLOYED.test(file.replace(/\.ya?ml$/i, ''))) continue
        if (/^services\s*:/m.test(tree.read(f.path) ?? '')) out.push(f.path)
      }
    }
  return out.sort()
}
