// Which -var-file arguments a deploy passes, in which order, and where the user's files disagree with the
// analyzer's. Terraform loads terraform.tfvars and *.auto.tfvars before any -var-file, so the analyzer's
// file would silently beat them; they are passed again after it, then the var-files input, so the user's
// values always win. Every key where they do is listed, with both values.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { parseTfvars, type TfvarsValues } from '../../integrations/terraform/tfvars.js'

export interface VarConflict {
  key: string
  /** Short renderings; maps and lists are described by their keys/size, never by their values. */
  analyzer: string
  yours: string
  /** The file whose value wins (relative to the working directory when inside it). */
  file: string
}

export interface VarFilePlan {
  /** -var-file arguments, in order (later files win). */
  files: string[]
  /** terraform.tfvars / *.auto.tfvars found in the working directory (passed again after the analyzer's). */
  autoLoaded: string[]
  conflicts: VarConflict[]
  warnings: string[]
}

const AUTO_LOADED = /^(terraform\.tfvars(\.json)?|.+\.auto\.tfvars(\.json)?)$/

export function planVarFiles(o: {
  workingDirectory: string
  analyzerFile: string | null
  userFiles: string[]
}): VarFilePlan {
  const warnings: string[] = []
  const same = (a: string, b: string): boolean => real(a) === real(b)
  const autoLoaded = readdirSync(o.workingDirectory)
    .filter(name => AUTO_LOADED.test(name))
    .sort()
    .map(name => join(o.workingDirectory, name))
    .filter(file => !(o.analyzerFile && same(file, o.analyzerFile)))
  const userSide: string[] = []
  for (const file of [...autoLoaded, ...o.userFiles]) {
    const at = userSide.findIndex(f => same(f, file))
    if (at !== -1) userSide.splice(at, 1)
    userSide.push(file)
  }
  const show = (file: string): string => {
    const rel = relative(o.workingDirectory, file)
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
  }
  const read = (file: string): TfvarsValues | null => {
    if (!existsSync(file)) return null // terraform reports a missing file itself, with its own words
    try {
      return parseTfvars(readFileSync(file, 'utf8'), file)
    } catch (error) {
      warnings.push(
        `cannot compare ${show(file)} with the analyzer's values (${(error as Error).message}); terraform still reads it`
      )
      return null
    }
  }

  const analyzer = o.analyzerFile ? read(o.analyzerFile) : null
  const conflicts = new Map<string, VarConflict>()
  for (const file of userSide) {
    const values = read(file)
    if (!values) continue
    if ('image_tag' in values)
      warnings.push(
        `${show(file)} sets image_tag, which the deploy always passes as -var image_tag=<tag>: that value is ignored`
      )
    for (const [key, value] of Object.entries(values)) {
      if (!analyzer || !(key in analyzer)) continue
      const theirs = analyzer[key]
      if (canonical(theirs) === canonical(value)) conflicts.delete(key)
      else
        conflicts.set(key, {
          key,
          analyzer: render(theirs, value),
          yours: render(value, theirs),
          file: show(file)
        })
    }
  }
  return {
    files: [...(o.analyzerFile ? [o.analyzerFile] : []), ...userSide],
    autoLoaded,
    conflicts: [...conflicts.values()].sort((a, b) => a.key.localeCompare(b.key)),
    warnings
  }
}

function real(path: string): string {
  return existsSync(path) ? realpathSync(path) : path
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
        )
      : v
  )
}

/** Scalars as written; a map as the keys that differ from `other`; a list by its length. */
function render(value: unknown, other: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (value && typeof value === 'object') {
    const mine = value as Record<string, unknown>
    const theirs =
      other && typeof other === 'object' && !Array.isArray(other) ? (other as Record<string, unknown>) : {}
    const differing = Object.keys(mine)
      .filter(k => canonical(mine[k]) !== canonical(theirs[k]))
      .sort()
    const missing = Object.keys(theirs)
      .filter(k => !(k in mine))
      .sort()
    const parts = [
      differing.length ? `sets ${differing.join(', ')}` : '',
      missing.length ? `lacks ${missing.join(', ')}` : ''
    ].filter(Boolean)
    return `a map (${Object.keys(mine).length} keys${parts.length ? `; ${parts.join('; ')}` : ''})`
  }
  const text = JSON.stringify(value) ?? 'null'
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
