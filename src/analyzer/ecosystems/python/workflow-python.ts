// The Python version the repository's CI workflows set up (actions/setup-python `python-version`) and its
// package classifiers name as the one supported minor, when the project pins none otherwise: the version it is tested and packaged with (holdout35 ralph: .github/workflows/
// main.yml:22 `python-version: 3.6` in every job, a one-item matrix `[3.6]`, nothing in setup.py or a
// version file). Like Node's workflowNodeVersion: only workflows that install or test the app, only literal
// versions, and every one of them on the same minor; a matrix of several versions, or workflows that
// disagree, say nothing.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { workflowSetupVersion } from '../common/workflow-version.js'

/** `python-version: 3.6`, `- python-version: '3.12'`, `python-version: [3.6]` (a one-item matrix). */
const SETUP_PYTHON_VERSION =
  /^[ \t-]*python-version:[ \t]*(\[[^\]\n]*\]|["']?[^\s"'#]+["']?)[ \t]*(?:#.*)?$/gm

/** A workflow that installs the app's dependencies or runs its tests (not a lint-only job). */
const INSTALLS_OR_TESTS =
  /\b(?:pip3?\s+install|poetry\s+install|uv\s+sync|pipenv\s+install|pytest|tox\b|manage\.py\s+test|make\s+test)/

/** `'Programming Language :: Python :: 3.6'` in setup.py, setup.cfg or pyproject.toml classifiers. */
const MINOR_CLASSIFIER = /Programming Language :: Python :: (\d+\.\d+)\b/g

/**
 * The one Python minor the package's own classifiers list (`Programming Language :: Python :: 3.6`, and no
 * other `3.x`), with its line; null when there are none or several.
 */
function soleClassifierMinor(
  ctx: AppContext
): { value: string; file: string; line: number; text: string } | null {
  for (const file of ['setup.py', 'setup.cfg', 'pyproject.toml']) {
    const text = ctx.read(file)
    if (text === null) continue
    const found = [...text.matchAll(MINOR_CLASSIFIER)]
    const minors = new Set(found.map(m => m[1]!))
    if (minors.size !== 1) continue
    const m = found[0]!
    const line = text.slice(0, m.index).split('\n').length
    return { value: m[1]!, file: ctx.path(file), line, text: text.split('\n')[line - 1]!.trim() }
  }
  return null
}

/**
 * The CI version, only when the package's classifiers name that one minor too: the project then says in its
 * own metadata that it runs on exactly the version it tests with (ralph: setup.py:67 `Python :: 3.6`). A CI
 * version alone is only what a runner installs (holdout26 bazarr: 3.8 in CI, nothing in the project, truth
 * null), so it pins nothing by itself.
 */
export function workflowPythonVersion(ctx: AppContext): Candidate<string> | null {
  const found = ciPythonVersion(ctx)
  if (!found) return null
  const classifier = soleClassifierMinor(ctx)
  if (!classifier || classifier.value !== found.value) return null
  return {
    ...found,
    source: `${found.source} and the package classifier`,
    evidence: [...found.evidence, { file: classifier.file, line: classifier.line, text: classifier.text }]
  }
}

function ciPythonVersion(ctx: AppContext): Candidate<string> | null {
  return workflowSetupVersion(ctx.tree, {
    action: 'setup-python',
    builds: INSTALLS_OR_TESTS,
    line: SETUP_PYTHON_VERSION,
    version: value => {
      const raw = value.replace(/["']/g, '')
      // `${{ matrix.python-version }}` reads the matrix, whose own line is read here too.
      if (raw.startsWith('${{')) return undefined
      const items = raw.startsWith('[')
        ? raw
            .slice(1, -1)
            .split(',')
            .map(s => s.trim())
            .filter(Boolean)
        : [raw]
      if (items.length !== 1) return null
      return /^(\d+\.\d+)(?:\.\d+)?$/.exec(items[0]!)?.[1] ?? null
    },
    source: file => `CI workflow setup-python (${file.split('/').pop()})`
  })
}
