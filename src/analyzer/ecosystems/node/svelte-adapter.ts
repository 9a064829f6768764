// Which adapter a SvelteKit project builds with when it installs both adapter-node and adapter-static
// (`adapter: useStatic ? adapterStatic() : adapterNode()`, a static variant kept for GitHub Pages or a
// Space): the svelte config decides, and a condition on an environment variable is read against what the
// `build` script sets — `build: vite build` builds the server, `build:static: ADAPTER=static vite build`
// the files.

export type SvelteAdapter = 'node' | 'static'

const ADAPTERS: Record<string, SvelteAdapter> = {
  '@sveltejs/adapter-node': 'node',
  '@sveltejs/adapter-static': 'static'
}

/** Local names the config imports each adapter under (`import adapterNode from '@sveltejs/adapter-node'`). */
function importedAdapters(config: string): Map<string, SvelteAdapter> {
  const names = new Map<string, SvelteAdapter>()
  const re =
    /\bimport\s+([A-Za-z_$][\w$]*)\s+from\s+['"](@sveltejs\/adapter-(?:node|static))['"]|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"](@sveltejs\/adapter-(?:node|static))['"]\s*\)/g
  for (const m of config.matchAll(re)) {
    const name = m[1] ?? m[3]
    const pkg = m[2] ?? m[4]
    if (name && pkg) names.set(name, ADAPTERS[pkg]!)
  }
  return names
}

/** `process.env.X === 'v'` (or `!==`), directly or through a same-file constant holding that test. */
function envTest(
  condition: string,
  config: string
): { name: string; value: string; negated: boolean } | null {
  const direct =
    /process\.env\.([A-Z_][A-Z0-9_]*)\s*(===|!==|==|!=)\s*['"]([^'"]*)['"]|['"]([^'"]*)['"]\s*(===|!==|==|!=)\s*process\.env\.([A-Z_][A-Z0-9_]*)/.exec(
      condition
    )
  if (direct) {
    const op = direct[2] ?? direct[5]!
    return { name: direct[1] ?? direct[6]!, value: direct[3] ?? direct[4]!, negated: op.startsWith('!') }
  }
  const ident = /^\s*(!?)\s*([A-Za-z_$][\w$]*)\s*$/.exec(condition)
  if (!ident) return null
  const held = new RegExp(
    `\\b(?:const|let|var)\\s+${ident[2]!.replace(/\$/g, '\\$')}\\s*=\\s*([^\\n;]+)`
  ).exec(config)
  const inner = held ? envTest(held[1]!, '') : null
  return inner && ident[1] === '!' ? { ...inner, negated: !inner.negated } : inner
}

/** `X=v vite build` or `cross-env X=v …`: the variables the script sets before its command. */
function scriptEnv(script: string): Map<string, string> {
  const env = new Map<string, string>()
  for (const m of script.matchAll(/(?:^|[\s;&|])([A-Z_][A-Z0-9_]*)=(?:'([^']*)'|"([^"]*)"|(\S*))/g))
    env.set(m[1]!, m[2] ?? m[3] ?? m[4] ?? '')
  return env
}

/** Splits `cond ? a : b` at its top-level `?` and `:` (object literals in the branches have colons too). */
function splitTernary(text: string): [string, string, string] | null {
  let depth = 0
  let question = -1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if ('({['.includes(ch)) depth++
    else if (')}]'.includes(ch)) depth--
    else if (depth === 0 && ch === '?' && question < 0 && text[i + 1] !== '.' && text[i + 1] !== '?')
      question = i
    else if (depth === 0 && ch === ':' && question >= 0)
      return [text.slice(0, question), text.slice(question + 1, i), text.slice(i + 1)]
  }
  return null
}

/**
 * The adapter the config's `adapter:` entry picks for the `build` script, or null when the config names
 * neither adapter in a way this reads (the caller keeps its own default).
 */
export function chosenSvelteAdapter(config: string, buildScript: string): SvelteAdapter | null {
  const names = importedAdapters(config)
  if (names.size === 0) return null
  const entry = /\badapter\s*:\s*([^\n]+)/.exec(config)
  if (!entry) return null
  const value = entry[1]!.trim().replace(/,\s*$/, '')
  const called = (text: string): SvelteAdapter | null => {
    const name = /^\(?\s*([A-Za-z_$][\w$]*)\s*\(/.exec(text.trim())?.[1]
    return name ? (names.get(name) ?? null) : null
  }
  const ternary = splitTernary(value)
  if (!ternary) return called(value)
  const whenTrue = called(ternary[1])
  const whenFalse = called(ternary[2])
  const test = envTest(ternary[0], config)
  if (!test || !whenTrue || !whenFalse) return null
  const set = scriptEnv(buildScript).get(test.name)
  const holds = (set !== undefined && set === test.value) !== test.negated
  return holds ? whenTrue : whenFalse
}
