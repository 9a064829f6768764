// What a Dockerfile needs to build one member of a JavaScript workspace without copying the whole
// monorepo before the install: every member's package.json (the install validates the lockfile against
// all of them), the member's package name (for `--filter` / `workspaces focus`), and the members it
// depends on through the workspace, transitively, dependencies first (their sources are copied and built).
import { getPath, isRecord, parseJsonFile } from '../../signals/manifests.js'
import { joinPath } from '../../tree.js'
import { nodeWorkspaceAt } from './manifest.js'
import type { AppContext } from '../../provider.js'
import type { Hints } from '../../hints.js'

interface Member {
  /** Relative to the workspace root. */
  dir: string
  name: string | null
  dependencies: string[]
}

const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']

/** Hints for a workspace member, or an empty object when the root declares no JavaScript workspace. */
export function workspaceMemberHints(ctx: AppContext): Hints {
  const root = ctx.workspace?.root
  if (root === undefined || root === ctx.dir) return {}
  const declaration = nodeWorkspaceAt(ctx.tree, root)
  if (!declaration) return {}
  const relative = (dir: string): string => (root === '.' ? dir : dir.slice(root.length + 1))
  const members: Member[] = declaration.members.map(dir => readMember(ctx, dir, relative(dir)))
  const self = members.find(m => m.dir === relative(ctx.dir))
  if (!self) return {}
  const byName = new Map(members.filter(m => m.name !== null).map(m => [m.name!, m]))
  const own = dependencyOrder(self, byName)
  // A root that lists production dependencies (a shell whose members import what it declares, hoisted
  // to the root node_modules): the member needs them, and the workspace packages among them, at runtime.
  const rootDependencies = productionDependencies(ctx, root)
  const fromRoot =
    rootDependencies.length > 0
      ? dependencyOrder({ dir: '.', name: null, dependencies: rootDependencies }, byName)
      : []
  const hints: Hints = {
    workspaceManifests: members.map(m => `${m.dir}/package.json`),
    workspaceDependencies: [...own, ...fromRoot.filter(dir => dir !== self.dir && !own.includes(dir))]
  }
  if (rootDependencies.length > 0) hints.workspaceRootDependencies = true
  if (self.name) hints.workspacePackage = self.name
  return hints
}

/**
 * An app at its workspace's root (zerobyte: the root package.json builds and serves, `workspaces: ["apps/*",
 * "packages/*"]`): every member's package.json, relative to the root. The install there resolves the
 * members (`"@zerobyte/core": "workspace:*"`) and checks the lockfile against them, so they come in before it.
 */
export function rootWorkspaceManifests(ctx: AppContext): string[] {
  const root = ctx.dir || '.'
  const declaration = nodeWorkspaceAt(ctx.tree, root)
  if (!declaration) return []
  const relative = (dir: string): string => (root === '.' ? dir : dir.slice(root.length + 1))
  return declaration.members
    .filter(dir => dir !== root && ctx.tree.has(joinPath(dir, 'package.json')))
    .map(dir => `${relative(dir)}/package.json`)
}

/** Names in the `dependencies` of the package.json in `dir`. */
function productionDependencies(ctx: AppContext, dir: string): string[] {
  const parsed = parseJsonFile(ctx.tree, joinPath(dir, 'package.json'))
  const block = parsed?.ok ? getPath(parsed.value, 'dependencies') : undefined
  return isRecord(block) ? Object.keys(block) : []
}

function readMember(ctx: AppContext, dir: string, rel: string): Member {
  const parsed = parseJsonFile(ctx.tree, joinPath(dir, 'package.json'))
  const json = parsed?.ok && isRecord(parsed.value) ? parsed.value : {}
  const name = typeof json.name === 'string' ? json.name : null
  const dependencies = DEPENDENCY_SECTIONS.flatMap(section => {
    const block = getPath(json, section)
    return isRecord(block) ? Object.keys(block) : []
  })
  return { dir: rel, name, dependencies }
}

/** Workspace members `self` depends on, transitively, each after its own dependencies (cycles cut). */
function dependencyOrder(self: Member, byName: Map<string, Member>): string[] {
  const order: string[] = []
  const visiting = new Set<string>([self.dir])
  const visit = (member: Member): void => {
    for (const name of member.dependencies) {
      const dep = byName.get(name)
      if (!dep || visiting.has(dep.dir)) continue
      visiting.add(dep.dir)
      visit(dep)
      order.push(dep.dir)
    }
  }
  visit(self)
  return order
}

/**
 * True when another member of this directory's JavaScript workspace depends on `name`: the member is a
 * package the apps import (Flowise's `flowise-components` beside `packages/server`), not an app itself.
 */
export function usedByWorkspaceMember(ctx: AppContext, name: string): boolean {
  const root = ctx.workspace?.root
  if (root === undefined || root === ctx.dir) return false
  const declaration = nodeWorkspaceAt(ctx.tree, root)
  if (!declaration) return false
  return declaration.members.some(
    dir => dir !== ctx.dir && readMember(ctx, dir, dir).dependencies.includes(name)
  )
}
