// A release image whose ENTRYPOINT is the release script alone (no CMD) runs `<script> start` (holdout35
// trento-web: `ENTRYPOINT ["/app/bin/trento"]`; the script without a command prints its usage).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const RELEASE_STAGE =
  'FROM elixir:1.17 AS release\nWORKDIR /build\nCOPY . .\nRUN mix deps.get && mix release\n\n'

/** A Phoenix app whose mix.exs names its release; the image's ENTRYPOINT is given. */
const phoenix = (entrypoint: string): Record<string, string> => ({
  'mix.exs':
    'defmodule Console.MixProject do\n  def project, do: [app: :console, releases: [console: [include_executables_for: [:unix]]], deps: deps()]\n  defp deps, do: [{:phoenix, "~> 1.7"}]\nend\n',
  'mix.lock': '%{}\n',
  'lib/console_web/router.ex': 'scope "/api" do\n  get "/readyz", HealthController, :ready\nend\n',
  Dockerfile: `${RELEASE_STAGE}FROM debian:bookworm-slim\nWORKDIR /app\nCOPY --from=release /build/_build/prod/rel/console .\nEXPOSE 4000\n${entrypoint}\n`
})

/** A Plug service released under its app name (rel/ config), run from WORKDIR /opt/svc by a relative path. */
const plugService = (): Record<string, string> => ({
  'mix.exs':
    'defmodule Svc.MixProject do\n  def project, do: [app: :svc, deps: deps()]\n  defp deps, do: [{:plug_cowboy, "~> 2.7"}]\nend\n',
  'rel/env.sh.eex': 'export RELEASE_DISTRIBUTION=none\n',
  Dockerfile: `${RELEASE_STAGE}FROM debian:bookworm-slim\nWORKDIR /opt/svc\nCOPY --from=release /build/_build/prod/rel/svc .\nENTRYPOINT ["bin/svc"]\n`
})

const start = (files: Record<string, string>) =>
  analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!.startCommand

describe('release script as the ENTRYPOINT without a CMD', () => {
  it('Phoenix: /app/bin/console start, from the ENTRYPOINT line', () => {
    const command = start(phoenix('ENTRYPOINT ["/app/bin/console"]'))
    expect(command.value).toBe('/app/bin/console start')
    expect(command.confidence).toBe(0.95)
    expect(command.evidence[0]).toMatchObject({ file: 'Dockerfile', line: 10 })
  })

  it('Plug service released under its app name: bin/svc start', () => {
    expect(start(plugService()).value).toBe('bin/svc start')
  })

  it('negative: a CMD that gives the command, or another script as ENTRYPOINT, is kept as written', () => {
    expect(start(phoenix('ENTRYPOINT ["/app/bin/console"]\nCMD ["daemon"]')).value).toBe(
      '/app/bin/console daemon'
    )
    expect(start(phoenix('ENTRYPOINT ["/app/bin/server"]')).value).toBe('/app/bin/server')
  })
})
