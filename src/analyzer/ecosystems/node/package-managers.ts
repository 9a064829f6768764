// How each JavaScript package manager installs from its lockfile, prunes dev dependencies and caches.
import type { AppAnalysis } from '../../report.js'
import { hintBoolean, hintString } from '../../render/hints.js'
import { basename, dirname } from '../../tree.js'

export interface NodePackageManager {
  id: 'npm' | 'yarn' | 'yarn-berry' | 'pnpm' | 'bun'
  /** Lockfile names, most likely first. */
  lockfiles: string[]
  /** Extra setup in the base stage (corepack). */
  setup: string | null
  /** Frozen install of everything (build stage). */
  install: string
  /** Frozen install of production dependencies only. */
  installProd: string
  /** After a build: drop dev dependencies in place. */
  prune: string
  /** `RUN --mount=type=cache,…` flags for the package cache. */
  cacheMount: string
  /** Runs a package.json script. */
  run(script: string): string
  /** Other files the install needs (Yarn Berry's config and releases). */
  extraManifests: string[]
  /**
   * Production install of one workspace member and the members it depends on, from the workspace root
   * (`name`: its package name, `dir`: its folder relative to the root). Null when the tool has no filter.
   */
  installMemberProd: ((name: string, dir: string) => string) | null
}

const NPM: NodePackageManager = {
  id: 'npm',
  lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
  setup: null,
  install: 'npm ci --no-audit --no-fund',
  installProd: 'npm ci --omit=dev --no-audit --no-fund',
  prune: 'npm prune --omit=dev --no-audit --no-fund',
  cacheMount: '--mount=type=cache,target=/root/.npm',
  run: script => `npm run ${script}`,
  extraManifests: [],
  // `-w` installs the member's dependency tree, linked workspace packages included.
  installMemberProd: (_name, dir) => `npm ci --omit=dev --workspace ${dir} --no-audit --no-fund`
}

const YARN: NodePackageManager = {
  id: 'yarn',
  lockfiles: ['yarn.lock'],
  setup: 'corepack enable',
  install: 'yarn install --frozen-lockfile --non-interactive',
  installProd: 'yarn install --frozen-lockfile --non-interactive --production',
  prune: 'yarn install --frozen-lockfile --non-interactive --production --prefer-offline',
  cacheMount: '--mount=type=cache,target=/usr/local/share/.cache/yarn',
  run: script => `yarn run ${script}`,
  extraManifests: [],
  // Yarn 1 has no per-workspace install: the whole workspace's production dependencies are installed.
  installMemberProd: null
}

const YARN_BERRY: NodePackageManager = {
  id: 'yarn-berry',
  lockfiles: ['yarn.lock'],
  setup: 'corepack enable',
  install: 'yarn install --immutable',
  installProd: 'yarn workspaces focus --all --production',
  prune: 'yarn workspaces focus --all --production',
  cacheMount: '--mount=type=cache,target=/root/.yarn/berry/cache',
  run: script => `yarn run ${script}`,
  extraManifests: ['.yarnrc.yml'],
  installMemberProd: name => `yarn workspaces focus ${name} --production`
}

const PNPM: NodePackageManager = {
  id: 'pnpm',
  lockfiles: ['pnpm-lock.yaml'],
  setup: 'corepack enable',
  install: 'pnpm install --frozen-lockfile',
  installProd: 'pnpm install --frozen-lockfile --prod',
  prune: 'pnpm prune --prod',
  cacheMount: '--mount=type=cache,target=/root/.local/share/pnpm/store',
  run: script => `pnpm run ${script}`,
  extraManifests: ['pnpm-workspace.yaml'],
  // `name...` selects the member and every workspace package it depends on.
  installMemberProd: name => `pnpm install --frozen-lockfile --prod --filter ${name}...`
}

/**
 * Bun's commands: also the bun generator's, whichever manager's lockfile the repository has (oven/bun has
 * no other manager).
 */
export const BUN: NodePackageManager = {
  id: 'bun',
  lockfiles: ['bun.lock', 'bun.lockb'],
  setup: null,
  install: 'bun install --frozen-lockfile',
  installProd: 'bun install --frozen-lockfile --production',
  prune: 'rm -rf node_modules && bun install --frozen-lockfile --production',
  cacheMount: '--mount=type=cache,target=/root/.bun/install/cache',
  run: script => `bun run ${script}`,
  extraManifests: [],
  installMemberProd: name => `bun install --frozen-lockfile --production --filter ${name}`
}

/** Picks the package manager from the analysis; Yarn 1 or Berry from the lockfile's format, else `packageManager: yarn@4…`. */
export function nodePackageManager(app: AppAnalysis): NodePackageManager {
  const id = app.packageManager.value.toLowerCase()
  const version = hintString(app, 'packageManagerVersion') ?? ''
  if (id === 'yarn' || id === 'yarn-berry') {
    // The lockfile's format decides the commands: Yarn 1 cannot read a Berry lockfile and back.
    const format = hintString(app, 'lockfileVersion')
    if (format === 'classic') return YARN
    if (format !== null && /^\d+$/.test(format)) return YARN_BERRY
    const major = Number(version.split('.')[0])
    return id === 'yarn-berry' || major >= 2 || hintBoolean(app, 'yarnBerry') === true ? YARN_BERRY : YARN
  }
  if (id === 'pnpm') return PNPM
  if (id === 'bun') return BUN
  return NPM
}

/**
 * The lockfile to copy: the `lockfile` hint, else one named in the package-manager evidence, else null
 * (the generator then copies the usual names with a wildcard, which matches nothing when absent).
 */
export function nodeLockfile(
  app: AppAnalysis,
  pm: NodePackageManager,
  context: string,
  ownOnly = false
): string | null {
  const found = nodeLockfilePath(app, pm, ownOnly)
  if (found === null) return null
  // Only a lockfile at the build context's root can be copied; one above it (the workspace root of a
  // folder built on its own) is out of the build's reach.
  return dirname(found) === context ? basename(found) : null
}

/**
 * The repository path of the app's lockfile, wherever it sits, or null. `ownOnly`: only a lockfile `pm`
 * reads (the bun generator installs with bun even when the repository's lockfile is pnpm's).
 */
export function nodeLockfilePath(app: AppAnalysis, pm: NodePackageManager, ownOnly = false): string | null {
  const hinted = hintString(app, 'lockfile')
  if (hinted && (!ownOnly || pm.lockfiles.includes(hinted.split('/').pop() ?? ''))) return hinted
  for (const evidence of app.packageManager.evidence) {
    const base = evidence.file.split('/').pop() ?? ''
    if (pm.lockfiles.includes(base)) return evidence.file
  }
  return null
}
