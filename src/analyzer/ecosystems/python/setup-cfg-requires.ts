// Dependencies a setuptools project declares in setup.cfg (declarative config) rather than in setup.py:
// `[options] install_requires =` with one requirement per indented continuation line, and
// `[options.extras_require]` groups. A project whose setup.py is a bare `setup()` (the flask API of
// holdout33 pins flask and gunicorn there and nowhere else) has its framework only in this file.
interface CfgValue {
  /** Each value line with the offset of its first character in the file. */
  lines: { text: string; index: number }[]
}

export interface SetupCfgRequires {
  /** Requirement lines (`flask==3.1.3`) with their offset in setup.cfg; extras are dev (optional installs). */
  requirements: { text: string; index: number; dev: boolean }[]
  /** Requirements files named by `install_requires = file: requirements.in` (setuptools 62.6+). */
  files: { rel: string; dev: boolean }[]
}

/** setup.cfg's runtime requirements (`[options] install_requires`) and its extras (`[options.extras_require]`). */
export function setupCfgRequires(text: string): SetupCfgRequires {
  const sections = parseCfg(text)
  const out: SetupCfgRequires = { requirements: [], files: [] }
  const add = (value: CfgValue | undefined, dev: boolean): void => {
    for (const { text: line, index } of value?.lines ?? []) {
      const file = /^file:\s*(.+)$/.exec(line)
      if (file) {
        for (const rel of file[1]!
          .split(',')
          .map(s => s.trim())
          .filter(Boolean))
          out.files.push({ rel, dev })
        continue
      }
      out.requirements.push({ text: line, index, dev })
    }
  }
  add(sections.get('options')?.get('install_requires'), false)
  // Extras are optional installs (`pip install pkg[server]`): known, but not what a bare install runs.
  for (const value of sections.get('options.extras_require')?.values() ?? []) add(value, true)
  return out
}

/**
 * A small INI reader for setup.cfg: `[section]` headers, `key = value` (or `key: value`) with the value's
 * indented continuation lines, `#`/`;` comment lines skipped. Keys are lowercased, as configparser does.
 */
export function parseCfg(text: string): Map<string, Map<string, CfgValue>> {
  const sections = new Map<string, Map<string, CfgValue>>()
  let section: Map<string, CfgValue> | null = null
  let current: CfgValue | null = null
  let offset = 0
  for (const raw of text.split('\n')) {
    const index = offset
    offset += raw.length + 1
    const line = raw.replace(/\r$/, '')
    const trimmed = line.trim()
    if (trimmed === '' || /^[#;]/.test(trimmed)) continue
    const indented = /^[ \t]/.test(line)
    if (indented && current) {
      current.lines.push({ text: stripComment(trimmed), index: index + line.indexOf(trimmed) })
      continue
    }
    const header = /^\[([^\]]+)\]/.exec(trimmed)
    if (header) {
      const name = header[1]!.trim().toLowerCase()
      section = sections.get(name) ?? new Map()
      sections.set(name, section)
      current = null
      continue
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed)
    if (!kv || !section) {
      current = null
      continue
    }
    current = { lines: [] }
    section.set(kv[1]!.trim().toLowerCase(), current)
    const value = stripComment(kv[2]!)
    if (value) current.lines.push({ text: value, index: index + line.indexOf(kv[2]!) })
  }
  for (const s of sections.values()) for (const v of s.values()) v.lines = v.lines.filter(l => l.text !== '')
  return sections
}

function stripComment(value: string): string {
  return value.replace(/\s+[#;].*$/, '').trim()
}
