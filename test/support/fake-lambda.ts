// Lambda's Invoke API on 127.0.0.1 (`POST /2015-03-31/functions/{name}/invocations`, REST-JSON), running
// handlers in process, so the real @aws-sdk/client-lambda can invoke them. Answers like Lambda does: the
// handler's JSON result with 200; a thrown error as 200 + `X-Amz-Function-Error: Unhandled` and an
// {errorType, errorMessage, trace} body; a request over 6 MB as 413 RequestTooLargeException; a result over
// 6 MB as a Function.ResponseSizeTooLarge function error; an unknown function as 404 ResourceNotFoundException.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeHandler = (event: unknown) => Promise<unknown>

export interface FakeLambdaOptions {
  functions: Record<string, FakeHandler>
  region?: string
  accountId?: string
  /** Lambda's synchronous payload limit, for requests and responses. */
  maxPayloadBytes?: number
}

export interface Invocation {
  functionName: string
  status: number
  requestBytes: number
  functionError: string | null
}

export interface FakeLambda {
  endpoint: string
  invocations: Invocation[]
  stop: () => Promise<void>
}

export const LAMBDA_MAX_PAYLOAD = 6_291_456
const PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/

export async function startFakeLambda(options: FakeLambdaOptions): Promise<FakeLambda> {
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const max = options.maxPayloadBytes ?? LAMBDA_MAX_PAYLOAD
  const invocations: Invocation[] = []

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      if (size <= max) chunks.push(chunk as Buffer)
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const m = PATH.exec(url.pathname)
    if (req.method !== 'POST' || !m)
      return error(
        res,
        404,
        'UnknownOperationException',
        `${req.method} ${url.pathname} is not an Invoke call`
      )
    const requested = decodeURIComponent(m[1]!)
    // Name, partial ARN or full ARN, with an optional :qualifier.
    const name = /(?:^|:function:)([A-Za-z0-9_-]+)(?::[^:]+)?$/.exec(requested)?.[1] ?? requested
    const arn = `arn:aws:lambda:${region}:${accountId}:function:${name}`
    const record = (status: number, functionError: string | null): void =>
      void invocations.push({ functionName: name, status, requestBytes: size, functionError })
    const fn = options.functions[name]
    if (!fn) {
      record(404, null)
      return error(res, 404, 'ResourceNotFoundException', `Function not found: ${arn}`)
    }
    if (size > max) {
      record(413, null)
      return error(
        res,
        413,
        'RequestTooLargeException',
        `Request must be smaller than ${max} bytes for the InvokeFunction operation`
      )
    }
    let event: unknown
    try {
      event = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null
    } catch {
      record(400, null)
      return error(res, 400, 'InvalidRequestContentException', 'Could not parse request body into json')
    }
    let result: string
    try {
      result = JSON.stringify((await fn(event)) ?? null)
    } catch (err) {
      record(200, 'Unhandled')
      const e = err as Error
      return functionError(res, { errorType: e.name || 'Error', errorMessage: e.message, trace: [] })
    }
    if (Buffer.byteLength(result) > max) {
      record(200, 'Unhandled')
      return functionError(res, {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage: `Response payload size exceeded maximum allowed payload size (${max} bytes).`
      })
    }
    record(200, null)
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-amzn-requestid': crypto.randomUUID(),
      'x-amz-executed-version': '$LATEST'
    })
    res.end(result)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(err => error(res, 500, 'ServiceException', (err as Error).message))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    invocations,
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function error(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': crypto.randomUUID(),
    'x-amzn-errortype': type
  })
  res.end(JSON.stringify({ Type: 'User', message }))
}

function functionError(res: ServerResponse, body: Record<string, unknown>): void {
  res.writeHead(200, {
    'content-type': 'application/json',
    'x-amzn-requestid': crypto.randomUUID(),
    'x-amz-executed-version': '$LATEST',
    'x-amz-function-error': 'Unhandled'
  })
  res.end(JSON.stringify(body))
}
