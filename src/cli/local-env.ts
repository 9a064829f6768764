// The local commands' shared wiring: the state directory, the docker runner, how to start this program
// again (for the proxy process), and the smoke-test stage as the health checker.
import { resolve } from 'node:path'
import { processRunner } from '../integrations/docker/process-runner.js'
import type { LocalEnvironment } from '../stages/local-engine.js'
import type { SelfCommand } from '../stages/local-proxy-client.js'
import { defaultStateDir, StateDir } from '../stages/local-state.js'
import { runSmokeTest } from '../stages/smoke-test.js'
import type { CommandSpec } from './args.js'

/** Flags every local command takes. */
export const STATE_FLAGS: CommandSpec['flags'] = {
  'state-dir': { kind: 'string', example: '~/.local/state/deplight' }
}

/** This CLI, started again with the same node and loader flags (tsx in development, none when bundled). */
export function selfCommand(): SelfCommand {
  const script = process.argv[1]
  if (!script) throw new Error('cannot tell how this program was started (no script path in argv)')
  return { command: process.execPath, args: [...process.execArgv, resolve(script)] }
}

export function localEnvironment(stateDir: string | null, signal?: AbortSignal): LocalEnvironment {
  return {
    state: new StateDir(resolve(stateDir ?? defaultStateDir())),
    run: processRunner(),
    dockerEnv: process.env,
    dockerBinary: null,
    self: selfCommand(),
    health: runSmokeTest,
    signal
  }
}
