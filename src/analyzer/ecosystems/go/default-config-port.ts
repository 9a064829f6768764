// A config package's default constructor returning a struct literal whose listen-address field holds the port:
//
//   func NewDefaultConfig() Config {
//       return Config{
//           LocalAddress: ":3333",
//           GinMode:      "release",
//
// The server reads that config (merged with a file or the environment), so a deployment that sets nothing
// listens there. Only the literal's own fields count (a nested `Postgres: PgConfig{Port: 5432}` is skipped
// by the brace balance), only a listen-address or port field name (`Addr`, `ListenAddress`, `HTTPPort` …, not
// `MetricsAddr`/`DBPort`), and only a function named for the defaults (`DefaultConfig`, `NewDefaultConfig`,
// `DefaultSettings`, `defaultOptions`). Weak: any side server's config package may have one.
import { NOT_HTTP_PORT, type PortPattern } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'

export const DEFAULT_CONFIG_PORT: PortPattern = {
  regex: new RegExp(
    String.raw`\bfunc\s+(?:New)?(?:[Dd]efault)(?:Server|HTTP|Http|Web|API|Api)?(?:Config|Settings|Options)\s*\(\s*\)\s*\*?[\w.]+\s*\{\s*return\s+&?[\w.]+\s*\{` +
      String.raw`(?:[^{}]|\{[^{}]*\})*?\b(?:Local|Listen|Server|HTTP|Http|Bind|Web|API|Api)?(?:Addr|Address|Port)\s*:\s*"?(?:[^":\s]*:)?${NOT_HTTP_PORT}(\d{2,5})"?\s*,`
  ),
  source: 'default config constructor port',
  confidence: PORT.weakLiteral,
  needs: /[Dd]efault\w*(?:Config|Settings|Options)\s*\(\s*\)/
}
