// Where the bot-token message lives (channel + ts), kept in a file under RUNNER_TEMP so a later notify call
// in the same job edits the same message (chat.update) instead of posting another one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface SlackMessageState {
  runId: string
  channel: string
  ts: string
  /** Failure signature already explained in the thread, so a re-run does not repeat it. */
  threadedFailure?: string | null
}

export function loadMessageState(path: string, runId: string): SlackMessageState | null {
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as Partial<SlackMessageState>
    if (state.runId !== runId || typeof state.channel !== 'string' || typeof state.ts !== 'string')
      return null
    return state as SlackMessageState
  } catch {
    return null
  }
}

export function saveMessageState(path: string, state: SlackMessageState): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(state, null, 2)}\n`)
}
