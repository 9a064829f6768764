// An endpoint port computed by a helper function of the app: its literal fallback, replaced by the
// variables it reads.
import { endpointPortFunction } from '../../../../src/analyzer/ecosystems/elixir/endpoint-port-function.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const HELPER = [
  'defmodule App.ConfigParser do',
  '  def server_port(env) do',
  '    String.to_integer(Map.get(env, "SERVER_PORT") || Map.get(env, "PORT") || "7376")',
  '  end',
  '',
  '  def public_port, do: 443',
  'end'
].join('\n')

function portOf(runtime: string, helper = HELPER): ReturnType<typeof endpointPortFunction> {
  const tree = treeFromFiles({ 'config/runtime.exs': runtime, 'lib/app/config_parser.ex': helper })
  return endpointPortFunction(tree, 'config/runtime.exs', runtime, ['lib/app/config_parser.ex'])
}

describe('endpointPortFunction', () => {
  it('follows an aliased helper to its fallback, replaced by the variables it reads', () => {
    const c = portOf(
      'alias App.ConfigParser\nconfig :app, AppWeb.Endpoint,\n  http: [ip: {0, 0, 0, 0}, port: ConfigParser.server_port(env)]\n'
    )
    expect(c).toMatchObject({ value: 7376, replacedBy: ['SERVER_PORT', 'PORT'] })
    expect(c!.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'config/runtime.exs:3',
      'lib/app/config_parser.ex:3'
    ])
  })

  it('ignores the url port, helpers without a literal fallback and unknown modules (negative)', () => {
    expect(portOf('config :app, AppWeb.Endpoint, url: [port: App.ConfigParser.public_port()]\n')).toBeNull()
    expect(
      portOf(
        'config :app, AppWeb.Endpoint, http: [port: App.ConfigParser.server_port(env)]\n',
        'defmodule App.ConfigParser do\n  def server_port(env), do: String.to_integer(env["PORT"])\nend\n'
      )
    ).toBeNull()
    expect(portOf('config :app, AppWeb.Endpoint, http: [port: Other.Settings.server_port(env)]\n')).toBeNull()
  })
})
