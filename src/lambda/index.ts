// The analyzer Lambda's entry (bundled to dist/lambda/index.js; the deployable zip names it index.mjs).
// Settings are read once per container; each invocation analyses one snapshot. Bad input throws, which
// Lambda reports to the caller as a FunctionError, and the analyze action then analyses locally.
import { handleEvent } from './handler.js'
import type { AnalyzerResponse } from './protocol.js'
import { settingsFromEnv, type FunctionSettings } from './settings.js'

let settings: Promise<FunctionSettings> | null = null

export async function handler(event: unknown): Promise<AnalyzerResponse> {
  settings ??= settingsFromEnv(process.env)
  let resolved: FunctionSettings
  try {
    resolved = await settings
  } catch (err) {
    settings = null // a fixed parameter or setting takes effect on the next invoke
    throw err
  }
  const response = await handleEvent(event, {
    ...resolved,
    info: message => console.log(message),
    warning: message => console.warn(message)
  })
  if (response.kind === 'report' && response.llm) console.log(JSON.stringify({ llm: response.llm }))
  return response
}
