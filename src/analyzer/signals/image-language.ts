// The interpreter a folder's own Dockerfile runs its final image on: the last stage's base, followed through
// `FROM <stage>` aliases to an official language image (`FROM node:22-slim`, `FROM python:3.12-slim AS base`
// … `FROM base`). When two ecosystems both read a folder as a deployable app (an express server at the root
// beside the `requirements.txt` of a Python sidecar its image also starts), the image the project ships is
// built for one of them: that one is the app. Only interpreted languages whose image runs the sources (a Go
// or Rust binary ends on a plain distribution image and says nothing here).
import type { Evidence } from '../report.js'
import { clip } from './evidence.js'
import { DockerVars, dockerInstructions } from './dockerfile.js'

/** Language groups of the providers that share an interpreter image family. */
export const IMAGE_GROUPS: { group: string; providers: readonly string[]; image: RegExp }[] = [
  {
    group: 'javascript',
    providers: ['node', 'bun', 'deno'],
    image: /^(?:docker\.io\/)?(?:(?:library\/)?node|oven\/bun|denoland\/deno)(?::|@|$)/
  },
  { group: 'python', providers: ['python'], image: /^(?:docker\.io\/)?(?:library\/)?python(?::|@|$)/ },
  { group: 'ruby', providers: ['ruby'], image: /^(?:docker\.io\/)?(?:library\/)?ruby(?::|@|$)/ },
  { group: 'php', providers: ['php'], image: /^(?:docker\.io\/)?(?:library\/)?php(?::|@|$)/ }
]

/** The language group the final stage's image belongs to, with its FROM line; null for any other image. */
export function finalImageLanguage(
  path: string,
  text: string
): { group: string; providers: readonly string[]; evidence: Evidence } | null {
  const stages = new Map<string, { image: string; line: number; text: string }>()
  const vars = new DockerVars()
  let last: { image: string; line: number; text: string } | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      vars.define(ins.keyword, ins.args)
      continue
    }
    if (ins.keyword !== 'FROM') continue
    const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
    const base = vars.expand(words[0] ?? '').toLowerCase()
    const stage = stages.get(base) ?? { image: base, line: ins.line, text: ins.text }
    if (/^as$/i.test(words[1] ?? '') && words[2]) stages.set(words[2].toLowerCase(), stage)
    last = stage
  }
  if (!last) return null
  const found = IMAGE_GROUPS.find(g => g.image.test(last.image))
  return found
    ? {
        group: found.group,
        providers: found.providers,
        evidence: { file: path, line: last.line, text: clip(last.text) }
      }
    : null
}
