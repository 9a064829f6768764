// The runtime version a repository's CI workflows set up with an actions/setup-* step (`node-version: '20'`,
// `java-version: 17`, `python-version: 3.6`), read the same way for every language: only workflows that build,
// install or test the app count (a lint job's version says nothing of production), each version line is read
// by the language's own rule, and every line read must give the same version; a line that pins nothing, or
// two that disagree, say nothing. The rules: workflowNodeVersion (node/versions.ts), workflowJavaVersion
// (java/workflow-java.ts), workflowPythonVersion (python/workflow-python.ts).
import type { Candidate } from '../../candidate.js'
import { RUNTIME_VERSION } from '../../precedence.js'
import type { SourceTree } from '../../tree.js'

export interface SetupVersionRule {
  /** The setup action a workflow must mention (`setup-node`). */
  action: string
  /** A workflow that builds (installs, tests) the app. */
  builds: RegExp
  /** A version line (a global, multiline pattern), its value in group 1. */
  line: RegExp
  /** The version a line's value pins; null when it pins none (the workflows say nothing), undefined to pass
   * the line over (a `${{ matrix.x }}` expression). */
  version: (raw: string) => string | null | undefined
  /** The candidate's source for the first line read. */
  source: (file: string, raw: string) => string
}

/** The one version every version line of the app-building workflows gives, with the first line, or null. */
export function workflowSetupVersion(tree: SourceTree, rule: SetupVersionRule): Candidate<string> | null {
  let found: Candidate<string> | null = null
  for (const file of tree.filesIn('.github/workflows')) {
    if (!/\.ya?ml$/.test(file.path)) continue
    const text = tree.read(file.path)
    if (text === null || !text.includes(rule.action) || !rule.builds.test(text)) continue
    for (const m of text.matchAll(rule.line)) {
      const value = rule.version(m[1]!)
      if (value === undefined) continue
      if (value === null) return null
      if (found && found.value !== value) return null
      if (found) continue
      const line = text.slice(0, m.index).split('\n').length
      found = {
        value,
        confidence: RUNTIME_VERSION.ciWorkflow,
        source: rule.source(file.path, m[1]!),
        evidence: [{ file: file.path, line, text: m[0].trim() }]
      }
    }
  }
  return found
}
