import { JS_PORT_PATTERNS } from '../../../../src/analyzer/ecosystems/node/source.js'
import { CONFIG_FILE_PORT, findPorts } from '../../../../src/analyzer/signals/ports.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const portsOf = (code: string) =>
  findPorts(treeFromFiles({ 'server.js': code }), ['server.js'], JS_PORT_PATTERNS)

test('a config object port falling back to PORT, then a literal: replaced by PORT or by the loaded config', () => {
  for (const code of [
    'const port = conf.port || process.env.PORT || 3000\napp.listen(port)\n',
    'if (!conf.port) conf.port = process.env.PORT || 3000\napp.listen(conf.port)\n',
    'if (appconfig.port < 1 || process.env.HEROKU) {\n  appconfig.port = process.env.PORT || 3000\n}\n'
  ])
    expect(portsOf(code)).toEqual([
      expect.objectContaining({
        value: 3000,
        source: 'server.js config port fallback',
        replacedBy: ['PORT', CONFIG_FILE_PORT]
      })
    ])
})

test('an unconditional assignment or a plain PORT fallback is replaced by PORT only', () => {
  for (const code of [
    'conf.port = process.env.PORT || 3000\n',
    'app.listen(process.env.PORT || 3000)\n',
    'const options = { port: process.env.PORT ?? 3000 }\n'
  ])
    expect(portsOf(code)).toEqual([
      expect.objectContaining({ value: 3000, source: 'server.js PORT fallback', replacedBy: ['PORT'] })
    ])
})
