// A server listening on a field of its loaded config (`router.Start(cfg.Server.Public.Address)`) gets the
// value of that field in the config's defaults (`Public: ServerSettings{Address: ":8000"}`), the side
// listeners' (Admin, Management, Metrics) left out (holdout33 hanko).
import { describe, expect, it } from '@jest/globals'
import { configSelectorPorts } from '../../../../src/analyzer/ecosystems/go/config-selector-port.js'
import { goProvider } from '../../../../src/analyzer/ecosystems/go/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeWith } from '../helpers.js'

const go = goProvider as Provider<unknown>

const echoAuth = {
  'go.mod': 'module example.com/auth\n\ngo 1.24\n\nrequire github.com/labstack/echo/v4 v4.13.0\n',
  'main.go': 'package main\n\nimport "example.com/auth/server"\n\nfunc main() { server.Start() }\n',
  'server/server.go':
    'package server\n\nimport (\n\t"github.com/labstack/echo/v4"\n\t"example.com/auth/config"\n)\n\n' +
    'func Start() {\n\tcfg := config.DefaultConfig()\n\tgo StartAdmin(cfg)\n\trouter := echo.New()\n' +
    '\trouter.Logger.Fatal(router.Start(cfg.Server.Public.Address))\n}\n\n' +
    'func StartAdmin(cfg *config.Config) {\n\trouter := echo.New()\n\trouter.Logger.Fatal(router.Start(cfg.Server.Admin.Address))\n}\n',
  'config/config_default.go':
    'package config\n\nfunc DefaultConfig() *Config {\n\treturn &Config{\n\t\tServer: Server{\n' +
    '\t\t\tAdmin: ServerSettings{\n\t\t\t\tAddress: ":8001",\n\t\t\t},\n' +
    '\t\t\tPublic: ServerSettings{\n\t\t\t\tAddress: ":8000",\n\t\t\t},\n\t\t},\n' +
    '\t\tDatabase: Database{\n\t\t\tPort: "5432",\n\t\t},\n\t}\n}\n'
}

const netHttpFeeds = {
  'go.mod': 'module example.com/feeds\n\ngo 1.24\n',
  'main.go':
    'package main\n\nimport (\n\t"net/http"\n\t"example.com/feeds/conf"\n)\n\nfunc main() {\n\tc := conf.Load()\n' +
    '\tgo http.ListenAndServe(c.Metrics.Listen, nil)\n\tsrv := &http.Server{\n\t\tAddr:    c.HTTP.Listen,\n\t\tHandler: routes(),\n\t}\n\tsrv.ListenAndServe()\n}\n',
  'conf/conf.go':
    'package conf\n\nvar defaults = Config{\n\tHTTP: HTTPConfig{\n\t\tListen: "0.0.0.0:7400",\n\t\tTLS: TLSConfig{Listen: ":7443"},\n\t},\n' +
    '\tMetrics: MetricsConfig{\n\t\tListen: ":9100",\n\t},\n}\n'
}

describe('the default of the config field a server listens on', () => {
  it('gives an echo auth server its public address default, not the admin one', () => {
    const { value, app } = analyzeWith(go, echoAuth)
    expect(value('port')).toBe(8000)
    expect(value('framework')).toBe('echo')
    expect(app?.port.evidence[0]).toEqual(
      expect.objectContaining({ file: 'config/config_default.go', line: 10 })
    )
  })

  it('gives a net/http feed server its HTTP.Listen default, not the nested TLS or the metrics listener', () => {
    const { value, app } = analyzeWith(go, netHttpFeeds)
    expect(value('port')).toBe(7400)
    expect(value('framework')).toBe('none')
    expect(app?.port.evidence[0]?.file).toBe('conf/conf.go')
  })

  it('reads nothing for side listeners only, or a field with no default literal (negative)', () => {
    const adminOnly = {
      ...echoAuth,
      'server/server.go': echoAuth['server/server.go'].replace(
        'cfg.Server.Public.Address',
        'cfg.Server.Management.Address'
      )
    }
    expect(
      configSelectorPorts(
        treeFromFiles(adminOnly),
        Object.keys(adminOnly).filter(p => p.endsWith('.go'))
      )
    ).toEqual([])
    const noDefault = {
      ...echoAuth,
      'config/config_default.go': 'package config\n\nfunc DefaultConfig() *Config { return &Config{} }\n'
    }
    expect(
      configSelectorPorts(
        treeFromFiles(noDefault),
        Object.keys(noDefault).filter(p => p.endsWith('.go'))
      )
    ).toEqual([])
    expect(analyzeWith(go, noDefault).value('port')).toBe(8080)
  })
})
