// The base stage's package-manager setup, pinned to the major that can install the lockfile. `corepack
// enable` alone runs the `packageManager` version when package.json declares one, and the newest release
// otherwise — which may refuse an older lockfile (pnpm 9+ with `lockfileVersion: '6.0'`).
import { hintBoolean, hintString } from '../../render/hints.js'
import type { DockerfileContext } from '../../render/dockerfile/common.js'
import type { NodePackageManager } from './package-managers.js'

/** True when the declared major installs a lockfile written by `lockMajor` without rewriting it. */
function declaredCanRead(tool: 'pnpm' | 'yarn', declared: number, lockMajor: number): boolean {
  if (declared === lockMajor) return true
  // pnpm 9 and 10 share lockfile format 9.0; Yarn 4 writes the format Yarn 4.x reads (8).
  if (tool === 'pnpm') return lockMajor >= 9 && declared >= 9
  return lockMajor >= 4 && declared >= 4
}

/** The `RUN` body that makes the right package manager available (null: nothing to set up). */
export function packageManagerSetup(ctx: DockerfileContext, pm: NodePackageManager): string | null {
  if (pm.setup === null) return null
  const tool = pm.id === 'pnpm' ? 'pnpm' : pm.id === 'yarn' || pm.id === 'yarn-berry' ? 'yarn' : null
  const lockMajor = Number(hintString(ctx.app, 'lockfileManagerMajor') ?? NaN)
  // `.yarnrc.yml` alone: corepack's default Yarn is 1, which cannot run the Berry commands.
  if (tool === 'yarn' && hintBoolean(ctx.app, 'yarnBerry') === true && !Number.isInteger(lockMajor))
    return 'corepack enable && corepack prepare yarn@stable --activate'
  if (tool === null || !Number.isInteger(lockMajor)) return pm.setup
  const declaredVersion = hintString(ctx.app, 'packageManagerVersion')
  const declared = declaredVersion === null ? NaN : Number(declaredVersion.split('.')[0])
  if (!Number.isInteger(declared)) {
    // No packageManager field: pin the lockfile's major instead of whatever corepack considers newest.
    return `corepack enable && corepack prepare ${tool}@${lockMajor} --activate`
  }
  if (declaredCanRead(tool, declared, lockMajor)) return pm.setup
  const evidence = hintString(ctx.app, 'lockfileEvidence') ?? `a ${tool} ${lockMajor} lockfile`
  if (tool === 'yarn' && lockMajor >= 2) {
    // A Berry lockfile under a packageManager of another major: corepack follows packageManager and no
    // other channel installs Berry reliably, so the field stays in charge.
    ctx.warn(
      'PACKAGE_MANAGER_LOCKFILE_MISMATCH',
      `package.json#packageManager says yarn@${declaredVersion} but ${evidence} was written by Yarn ` +
        `${lockMajor}; the image follows packageManager. Regenerate the lockfile or fix packageManager.`
    )
    return pm.setup
  }
  ctx.warn(
    'PACKAGE_MANAGER_LOCKFILE_MISMATCH',
    `package.json#packageManager says ${tool}@${declaredVersion} but ${evidence} needs ${tool} ` +
      `${lockMajor}; the image installs ${tool}@${lockMajor} so the lockfile installs as committed. ` +
      `Regenerate the lockfile with ${tool} ${declared} or set packageManager to ${tool}@${lockMajor}.`
  )
  // corepack would run the packageManager version in the project, so install the lockfile's major
  // directly (replacing the image's bundled Yarn 1 when there is one).
  return `npm install -g --force ${tool}@${lockMajor} --no-audit --no-fund`
}
