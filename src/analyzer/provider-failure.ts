// A provider that throws (a reader meeting a file shape it did not expect) must not sink the analysis, nor
// vanish: the directory is then read by the other providers and the generic scan (Dockerfile, Procfile,
// compose, platform files), whose fields can look plausible and be wrong. The PROVIDER_ERROR warning says
// which provider failed where, with the error's message; under the debug flag (`DEPLIGHT_DEBUG=1`, or the
// runner's debug logging) it carries the stack too.
import type { Warning } from './report.js'

/** What the provider was asked to do when it threw. */
export type ProviderStage = 'detect' | 'plan' | 'workspaces'

const VERB: Record<ProviderStage, string> = {
  detect: 'detect',
  plan: 'plan',
  workspaces: 'list the workspace members of'
}

const AFTER: Record<ProviderStage, string> = {
  detect: 'the folder was read by the other providers and the generic scan',
  plan: "the app's fields come from the generic scan (Dockerfile, Procfile, compose, platform files) only",
  workspaces: 'its workspace members were not linked to their root'
}

/** The PROVIDER_ERROR warning for `error`, thrown by provider `id` at `stage` on folder `dir`. */
export function providerFailure(
  id: string,
  stage: ProviderStage,
  dir: string,
  error: unknown,
  debug = false
): Warning {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] || 'no message'
  const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : ''
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : ''
  return {
    code: 'PROVIDER_ERROR',
    message:
      `${id} provider failed to ${VERB[stage]} '${dir}' (${name}${message}); ${AFTER[stage]}. Set the fields in ` +
      '.delightful.yaml, and please report the repository layout to deplight' +
      (stack ? '' : ' (DEPLIGHT_DEBUG=1 adds the stack)') +
      stack,
    file: dir
  }
}
