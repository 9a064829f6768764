// A desktop shell's loopback listener (an Electron window serving its UI, a Tauri crate's local agent API) is
// the desktop runtime's, never a deployed web server's: no LISTENS_ON_LOCALHOST. An Electron package whose
// start command runs a separate server entry is a web server again, and still warns.
import { analyze } from '../../../src/analyzer/analyze.js'
import { desktopShell } from '../../../src/analyzer/signals/desktop-shell.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const EXPRESS_LOOPBACK =
  "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send('ui'))\napp.listen(45735, '127.0.0.1')\n"

const AXUM_LOOPBACK =
  'use std::net::SocketAddr;\n\n#[tokio::main]\nasync fn main() {\n    let app = axum::Router::new();\n    let addr = SocketAddr::from(([127, 0, 0, 1], 9119));\n    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();\n    axum::serve(listener, app).await.unwrap();\n}\n'

const CARGO = (deps: string): string =>
  `[package]\nname = "agent"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}\n`

/** The primary app: its start command, its framework and the LISTENS_ON_LOCALHOST warnings' files. */
function primary(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    startCommand: app.startCommand.value,
    framework: app.framework.value,
    loopback: app.warnings.filter(w => w.code === 'LISTENS_ON_LOCALHOST').map(w => w.file)
  }
}

describe('desktopShell', () => {
  it('an Electron package run through its main file: the shell, proved by package.json', () => {
    const tree = treeFromFiles({
      'desktop/package.json': JSON.stringify({
        main: 'main.js',
        scripts: { start: 'electron .' },
        dependencies: { express: '^4.21.0' },
        devDependencies: { electron: '43.4.0' }
      }),
      'desktop/main.js': EXPRESS_LOOPBACK
    })
    expect(desktopShell(tree, 'desktop', 'node main.js')).toBe('desktop/package.json')
    expect(desktopShell(tree, 'desktop', 'electron .')).toBe('desktop/package.json')
  })

  it('a Tauri crate: by tauri.conf.json, or by a tauri dependency', () => {
    const byConf = treeFromFiles({
      'src-tauri/Cargo.toml': CARGO('axum = "0.7"'),
      'src-tauri/tauri.conf.json': '{}'
    })
    expect(desktopShell(byConf, 'src-tauri', './target/release/agent')).toBe('src-tauri/tauri.conf.json')
    const byDep = treeFromFiles({ 'Cargo.toml': CARGO('tauri = { version = "2" }\naxum = "0.7"') })
    expect(desktopShell(byDep, '.', './target/release/agent')).toBe('Cargo.toml')
  })

  it('negatives: an Electron package that starts a separate server entry; a web package without Electron', () => {
    const serverOnly = treeFromFiles({
      'package.json': JSON.stringify({
        main: 'js/electron.js',
        scripts: { start: 'electron js/electron.js', server: 'node ./serveronly' },
        dependencies: { electron: '^39.0.0', express: '^5.0.0' }
      })
    })
    expect(desktopShell(serverOnly, '.', 'node serveronly')).toBeNull()
    const web = treeFromFiles({
      'package.json': JSON.stringify({ main: 'server.js', dependencies: { express: '^4.21.0' } })
    })
    expect(desktopShell(web, '.', 'node server.js')).toBeNull()
    expect(desktopShell(treeFromFiles({ 'Cargo.toml': CARGO('axum = "0.7"') }), '.', './app')).toBeNull()
  })
})

describe('LISTENS_ON_LOCALHOST on desktop shells', () => {
  it('an Electron window serving its UI on 127.0.0.1: no warning', () => {
    expect(
      primary({
        'package.json': JSON.stringify({
          name: 'desktop',
          main: 'main.js',
          scripts: { start: 'electron .' },
          dependencies: { express: '^4.21.0' },
          devDependencies: { electron: '43.4.0' }
        }),
        'main.js': EXPRESS_LOOPBACK
      })
    ).toEqual({ startCommand: 'node main.js', framework: 'express', loopback: [] })
  })

  it('an Electron runtime whose main file probes a free port on 127.0.0.1: no warning', () => {
    expect(
      primary({
        'package.json': JSON.stringify({
          name: 'runtime',
          main: 'src/js/app.js',
          scripts: { start: 'electron .' },
          dependencies: { electron: '^43.4.0' }
        }),
        'src/js/app.js':
          "const net = require('net')\nconst server = net.createServer()\nserver.listen(5050, '127.0.0.1')\n"
      })
    ).toEqual({ startCommand: 'node src/js/app.js', framework: 'none', loopback: [] })
  })

  it('a Tauri crate whose agent API binds 127.0.0.1: no warning', () => {
    expect(
      primary({
        'Cargo.toml': CARGO('axum = "0.7"\ntokio = { version = "1", features = ["full"] }\ntauri = "2"'),
        'tauri.conf.json': '{}',
        'src/main.rs': AXUM_LOOPBACK
      })
    ).toEqual({ startCommand: './target/release/agent', framework: 'axum', loopback: [] })
  })

  it('negative: the same axum listener in a crate without Tauri still warns', () => {
    expect(
      primary({
        'Cargo.toml': CARGO('axum = "0.7"\ntokio = { version = "1", features = ["full"] }'),
        'src/main.rs': AXUM_LOOPBACK
      })
    ).toEqual({ startCommand: './target/release/agent', framework: 'axum', loopback: ['src/main.rs'] })
  })

  it('negative: the same Express listener in a web package without Electron still warns', () => {
    expect(
      primary({
        'package.json': JSON.stringify({
          name: 'web',
          main: 'main.js',
          scripts: { start: 'node main.js' },
          dependencies: { express: '^4.21.0' }
        }),
        'main.js': EXPRESS_LOOPBACK
      })
    ).toEqual({ startCommand: 'npm start', framework: 'express', loopback: ['main.js'] })
  })
})
