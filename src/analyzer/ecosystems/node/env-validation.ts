// t3-env (`createEnv` of @t3-oss/env-nextjs, env-core, env-nuxt) validates the app's environment when the env
// module is imported — by next.config, or by a page `next build` prerenders — so a build without the runtime
// secrets stops on `❌ Invalid environment variables: { BETTER_AUTH_SECRET: [ 'Required' ] }` (a real kanban
// app's generated image did). Apps say when to skip it: `skipValidation: !!process.env.CI || …`,
// `process.env.SKIP_ENV_VALIDATION === "true"`, and their own Dockerfiles set that variable before building.
// This reads the variable each env module's `skipValidation` tests and the value that makes the test hold, so
// the generated build stage sets it (the runtime stage does not: there the secrets are present and checked).
import { joinPath } from '../../tree.js'
import { lexJs } from './js-lexer.js'
import { expressionEnd, matchClose, splitArgs } from '../../signals/code-spans.js'
import type { SourceTree } from '../../tree.js'

export interface EnvValidationSkip {
  /** The variable and the value that makes `skipValidation` hold. */
  name: string
  value: string
  /** Repository-relative env module and the 1-based line of its `skipValidation`. */
  file: string
  line: number
}

/** Env modules: `env.ts`, `env.mjs`, `src/env.js`, `src/env/server.ts`, and a workspace package named env. */
const ENV_MODULE = /(?:^|\/)env(?:\.[cm]?[jt]s|\/(?:[\w.-]+\/)*[\w.-]+\.[cm]?[jt]s)$/
const T3_ENV_IMPORT = /['"]@t3-oss\/env-(?:nextjs|core|nuxt)['"]/
const SKIP_KEY = /\bskipValidation\s*:/g
/** Variables the package manager or the image sets itself: setting them would change more than validation. */
const RESERVED = /^(?:npm_.*|NODE_ENV|PORT|HOST|HOSTNAME|PATH|HOME)$/
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** A value a Dockerfile ENV line may carry without quoting. */
const PLAIN_VALUE = /^[\w.-]+$/
const ENV_REF = String.raw`process\.env(?:\.([A-Za-z_]\w*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])`

/**
 * One variable per env module whose `skipValidation` a single `process.env` test decides (the first term of
 * an `||` chain that is one), in the app folder `appDir` and the workspace packages `packageDirs` it builds
 * with (repository-relative). Modules that always skip (`skipValidation: true`) or never need nothing.
 */
export function envValidationSkips(
  tree: SourceTree,
  appDir: string,
  packageDirs: readonly string[]
): EnvValidationSkip[] {
  const skips: EnvValidationSkip[] = []
  const seen = new Set<string>()
  for (const dir of [appDir, ...packageDirs]) {
    for (const file of tree.filesUnder(dir)) {
      if (file.path.includes('node_modules/') || !ENV_MODULE.test(file.path) || seen.has(file.path)) continue
      seen.add(file.path)
      const skip = moduleSkip(tree, file.path)
      if (skip && !skips.some(s => s.name === skip.name)) skips.push(skip)
    }
  }
  return skips
}

function moduleSkip(tree: SourceTree, path: string): EnvValidationSkip | null {
  const source = tree.read(path)
  if (source === null || !T3_ENV_IMPORT.test(source) || !source.includes('createEnv')) return null
  const code = lexJs(source, new Set()).code
  for (const m of code.matchAll(SKIP_KEY)) {
    const start = m.index + m[0].length
    const expression = topLevelExpression(code, start)
    for (const term of splitTopLevel(expression, '||')) {
      const test = variableTest(stripParens(term.trim()))
      if (test === null) continue
      return { ...test, file: path, line: code.slice(0, m.index).split('\n').length }
    }
  }
  return null
}

/** The variable and value that make one term true: `!!process.env.X`, `process.env.X === "1"`, `Boolean(…)`. */
function variableTest(term: string): { name: string; value: string } | null {
  const ref = (re: string): RegExpExecArray | null => new RegExp(`^${re}$`).exec(term)
  const truthy =
    ref(`(?:!!\\s*)?${ENV_REF}`) ??
    ref(`Boolean\\(\\s*${ENV_REF}\\s*\\)`) ??
    ref(`${ENV_REF}\\s*!==?\\s*undefined`)
  if (truthy) return checked(truthy[1] ?? truthy[2], 'true')
  const compared = ref(`${ENV_REF}\\s*===?\\s*(['"\`])([^'"\`]*)\\3`)
  if (compared) return checked(compared[1] ?? compared[2], compared[4])
  const flipped = ref(`(['"\`])([^'"\`]*)\\1\\s*===?\\s*${ENV_REF}`)
  if (flipped) return checked(flipped[3] ?? flipped[4], flipped[2])
  return null
}

function checked(
  name: string | undefined,
  value: string | undefined
): { name: string; value: string } | null {
  if (!name || value === undefined || !NAME.test(name) || RESERVED.test(name)) return null
  return PLAIN_VALUE.test(value) ? { name, value } : null
}

/** From `start` to the `,` or closing bracket that ends an object property's value. */
function topLevelExpression(code: string, start: number): string {
  return splitArgs(code, start, expressionEnd(code, start))[0]?.text ?? ''
}

/** `expression` split on `op` outside brackets and strings. */
function splitTopLevel(expression: string, op: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let from = 0
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i]!
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch
    else if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') depth--
    else if (depth === 0 && expression.startsWith(op, i)) {
      parts.push(expression.slice(from, i))
      from = i + op.length
      i += op.length - 1
    }
  }
  parts.push(expression.slice(from))
  return parts
}

/** `(a)` → `a`, when the parentheses wrap the whole term. */
function stripParens(term: string): string {
  let t = term.replace(/\s+/g, ' ')
  while (t.startsWith('(') && matchClose(t, 0) === t.length - 1) t = t.slice(1, -1).trim()
  return t
}

/** The workspace packages a member builds with, repository-relative. */
export function packageDirsOf(workspaceRoot: string | undefined, dependencies: readonly string[]): string[] {
  if (workspaceRoot === undefined) return []
  return dependencies.map(dir => joinPath(workspaceRoot, dir))
}
