// The sibling modules of a Maven build that a module depends on, directly or through one another
// (`apollo-configservice` → `apollo-biz` → `apollo-common`): Maven puts all of them on its classpath, so their
// health dependencies (actuator) and their classpath config files count for the module. Walked breadth
// first, nearest first, a bounded number of hops.
import type { JvmBuild } from './build.js'

export interface SiblingModule {
  dir: string
  build: JvmBuild
}

/** Hops followed from the module: a module's libraries rarely sit deeper than this. */
const MAX_HOPS = 4

export function dependedSiblingModules(build: JvmBuild, siblings: readonly SiblingModule[]): SiblingModule[] {
  const reached: SiblingModule[] = []
  let frontier: JvmBuild[] = [build]
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop++) {
    const next: JvmBuild[] = []
    for (const from of frontier) {
      for (const s of siblings) {
        if (s.build === build || s.build.file === build.file || !s.build.group) continue
        if (reached.includes(s) || !from.deps.has(`${s.build.group}:${s.build.name}`)) continue
        reached.push(s)
        next.push(s.build)
      }
    }
    frontier = next
  }
  return reached
}
