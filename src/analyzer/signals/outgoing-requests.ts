// A path in code is either a route the app serves or a request it sends to another service. One reader for
// both places that must tell them apart: the Node route reader (ecosystems/node/source.ts drops a "route"
// that is an outgoing request) and the cross-language health fallback (health-fallback.ts gives such a path
// no confidence).

/**
 * Call/identifier words that mean the line talks to another service instead of serving a route: HTTP
 * clients of every language (`axios`, Angular's `this.http`/`this.httpClient`, `requests`, `http.Get`,
 * `RestTemplate`, `reqwest`, `Faraday` …), test clients, and links/redirects/navigation.
 */
export const OUTGOING =
  /\b(?:_?(?:send|make|do|perform|execute|issue)_?[Rr]equest|fetch|axios|got|ky|superagent|request|requests|httpx|aiohttp\.ClientSession|urllib\d?|urlopen|http\.(?:Get|Post|Head|NewRequest(?:WithContext)?)|NewRequest(?:WithContext)?|HttpClient|httpClient|WebClient|RestTemplate|TestRestTemplate|MockMvc|mockMvc|reqwest|ureq|Net::HTTP|Faraday|HTTParty|Guzzle|Http::(?:get|post)|curl|wget|client|Client|\$http|http\.get|https\.get|this\.http|supertest|agent|navigate|redirect|router\.push|href|src|location|window|document|url_for|reverse|redirect_to|link_to|Uri|URL|new\s+URL)\b/

/**
 * `const res = await this.axios.get(` / `await api.head(` right before the path: an awaited `.get('/…')` is
 * a request the app makes (an HTTP client), never a route it registers — registrations are not awaited.
 */
const AWAITED_GET = /\bawait\s+[\w$.]+(?:\([^()]*\))?\s*\.\s*(?:get|head)\s*(?:<[^>]*>)?\(\s*$/

/** A URL being built before the path: a scheme, or a `${host}`/`$base` value it is appended to. */
const URL_BASE = /https?:\/\/|:\/\/|\$\{?\w*(?:host|url|base)/i

/** True when the text before a path literal (its line up to the quote) shows a request the app sends. */
export function sendsRequest(before: string): boolean {
  return OUTGOING.test(before) || AWAITED_GET.test(before) || URL_BASE.test(before)
}

/**
 * A callee that sends requests: a function named for the request it sends (`jiraRequest(connection,
 * "/rest/api/3/status")`, `apiRequest`, `github_request` — a server declares routes through its router, never
 * a `…Request` function; `handleRequest`/`onRequest`, the server side, excepted), or Vue/Nuxt's `$`-named
 * instance helpers (`this.$getv2('/status')`, `$axios.$get('/health')`, `$fetch('/api/ping')`).
 */
export function requestCallee(callee: string): boolean {
  if (callee.startsWith('$')) return true
  return /(?:[a-z\d]Request|_request)$/.test(callee) && !/^_?(?:handle|on|process|serve)/i.test(callee)
}

/** The name called by the innermost parenthesis still open at the end of `before`, or null. */
export function openCallee(before: string): string | null {
  let depth = 0
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]
    if (c === ')') depth++
    else if (c === '(') {
      if (depth > 0) {
        depth--
        continue
      }
      const name = /([A-Za-z_$][\w$]*)[!?]?\s*(?:<[^<>()]*>)?\s*$/.exec(before.slice(0, i))
      return name ? name[1]! : null
    }
  }
  return null
}

/**
 * True when the first quoted path of `line` (`'/…`, `"/…`, `` `/… ``) is the first argument of a call that
 * sends a request — `axios.get('/api/status')`, `this.http.get<Status>('/api/status')`, `await api.get('/ping')`,
 * `apiRequest('/health')`, `$axios.$get('/health')` — rather than a route registration. Only the called
 * chain is read: a comparison on the line (`new URL(req.url).pathname === '/health'`) serves the path.
 */
export function requestsPath(line: string): boolean {
  const m = /['"`]\//.exec(line)
  if (!m) return false
  return requestsAfter(line.slice(0, m.index))
}

/** True when `before` (a line up to a path literal's quote) calls a request sender with that literal. */
export function requestsAfter(before: string): boolean {
  if (AWAITED_GET.test(before)) return true
  const chain = /([\w$.]+)\s*(?:<[^<>()]*>)?\(\s*$/.exec(before)?.[1]
  if (chain === undefined) return false
  const segments = chain.split('.')
  return OUTGOING.test(chain) || segments.some(s => s.startsWith('$')) || requestCallee(segments.at(-1)!)
}
