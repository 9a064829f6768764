// An Nx integrated project: an application folder with a `project.json` (`"projectType": "application"`) and
// no package.json of its own, under a folder holding `nx.json`; every dependency sits in the workspace root's
// package.json (holdout41's pezzo: apps/server, apps/proxy, apps/console). It has no manifest the
// deployment-recipe rules look for (`isOwnApp`), yet it is an app of its own: a compose service built from
// `apps/server/Dockerfile` deploys it, not the workspace root beside it. A library project
// (`"projectType": "library"`) or a project.json beside a package.json (an Nx standalone root, a package
// member) is not one.
import { getPath, parseJsonFile } from './manifests.js'
import { joinPath, type SourceTree } from '../tree.js'

export function isNxApplicationProject(tree: SourceTree, dir: string): boolean {
  if (dir === '.' || tree.has(joinPath(dir, 'package.json'))) return false
  const path = joinPath(dir, 'project.json')
  if (!tree.has(path)) return false
  if (!nxRootAbove(tree, dir)) return false
  const parsed = parseJsonFile(tree, path)
  return parsed?.ok === true && getPath(parsed.value, 'projectType') === 'application'
}

/** True when a folder above `dir` (the root included) holds nx.json. */
function nxRootAbove(tree: SourceTree, dir: string): boolean {
  const parts = dir.split('/')
  for (let i = parts.length - 1; i >= 0; i--) {
    const parent = i === 0 ? '.' : parts.slice(0, i).join('/')
    if (tree.has(joinPath(parent, 'nx.json'))) return true
  }
  return false
}
