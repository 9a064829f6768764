// Ports from the config file the server loads by default (issue 16 #4): YAML and TOML, the top level and the
// web server's own section only, the file's sample when the file itself is not committed, and nothing from
// a config file no source opens.
import { analyze } from '../../../src/analyzer/analyze.js'
import { configFilePort } from '../../../src/analyzer/signals/config-file.js'
import { createAppContext } from '../../../src/analyzer/context.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const GO_LOADS_TOML = 'package main\nfunc main() { toml.DecodeFile("config.toml", &cfg) }\n'

function portOf(files: Record<string, string>, sources = ['main.go']): ReturnType<typeof configFilePort> {
  const ctx = createAppContext(treeFromFiles(files), '.', [], null)
  return configFilePort(ctx, sources)
}

describe('configFilePort', () => {
  test('[server] address = ":9000" in the config.toml the source decodes', () => {
    const [c] = portOf({
      'main.go': GO_LOADS_TOML,
      'config.toml': '[smtp]\nport = 25\n\n[server]\naddress = "0.0.0.0:9000"\n'
    })
    expect(c).toMatchObject({ value: 9000, source: 'config.toml server.address (loaded by the server)' })
    expect(c!.evidence[0]).toMatchObject({ file: 'config.toml', line: 5 })
  })

  test('a section of another protocol is not the web port', () => {
    expect(
      portOf({
        'main.go': GO_LOADS_TOML,
        'config.toml': '[smtp]\nport = 25\n[database]\nport = 5432\n'
      })
    ).toEqual([])
  })

  test('top-level port in YAML; http_port in the http section', () => {
    expect(portOf({ 'main.go': 'os.ReadFile("config.yml")', 'config.yml': 'port: 3000\n' })[0]?.value).toBe(
      3000
    )
    const [c] = portOf({
      'main.go': GO_LOADS_TOML,
      'config.toml': 'title = "x"\n[http]\nhttp_port = 8088\n'
    })
    expect(c).toMatchObject({ value: 8088, evidence: [{ line: 3 }] })
  })

  test('the committed sample ranks below the file itself', () => {
    const [sample] = portOf({ 'main.go': GO_LOADS_TOML, 'config.example.toml': '[server]\nport = 7000\n' })
    const [own] = portOf({ 'main.go': GO_LOADS_TOML, 'config.toml': '[server]\nport = 7000\n' })
    expect(sample!.value).toBe(7000)
    expect(sample!.confidence).toBeLessThan(own!.confidence)
  })

  test('a config file no source names says nothing (negative)', () => {
    expect(portOf({ 'main.go': 'package main\n', 'config.toml': '[server]\naddress = ":9999"\n' })).toEqual(
      []
    )
  })

  test('an address without a port, or a port out of range, is ignored (negative)', () => {
    expect(portOf({ 'main.go': GO_LOADS_TOML, 'config.toml': 'address = "localhost"\n' })).toEqual([])
    expect(portOf({ 'main.go': GO_LOADS_TOML, 'config.toml': 'port = 70000\n' })).toEqual([])
  })
})

describe('configFilePort: a config path written in a source', () => {
  test('"./config/default.toml" named in a Rust source: its [server] port', () => {
    const [c] = portOf(
      {
        'src/settings.rs': 'const CURRENT_DIR: &str = "./config/default.toml";',
        'config/default.toml': '[database]\nport = 5432\n\n[server]\nport = 7000\n'
      },
      ['src/settings.rs']
    )
    expect(c).toMatchObject({
      value: 7000,
      source: 'config/default.toml server.port (named in src/settings.rs)'
    })
    expect(c!.evidence[0]).toMatchObject({ file: 'config/default.toml', line: 5 })
  })

  test('"configs/relay.yaml" with http.addr', () => {
    expect(
      portOf({
        'main.go': 'path = "configs/relay.yaml"',
        'configs/relay.yaml': 'http:\n  addr: ":9400"\n'
      })[0]?.value
    ).toBe(9400)
  })

  test('compose files, CI workflows and Kubernetes manifests named in a source are no server config', () => {
    expect(
      portOf({
        'main.go':
          'a := "deploy/app.yaml"; b := "docker/docker-compose.yml"; c := ".github/workflows/ci.yml"',
        'deploy/app.yaml': 'port: 8000\n',
        'docker/docker-compose.yml': 'port: 8001\n',
        '.github/workflows/ci.yml': 'port: 8002\n'
      })
    ).toEqual([])
  })

  test('a named file that is not in the repository, or has no web port, gives nothing', () => {
    expect(portOf({ 'main.go': 'p := "/etc/app/config.toml"; q := "conf/missing.toml"' })).toEqual([])
    expect(portOf({ 'main.go': 'p := "conf/app.toml"', 'conf/app.toml': '[smtp]\nport = 25\n' })).toEqual([])
  })
})

// holdout33 cronicle: lib/main.js loads `configFile: "conf/config.json"`, which an install step copies from
// the committed sample_conf/config.json (`"WebServer": { "http_port": 3012 }`). A JSON config named by the
// source is read, else its template beside it or in a sample folder; `WebServer`/`http_server` are the web
// server's own section. Field by field through the whole analyzer.
describe('a JSON config the server loads, or its committed template', () => {
  const fields = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    const app = report.apps.find(a => a.appDir === report.primary)!
    return {
      appDir: app.appDir,
      port: app.port.value,
      evidence: app.port.evidence.map(e => `${e.file}:${e.line}`)
    }
  }
  const daemon = (main: string) => ({
    'package.json': JSON.stringify({
      name: 'jobs',
      scripts: { start: 'node lib/main.js' },
      dependencies: {}
    }),
    'lib/main.js': main
  })

  it('a daemon whose conf/config.json is copied from sample_conf/', () => {
    expect(
      fields({
        ...daemon(
          'const Server = require("pixl-server")\nconst server = new Server({\n  configFile: "conf/config.json",\n  components: []\n})\nserver.startup()\n'
        ),
        'sample_conf/config.json':
          '{\n  "base_app_url": "http://localhost",\n  "WebServer": {\n    "http_port": 3012\n  }\n}\n'
      })
    ).toEqual({ appDir: '.', port: 3012, evidence: ['sample_conf/config.json:4', 'lib/main.js:3'] })
  })

  it('an express app reading config/app-config.json, whose example sits beside it', () => {
    expect(
      fields({
        'package.json': JSON.stringify({
          name: 'web',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.21.0' }
        }),
        'server.js':
          "const cfg = JSON.parse(require('fs').readFileSync('./config/app-config.json'))\nrequire('express')().listen(cfg.port)\n",
        'config/app-config.example.json': '{\n  "db": { "port": 5432 },\n  "port": 8085\n}\n'
      })
    ).toEqual({ appDir: '.', port: 8085, evidence: ['config/app-config.example.json:3', 'server.js:1'] })
  })

  it('negatives: a data file, a template whose port belongs to another protocol', () => {
    expect(
      portOf(
        {
          'lib/main.js': 'const c = require("./data/countries.json")\n',
          'data/countries.sample.json': '{ "port": 80 }\n'
        },
        ['lib/main.js']
      )
    ).toEqual([])
    expect(
      portOf(
        {
          'lib/main.js': 'load("conf/config.json")\n',
          'sample_conf/config.json': '{ "smtp": { "port": 25 }, "database": { "port": 5432 } }\n'
        },
        ['lib/main.js']
      )
    ).toEqual([])
  })
})
