// A root app whose own package.json scripts build another app folder (`"client": "cd client && npm ci &&
// npm run generate"`, `"heroku-postbuild": "npm run build --prefix web"`) ships that folder as part of
// itself: an Express server serving the Nuxt or Vite build it made. With no deployment recipe in the
// repository, the frontend's higher detection score must not make it the deployed app.
import { getPath, isRecord, parseJsonFile } from './manifests.js'
import type { SourceTree } from '../tree.js'

/** `cd <dir> && <pm> <build step>` or `<pm> … --prefix <dir>` with a build step. */
const CD_BUILD =
  /\bcd\s+([\w./-]+)\s*&&\s*(?:(?:npm|pnpm|yarn|bun)\s+(?:ci|install|i)\b[^;&|]*&&\s*)?(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:build|generate)\b/g
const PREFIX_BUILD = /\b(?:npm|pnpm)\s+(?:run\s+)?(?:build|generate)\b[^;&|]*--prefix[\s=]+([\w./-]+)/g

export interface ScriptBuild {
  dir: string
  script: string
}

/** The app folders among `appDirs` that the root package.json's scripts build, with the script that does. */
export function rootScriptBuilds(tree: SourceTree, appDirs: readonly string[]): ScriptBuild[] {
  const parsed = parseJsonFile(tree, 'package.json')
  const scripts = parsed?.ok ? getPath(parsed.value, 'scripts') : undefined
  if (!isRecord(scripts)) return []
  // A root that starts through a member (`cd server && node …`) is that member's shell, not an app.
  if (typeof scripts.start === 'string' && /\bcd\s|--prefix\b/.test(scripts.start)) return []
  const found: ScriptBuild[] = []
  for (const [script, command] of Object.entries(scripts)) {
    if (typeof command !== 'string') continue
    for (const match of [...command.matchAll(CD_BUILD), ...command.matchAll(PREFIX_BUILD)]) {
      const dir = (match[1] ?? '').replace(/^\.\//, '').replace(/\/+$/, '')
      if (dir && dir !== '.' && appDirs.includes(dir) && !found.some(f => f.dir === dir))
        found.push({ dir, script })
    }
  }
  return found
}
