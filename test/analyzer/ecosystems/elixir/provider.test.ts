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
  expect(value('startCommand')).toBe('_build/prod/rel/web/bin/web start')
})
