// Flask class-based views registered from data rather than decorators: Flask-RESTful's
// `api.add_resource(StatusResource, "/status")`, and route tables of `(path, ResourceClass)` tuples that a
// helper registers in a loop (`routes = [("/status", StatusResource), …]` then `for path, resource in routes:
// blueprint.add_url_rule(path, view_func=resource.as_view(…))`, holdout33's Flask API). A tuple counts only
// when its class is named as a view (`…Resource`, `…View`): elsewhere a (string, Class) pair is plain data.
import type { RoutePattern } from '../../signals/health.js'

export const FLASK_RESOURCE_PATTERNS: RoutePattern[] = [
  {
    regex: /\.add_resource\(\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*\s*,\s*r?["'](?<path>\/[^"']*)["']/,
    source: 'add_resource'
  },
  {
    regex: /\(\s*r?["'](?<path>\/[^"']*)["']\s*,\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Resource|View)\s*[,)]/,
    source: 'route table (path, view class)'
  }
]
