import { elixirProvider, parseMixExs } from '../../../../src/analyzer/ecosystems/elixir/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const elixir = elixirProvider as Provider<unknown>

test('mix.exs: app name, elixir requirement, deps with only: dev/test, aliases', () => {
  const mix = parseMixExs(
    'mix.exs',
    'defmodule A.MixProject do\n  def project, do: [app: :shop, elixir: "~> 1.15", aliases: ["assets.deploy": ["phx.digest"]]]\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      # {:plug_cowboy, "~> 2.0"},\n      {:credo, "~> 1.7", only: [:dev, :test]}\n    ]\n  end\nend\n'
  )
  expect(mix.app).toBe('shop')
  expect(mix.elixir).toMatchObject({ value: '~> 1.15', evidence: { line: 2 } })
  expect(mix.deps.get('phoenix')).toMatchObject({ dev: false, evidence: { line: 5 } })
  expect(mix.deps.has('plug_cowboy')).toBe(false)
  expect(mix.deps.get('credo')?.dev).toBe(true)
  expect(mix.hasAssetsDeploy).toBe(true)
})

test('umbrella: the Phoenix app under apps/ is the deployable one, with scoped health route', () => {
  const { report, value } = analyzeWith(elixir, {
    'mix.exs': 'defmodule U.MixProject do\n  def project, do: [apps_path: "apps"]\nend\n',
    'config/runtime.exs':
      'config :web, Web.Endpoint, http: [port: String.to_integer(System.get_env("PORT") || "4400")]\n',
    'apps/core/mix.exs': 'def project, do: [app: :core]\ndefp deps, do: [{:ecto, "~> 3.0"}]\n',
    'apps/web/mix.exs': 'def project, do: [app: :web]\ndefp deps, do: [{:phoenix, "~> 1.7"}]\n',
    'apps/web/lib/web/router.ex': 'scope "/api", Web do\n  get "/health", HealthController, :show\nend\n'
  })
  expect(report.apps.map(a => a.appDir)).toEqual(['apps/web'])
  expect(value('port')).toBe(4400)
  expect(value('healthPath')).toBe('/api/health')
  // No release defined anywhere (umbrella root, member, rel/, build scripts): the Phoenix server.
  expect(value('startCommand')).toBe('mix phx.server')
  expect(value('buildCommand')).toBe('mix compile')
})

test('umbrella member: the release the umbrella root defines is started, with its name', () => {
  const { value, report } = analyzeWith(elixir, {
    'mix.exs':
      'defmodule U.MixProject do\n  def project, do: [apps_path: "apps", releases: [platform: [applications: [web: :permanent]]]]\nend\n',
    'apps/web/mix.exs': 'def project, do: [app: :web]\ndefp deps, do: [{:phoenix, "~> 1.7"}]\n'
  })
  expect(value('startCommand')).toBe('_build/prod/rel/platform/bin/platform start')
  expect(value('buildCommand')).toBe('mix release')
  expect(report.apps[0]!.hints).toMatchObject({ release: 'platform' })
})

test('a Phoenix app with no release: mix phx.server; its start alias when mix.exs has one', () => {
  const deps = 'defp deps, do: [{:phoenix, "~> 1.7"}]\n'
  expect(
    analyzeWith(elixir, { 'mix.exs': `def project, do: [app: :shop]\n${deps}` }).value('startCommand')
  ).toBe('mix phx.server')
  const aliased = analyzeWith(elixir, {
    'mix.exs': `def project, do: [app: :shop]\n${deps}defp aliases, do: [start: ["ecto.migrate", "phx.server"]]\n`
  })
  expect(aliased.value('startCommand')).toBe('mix start')
})

describe('health routes answered by a plug before the router', () => {
  const base = {
    'mix.exs':
      'defmodule H.MixProject do\n  def project, do: [app: :h]\n  defp deps, do: [{:phoenix, "~> 1.7"}]\nend\n',
    'lib/h_web/plugs/status.ex': [
      'defmodule HWeb.Plugs.Status do',
      '  import Plug.Conn',
      '  alias Plug.Conn',
      '  def call(%Conn{path_info: ["status"]} = conn, _opts), do: conn |> send_resp(200, "") |> halt()',
      '  def call(conn, _opts), do: conn',
      'end',
      ''
    ].join('\n')
  }
  test('a plug the endpoint plugs in serves the path its call/2 matches', () => {
    const { value } = analyzeWith(elixir, {
      ...base,
      'lib/h_web/endpoint.ex':
        'defmodule HWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :h\n  plug HWeb.Plugs.Status\n  plug HWeb.Router\nend\n'
    })
    expect(value('healthPath')).toBe('/status')
  })
  test('request_path matches count too; a plug nothing plugs in serves nothing', () => {
    const { value } = analyzeWith(elixir, {
      ...base,
      'lib/h_web/plugs/health.ex':
        'defmodule HWeb.Plugs.Health do\n  def call(%Plug.Conn{request_path: "/health"} = conn, _), do: conn\nend\n',
      'lib/h_web/endpoint.ex': 'defmodule HWeb.Endpoint do\n  plug(HWeb.Plugs.Health)\nend\n'
    })
    expect(value('healthPath')).toBe('/health')
    const unplugged = analyzeWith(elixir, {
      ...base,
      'lib/h_web/endpoint.ex': 'defmodule HWeb.Endpoint do\nend\n'
    })
    expect(unplugged.value('healthPath') ?? null).toBeNull()
  })
})
