// A small, tolerant XML reader for build manifests (pom.xml, *.csproj): elements, text and line numbers.
// It ignores namespaces, comments, processing instructions and DOCTYPEs; a broken document still yields
// what was read before the break plus an error with the line, so callers can warn instead of crash.

export interface XmlNode {
  /** Local name (namespace prefix dropped). */
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  text: string
  /** 1-based line of the opening tag. */
  line: number
}

export interface XmlDocument {
  root: XmlNode
  error: { message: string; line: number } | null
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g
/**
 * Build manifests nest a dozen levels; a hostile file of `<a>` openers nests hundreds of thousands, which
 * would overflow the stack of every recursive walk over the tree. Deeper elements end the parse as an error.
 */
export const MAX_XML_DEPTH = 256

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

function localName(name: string): string {
  const i = name.indexOf(':')
  return i < 0 ? name : name.slice(i + 1)
}

/** Parses `text`; the returned root is a synthetic `#document` node whose children are the top elements. */
export function parseXml(text: string): XmlDocument {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '', line: 0 }
  const stack: XmlNode[] = [root]
  let error: XmlDocument['error'] = null
  let line = 1
  let lastIndex = 0
  const advance = (to: number): void => {
    for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) line++
    lastIndex = to
  }
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const between = text.slice(lastIndex, m.index)
    const current = stack[stack.length - 1]!
    if (between.trim()) current.text += decode(between.trim())
    advance(m.index)
    if (m[1] !== undefined) {
      current.text += m[1]
    } else if (m[3] !== undefined) {
      const name = localName(m[3])
      if (m[2] === '/') {
        // Close the nearest matching element; stray closing tags are ignored.
        const at = stack.map(n => n.name).lastIndexOf(name)
        if (at > 0) stack.length = at
        else if (!error) error = { message: `unexpected </${m[3]}>`, line }
      } else {
        const attrs: Record<string, string> = {}
        for (const a of (m[4] ?? '').matchAll(ATTR)) attrs[localName(a[1]!)] = decode(a[2] ?? a[3] ?? '')
        if (m[5] !== '/' && stack.length > MAX_XML_DEPTH) {
          error = { message: `elements nested more than ${MAX_XML_DEPTH} levels deep`, line }
          break
        }
        const node: XmlNode = { name, attrs, children: [], text: '', line }
        current.children.push(node)
        if (m[5] !== '/') stack.push(node)
      }
    }
    advance(m.index + m[0].length)
  }
  if (stack.length > 1 && !error)
    error = {
      message: `<${stack[stack.length - 1]!.name}> is never closed`,
      line: stack[stack.length - 1]!.line
    }
  return { root, error }
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find(c => c.name === name)
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter(c => c.name === name) : []
}

/** Text of the element at `path` below `node` (`childText(pom, 'parent', 'version')`), trimmed. */
export function childText(node: XmlNode | undefined, ...path: string[]): string | undefined {
  let cur = node
  for (const p of path) cur = child(cur, p)
  const t = cur?.text.trim()
  return t ? t : undefined
}

/** Every element named `name` anywhere below `node`, in document order. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c)
    descendants(c, name, out)
  }
  return out
}
