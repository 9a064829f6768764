// Rust routes that a release build does not serve, and Rocket mount prefixes: a route module compiled only
// for tests (`#[cfg(test)] mod test_routes;`, a file named test_*.rs / *_test.rs), or a route handed to
// `rocket.mount(...)` only under `#[cfg(test)]` / `#[cfg(feature = "test")]` / `if cfg!(test) {…}`, is no
// health check of the deployed app; a route mounted with `.mount("/api", routes![health])` is served under
// `/api`.
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import { joinRoute } from '../../signals/health.js'
import type { SourceTree } from '../../tree.js'
import { dirname } from '../../tree.js'
import { stripCComments } from '../common/provider-helpers.js'

/** A cfg predicate that holds only in test builds: `test`, `feature = "test"`, `any(test, …)`, `all(test, …)`. */
const TEST_FEATURE = String.raw`feature\s*=\s*"(?:[\w-]*[-_])?(?:tests?|testing)(?:[-_][\w-]*)?"`
const TEST_PREDICATE = String.raw`(?:test|${TEST_FEATURE}|(?:any|all)\([^()]*\b(?:test\b|${TEST_FEATURE})[^()]*\))`
const CFG_ATTR = new RegExp(String.raw`#\[cfg\(\s*${TEST_PREDICATE}\s*\)\]`)
const CFG_MACRO = new RegExp(String.raw`\bif\s+cfg!\(\s*${TEST_PREDICATE}\s*\)\s*\{`, 'g')
const TEST_FILE = /(?:^|\/)(?:tests?\/|test_\w*\.rs$|\w+_tests?\.rs$|tests?\.rs$)/

const stem = (file: string): string => file.slice(file.lastIndexOf('/') + 1).replace(/\.rs$/, '')

/**
 * The files of `files` compiled only for tests: named like a test (test_*.rs, *_test(s).rs, tests.rs, under
 * tests/) or a module declared under a test cfg (`#[cfg(test)] mod name;` → name.rs, name/mod.rs, name/…).
 */
export function testOnlyFiles(tree: SourceTree, files: readonly string[]): Set<string> {
  const out = new Set(files.filter(f => TEST_FILE.test(f)))
  const gatedDirs: string[] = []
  const gatedFiles = new Set<string>()
  const declared = new RegExp(
    String.raw`${CFG_ATTR.source}\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?mod\s+(\w+)\s*;`,
    'g'
  )
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('cfg(')) continue
    const text = stripCComments(raw)
    // A module's children live beside main.rs/lib.rs/mod.rs, else in a folder named after the file.
    const base = /^(?:main|lib|mod)$/.test(stem(file))
      ? dirname(file)
      : `${dirname(file)}/${stem(file)}`.replace(/^\.?\//, '')
    for (const m of text.matchAll(declared)) {
      const dir = base ? `${base}/${m[1]}` : m[1]!
      gatedFiles.add(`${dir}.rs`)
      gatedDirs.push(`${dir}/`)
    }
  }
  for (const f of files) if (gatedFiles.has(f) || gatedDirs.some(d => f.startsWith(d))) out.add(f)
  return out
}

interface Mount {
  prefix: string
  testOnly: boolean
  evidence: Evidence
}

/** Rocket `.mount("/prefix", routes![a::health, b])` calls by handler name, each marked test-gated or not. */
export function rocketMounts(tree: SourceTree, files: readonly string[]): Map<string, Mount[]> {
  const out = new Map<string, Mount[]>()
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('routes!')) continue
    const text = stripCComments(raw)
    const blocks = [...text.matchAll(CFG_MACRO)].map(m => ({
      start: m.index,
      end: blockEnd(text, m.index + m[0].length)
    }))
    for (const m of text.matchAll(/\.mount\(\s*"([^"]*)"\s*,\s*routes!\[([^\]]*)\]/g)) {
      // The statement the call belongs to: from the previous `;`, `{` or `}` (attributes included).
      const head = text.slice(0, m.index)
      const start = Math.max(head.lastIndexOf(';'), head.lastIndexOf('{'), head.lastIndexOf('}')) + 1
      const testOnly =
        CFG_ATTR.test(head.slice(start)) || blocks.some(b => b.start < m.index && m.index < b.end)
      const line = text.slice(0, m.index).split('\n').length
      const evidence = { file, line, text: m[0].replace(/^\.\s*/, '').slice(0, 120) }
      for (const ref of m[2]!.split(',')) {
        const name = ref.trim().split('::').pop()
        if (!name || !/^\w+$/.test(name)) continue
        const list = out.get(name) ?? []
        list.push({ prefix: m[1]!, testOnly, evidence })
        out.set(name, list)
      }
    }
  }
  return out
}

/** Index just past the `}` closing the block whose body starts at `from`. */
function blockEnd(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i + 1
  }
  return text.length
}

/**
 * Route-attribute candidates (`#[get("/health")] fn health`) under their Rocket mounts: prefixed by the one
 * mount prefix that serves the handler outside tests, dropped when every mount of it is test-gated. A
 * handler no mount names is kept as it is (mounted elsewhere, or another framework).
 */
export function underRocketMounts(
  tree: SourceTree,
  candidates: Candidate<string>[],
  mounts: Map<string, Mount[]>
): Candidate<string>[] {
  if (mounts.size === 0) return candidates
  const out: Candidate<string>[] = []
  for (const c of candidates) {
    const e = c.evidence[c.evidence.length - 1]
    const name = e && handlerAt(tree, e.file, e.line)
    const list = name ? mounts.get(name) : undefined
    if (!list) {
      out.push(c)
      continue
    }
    const served = list.filter(m => !m.testOnly)
    if (served.length === 0) continue
    const prefixes = new Set(served.map(m => m.prefix))
    out.push(
      prefixes.size === 1
        ? {
            ...c,
            value: joinRoute(served[0]!.prefix, c.value),
            evidence: [served[0]!.evidence, ...c.evidence]
          }
        : c
    )
  }
  return out
}

/** The function a route attribute on `line` (1-based) of `file` decorates: `#[get("/x")] … fn name`. */
function handlerAt(tree: SourceTree, file: string, line: number): string | null {
  const raw = tree.read(file)
  if (raw === null) return null
  const lines = raw.split('\n')
  const rest = lines.slice(line - 1, line + 15).join('\n')
  const m =
    /^\s*#\[(?:get|head|post|put|delete|patch|route)\b[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?(?:async\s+)?fn\s+(\w+)/.exec(
      rest
    )
  return m ? m[1]! : null
}
