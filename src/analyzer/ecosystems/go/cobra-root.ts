// A cobra CLI whose main package declares its commands itself (`cmd/flags/main.go`: `rootCmd := &cobra.Command{
// Use: "flags <command>"}`, `serverCmd := &cobra.Command{Use: "server", RunE: …}`, `rootCmd.AddCommand(serverCmd)`):
// when the root command runs nothing (no `Run`/`RunE`), the bare binary prints its usage and exits, so the
// server subcommand is part of the start command. A root that runs something serves without one.
import { matchClose } from '../../signals/code-spans.js'

/** `serverCmd := &cobra.Command{`, `var serveCmd = &cobra.Command{`: the variable and the literal's brace. */
const COMMAND_LITERAL = /\b(\w+)\s*(?::=|=)\s*&cobra\.Command\s*\{/g
const SERVE_USE = /\bUse\s*:\s*"(serve|server|web|start)\b[^"]*"/
const RUNS = /\bRunE?\s*:/

/**
 * The serve-like subcommand `text` (cleaned Go code) adds to a root command that runs nothing, with the
 * offset of its declaration; null when there is none.
 */
export function requiredServeCommand(text: string): { name: string; index: number } | null {
  if (text.length > 512 * 1024 || !text.includes('cobra.Command')) return null
  const bodies = new Map<string, string>()
  let serve: { variable: string; name: string; index: number } | null = null
  for (const m of text.matchAll(COMMAND_LITERAL)) {
    const open = m.index + m[0].length - 1
    const close = matchClose(text, open)
    if (close < 0) continue
    const body = text.slice(open + 1, close)
    bodies.set(m[1]!, body)
    const use = SERVE_USE.exec(body)
    if (use && RUNS.test(body) && !serve) serve = { variable: m[1]!, name: use[1]!, index: m.index }
  }
  if (!serve) return null
  const added = new RegExp(`\\b(\\w+)\\.AddCommand\\([^)]*\\b${serve.variable}\\b`).exec(text)
  const root = added ? bodies.get(added[1]!) : undefined
  if (root === undefined || RUNS.test(root)) return null
  return { name: serve.name, index: serve.index }
}
