// The sticky PR comment's body, pure: one comment per pull request and key (app + environment) holding
// named sections in a fixed order — the deployment result above the Terraform plan above the analyzer's
// report — so each stage replaces its own section and never posts a second comment. The body always stays
// under GitHub's 65,536-character limit; what is cut says so and links to the run.

export const COMMENT_LIMIT = 65_536
export const SECTIONS = ['deployment', 'plan', 'analysis'] as const
export type CommentSection = (typeof SECTIONS)[number]

const STICKY = '<!-- deplight:sticky'
/** Our own delimiters inside section text would let that text rewrite the comment's structure. */
const DELIMITER = /<!--\s*deplight:(sticky|section|end)\b/gi

export function cleanKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._*/=-]+/g, '-').slice(0, 120) || 'default'
}

export function stickyMarker(key: string): string {
  return `${STICKY} key=${cleanKey(key)} -->`
}

const open = (section: CommentSection): string => `<!-- deplight:section ${section} -->`
const close = (section: CommentSection): string => `<!-- deplight:end ${section} -->`

export function isStickyFor(body: string | null | undefined, key: string): boolean {
  return typeof body === 'string' && body.startsWith(stickyMarker(key))
}

/** The sections a body holds (ours only: text outside delimiters is dropped). */
export function parseSections(body: string | null): Map<CommentSection, string> {
  const sections = new Map<CommentSection, string>()
  if (!body) return sections
  for (const section of SECTIONS) {
    const start = body.indexOf(open(section))
    if (start < 0) continue
    const contentStart = start + open(section).length
    const end = body.indexOf(close(section), contentStart)
    if (end < 0) continue
    sections.set(section, body.slice(contentStart, end).replace(/^\n/, '').replace(/\n$/, ''))
  }
  return sections
}

export interface ComposeOptions {
  runUrl?: string | null
  limit?: number
}

/** `existing` with `section` replaced by `markdown` (or added in its place in the order). */
export function composeStickyBody(
  existing: string | null,
  key: string,
  section: CommentSection,
  markdown: string,
  options: ComposeOptions = {}
): string {
  const sections = parseSections(existing)
  sections.set(section, neutralize(markdown.trim()))
  return render(key, sections, options)
}

function neutralize(markdown: string): string {
  return markdown.replace(DELIMITER, (_match, kind: string) => `<!-- deplight-quoted:${kind}`)
}

function render(key: string, sections: Map<CommentSection, string>, options: ComposeOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT
  const present = SECTIONS.filter(s => sections.has(s))
  const frame = (section: CommentSection, text: string): string =>
    `${open(section)}\n${text}\n${close(section)}`
  const head = stickyMarker(key)
  const build = (texts: Map<CommentSection, string>): string =>
    [head, ...present.map(s => frame(s, texts.get(s) as string))].join('\n')
  let body = build(sections)
  if (body.length < limit) return body
  // Cut the later (bigger, less urgent) sections first: the deployment result stays whole.
  const texts = new Map(sections)
  for (const section of [...present].reverse()) {
    const over = body.length - (limit - 1)
    if (over <= 0) break
    const text = texts.get(section) as string
    texts.set(section, truncateMarkdown(text, Math.max(0, text.length - over), options.runUrl ?? null))
    body = build(texts)
  }
  return body
}

/**
 * `text` cut to at most `max` characters at a line boundary, with open code fences and `<details>`
 * closed so the rest of the comment still renders, and a note saying where the full text is.
 */
export function truncateMarkdown(text: string, max: number, runUrl: string | null): string {
  if (text.length <= max) return text
  const note = runUrl
    ? `\n\n_… truncated to fit GitHub's comment limit: the full text is in the [workflow run](${runUrl})._`
    : "\n\n_… truncated to fit GitHub's comment limit: the full text is in the workflow run's job summary._"
  const closers = (cut: string): string => {
    const fences = (cut.match(/^[ \t]*(```|~~~)/gm) ?? []).length
    const opened = (cut.match(/<details\b/gi) ?? []).length - (cut.match(/<\/details>/gi) ?? []).length
    return (fences % 2 === 1 ? '\n```' : '') + '\n</details>'.repeat(Math.max(0, opened))
  }
  let budget = Math.max(0, max - note.length - 64)
  for (;;) {
    let cut = text.slice(0, budget)
    const newline = cut.lastIndexOf('\n')
    if (newline > 0) cut = cut.slice(0, newline)
    const result = cut + closers(cut) + note
    if (result.length <= max || budget === 0) return result.length <= max ? result : note.trim().slice(0, max)
    budget = Math.max(0, budget - (result.length - max))
  }
}
