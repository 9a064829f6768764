// A Phoenix app may run a second endpoint only for metrics (`config :app, AppWeb.MetricsEndpoint, http:
// [port: 9568]`, a Prometheus scrape target): its port is never the web port. Its config blocks are blanked
// before the endpoint port patterns run, keeping every newline so evidence lines stay true.

/** Endpoint modules that serve metrics to a scraper, not the app's pages. */
const METRICS_ENDPOINT = /^([ \t]*)config\s+:\w+\s*,\s*[\w.]*(?:Metrics|Prometheus|PromEx)[\w.]*Endpoint\s*,/

/** What ends a config block: the next statement at the block's indentation or less. */
const NEXT_STATEMENT = /^([ \t]*)(?:config\b|end\b|if\b|unless\b|case\b|import\b|[a-z_]\w*\s*=)/

/** `text` with the `config` blocks of metrics endpoints replaced by blank lines. */
export function blankMetricsEndpoints(text: string): string {
  if (!/Metrics|Prometheus|PromEx/.test(text)) return text
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = METRICS_ENDPOINT.exec(lines[i]!)
    if (!head) continue
    const indent = head[1]!.length
    let j = i
    do {
      lines[j] = ''
      j++
    } while (j < lines.length && !endsBlock(lines[j]!, indent))
    i = j - 1
  }
  return lines.join('\n')
}

function endsBlock(line: string, indent: number): boolean {
  const m = NEXT_STATEMENT.exec(line)
  return m !== null && m[1]!.length <= indent
}
