// The analyze action's side of the analyzer Lambda: build a bounded snapshot of the scanned tree, invoke the
// function synchronously with the real Lambda client, and send the files it asks for until it answers with
// a report. Every failure (FunctionError, 413, throttling, a snapshot over 6 MB, too many rounds) throws;
// the stage then warns and analyses locally.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda'
import { MAX_HEAD_BYTES, MAX_READ_BYTES, type SourceTree } from '../../analyzer/tree.js'
import {
  decodeReport,
  encodeEvent,
  MAX_PAYLOAD_BYTES,
  type AnalyzerResponse,
  type SentContent,
  type Snapshot
} from '../../lambda/protocol.js'
import { CONFIG_FILES } from '../../pipeline/config.js'
import type { RemoteAnalyzer, RemoteRequest, TreeAnalysis } from '../../stages/analyze.js'

/** Raw bytes of file contents sent up front, before the function asks for anything. */
export const SEED_BYTES = 2 * 1024 * 1024
const SEED_FILE_BYTES = 128 * 1024
/** Never sent up front: contents the analyzer does not read as text. */
const BINARY =
  /\.(png|jpe?g|gif|webp|ico|svg|bmp|woff2?|ttf|otf|eot|zip|gz|tgz|jar|war|class|pdf|mp[34]|mov|wasm|so|dylib|dll|exe|bin|lock|map)$/i

export interface LambdaAnalyzerOptions {
  functionName: string
  region: string
  client?: LambdaClient
  maxRounds?: number
  seedBytes?: number
}

export function lambdaAnalyzer(options: LambdaAnalyzerOptions): RemoteAnalyzer {
  // No retries: a timed-out analysis retried is twice the wait before the local fallback.
  const client =
    options.client ??
    new LambdaClient({ region: options.region, maxAttempts: 1, requestHandler: { requestTimeout: 900_000 } })
  const maxRounds = options.maxRounds ?? 4
  return {
    description: `analyzer function ${options.functionName}`,
    async analyze(request: RemoteRequest): Promise<TreeAnalysis> {
      const contents = seedContents(request, options.seedBytes ?? SEED_BYTES)
      for (let round = 1; round <= maxRounds; round++) {
        const payload = Buffer.from(JSON.stringify(encodeEvent(snapshotOf(request, contents))))
        if (payload.length > MAX_PAYLOAD_BYTES)
          throw new Error(
            `the repository snapshot is ${(payload.length / 1e6).toFixed(1)} MB, over Lambda's 6 MB request limit`
          )
        const out = await client.send(
          new InvokeCommand({
            FunctionName: options.functionName,
            InvocationType: 'RequestResponse',
            Payload: payload
          })
        )
        const body = out.Payload ? Buffer.from(out.Payload).toString('utf8') : ''
        if (out.FunctionError) throw new Error(functionError(out.FunctionError, body))
        const response = JSON.parse(body) as AnalyzerResponse
        if (response.kind === 'report')
          return { report: decodeReport(response), cache: response.cache, llm: response.llm }
        const wanted = response.paths.filter(p => request.tree.has(p) && !(p in contents))
        if (wanted.length === 0) throw new Error('the function asked again for files it was sent')
        for (const path of wanted) contents[path] = contentOf(request.tree, path)
      }
      throw new Error(`the function still needed files after ${maxRounds} rounds`)
    }
  }
}

function snapshotOf(request: RemoteRequest, contents: Record<string, SentContent>): Snapshot {
  const { tree } = request
  return {
    files: tree.files.map(f => ({ path: f.path, size: f.size })),
    contents,
    skipped: tree.skipped,
    // Read warnings are not sent: the function's own reads of the same files raise them again.
    warnings: tree.warnings.filter(w => w.code !== 'UNREADABLE_FILE'),
    config: request.config,
    appDir: request.appDir ?? null
  }
}

/** The config file, then the shallowest likely-text files, up to the seed budget. */
function seedContents(request: RemoteRequest, budget: number): Record<string, SentContent> {
  const { tree } = request
  const contents: Record<string, SentContent> = {}
  for (const name of CONFIG_FILES) if (tree.has(name)) contents[name] = contentOf(tree, name)
  const depth = (p: string): number => p.split('/').length
  const candidates = tree.files
    .filter(f => f.size <= SEED_FILE_BYTES && !BINARY.test(f.path))
    .sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1))
  let used = 0
  for (const f of candidates) {
    if (used + f.size > budget) break
    used += f.size
    contents[f.path] = contentOf(tree, f.path)
  }
  return contents
}

function contentOf(tree: SourceTree, path: string): SentContent {
  // Over the read limit the analysis only ever reads the head (a large lockfile's version line): send
  // that much, which the function's tree serves to readHead and never to read (the listed size is over).
  if ((tree.size(path) ?? 0) > MAX_READ_BYTES) return tree.readHead(path, MAX_HEAD_BYTES)
  const text = tree.read(path)
  if (text !== null) return text
  const warning = tree.warnings.find(w => w.code === 'UNREADABLE_FILE' && w.file === path)
  if (!warning) return null
  return { error: /\(([A-Za-z0-9_]+)\)/.exec(warning.message)?.[1] ?? 'error' }
}

function functionError(kind: string, body: string): string {
  try {
    const e = JSON.parse(body) as { errorType?: string; errorMessage?: string }
    return `${kind} error ${e.errorType ?? 'Error'}: ${(e.errorMessage ?? '').split('\n')[0]}`
  } catch {
    return `${kind} error: ${body.slice(0, 200)}`
  }
}
