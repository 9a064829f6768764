// Block Kit's documented limits, checked before sending so a message is never rejected as invalid_blocks:
// https://api.slack.com/reference/block-kit/blocks (50 blocks per message, 3,000 characters per section
// text, 10 fields of 2,000, header 150, button text 75, URLs 3,000).

export interface TextObject {
  type: 'plain_text' | 'mrkdwn'
  text: string
  emoji?: boolean
}

export type Block =
  | { type: 'header'; text: TextObject }
  | { type: 'section'; text?: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }
  | {
      type: 'actions'
      elements: {
        type: 'button'
        text: TextObject
        url: string
        action_id: string
        style?: 'primary' | 'danger'
      }[]
    }

export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  url: 3000,
  actions: 25
} as const

/** Problems with a message's blocks, one line each; empty when Slack would accept them. */
export function blockProblems(blocks: Block[]): string[] {
  const problems: string[] = []
  if (blocks.length > LIMITS.blocks) problems.push(`${blocks.length} blocks (limit ${LIMITS.blocks})`)
  blocks.forEach((block, i) => {
    const at = `blocks[${i}] (${block.type})`
    const tooLong = (text: TextObject | undefined, limit: number, what: string): void => {
      if (text && text.text.length > limit)
        problems.push(`${at} ${what} has ${text.text.length} characters (limit ${limit})`)
      if (text && text.text.length === 0) problems.push(`${at} ${what} is empty`)
    }
    if (block.type === 'header') {
      tooLong(block.text, LIMITS.headerText, 'text')
      if (block.text.type !== 'plain_text') problems.push(`${at} text must be plain_text`)
    }
    if (block.type === 'section') {
      if (!block.text && !block.fields?.length) problems.push(`${at} needs text or fields`)
      tooLong(block.text, LIMITS.sectionText, 'text')
      if ((block.fields?.length ?? 0) > LIMITS.fields)
        problems.push(`${at} has ${block.fields?.length} fields (limit ${LIMITS.fields})`)
      block.fields?.forEach((f, j) => tooLong(f, LIMITS.fieldText, `fields[${j}]`))
    }
    if (block.type === 'context' && block.elements.length > LIMITS.contextElements)
      problems.push(`${at} has ${block.elements.length} elements (limit ${LIMITS.contextElements})`)
    if (block.type === 'actions') {
      if (block.elements.length > LIMITS.actions) problems.push(`${at} has too many elements`)
      block.elements.forEach((b, j) => {
        tooLong(b.text, LIMITS.buttonText, `elements[${j}].text`)
        if (b.url.length > LIMITS.url) problems.push(`${at} elements[${j}].url is too long`)
      })
    }
  })
  return problems
}

/** Cuts text to a limit, saying so. */
export function fit(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`
}
