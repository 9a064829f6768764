// A Puma port that falls back to a setting of the app: the default its settings DSL declares.
import { settingsDefaultPort } from '../../../../src/analyzer/ecosystems/ruby/settings-default-port.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function portOf(puma: string, settings: string): ReturnType<typeof settingsDefaultPort> {
  const tree = treeFromFiles({ 'config/puma.rb': puma, 'lib/app/settings.rb': settings })
  return settingsDefaultPort(tree, ['config/puma.rb'], ['lib/app/settings.rb'])
}

describe('settingsDefaultPort', () => {
  it('reads a block-form default inside the group the accessor chain names', () => {
    const c = portOf(
      'bind_port = ENV.fetch("PORT", App::Config.web_server.default_port)\n',
      'group :worker do\n  integer :default_port do\n    default 9090\n  end\nend\ngroup :web_server do\n  integer :default_port do\n    default 5000\n  end\nend\n'
    )
    expect(c).toMatchObject({ value: 5000, replacedBy: ['PORT'] })
    expect(c!.evidence.map(e => `${e.file}:${e.line}`)).toEqual(['config/puma.rb:1', 'lib/app/settings.rb:8'])
  })

  it('reads an inline default: (config_accessor) after ENV["PORT"] ||', () => {
    expect(
      portOf(
        'port ENV["APP_PORT"] || App::Settings.http_port\n',
        'config_accessor :http_port, default: 8123\n'
      )
    ).toMatchObject({ value: 8123, replacedBy: ['APP_PORT'] })
  })

  it('says nothing for a literal fallback, a setting without default or in another group (negative)', () => {
    expect(portOf('port ENV.fetch("PORT", 3000)\n', 'setting :port, default: 4000\n')).toBeNull()
    expect(portOf('port ENV.fetch("PORT") { App.config.port }\n', 'setting :port\n')).toBeNull()
    expect(
      portOf(
        'port ENV.fetch("PORT", App::Config.web.port)\n',
        'group :smtp do\n  integer :port do\n    default 2525\n  end\nend\n'
      )
    ).toBeNull()
  })
})
