// A start script that opens a desktop shell is no server start; the app's server script is (holdout14 MagicMirror).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import {
  desktopAppServerScript,
  launchesDesktopShell
} from '../../../../src/analyzer/ecosystems/node/desktop-start.js'

function start(pkg: object, files: Record<string, string> = {}) {
  const report = analyze(treeFromFiles({ 'package.json': JSON.stringify(pkg), ...files }))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return app.startCommand
}

const serverJs = "const express = require('express')\nexpress().listen(8080)\n"

describe('Electron start script beside a server mode', () => {
  test('MagicMirror-like: start → node --run start:wayland → electron; server script is the start command', () => {
    const s = start(
      {
        name: 'mirror',
        main: 'js/electron.js',
        scripts: {
          server: 'node ./serveronly',
          start: 'node --run start:wayland',
          'start:wayland': 'WAYLAND_DISPLAY=wayland-1 ./node_modules/.bin/electron js/electron.js'
        },
        dependencies: { express: '4' },
        devDependencies: { electron: '30' }
      },
      { 'serveronly/index.js': "require('../js/server')\n", 'js/server.js': serverJs, 'js/electron.js': '' }
    )
    expect(s.value).toBe('npm run server')
    expect(s.source).toBe('package.json#scripts.server (scripts.start opens a desktop shell)')
    expect(s.evidence[0]?.file).toBe('package.json')
  })

  test('a direct `electron .` start with a start:server script (yarn)', () => {
    const s = start(
      {
        name: 'board',
        scripts: { start: 'electron .', 'start:server': 'node server/index.js' },
        dependencies: { express: '4' }
      },
      { 'server/index.js': serverJs, 'yarn.lock': '' }
    )
    expect(s.value).toBe('yarn start:server')
  })

  test('negative: an Electron start with no server script keeps start, demoted but unreplaced', () => {
    const s = start({ name: 'desk', scripts: { start: 'electron .' }, dependencies: { express: '4' } })
    expect(s.value).toBe('npm start')
    expect(s.source).toBe('package.json#scripts.start (opens a desktop shell)')
  })

  test('negative: a server start beside a server script keeps start', () => {
    const s = start(
      {
        name: 'api',
        scripts: { start: 'node index.js', server: 'node other.js' },
        dependencies: { express: '4' }
      },
      { 'index.js': serverJs }
    )
    expect(s.value).toBe('npm start')
  })

  test('the script chain reader: npm run / node --run / electron-forge, and an electron-builder build is no launch', () => {
    expect(launchesDesktopShell({ start: 'npm run app', app: 'electron-forge start' }, 'start')).toBe(true)
    expect(
      launchesDesktopShell({ start: 'node --run a', a: 'node --run b', b: 'electron main.js' }, 'start')
    ).toBe(true)
    expect(launchesDesktopShell({ start: 'node server.js', dist: 'electron-builder' }, 'start')).toBe(false)
    expect(launchesDesktopShell({ start: 'electron-builder --dir' }, 'start')).toBe(false)
    expect(launchesDesktopShell({ start: 'npm run start' }, 'start')).toBe(false)
    expect(desktopAppServerScript({ server: 'electron .', serve: 'node web.js' })).toBe('serve')
  })
})
