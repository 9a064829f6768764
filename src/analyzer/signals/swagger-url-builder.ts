// go-swagger's generated URL builders (`restapi/operations/<tag>/<op>_urlbuilder.go`) hold an operation's
// path relative to the spec's basePath: `var _path = "/health"`, then `_basePath = "/api/v1"` as the default
// and `Join(_basePath, _path)`. The route the server answers is the joined one (holdout33's feature-flag
// service serves GET /api/v1/health); the bare `_path` literal is not a route of its own.
import { joinRoute } from './health.js'

/** Lines after `var _path = …` searched for the basePath default: the generated Build() is short. */
const WINDOW = 12

/**
 * The basePath default a go-swagger URL builder joins to the `_path` declared on line `line` (1-based) of
 * `text`, or null when the line is no such declaration or no default follows it.
 */
export function swaggerBasePath(text: string, line: number): string | null {
  const lines = text.split('\n')
  if (!/^\s*(?:var\s+)?_path\s*(?:=|:=)\s*"/.test(lines[line - 1] ?? '')) return null
  const after = lines.slice(line, line + WINDOW).join('\n')
  if (!/\bJoin\(\s*_basePath\s*,\s*_path\s*\)/.test(after)) return null
  const base = /\b_basePath\s*=\s*"(\/[^"]*)"/.exec(after)
  return base ? base[1]! : null
}

/** `/health` under the builder's basePath (`/api/v1/health`); the path itself without one. */
export function withSwaggerBasePath(text: string, line: number, path: string): string {
  const base = swaggerBasePath(text, line)
  return base ? joinRoute(base, path) : path
}
