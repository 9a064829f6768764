// The part of every generated .dockerignore that does not depend on the stack (render/dockerignore.ts adds the
// rest), and the one question analysis readers ask of it: does a file the app loads reach the image? A leaf
// module: the ecosystems' readers import it without importing the generators.
import ignore, { type Ignore } from 'ignore'

/** Lines every generated .dockerignore starts with (comments included). */
export const COMMON = [
  '# Version control, editors and CI',
  '.git',
  '.gitignore',
  '.github',
  '.gitlab-ci.yml',
  '.vscode',
  '.idea',
  '**/.DS_Store',
  '**/*.log',
  '# Container and deployment files the image does not need',
  'Dockerfile*',
  '.dockerignore',
  'docker-compose*.yml',
  'compose*.yaml',
  '.terraform',
  '**/*.tfstate*',
  '*.auto.tfvars',
  '# Secrets: never bake them into an image layer',
  '**/.env',
  '**/.env.*',
  '!**/.env.example',
  '**/*.pem',
  '**/*.key',
  '**/*.p12',
  '**/*.pfx',
  '**/id_rsa*',
  '**/id_ed25519*',
  '.aws',
  '.ssh'
]

let common: Ignore | null = null

/**
 * True when every generated .dockerignore keeps `path` (relative to the build context) out of the context,
 * whatever the stack: the common part above, read as .dockerignore reads it (the last matching line decides).
 * Readers that ask whether a file the app loads at start reaches the image (`node --env-file=.env.prod`) ask
 * here rather than copying these patterns.
 */
export function excludedFromEveryImage(path: string): boolean {
  common ??= ignore().add(COMMON.filter(line => !line.startsWith('#')))
  const relative = path.replace(/^\.\//, '')
  return relative !== '' && !relative.startsWith('../') && common.ignores(relative)
}
