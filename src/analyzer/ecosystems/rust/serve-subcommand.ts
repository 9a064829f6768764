// A clap CLI whose server is a required subcommand (`#[derive(Subcommand)] enum Commands { Serve(…), … }`
// held by `command: Commands`, not `Option<Commands>`): the bare binary prints its usage and exits, the
// image runs `<binary> serve` (holdout10 tabby: ENTRYPOINT tabby, `serve --model …` given at run time).
import { evidenceAt } from '../../signals/evidence.js'
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'

/** Variants that start a server, as clap names them (kebab-case of the variant). */
const SERVER_VARIANTS = /^(Serve|Server|Web|WebServer|RunServer|Start)$/

export function clapServeSubcommand(ctx: AppContext): { name: string; evidence: Evidence } | null {
  const file = ctx.path('src/main.rs')
  const text = ctx.tree.read(file)
  if (!text || !/#\[derive\([^)]*\bSubcommand\b/.test(text)) return null
  // `#[command(subcommand)] command: Commands` — an Option<…> subcommand may be left out, then the binary
  // runs its default (often the server itself).
  const field = /#\[(?:command|clap)\(\s*subcommand\s*\)\]\s*(?:pub\s+)?\w+\s*:\s*(Option\s*<\s*)?(\w+)/.exec(
    text
  )
  if (!field || field[1]) return null
  const enumAt = new RegExp(
    `#\\[derive\\([^)]*\\bSubcommand\\b[^\\]]*\\]\\s*(?:#\\[[^\\]]*\\]\\s*)*(?:pub\\s+)?enum\\s+${field[2]}\\s*\\{`
  ).exec(text)
  if (!enumAt) return null
  const body = text.slice(enumAt.index + enumAt[0].length, text.indexOf('\n}', enumAt.index))
  for (const m of body.matchAll(/^[ \t]*([A-Z]\w*)\s*(?:[({,]|$)/gm)) {
    if (!SERVER_VARIANTS.test(m[1]!)) continue
    const name = m[1]!.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()
    return { name, evidence: evidenceAt(file, text, enumAt.index + enumAt[0].length + m.index!) }
  }
  return null
}
