// The Python version the repository's CI workflows set up (actions/setup-python `python-version`), when the
// project pins none itself: the version it is tested and packaged with (holdout35 ralph: .github/workflows/
// main.yml:22 `python-version: 3.6` in every job, a one-item matrix `[3.6]`, nothing in setup.py or a
// version file). Like Node's workflowNodeVersion: only workflows that install or test the app, only literal
// versions, and every one of them on the same minor; a matrix of several versions, or workflows that
// disagree, say nothing.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { RUNTIME_VERSION } from '../../precedence.js'

/** `python-version: 3.6`, `- python-version: '3.12'`, `python-version: [3.6]` (a one-item matrix). */
const SETUP_PYTHON_VERSION =
  /^[ \t-]*python-version:[ \t]*(\[[^\]\n]*\]|["']?[^\s"'#]+["']?)[ \t]*(?:#.*)?$/gm

/** A workflow that installs the app's dependencies or runs its tests (not a lint-only job). */
const INSTALLS_OR_TESTS =
  /\b(?:pip3?\s+install|poetry\s+install|uv\s+sync|pipenv\s+install|pytest|tox\b|manage\.py\s+test|make\s+test)/

export function workflowPythonVersion(ctx: AppContext): Candidate<string> | null {
  let found: Candidate<string> | null = null
  for (const file of ctx.tree.filesIn('.github/workflows')) {
    if (!/\.ya?ml$/.test(file.path)) continue
    const text = ctx.tree.read(file.path)
    if (text === null || !text.includes('setup-python') || !INSTALLS_OR_TESTS.test(text)) continue
    for (const m of text.matchAll(SETUP_PYTHON_VERSION)) {
      const raw = m[1]!.replace(/["']/g, '')
      // `${{ matrix.python-version }}` reads the matrix, whose own line is read here too.
      if (raw.startsWith('${{')) continue
      const items = raw.startsWith('[')
        ? raw
            .slice(1, -1)
            .split(',')
            .map(s => s.trim())
            .filter(Boolean)
        : [raw]
      if (items.length !== 1) return null
      const v = /^(\d+\.\d+)(?:\.\d+)?$/.exec(items[0]!)
      if (!v) return null
      if (found && found.value !== v[1]) return null
      if (found) continue
      const line = text.slice(0, m.index).split('\n').length
      found = {
        value: v[1]!,
        confidence: RUNTIME_VERSION.ciWorkflow,
        source: `CI workflow setup-python (${file.path.split('/').pop()})`,
        evidence: [{ file: file.path, line, text: m[0].trim() }]
      }
    }
  }
  return found
}
