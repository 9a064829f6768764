// `deplight __proxy --state-dir D --service S --port P`: the proxy process behind a local service's stable
// URL (started detached by deploy/rollback; not meant to be run by hand). Logs go to the service's
// proxy.log; SIGTERM or the control port's /stop ends it.
import { runProxy } from '../stages/local-proxy.js'
import { StateDir } from '../stages/local-state.js'
import { num, parseArgs, str, UsageError } from './args.js'
import type { CliIo } from './main.js'

export async function proxyCommand(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, {
    command: '__proxy',
    positional: [],
    flags: {
      'state-dir': { kind: 'string', example: 'DIR' },
      service: { kind: 'string', example: 'NAME' },
      port: { kind: 'port', example: '3000' }
    }
  })
  const root = str(flags, 'state-dir')
  const service = str(flags, 'service')
  const port = num(flags, 'port')
  if (!root || !service || !port) throw new UsageError('__proxy needs --state-dir, --service and --port')
  const state = new StateDir(root)
  const log = (message: string): void => void io.stderr.write(`${new Date().toISOString()} ${message}\n`)
  let proxy
  try {
    proxy = await runProxy({ service, port, infoFile: state.file(service, 'proxy.json'), log })
  } catch (error) {
    log(
      `cannot listen on 127.0.0.1:${port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    )
    return 3
  }
  const running = proxy
  const stop = (): void => void running.close()
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  await running.closed
  process.off('SIGTERM', stop)
  process.off('SIGINT', stop)
  log('stopped')
  return 0
}
