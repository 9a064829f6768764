// mix.exs whose dependencies are computed from another file (holdout42 bonfire-app: `deps: deps()` built by
// Mess from config/deps.hex): the framework mix.lock pins counts when the app's config configures its own
// Phoenix endpoint (locked-framework.ts).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const LOCK = (extra = ''): string =>
  `%{\n  "jason": {:hex, :jason, "1.4.4", "abc", [:mix], [], "hexpm", "def"},\n${extra}  "phoenix": {:hex, :phoenix, "1.8.1", "abc", [:mix], [], "hexpm", "def"},\n  "plug_cowboy": {:hex, :plug_cowboy, "2.7.2", "abc", [:mix], [], "hexpm", "def"},\n}\n`

/** An app whose deps come from a helper reading a deps file; releases declared; endpoint in config.exs. */
const generatedDeps = (): Record<string, string> => ({
  'mix.exs':
    'defmodule Campfire.MixProject do\n  use Mix.Project\n  def project, do: [app: :campfire, version: "1.0.0", releases: [campfire: []], deps: Mess.deps(File.read!("config/deps.hex"))]\nend\n',
  'config/deps.hex': 'phoenix = "~> 1.8"\nplug_cowboy = "~> 2.7"\n',
  'mix.lock': LOCK(),
  'config/config.exs':
    'import Config\n\nconfig :campfire, Campfire.Web.Endpoint,\n  url: [host: "localhost"],\n  http: [port: 4000]\n',
  '.tool-versions': 'erlang 27.3\nelixir 1.18.4-otp-27\n'
})

/** Deps listed in a module attribute read from a file at compile time; the endpoint configured in runtime.exs. */
const attributeDeps = (): Record<string, string> => ({
  'mix.exs':
    'defmodule Board.MixProject do\n  use Mix.Project\n  @deps Code.eval_file("deps.exs") |> elem(0)\n  def project, do: [app: :board, elixir: "~> 1.16", deps: @deps]\nend\n',
  'deps.exs': '[{:phoenix, "~> 1.7"}]\n',
  'mix.lock': LOCK('  "bandit": {:hex, :bandit, "1.5.0", "abc", [:mix], [], "hexpm", "def"},\n'),
  'config/runtime.exs':
    'import Config\nif config_env() == :prod do\n  config :board, BoardWeb.Endpoint,\n    http: [port: String.to_integer(System.get_env("PORT") || "8080")]\nend\n'
})

const root = (files: Record<string, string>) => analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')

describe('framework from mix.lock when mix.exs lists no dependency literally', () => {
  it('generated deps (Mess-style deps file): a Phoenix release app', () => {
    const app = root(generatedDeps())!
    expect(app.framework.value).toBe('phoenix')
    expect(app.framework.evidence[0]).toMatchObject({ file: 'mix.lock', line: 3 })
    expect(app.language.value).toBe('elixir')
    expect(app.packageManager.value).toBe('mix')
    expect(app.port.value).toBe(4000)
    expect(app.startCommand.value).toBe('_build/prod/rel/campfire/bin/campfire start')
    expect(app.runtimeVersion.value).toBe('1.18.4-otp-27')
  })

  it('deps from a file evaluated at compile time, endpoint in runtime.exs: Phoenix on its PORT default', () => {
    const app = root(attributeDeps())!
    expect(app.framework.value).toBe('phoenix')
    expect(app.language.value).toBe('elixir')
    expect(app.packageManager.value).toBe('mix')
    expect(app.port.value).toBe(8080)
    expect(app.startCommand.value).toBe('mix phx.server')
    expect(app.runtimeVersion.value).toBe('~> 1.16')
  })

  it('negative: phoenix locked but no endpoint of the app configured (a library) is no app', () => {
    const files = generatedDeps()
    files['config/config.exs'] = 'import Config\n\nconfig :campfire, Campfire.Repo, pool_size: 10\n'
    expect(root(files)).toBeUndefined()
    // An endpoint of another OTP app (a test helper's) does not count either.
    files['config/config.exs'] = 'import Config\n\nconfig :other_app, OtherWeb.Endpoint, http: [port: 4002]\n'
    expect(root(files)).toBeUndefined()
  })
})
