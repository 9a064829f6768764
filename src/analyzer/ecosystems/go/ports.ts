// Where a Go server listens: port literals in code (listen calls, flags, constants, Getenv defaults,
// config-struct tags), read from source with side-server config and other services' port tables left out.
import { NOT_HTTP_PORT, type PortPattern } from '../../signals/ports.js'
import type { Candidate } from '../../candidate.js'
import { stripCComments } from '../common/provider-helpers.js'
import { matchClose } from '../../signals/code-spans.js'
import { PORT } from '../../precedence.js'
import { DEFAULT_CONFIG_PORT } from './default-config-port.js'

/**
 * A server listens on one port: a non-main file assigning three or more different port constants maps
 * schemes or protocols to ports (`case "http": port = "80"; case "https": port = "443"` in an HTTP client),
 * so none of them is the listen port.
 */
export function withoutPortTables(found: Candidate<number>[]): Candidate<number>[] {
  const isConstant = (c: Candidate<number>): boolean => c.source.endsWith('port constant')
  const perFile = new Map<string, Set<number>>()
  for (const c of found.filter(isConstant)) {
    const file = c.evidence[0]?.file ?? ''
    perFile.set(file, (perFile.get(file) ?? new Set()).add(c.value))
  }
  return found.filter(c => !isConstant(c) || (perFile.get(c.evidence[0]?.file ?? '')?.size ?? 0) < 3)
}

/** The assignment of a quoted port (`port = "8080"`, `addr := "0.0.0.0:3000"`) that ends some patterns' matches. */
const QUOTED_PORT_ASSIGNMENT = /=\s*"(?:[^":]*:)?\d{2,5}"/

export const GO_PORT_PATTERNS: PortPattern[] = [
  { regex: /\bListenAndServe(?:TLS)?\(\s*"[^":]*:(\d{2,5})"/, source: 'ListenAndServe(":N")' },
  {
    regex: /\.(?:Run|Start|Listen|RunTLS|StartTLS)\(\s*"[^":]*:(\d{2,5})"/,
    source: 'Run/Start/Listen(":N")'
  },
  { regex: /\bnet\.Listen\(\s*"tcp\d?"\s*,\s*"[^":]*:(\d{2,5})"/, source: 'net.Listen(":N")' },
  { regex: /\bAddr\s*:\s*"[^":]*:(\d{2,5})"/, source: 'http.Server{Addr: ":N"}' },
  {
    regex:
      /\b\w*[Ee]nv\w*\(\s*"(?<env>PORT|HTTP_PORT|APP_PORT|SERVER_PORT|LISTEN_PORT|ADDR|HTTP_ADDR|LISTEN_ADDR|SERVER_ADDR)"\s*,\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
    source: 'PORT environment default'
  },
  {
    // `port := os.Getenv("PORT")` then `if port == "" { port = "8080" }`: the variable read just above names
    // what replaces the default (captured as `env` when the check follows the read). An HTTPS/TLS or metrics
    // address (`if httpsAddr == "" { httpsAddr = "0.0.0.0:443" }`) is another listener. The first lookahead
    // (implied by the rest) settles most words before the slower scan of each word for those names.
    regex:
      /\b(?=\w+\s*==\s*"")(?!\w*(?:[Hh]ttps|HTTPS|[Tt]ls|TLS|[Ss]sl|SSL|[Mm]etrics|METRICS))(\w+)\s*==\s*""\s*\{(?<=(?:\bos\.Getenv\(\s*"(?<env>\w+)"\s*\)[ \t]*\r?\n\s*if\s+\1\s*==\s*""\s*\{)?)\s*\1\s*=\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
    source: 'PORT environment fallback',
    needs: QUOTED_PORT_ASSIGNMENT
  },
  {
    // Go 1.22+: `cmp.Or(os.Getenv("PORT"), "3000")` — the first non-empty value.
    regex:
      /\bcmp\.Or\(\s*os\.Getenv\(\s*"(?<env>PORT|HTTP_PORT|APP_PORT|SERVER_PORT|ADDR|HTTP_ADDR)"\s*\)\s*,\s*"(?:[^":]*:)?(?<port>\d{2,5})"/,
    source: 'PORT environment default (cmp.Or)'
  },
  {
    // flag / pflag / cobra: `flag.Int("port", 8080, …)`, `flag.String("addr", ":8080", …)`,
    // `cmd.Flags().IntVarP(&port, "port", "p", 8081, …)`, `fs.StringVar(&addr, "listen", "0.0.0.0:5230", …)`.
    // Only flags whose name means the listen port or address (not `db-port`, `metrics-addr`).
    regex:
      /(?:\bflag|\bpflag|\bFlags\(\)|\bPersistentFlags\(\)|\b[a-z]*[Ff]lags?|\bfs)\.(?:String|Int|Int32|Int64|Uint|Uint16|Uint32)(?:Var)?P?\(\s*(?:&[\w.]+\s*,\s*)?"(?:port|addr|address|listen|listen-addr|listen-address|http|http-addr|http-address|http-listen|http-port|bind|bind-addr|bind-address|server-port|server-addr|api-port|web-port|web-addr)"\s*,\s*(?:(?<=P\([^)]*)"[A-Za-z]?"\s*,\s*)?"?(?:[^":,]*:)?(\d{2,5})"?\s*,/,
    source: 'command-line flag default',
    // The quoted flag name every match holds.
    needs:
      /"(?:port|addr|address|listen|listen-addr|listen-address|http|http-addr|http-address|http-listen|http-port|bind|bind-addr|bind-address|server-port|server-addr|api-port|web-port|web-addr)"/
  },
  {
    // urfave/cli flag structs (fields in any order): `&cli.StringFlag{Name: "server-addr", Value: ":8000",
    // Sources: cli.EnvVars("APP_SERVER_ADDR")}`. Only flags whose name means the HTTP listen port/address.
    regex:
      /\bcli\.(?:String|Int|Int64|Uint|Uint16|Uint64)Flag\s*\{(?=[^{}]*\bName:\s*"(?:port|addr|address|listen|listen-addr|listen-address|http|http-addr|http-address|http-listen|http-port|bind|bind-addr|bind-address|server-port|server-addr|server-address|api-port|web-port|web-addr)")[^{}]*?\bValue:\s*"?(?:[^":,]*:)?(\d{2,5})"?\s*,/,
    source: 'command-line flag default'
  },
  {
    // Database, broker and mail ports are client settings (`port := "5432"` in a test DSN helper). The default
    // an empty-check after a Getenv assigns (`if port == "" { port = "8080" }`) is replaced by that variable.
    regex: new RegExp(
      `\\b(?:[Pp]ort|[Aa]ddr|[Ll]istenAddr|[Dd]efaultPort|[Dd]efaultAddr|httpPort|httpAddr|serverPort)\\s*(?::=|=)(?<=(?:\\bos\\.Getenv\\(\\s*"(?<env>\\w+)"\\s*\\)[ \\t]*\\r?\\n\\s*if\\s+\\w+\\s*==\\s*""\\s*\\{\\s*)?\\w+\\s*:?=)\\s*"(?:[^":]*:)?${NOT_HTTP_PORT}(?<port>\\d{2,5})"`
    ),
    source: 'port constant',
    confidence: PORT.portDefault,
    needs: QUOTED_PORT_ASSIGNMENT
  },
  {
    // A config getter that falls back to a literal: `func (c *Config) ServerPort(…) int { if c.Server.Port
    // != 0 { return c.Server.Port } … return 1031 }` — the default is the body's last return (blocks one
    // levels deep allowed). Only a function named for the listen port (`ServerPort`, `HTTPPort`, `GetPort`),
    // not `MetricsPort`/`DBPort`.
    regex: new RegExp(
      `\\bfunc\\s+(?:\\([^)]*\\)\\s*)?(?:Get|get)?(?:Server|HTTP|Http|Listen|Web|API|Api)?Port\\s*\\([^)]*\\)\\s*(?:int|int32|int64|uint16|uint|string)\\s*\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*?\\breturn\\s+"?(?::)?${NOT_HTTP_PORT}(\\d{2,5})"?\\s*\\}`
    ),
    source: 'port getter default',
    confidence: PORT.portDefault,
    needs: /Port\s*\(/
  },
  {
    // Project helpers that return $PORT or a default: `tools.EnvPortOr("3000")`, `env.PortOr(":4000")`.
    regex: new RegExp(`\\b\\w*Port\\w*\\(\\s*"(?:[^":]*:)?${NOT_HTTP_PORT}(\\d{2,5})"\\s*\\)`),
    source: 'PORT-or-default helper',
    confidence: PORT.portDefault,
    replacedBy: ['PORT']
  },
  {
    regex:
      /\bdefault:"(?:[^":]*:)?(\d{2,5})"[^`]*\benv:"(?:PORT|HTTP_PORT|ADDR)"|\benv:"(?:PORT|HTTP_PORT|ADDR)"[^`]*\bdefault:"(?:[^":]*:)?(?<port>\d{2,5})"/,
    source: 'config struct tag default'
  },
  {
    // Config structs read by envconfig/configor/ardanlabs conf: `Port int `default:"80"``,
    // `APIHost string `conf:"default:0.0.0.0:3000"``, `Addr string `envDefault:":8080"``.
    regex: new RegExp(
      `\\b\\w*(?:Port|Host|Addr)\\s+\\w+\\s+\`[^\`\\n]*\\b(?:default|envDefault)[:=]"?(?:default:)?(?:[^":\`\\s]*:)?${NOT_HTTP_PORT}(\\d{2,5})"`
    ),
    source: 'config struct field default',
    confidence: PORT.weakLiteral
  },
  // `func NewDefaultConfig() Config { return Config{ LocalAddress: ":3333", … } }` (default-config-port.ts).
  DEFAULT_CONFIG_PORT
]

/**
 * Source as the port patterns read it: comments dropped, the fields of side-server config structs
 * blanked (`type DebugConf struct { Port string `conf:"default:4000"` }` is the pprof listener, not the
 * app's; `type SMTP struct { Addr string `default:"0.0.0.0:2500"` }` and its POP3/IMAP/LMTP siblings are a
 * mail server's listener or a mail client's, never HTTP: holdout35 inbucket), and so are the defaults a client gives a URL without a port (urlPortDefaults). Blanking keeps
 * every newline, so line numbers stay right.
 */
export function goPortSource(text: string): string {
  return urlPortDefaults(
    sideServerLiterals(
      stripCComments(text).replace(
        /\btype\s+\w*(?:Debug|Metrics|Pprof|Profil|Admin|Telemetry|Prometheus|SMTP|Smtp|POP3|Pop3|IMAP|Imap|LMTP|Lmtp)\w*\s+struct\s*\{[^}]*\}/g,
        blank
      )
    )
  )
}

/**
 * The default values of another listener's config, set in a composite literal keyed by that listener:
 * `GRPC: GRPCConfig{Addr: "0.0.0.0:8081", TLS: &TLSConfig{…}}` beside `HTTP: HTTPConfig{Addr:
 * "0.0.0.0:8080"}` in a server's default config — the gRPC, metrics, profiler and debug addresses are not
 * the HTTP port. The literal's body (nested braces included) is blanked; the HTTP one is kept.
 */
export function sideServerLiterals(text: string): string {
  if (!SIDE_SERVER_KEY.test(text)) return text
  let out = text
  for (const m of text.matchAll(SIDE_SERVER_LITERAL)) {
    const open = m.index + m[0].length - 1
    const close = matchClose(text, open)
    if (close < 0) continue
    out = out.slice(0, open + 1) + blank(text.slice(open + 1, close)) + out.slice(close)
  }
  return out
}

const SIDE_SERVER_NAMES = '(?:GRPC|Grpc|GRpc|Metrics?|Debug|Pprof|Profiler|Prometheus|Telemetry)'
const SIDE_SERVER_KEY = new RegExp(`\\b${SIDE_SERVER_NAMES}\\w*\\s*:\\s*&?[\\w.]*\\{`)
const SIDE_SERVER_LITERAL = new RegExp(`\\b${SIDE_SERVER_NAMES}\\w*\\s*:\\s*&?[\\w.]*\\{`, 'g')

const blank = (span: string): string => span.replace(/[^\n]/g, ' ')

/**
 * A URL's port read with `Port()` and filled in when the URL names none is the port a client dials, by the
 * URL's scheme:
 *
 *   port := proxyURL.Port()
 *   if port == "" {
 *       port = "80"
 *       if proxyURL.Scheme == "https" { port = "443" }
 *   }
 *
 * The assignment and its empty-check block are blanked. Only a receiver named for a URL (`u`, `proxyURL`,
 * `req.URL`, `parsed`, `endpoint`) or a block that reads a scheme counts: a config's own `Port()` accessor
 * defaulted the same way is the server's.
 */
function urlPortDefaults(text: string): string {
  if (!text.includes('.Port()')) return text
  const ASSIGN = /\b(\w+)\s*:?=\s*(?:\w+\.)*(\w+)\.Port\(\)[ \t]*\r?\n\s*if\s+\1\s*==\s*""\s*(?=\{)/g
  let out = text
  for (const m of text.matchAll(ASSIGN)) {
    const open = m.index + m[0].length
    const close = matchClose(text, open)
    if (close < 0) continue
    const block = text.slice(open, close + 1)
    const urlNamed = /(?:url|uri|endpoint)$|^(?:u|parsed\w*)$/i.test(m[2]!)
    if (!urlNamed && !/\.Scheme\b/.test(block)) continue
    out = out.slice(0, m.index) + blank(text.slice(m.index, close + 1)) + out.slice(close + 1)
  }
  return out
}
