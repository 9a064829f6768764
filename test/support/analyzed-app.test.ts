// The analyzer tests' shared set-up: the primary app of an in-memory repository and its plain field values.
import { analyzeFiles, plainFields, primaryApp, primaryFields } from './analyzed-app.js'

const express = {
  'package.json': JSON.stringify({
    name: 'api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.21.0' }
  }),
  'server.js': "const app = require('express')()\napp.listen(process.env.PORT || 3000)\n"
}

const flaskMember = {
  'services/web/requirements.txt': 'flask\n',
  'services/web/app.py': 'from flask import Flask\n\napp = Flask(__name__)\n'
}

describe('analyzed-app test helpers', () => {
  it('primaryFields: the primary app’s field values, and plain properties as they are', () => {
    expect(primaryFields(express, ['appDir', 'language', 'framework', 'port', 'dockerfile'])).toEqual({
      appDir: '.',
      language: 'javascript',
      framework: 'express',
      port: 3000,
      dockerfile: null
    })
  })

  it('the app of a given folder, in a repository of two apps', () => {
    const files = { ...express, ...flaskMember }
    expect(analyzeFiles(files).apps.map(a => a.appDir)).toEqual(expect.arrayContaining(['.', 'services/web']))
    expect(primaryFields(files, ['appDir', 'framework'], 'services/web')).toEqual({
      appDir: 'services/web',
      framework: 'flask'
    })
  })

  it('primaryApp: the whole app (evidence too); plainFields reads one already analysed', () => {
    const app = primaryApp(express)
    expect(app.port.evidence[0]?.file).toBe('server.js')
    expect(plainFields(app, ['framework', 'name'])).toEqual({ framework: 'express', name: 'api' })
  })

  it('negative: asking for a folder with no app throws, naming the apps there are', () => {
    expect(() => primaryApp(express, 'nowhere')).toThrow('no app at nowhere (apps: .)')
  })
})
