// A health probe a deployment file writes as a curl/wget command asks with GET unless it says otherwise. One
// that sends a body or names another method (`curl … /api/graphql -X POST --data-raw '{"query": …}'`, `wget
// --post-data=…`) checks an endpoint a load balancer's GET cannot use: a GraphQL endpoint answers a bare GET
// with 400, an RPC route with 405. Its path is no health path.

/** curl's `-X POST`/`--request PUT`, a body (`-d`, `--data…`, `--json`, `-F`/`--form`), wget's `--post-data`. */
const NON_GET =
  /(?:^|\s)(?:-X\s*|--request[\s=]+)["']?(?:POST|PUT|PATCH|DELETE)\b|(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|--json|-F|--form|--post-data|--post-file|--body-data|--method[\s=]+["']?(?:POST|PUT|PATCH))(?=[\s=]|$)/

/** True when the probe command sends a request body or a method other than GET/HEAD. */
export function probeSendsBody(command: string): boolean {
  return NON_GET.test(command)
}
