// Which local service a command is about: the one named, or the only one there is.
import { SERVICE_NAME, type StateDir } from '../stages/local-state.js'
import { UsageError } from './args.js'

export function pickService(state: StateDir, given: string | undefined, command: string): string {
  if (given !== undefined) {
    if (!SERVICE_NAME.test(given))
      throw new UsageError(`"${given}" is not a service name (lowercase letters, digits and '-')`)
    if (!state.readService(given)) {
      const known = state.services()
      throw new UsageError(
        `no local service named ${given} in ${state.root}${known.length ? `; services: ${known.join(', ')}` : '; deploy one with deplight deploy <dir>'}`
      )
    }
    return given
  }
  const services = state.services()
  if (services.length === 1) return services[0] as string
  if (services.length === 0)
    throw new UsageError(`no local services in ${state.root}; deploy one with 'deplight deploy <dir>'`)
  throw new UsageError(`${command} needs a service name: ${services.join(', ')}`)
}
