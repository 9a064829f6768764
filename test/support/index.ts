// One import for tests: `import { startDocker, startRegistry, … } from '../support/index.js'`.
export { startDocker, dockerAvailable, DOCKER_CLI, type DockerEngine } from './docker-engine.js'
export { startRegistry, registryAvailable, type LocalRegistry, type RegistryCredentials } from './registry.js'
export { startDynalite, startS3rver, S3RVER_CREDENTIALS, type LocalService } from './aws-emulators.js'
export { ensureBusyboxBase, ensureHostCopyBase } from './base-images.js'
export { dockerCli, imageExists, copyImage } from './docker-cli.js'
export { stopAllTracked, livePids, isAlive, freePort } from './processes.js'
export { startFakeGitHub, type FakeGitHub } from './fake-github.js'
