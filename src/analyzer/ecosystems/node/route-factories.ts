// Routers that reach their mount point through plain functions, as larger Koa/Express codebases build them
// (Logto: `mount('/api', initApis(tenant))`, where initApis loops over `createRouters()`'s returned array
// and `statusRoutes(anonymousRouter, tenant)` adds `/status` to one of them). Text helpers only: the route
// reader (routes.ts) turns what they find into graph mounts. Import paths through tsconfig `paths` are read
// by tsconfig-paths.ts.
import { anchoredMatches, type JsLexed } from './js-lexer.js'

/** A plain call statement passing a router first: `statusRoutes(anonymousRouter, tenant)` (not `a.b(…)`). */
export interface RouterPassingCall {
  callee: string
  router: string
  index: number
}

const KEYWORDS = /^(?:if|for|while|switch|return|catch|function|typeof|await|new|super|import|require)$/

const STATEMENT_CALL = /[ \t]*(?:await\s+)?([A-Za-z_$][\w$]*)\(\s*([A-Za-z_$][\w$]*)\s*[,)]/y

/**
 * Statement-level calls `name(identifier, …)`: the function may add routes to the router it is given. Read
 * where statements start (after a line break, `;`, `{` or `}`), which the lexer records.
 */
export function routerPassingCalls(lex: JsLexed, limit = 200): RouterPassingCall[] {
  const out: RouterPassingCall[] = []
  for (const m of anchoredMatches(lex.code, lex.statements, STATEMENT_CALL)) {
    if (out.length >= limit) break
    if (KEYWORDS.test(m[1]!) || KEYWORDS.test(m[2]!)) continue
    out.push({ callee: m[1]!, router: m[2]!, index: m.index })
  }
  return out
}

const FOR_OF_CALL = /for\s*\(\s*(?:const|let|var)\s+([\w$]+)\s+of\s+([\w$]+)\s*\(/y

/** `for (const router of createRouters(tenant))` → loop variable and the function whose array it walks. */
export function forOfCalls(lex: JsLexed): { variable: string; callee: string; index: number }[] {
  return anchoredMatches(lex.code, lex.keywords.for, FOR_OF_CALL).map(m => ({
    variable: m[1]!,
    callee: m[2]!,
    index: m.index
  }))
}

/** `initApis(tenant)` as a whole argument: the function called, or null for anything else. */
export function calledFunction(expression: string): string | null {
  return /^(?:await\s+)?([A-Za-z_$][\w$]*)\s*\([^()]*\)$/.exec(expression)?.[1] ?? null
}

/**
 * What a function body returns as routers: `return apisApp` → ['apisApp'], `return [a, b]` → ['a', 'b']
 * (identifiers only; the last return statement counts), with the statement's offset in the body.
 */
export function returnedIdentifiers(body: string): { names: string[]; index: number } {
  const returns = [...body.matchAll(/\breturn\s+(\[[^\]]*\]|[A-Za-z_$][\w$]*)\s*[;}\n]/g)]
  const last = returns[returns.length - 1]
  if (!last) return { names: [], index: 0 }
  const names = last[1]!.startsWith('[') ? last[1]!.slice(1, -1).split(',') : [last[1]!]
  return { names: names.map(n => n.trim()).filter(n => /^[A-Za-z_$][\w$]*$/.test(n)), index: last.index }
}
