// A Spring MVC app can guard every route with one HandlerInterceptor instead of annotations: a
// WebMvcConfigurer registers it for all paths (`registry.addInterceptor(this)`, no path patterns) and its
// `preHandle` rejects a request without the configured Authorization value (returns false / answers 401).
// A load balancer's probe carries no credentials, so no controller route of that app is a health check.
import type { Evidence } from '../report.js'

export interface InterceptorReader {
  read(path: string): string | null
  sourceFiles(extensions: string[]): string[]
}

/** `registry.addInterceptor(this)`, `registry.addInterceptor(new ApiKeyInterceptor(key))`, `addInterceptor(apiKey)`. */
const REGISTRATION = /\.addInterceptor\(\s*(?:new\s+)?([\w.]+)/g
/** A preHandle that reads the Authorization header and turns the request away. */
const READS_AUTHORIZATION = /["']Authorization["']|HttpHeaders\.AUTHORIZATION/
const REJECTS =
  /\breturn\s+false\b|->\s*false\b|\bfalse\s*$|SC_UNAUTHORIZED|SC_FORBIDDEN|HttpStatus\.(?:UNAUTHORIZED|FORBIDDEN)|sendError\(\s*40[13]\b/m

/**
 * The registration of an all-paths interceptor whose preHandle demands an Authorization header (as
 * evidence) and that preHandle's text; null when there is none (or it is limited to some paths, or lets
 * some through by pattern).
 */
export function globalAuthInterceptor(
  reader: InterceptorReader
): { registration: Evidence; preHandle: string } | null {
  const files = reader.sourceFiles(['.java', '.kt']).slice(0, 400)
  for (const file of files) {
    const text = reader.read(file)
    if (text === null || !text.includes('addInterceptor(') || text.length > 300_000) continue
    for (const m of text.matchAll(REGISTRATION)) {
      // The chained calls of this registration: up to the end of the statement.
      const rest = text.slice(m.index, m.index + 600)
      const statement = rest.slice(0, rest.search(/;|\n\s*\n|\n\s*}/) + 1 || rest.length)
      if (/\.(?:addPathPatterns|excludePathPatterns)\s*\(/.test(statement)) continue
      const target = m[1]!
      const interceptor = target === 'this' ? text : interceptorSource(reader, files, target)
      const preHandle = interceptor === null ? null : authorizingPreHandle(interceptor)
      if (preHandle === null) continue
      const line = text.slice(0, m.index).split('\n').length
      return {
        registration: { file, line, text: (text.split('\n')[line - 1] ?? '').trim().slice(0, 160) },
        preHandle
      }
    }
  }
  return null
}

/** The source of the class registered (`ApiKeyInterceptor`, or the type of a field named `apiKeyInterceptor`). */
function interceptorSource(reader: InterceptorReader, files: string[], name: string): string | null {
  const simple = name.split('.').pop()!
  const className = simple[0]!.toUpperCase() + simple.slice(1)
  const declares = new RegExp(`\\b(?:class|object)\\s+${className}\\b`)
  for (const file of files) {
    const text = reader.read(file)
    if (text !== null && declares.test(text)) return text
  }
  return null
}

/** The preHandle of `text` when it reads the Authorization header and rejects; null otherwise. */
function authorizingPreHandle(text: string): string | null {
  const at = text.search(/\bpreHandle\s*\(/)
  if (at < 0) return null
  const body = text.slice(at, at + 4000)
  return READS_AUTHORIZATION.test(body) && REJECTS.test(body) ? body : null
}
