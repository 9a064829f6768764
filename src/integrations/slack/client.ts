// Slack transports: the official @slack/web-api (bot token: post, then update the same message, thread
// replies) and @slack/webhook (incoming webhooks). Retries are bounded for a CI step; Slack's retry-after
// is honoured on 429. Errors come back as one line without the token or the webhook URL.
import { LogLevel, WebClient, type Logger } from '@slack/web-api'
import { IncomingWebhook } from '@slack/webhook'
import type { Block } from './blocks.js'

export interface SlackMessage {
  /** Notification and accessibility fallback. */
  text: string
  blocks: Block[]
}

export interface SlackClientOptions {
  /** Web API base (GovSlack, a proxy); default https://slack.com/api/. */
  apiUrl?: string | null
  /** Where the web API client's own log lines go (debug level). */
  debug?: (line: string) => void
  /** Retries of 5xx and network errors (429s wait for retry-after). Default 2. */
  retries?: number
  minRetryDelayMs?: number
  timeoutMs?: number
}

export function webClient(token: string, options: SlackClientOptions = {}): WebClient {
  return new WebClient(token, {
    slackApiUrl: options.apiUrl || undefined,
    logger: quietLogger(options.debug ?? (() => {})),
    retryConfig: {
      retries: options.retries ?? 2,
      factor: 2,
      minTimeout: options.minRetryDelayMs ?? 1000,
      maxTimeout: 10_000,
      randomize: false
    },
    timeout: options.timeoutMs ?? 15_000
  })
}

export async function postMessage(
  client: WebClient,
  channel: string,
  message: SlackMessage,
  threadTs?: string
) {
  const res = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(threadTs ? { thread_ts: threadTs } : {})
  })
  return { channel: String(res.channel ?? channel), ts: String(res.ts ?? '') }
}

export async function updateMessage(client: WebClient, channel: string, ts: string, message: SlackMessage) {
  const res = await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks })
  return { channel: String(res.channel ?? channel), ts: String(res.ts ?? ts) }
}

export async function sendWebhook(url: string, message: SlackMessage, options: SlackClientOptions = {}) {
  const webhook = new IncomingWebhook(url, {
    fetch: honourRetryAfter(globalThis.fetch),
    timeout: options.timeoutMs ?? 15_000,
    retryConfig: {
      retries: options.retries ?? 2,
      minTimeout: options.minRetryDelayMs ?? 1000,
      factor: 2,
      randomize: false
    }
  })
  await webhook.send({ text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false })
}

/**
 * @slack/webhook fails at once on 429; Slack's incoming webhooks do send Retry-After, so wait it out (up to
 * 30 s, twice) before handing the answer to the client.
 */
function honourRetryAfter(fetchFn: typeof fetch): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetchFn(input, init)
      const wait = Number(response.headers.get('retry-after'))
      if (response.status !== 429 || attempt >= 2 || !Number.isFinite(wait) || wait < 0 || wait > 30)
        return response
      await response.body?.cancel()
      await new Promise(resolve => setTimeout(resolve, wait * 1000))
    }
  }
}

/** One line describing a Slack failure; `secrets` (token, webhook URL) are cut out whatever the message. */
export function describeSlackError(error: unknown, secrets: string[]): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; message?: string }
  let text: string
  if (e?.data?.error === 'invalid_auth' || e?.data?.error === 'not_authed')
    text = `Slack rejected the bot token (${e.data.error}); check slack-bot-token`
  else if (e?.data?.error === 'channel_not_found' || e?.data?.error === 'not_in_channel')
    text = `Slack: ${e.data.error}; invite the bot to the channel or fix slack-channel`
  else if (e?.data?.error) text = `Slack API error: ${e.data.error}`
  else text = (e?.message ?? String(error)).split('\n')[0] ?? 'unknown error'
  for (const secret of secrets.filter(s => s.length >= 4)) text = text.split(secret).join('***')
  return text
}

function quietLogger(debug: (line: string) => void): Logger {
  let level = LogLevel.DEBUG
  const line = (...msg: unknown[]): void => debug(`slack: ${msg.map(String).join(' ')}`)
  return {
    debug: line,
    info: line,
    warn: line,
    error: line,
    setLevel: (l: LogLevel) => {
      level = l
    },
    getLevel: () => level,
    setName: () => {}
  }
}
