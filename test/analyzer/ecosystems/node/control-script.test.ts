// A package whose bin is a daemon control script (`bin/control.sh start|stop|…`) running its own entry with
// node is a server (holdout33: a scheduler on pixl-server components, no `.listen(` in its entry, no
// Dockerfile). A bin script without a `start` arm is a command-line tool.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { controlScript } from '../../../../src/analyzer/ecosystems/node/control-script.js'
import { readPackageJson } from '../../../../src/analyzer/ecosystems/node/manifest.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { contextFor } from '../helpers.js'

const control = (binary: string, arms = 'start)\n\t\t$BINARY\n\t;;\n\tstop)\n\t\tkill $PID\n\t;;'): string =>
  [
    '#!/bin/bash',
    'HOMEDIR="$(dirname "$(cd -- "$(dirname "$0")" && pwd)")"',
    `BINARY="${binary}"`,
    'for ARG in $@',
    'do',
    '\tcase $ARG in',
    `\t${arms}`,
    '\tesac',
    'done',
    ''
  ].join('\n')

/** A scheduler: main lib/main.js builds its server from a library, bin/control.sh starts it. */
const scheduler = (over: Record<string, string> = {}): Record<string, string> => ({
  'package.json': JSON.stringify(
    {
      name: 'scheduler',
      private: true,
      main: 'lib/main.js',
      bin: 'bin/control.sh',
      engines: { node: '>=22.12.0' },
      dependencies: { 'pixl-server': '^1.0.45', 'pixl-server-web': '^2.0.16' }
    },
    null,
    2
  ),
  'package-lock.json': '{"lockfileVersion": 3}',
  'lib/main.js':
    'var PixlServer = require("pixl-server");\nvar server = new PixlServer({ configFile: "conf/config.json" });\nserver.startup(function () {});\n',
  'bin/control.sh': control('node $HOMEDIR/lib/main.js'),
  ...over
})

/** A daemon whose bin map names the control script, started by a relative path. */
const daemon = (): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'relay',
    bin: { relayctl: './bin/relayctl.sh' },
    dependencies: { 'custom-http-kit': '1.0.0' }
  }),
  'yarn.lock': '',
  'server/boot.js': 'require("custom-http-kit").boot()\n',
  'bin/relayctl.sh': control('node ./server/boot.js --foreground', 'start|restart)\n\t\t$BINARY &\n\t;;')
})

const primary = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  return { report, app: report.apps.find(a => a.appDir === report.primary) }
}

describe('daemon control script', () => {
  it('finds the script and the entry its start arm runs', () => {
    const ctx = contextFor(scheduler())
    const found = controlScript(ctx, readPackageJson(ctx, [])!)
    expect(found?.script).toBe('bin/control.sh')
    expect(found?.entry).toBe('lib/main.js')
    expect(found?.evidence.map(e => e.line)).toEqual([3, 7])
  })

  it('a scheduler on an unknown server library is an app, field by field', () => {
    const { report, app } = primary(scheduler())
    expect(report.primary).toBe('.')
    expect(app?.language.value).toBe('javascript')
    expect(app?.framework.value).toBe('none')
    expect(app?.startCommand.value).toBe('node lib/main.js')
    expect(app?.packageManager.value).toBe('npm')
    expect(app?.runtimeVersion.value).toBe('22')
    expect(app?.healthPath.value).toBeNull()
  })

  it('a relay daemon named in a bin map, started from a relative path, field by field', () => {
    const ctx = contextFor(daemon())
    expect(controlScript(ctx, readPackageJson(ctx, [])!)?.entry).toBe('server/boot.js')
    const { report, app } = primary(daemon())
    expect(report.primary).toBe('.')
    expect(app?.framework.value).toBe('none')
    expect(app?.packageManager.value).toBe('yarn')
  })

  it('negative: a bin script without a start arm, or running no file of the package, is a tool', () => {
    const cli = scheduler({
      'bin/control.sh': '#!/bin/sh\nexec node "$(dirname "$0")/../lib/main.js" "$@"\n'
    })
    const ctx = contextFor(cli)
    expect(controlScript(ctx, readPackageJson(ctx, [])!)).toBeNull()
    expect(analyze(treeFromFiles(cli)).apps).toEqual([])
    const foreign = scheduler({ 'bin/control.sh': control('node /opt/other/server.js') })
    expect(analyze(treeFromFiles(foreign)).apps).toEqual([])
  })
})
