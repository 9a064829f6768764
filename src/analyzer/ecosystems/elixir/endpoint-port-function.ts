// An endpoint port computed by a helper of the app: `http: [port: ConfigParser.server_port(env_vars)]` in
// config/runtime.exs, with `def server_port(env), do: String.to_integer(Map.get(env, "SERVER_PORT") ||
// Map.get(env, "PORT") || "7376")` in lib/. The helper's literal fallback is the port the endpoint binds
// while the variables it reads are unset; those variables replace it (Candidate.replacedBy).
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import type { SourceTree } from '../../tree.js'
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'
import { parsePort } from '../../signals/ports.js'

/** `http: [ … port: Mod.fun(…)` (the endpoint's listener; `url: [port: 443]` is the public URL, not it). */
const HTTP_PORT_CALL = /\bhttp:\s*\[[^\]]*?\bport:\s*((?:[A-Z]\w*\.)*[A-Z]\w*)\.([a-z_]\w*[?!]?)\s*\(/g
/** The helper's literal fallback: `|| "7376"`, `|| 7376`, `get_env("PORT", "7376")`, `Map.get(env, "PORT", "7376")`. */
const FALLBACK =
  /(?:\|\|\s*"?(\d{2,5})"?\s*\)?\s*$|\b(?:get_env|get|fetch)\(\s*(?:\w+\s*,\s*)?"[A-Z_]+"\s*,\s*"?(\d{2,5})"?\s*\))/m
const ENV_NAME = /"([A-Z0-9_]*PORT)"/g

/**
 * The endpoint port of `configFile` when its `http: [port: …]` calls a helper function defined in one of
 * `sources` (the module named by its alias or full name), with that function's literal fallback.
 */
export function endpointPortFunction(
  tree: SourceTree,
  configFile: string,
  configText: string,
  sources: readonly string[]
): Candidate<number> | null {
  for (const m of configText.matchAll(HTTP_PORT_CALL)) {
    const [, module, fun] = m
    const aliased = new RegExp(String.raw`^\s*alias\s+([\w.]+\.${module})\s*$`, 'm').exec(configText)?.[1]
    const full = aliased ?? module!
    const found = helperFallback(tree, sources, full, fun!)
    if (!found) continue
    return {
      value: found.port,
      confidence: 0,
      source: `${configFile} endpoint http port ${module}.${fun}() (its fallback in ${found.evidence.file})`,
      evidence: [evidenceAt(configFile, configText, m.index + m[0].lastIndexOf('port:')), found.evidence],
      ...(found.env.length > 0 ? { replacedBy: found.env } : {})
    }
  }
  return null
}

function helperFallback(
  tree: SourceTree,
  sources: readonly string[],
  module: string,
  fun: string
): { port: number; env: string[]; evidence: Evidence } | null {
  const defmodule = new RegExp(String.raw`^\s*defmodule\s+${module.replace(/\./g, '\\.')}\s+do\b`, 'm')
  // `def server_port(env) do`, `def http_port, do: …`.
  const def = new RegExp(String.raw`^([ \t]*)defp?\s+${fun.replace(/[?!]/g, '\\$&')}\s*[(,\s]`, 'm')
  for (const file of sources) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes(fun) || !defmodule.test(raw)) continue
    const code = stripHashComments(raw)
    const head = def.exec(code)
    if (!head) continue
    const body = functionBody(code, head.index, head[1]!.length)
    const fallback = FALLBACK.exec(body)
    const port = fallback ? parsePort(fallback[1] ?? fallback[2]) : null
    if (port === null) continue
    const env = [...new Set([...body.matchAll(ENV_NAME)].map(e => e[1]!))]
    return { port, env, evidence: evidenceAt(file, code, head.index + body.indexOf(fallback![0])) }
  }
  return null
}

/** The text of the `def` at `start` up to its `end` (or the one-line `, do:` form), at most 40 lines. */
function functionBody(code: string, start: number, indent: number): string {
  const lines = code.slice(start).split('\n').slice(0, 40)
  if (/,\s*do:/.test(lines[0]!)) return lines[0]!
  const out = [lines[0]!]
  for (const line of lines.slice(1)) {
    out.push(line)
    const depth = /^[ \t]*/.exec(line)![0].length
    if (depth <= indent && /^\s*end\b/.test(line)) break
  }
  return out.join('\n')
}
