// Amazon Bedrock's Converse API on 127.0.0.1 (`POST /model/{modelId}/converse`, REST-JSON), so the real
// @aws-sdk/client-bedrock-runtime can call it. A test decides each answer from the request: a tool call
// with some input, plain text, a content-filter stop, a delay (to exercise timeouts) or an error.
// HTTP/2 cleartext: the Bedrock Runtime client sends every call over HTTP/2 (it is built for streaming).
import {
  createServer,
  type Http2ServerRequest as IncomingMessage,
  type Http2ServerResponse as ServerResponse,
  type Http2Session
} from 'node:http2'
import type { AddressInfo } from 'node:net'

export interface ConverseRequest {
  modelId: string
  body: {
    system?: { text: string }[]
    messages: { role: string; content: { text?: string }[] }[]
    toolConfig?: {
      tools: { toolSpec: { name: string; inputSchema: { json: unknown } } }[]
      toolChoice?: unknown
    }
  }
  /** The user prompt's text. */
  prompt: string
}

export type ConverseAnswer =
  | { kind: 'tool'; input: unknown; delayMs?: number }
  | { kind: 'text'; text: string }
  | { kind: 'filtered' }
  | { kind: 'error'; status: number; type: string; message: string }

export interface FakeBedrock {
  endpoint: string
  requests: ConverseRequest[]
  stop: () => Promise<void>
}

export async function startFakeBedrock(
  answer: (request: ConverseRequest) => ConverseAnswer
): Promise<FakeBedrock> {
  const requests: ConverseRequest[] = []
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const m = /^\/model\/([^/]+)\/converse$/.exec(req.url ?? '')
    if (req.method !== 'POST' || !m) return fail(res, 404, 'UnknownOperationException', `no route ${req.url}`)
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ConverseRequest['body']
    const request: ConverseRequest = {
      modelId: decodeURIComponent(m[1]!),
      body,
      prompt: body.messages.flatMap(msg => msg.content.map(c => c.text ?? '')).join('\n')
    }
    requests.push(request)
    const a = answer(request)
    const usage = { inputTokens: Math.ceil(request.prompt.length / 4), outputTokens: 40, totalTokens: 0 }
    usage.totalTokens = usage.inputTokens + usage.outputTokens
    if (a.kind === 'error') return fail(res, a.status, a.type, a.message)
    if (a.kind === 'tool' && a.delayMs) await new Promise(r => setTimeout(r, a.delayMs))
    if (res.stream.destroyed) return
    const name = body.toolConfig?.tools[0]?.toolSpec.name ?? 'tool'
    const content =
      a.kind === 'tool'
        ? [{ toolUse: { toolUseId: 'tooluse_1', name, input: a.input } }]
        : a.kind === 'text'
          ? [{ text: a.text }]
          : [{ text: 'The response was filtered.' }]
    const stopReason = a.kind === 'tool' ? 'tool_use' : a.kind === 'text' ? 'end_turn' : 'content_filtered'
    res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': crypto.randomUUID() })
    res.end(
      JSON.stringify({
        output: { message: { role: 'assistant', content } },
        stopReason,
        usage,
        metrics: { latencyMs: 5 }
      })
    )
  }
  const server = createServer((req, res) => {
    handle(req, res).catch(err => fail(res, 500, 'InternalServerException', (err as Error).message))
  })
  const sessions = new Set<Http2Session>()
  server.on('session', session => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise(resolve => {
        for (const session of sessions) session.destroy()
        server.close(() => resolve())
      })
  }
}

function fail(res: ServerResponse, status: number, type: string, message: string): void {
  if (res.headersSent) return
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type })
  res.end(JSON.stringify({ message }))
}
