// A Gradle toolchain set from a project property: `JavaLanguageVersion.of(javaVersion.toInteger())`,
// `jvmToolchain(jdkVersion as int)`, `sourceCompatibility = property('javaVersion')`, where the name is no
// variable of the build file but a line of `gradle.properties` (`javaVersion=25`) in the module folder or an
// enclosing one up to the repository root (Gradle reads the root's for every project). The build needs that
// JDK to compile at all, so it is the build file's own pin (a stale `.java-version` beside it says less).
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { evidenceAt } from '../../signals/evidence.js'
import { dirname, joinPath } from '../../tree.js'
import { candidate } from '../common/provider-helpers.js'

const USE =
  /\b(?:sourceCompatibility|targetCompatibility|jvmToolchain|JavaLanguageVersion\.of)\s*(?:=|\()\s*(?:\(?\s*(?:project\.)?(?:property|findProperty|providers\.gradleProperty)\(\s*["']([\w.-]+)["']\s*\)|([A-Za-z_]\w*))/g

/** The folders from `dir` up to the repository root, nearest first. */
function upward(dir: string): string[] {
  const out = [dir]
  let at = dir
  while (at !== '.' && out.length < 12) {
    at = dirname(at) || '.'
    out.push(at)
  }
  return out
}

export function gradlePropertyJavaVersion(
  ctx: AppContext,
  file: string,
  text: string
): Candidate<string> | null {
  let looked = 0
  for (const m of text.matchAll(USE)) {
    if (++looked > 8) break
    const name = m[1] ?? m[2]!
    if (name.length > 64 || /^(?:JavaVersion|JavaLanguageVersion|JvmTarget)$/.test(name)) continue
    const key = new RegExp(
      String.raw`^[ \t]*${name.replace(/\./g, '\\.')}[ \t]*[=:][ \t]*(\d+(?:\.\d+)?)[ \t]*$`,
      'm'
    )
    for (const dir of upward(dirname(file) || '.')) {
      const path = joinPath(dir, 'gradle.properties')
      const props = ctx.tree.read(path)
      if (props === null) continue
      const decl = key.exec(props)
      if (!decl) continue
      const v = decl[1]!.startsWith('1.') ? decl[1]!.slice(2) : decl[1]!
      return candidate(v, CONFIDENCE.declared, `Gradle ${name} from gradle.properties`, [
        evidenceAt(file, text, m.index),
        evidenceAt(path, props, decl.index)
      ])
    }
  }
  return null
}
