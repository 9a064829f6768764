// A 127.0.0.1 stand-in for Slack: the Web API methods notify uses (chat.postMessage, chat.update) and
// incoming webhooks, with Slack's wire shapes — form-encoded Web API calls with a Bearer token answered
// 200 {ok, error}, webhooks answered "ok" or a plain-text error — and its failures: invalid_auth,
// channel_not_found, invalid_blocks (Block Kit limits enforced), 5xx outages and 429 with Retry-After.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { blockProblems, type Block } from '../../src/integrations/slack/blocks.js'

export interface FakeSlackMessage {
  channel: string
  ts: string
  text: string
  blocks: Block[]
  threadTs: string | null
  /** Every chat.update applied to this message, oldest first. */
  updates: { text: string; blocks: Block[] }[]
}

export interface FakeSlackRequest {
  path: string
  status: number
  authorization: string | undefined
  at: number
}

export interface FakeSlack {
  /** Web API base, e.g. http://127.0.0.1:PORT/api/ (WebClient's slackApiUrl). */
  apiUrl: string
  /** A valid incoming-webhook URL on the fake. */
  webhookUrl: string
  token: string
  messages: FakeSlackMessage[]
  webhookPayloads: { text: string; blocks: Block[] }[]
  requests: FakeSlackRequest[]
  /** The next `count` requests (to paths matching `match`) answer `status`; 429s carry Retry-After. */
  failNext: (count: number, status: number, options?: { retryAfterSeconds?: number; match?: RegExp }) => void
  stop: () => Promise<void>
}

export async function startFakeSlack(options: { token?: string; channel?: string } = {}): Promise<FakeSlack> {
  const token = options.token ?? 'xoxb-fake-0000000000-secret'
  const channelId = options.channel ?? 'C0DEPLOY1'
  const webhookPath = '/services/T0FAKE/B0FAKE/w3bh00kS3cr3t'
  const messages: FakeSlackMessage[] = []
  const webhookPayloads: FakeSlack['webhookPayloads'] = []
  const requests: FakeSlackRequest[] = []
  const failures: { status: number; retryAfter?: number; match?: RegExp }[] = []
  let clock = 1_760_000_000

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): number => {
    const path = (req.url ?? '').split('?')[0]!
    const failure = failures.findIndex(f => !f.match || f.match.test(path))
    if (failure !== -1) {
      const f = failures.splice(failure, 1)[0]!
      const headers: Record<string, string> = { 'content-type': 'text/plain' }
      if (f.status === 429) headers['retry-after'] = String(f.retryAfter ?? 1)
      res.writeHead(f.status, headers)
      res.end(f.status === 429 ? 'rate_limited' : 'upstream connect error')
      return f.status
    }
    if (path.startsWith('/services/')) {
      if (path !== webhookPath) return text(res, 404, 'no_service')
      const payload = JSON.parse(raw) as { text: string; blocks?: Block[] }
      if (blockProblems(payload.blocks ?? []).length > 0) return text(res, 400, 'invalid_blocks')
      webhookPayloads.push({ text: payload.text, blocks: payload.blocks ?? [] })
      return text(res, 200, 'ok')
    }
    const method = path.replace(/^\/api\//, '')
    if (req.headers.authorization !== `Bearer ${token}`) return api(res, { ok: false, error: 'invalid_auth' })
    const form = new URLSearchParams(raw)
    const blocks = JSON.parse(form.get('blocks') ?? '[]') as Block[]
    if (blockProblems(blocks).length > 0)
      return api(res, { ok: false, error: 'invalid_blocks', errors: blockProblems(blocks) })
    const channel = form.get('channel') ?? ''
    if (channel !== channelId && channel !== '#deploys')
      return api(res, { ok: false, error: 'channel_not_found' })
    if (method === 'chat.postMessage') {
      const ts = `${++clock}.000100`
      messages.push({
        channel: channelId,
        ts,
        text: form.get('text') ?? '',
        blocks,
        threadTs: form.get('thread_ts'),
        updates: []
      })
      return api(res, { ok: true, channel: channelId, ts, message: { text: form.get('text'), ts } })
    }
    if (method === 'chat.update') {
      const message = messages.find(m => m.ts === form.get('ts') && m.channel === channelId)
      if (!message) return api(res, { ok: false, error: 'message_not_found' })
      message.updates.push({ text: form.get('text') ?? '', blocks })
      return api(res, { ok: true, channel: channelId, ts: message.ts, text: form.get('text') })
    }
    return api(res, { ok: false, error: 'unknown_method' })
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c as Buffer))
    req.on('end', () => {
      const status = handle(req, res, Buffer.concat(chunks).toString('utf8'))
      requests.push({ path: req.url ?? '', status, authorization: req.headers.authorization, at: Date.now() })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  return {
    apiUrl: `${base}/api/`,
    webhookUrl: `${base}${webhookPath}`,
    token,
    messages,
    webhookPayloads,
    requests,
    failNext: (count, status, opts = {}) => {
      for (let i = 0; i < count; i++)
        failures.push({ status, retryAfter: opts.retryAfterSeconds, match: opts.match })
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function api(res: ServerResponse, body: Record<string, unknown>): number {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
  return 200
}

function text(res: ServerResponse, status: number, body: string): number {
  res.writeHead(status, { 'content-type': 'text/plain' })
  res.end(body)
  return status
}
