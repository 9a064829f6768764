// A provider that throws is never silent: the PROVIDER_ERROR warning names the provider, the stage, the folder
// and the error's message, says where the fields come from instead, and carries the stack under the debug flag.
import { analyze } from '../../src/analyzer/analyze.js'
import { nodeProvider } from '../../src/analyzer/ecosystems/node/provider.js'
import { pythonProvider } from '../../src/analyzer/ecosystems/python/provider.js'
import { PROVIDERS } from '../../src/analyzer/ecosystems/index.js'
import type { Provider } from '../../src/analyzer/provider.js'
import { providerFailure } from '../../src/analyzer/provider-failure.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'
import { debugFromEnv } from '../../src/stages/analyze.js'

const EXPRESS = {
  'package.json': JSON.stringify({
    name: 'api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4' }
  }),
  'server.js': "require('express')().listen(process.env.PORT || 3000)\n",
  Dockerfile: 'FROM node:22-slim\nCOPY . .\nEXPOSE 8080\nCMD ["node", "server.js"]\n'
}
const FLASK = {
  'requirements.txt': 'flask==3.0.0\ngunicorn==22.0.0\n',
  'app.py':
    "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/healthz')\ndef health():\n    return 'ok'\n",
  Procfile: 'web: gunicorn -b 0.0.0.0:5000 app:app\n'
}

/** The registry with `id`'s provider replaced by one whose `stage` throws `error`. */
function failing(id: string, stage: 'detect' | 'plan' | 'workspaces', error: Error): Provider<unknown>[] {
  return PROVIDERS.map(p =>
    p.id !== id
      ? p
      : ({
          ...p,
          [stage]: () => {
            throw error
          }
        } as Provider<unknown>)
  )
}

const providerErrors = (warnings: { code: string; message: string }[]): string[] =>
  warnings.filter(w => w.code === 'PROVIDER_ERROR').map(w => w.message)

describe('a provider that throws', () => {
  it.each([
    ['an Express app whose node plan throws', nodeProvider.id, EXPRESS, 8080, 'node server.js'],
    [
      'a Flask app whose python plan throws',
      pythonProvider.id,
      FLASK,
      5000,
      'gunicorn -b 0.0.0.0:5000 app:app'
    ]
  ])(
    '%s: the app stays, from the generic scan, and the warning says so',
    (_label, id, files, port, start) => {
      const report = analyze(treeFromFiles(files), {
        providers: failing(
          id,
          'plan',
          new TypeError("Cannot read properties of undefined (reading 'scripts')")
        )
      })
      const app = report.apps.find(a => a.appDir === '.')!
      expect(app.port.value).toBe(port)
      expect(app.startCommand.value).toBe(start)
      expect(providerErrors(app.warnings)).toEqual([
        `${id} provider failed to plan '.' (TypeError: Cannot read properties of undefined (reading 'scripts')); ` +
          "the app's fields come from the generic scan (Dockerfile, Procfile, compose, platform files) only. " +
          'Set the fields in .delightful.yaml, and please report the repository layout to deplight ' +
          '(DEPLIGHT_DEBUG=1 adds the stack)'
      ])
    }
  )

  it('under the debug flag the warning carries the stack', () => {
    const error = new Error('unexpected manifest shape')
    const report = analyze(treeFromFiles(EXPRESS), { providers: failing('node', 'plan', error), debug: true })
    const [message] = providerErrors(report.apps[0]!.warnings)
    expect(message).toContain("node provider failed to plan '.' (unexpected manifest shape)")
    expect(message).toContain(`\n${error.stack}`)
    expect(message).not.toContain('DEPLIGHT_DEBUG=1 adds the stack')
  })

  it('a workspaces() that throws is a repository warning; the folder is still analysed', () => {
    const report = analyze(treeFromFiles(EXPRESS), {
      providers: failing('node', 'workspaces', new Error('bad yaml'))
    })
    expect(providerErrors(report.warnings)).toEqual([
      "node provider failed to list the workspace members of '.' (bad yaml); its workspace members were not linked to their root. " +
        'Set the fields in .delightful.yaml, and please report the repository layout to deplight ' +
        '(DEPLIGHT_DEBUG=1 adds the stack)'
    ])
    expect(report.apps[0]!.framework.value).toBe('express')
  })

  it('no provider throws: no PROVIDER_ERROR anywhere', () => {
    for (const files of [EXPRESS, FLASK]) {
      const report = analyze(treeFromFiles(files))
      expect(providerErrors([...report.warnings, ...report.apps.flatMap(a => a.warnings)])).toEqual([])
    }
  })

  it('a thrown non-Error is named by its text', () => {
    expect(providerFailure('go', 'detect', 'svc', 'oops').message).toMatch(
      /^go provider failed to detect 'svc' \(oops\);/
    )
  })

  it('the debug flag of the environment: DEPLIGHT_DEBUG=1 or RUNNER_DEBUG=1', () => {
    expect(debugFromEnv({ DEPLIGHT_DEBUG: '1' })).toBe(true)
    expect(debugFromEnv({ RUNNER_DEBUG: '1' })).toBe(true)
    expect(debugFromEnv({ DEPLIGHT_DEBUG: '0' })).toBe(false)
    expect(debugFromEnv({})).toBe(false)
  })
})
