// A settings model's server section (`class ServerConfig(BaseModel): port: int = 5000`) in a config schema
// module: the app's default port, though the module also holds other services' ports (a DNS check's 53, a
// database's) and sits past the first sources read for ports (holdout29 octoprint).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { serverConfigPorts } from '../../../../src/analyzer/ecosystems/python/server-config-port.js'
import type { AppContext } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return { framework: app.framework.value, port: app.port.value, portSource: app.port.source }
}

const serverSchema = [
  'from typing import Optional',
  '',
  'from pydantic import BaseModel',
  '',
  '',
  'class OnlineCheckConfig(BaseModel):',
  '    host: str = "1.1.1.1"',
  '    port: int = 53',
  '',
  '',
  'class ServerConfig(BaseModel):',
  '    host: Optional[str] = None',
  '    port: int = 5000',
  '    onlineCheck: OnlineCheckConfig = OnlineCheckConfig()',
  ''
].join('\n')

/** Many modules before the schema: the port patterns' first sources do not reach it. */
const filler = Object.fromEntries(
  Array.from({ length: 130 }, (_, i) => [`printer/plugins/p${String(i).padStart(3, '0')}.py`, 'VALUE = 1\n'])
)

describe("a settings model's server port", () => {
  it('a Flask print server whose schema module is read past the first sources', () => {
    expect(
      fields({
        'requirements.txt': 'flask==3.1.0\npydantic==2.10.0\n',
        'printer/__init__.py': '',
        'printer/server.py': 'from flask import Flask\n\napp = Flask("printer")\n',
        ...filler,
        'printer/schema/config/server.py': serverSchema
      })
    ).toEqual({ framework: 'flask', port: 5000, portSource: 'ServerConfig settings port field' })
  })

  it('a FastAPI service whose settings.py holds an HttpSettings section beside a database one', () => {
    expect(
      fields({
        'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.34.0\n',
        'svc/__init__.py': '',
        'svc/main.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
        'svc/settings.py':
          'from pydantic_settings import BaseSettings\n\n\nclass DatabaseSettings(BaseSettings):\n    port: int = 5433\n\n\nclass HttpSettings(BaseSettings):\n    port: int = 8600\n'
      }).port
    ).toBe(8600)
  })

  it('negative: a port field of another class, or outside a settings module, is not the server port', () => {
    const tree = treeFromFiles({
      'printer/schema/config/server.py': serverSchema.replace('class ServerConfig', 'class WebcamStream'),
      'printer/server/ports.py': 'class ServerConfig:\n    port: int = 7000\n'
    })
    const ctx = { tree, dir: '.' } as unknown as AppContext
    expect(serverConfigPorts(ctx, ['printer/schema/config/server.py', 'printer/server/ports.py'])).toEqual([])
    expect(
      serverConfigPorts(
        { tree: treeFromFiles({ 'conf/server.py': serverSchema }), dir: '.' } as unknown as AppContext,
        ['conf/server.py']
      ).map(c => c.value)
    ).toEqual([5000])
  })
})
