// A configured port's default named by a constant of the same file: `public const int DEFAULT_PORT = 9696;`
// then `GetValueInt("Port", DEFAULT_PORT)`. The constant's value is written in place of the name where it is
// a call's last argument, so the configured-port-default pattern (provider.ts) reads the number. Only integer
// constants declared in the text itself: a name of another class or file stays a name (and matches nothing).
const INT_CONSTANT = /\bconst\s+(?:int|ushort|uint|long)\s+([A-Za-z_]\w*)\s*=\s*(\d{1,5})\s*;/g

/** `text` with each file-local integer constant's value in place of its name as a call's last argument. */
export function inlineIntConstants(text: string): string {
  if (!text.includes('const ')) return text
  const values = new Map<string, string>()
  for (const m of text.matchAll(INT_CONSTANT)) values.set(m[1]!, m[2]!)
  if (values.size === 0) return text
  return text.replace(
    /,(\s*)(?:\w+\.)?([A-Za-z_]\w*)(\s*)\)/g,
    (all, before: string, name: string, after: string) => {
      const value = values.get(name)
      return value === undefined ? all : `,${before}${value}${after})`
    }
  )
}
