// Go apps that load their settings with viper by a bare name in search folders
// (`viper.SetConfigName("config")` + `viper.AddConfigPath("config")`) listen on the port of that file
// (issue 16 #4), field by field through the Go provider; a file in a folder viper does not search, a
// deployer's absolute folder, or another protocol's section says nothing.
import { goProvider } from '../../../../src/analyzer/ecosystems/go/provider.js'
import { analyzeWith } from '../helpers.js'

const GO_MOD =
  'module example.com/app\n\ngo 1.25.0\n\nrequire (\n\tgithub.com/labstack/echo/v4 v4.14.0\n\tgithub.com/spf13/viper v1.20.0\n)\n'
const MAIN =
  'package main\n\nimport (\n\t"github.com/labstack/echo/v4"\n\t"example.com/app/config"\n)\n\nfunc main() {\n\tcfg := config.Load()\n\te := echo.New()\n\te.Logger.Fatal(e.Start(cfg.Address()))\n}\n'
const loader = (calls: string): string =>
  `package config\n\nimport "github.com/spf13/viper"\n\nfunc Load() *Config {\n${calls}\tviper.ReadInConfig()\n\treturn nil\n}\n`

function analyzeApp(files: Record<string, string>) {
  return analyzeWith(goProvider, { 'go.mod': GO_MOD, 'cmd/web/main.go': MAIN, ...files })
}

describe('viper config file port', () => {
  test('SetConfigName("config") + AddConfigPath("config"): config/config.yaml http.port', () => {
    const { value, app } = analyzeApp({
      'config/config.go': loader(
        '\tviper.SetConfigName("config")\n\tviper.SetConfigType("yaml")\n\tviper.AddConfigPath(".")\n\tviper.AddConfigPath("config")\n\tviper.AddConfigPath("../config")\n'
      ),
      'config/config.yaml': 'http:\n  hostname: ""\n  port: 8000\ndatabase:\n  port: 5432\n'
    })
    expect(value('framework')).toBe('echo')
    expect(value('port')).toBe(8000)
    expect(app?.port.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'config/config.yaml:3',
      'config/config.go:6'
    ])
  })

  test('a second app: a TOML file named "settings" in the working folder, server.address', () => {
    const { value } = analyzeApp({
      'internal/conf/load.go': loader(
        '\tv := viper.New()\n\tv.SetConfigName("settings")\n\tv.AddConfigPath("./")\n'
      ),
      'settings.toml': '[smtp]\nport = 25\n\n[server]\naddress = "0.0.0.0:7100"\n'
    })
    expect(value('port')).toBe(7100)
  })

  test('negatives: an absolute search folder, a file outside the searched folders, a mail section', () => {
    // (8080: the analyzer's echo default.) /etc/app is the deployer's folder: the committed example in deploy/ is not what viper reads.
    const absolute = analyzeApp({
      'config/config.go': loader('\tviper.SetConfigName("app")\n\tviper.AddConfigPath("/etc/app")\n'),
      'deploy/app.yaml': 'port: 9999\n'
    })
    expect(absolute.value('port')).toBe(8080)
    const smtpOnly = analyzeApp({
      'config/config.go': loader('\tviper.SetConfigName("config")\n\tviper.AddConfigPath("config")\n'),
      'config/config.yaml': 'smtp:\n  port: 587\n'
    })
    expect(smtpOnly.value('port')).toBe(8080)
  })
})
