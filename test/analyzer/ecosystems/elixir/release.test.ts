import { findRelease, mixReleases, startAlias } from '../../../../src/analyzer/ecosystems/elixir/release.js'
import type { ReleaseScope } from '../../../../src/analyzer/ecosystems/elixir/release.js'

const MIX = 'defmodule A.MixProject do\n  def project, do: [app: :shop, deps: deps()]\nend\n'

function scope(
  files: Record<string, string>,
  dir = '.',
  mix = MIX
): { scopes: ReleaseScope[]; read: (p: string) => string | null } {
  const mixPath = dir === '.' ? 'mix.exs' : `${dir}/mix.exs`
  const all = { [mixPath]: mix, ...files }
  return {
    scopes: [
      {
        dir,
        mixPath,
        mixText: mix,
        files: Object.keys(all)
          .sort()
          .map(path => ({ path, size: 1 }))
      }
    ],
    read: p => all[p] ?? null
  }
}

test('mix.exs releases: the first release name, with its line', () => {
  const text =
    'def project do\n  [\n    app: :shop,\n    releases: [shop_web: [include_executables_for: [:unix]]]\n  ]\nend\n'
  expect(mixReleases('mix.exs', text)).toEqual({
    name: 'shop_web',
    evidence: [{ file: 'mix.exs', line: 4, text: 'releases: [shop_web: [include_executables_for: [:unix]]]' }]
  })
  expect(mixReleases('mix.exs', 'def project, do: [app: :a, releases: releases()]\n')?.name).toBeNull()
  expect(mixReleases('mix.exs', '  # releases: [a: []]\ndef project, do: [app: :a]\n')).toBeNull()
})

test('no release signal: null (the app is started with its own server)', () => {
  const { scopes, read } = scope({
    'lib/shop.ex': 'defmodule Shop do\nend\n',
    'README.md': 'run mix release'
  })
  expect(findRelease(scopes, read)).toBeNull()
})

test('rel/ configuration is a release', () => {
  const { scopes, read } = scope({ 'rel/env.sh.eex': 'export X=1\n' })
  expect(findRelease(scopes, read)?.evidence[0]).toMatchObject({ file: 'rel/env.sh.eex' })
})

test('mix release in a Dockerfile or script is a release; a commented one or one in deps/ is not', () => {
  const built = scope({
    'docker/Dockerfile': 'FROM elixir\nRUN mix deps.get\nRUN mix compile && mix release\n'
  })
  expect(findRelease(built.scopes, built.read)?.evidence[0]).toMatchObject({
    file: 'docker/Dockerfile',
    line: 3
  })
  const commented = scope({
    'build.sh': '#!/bin/sh\n# mix release\nmix compile\n',
    'deps/x/Dockerfile': 'RUN mix release\n'
  })
  expect(findRelease(commented.scopes, commented.read)).toBeNull()
})

test('an umbrella member: the release the umbrella root defines', () => {
  const member = scope({}, 'apps/web', 'def project, do: [app: :web]\n')
  const root: ReleaseScope = {
    dir: '.',
    mixPath: 'mix.exs',
    mixText:
      'def project, do: [apps_path: "apps", releases: [platform: [applications: [web: :permanent]]]]\n',
    files: []
  }
  expect(findRelease([...member.scopes, root], member.read)?.name).toBe('platform')
  expect(findRelease(member.scopes, member.read)).toBeNull()
})

test('start alias: only one that runs the server', () => {
  expect(
    startAlias(
      'mix.exs',
      'defp aliases do\n  [\n    setup: ["deps.get"],\n    start: ["ecto.migrate", "phx.server"]\n  ]\nend\n'
    )
  ).toEqual({
    command: 'mix start',
    evidence: { file: 'mix.exs', line: 4, text: 'start: ["ecto.migrate", "phx.server"]' }
  })
  expect(startAlias('mix.exs', '[ "server": "run --no-halt" ]')?.command).toBe('mix server')
  expect(startAlias('mix.exs', '[start: ["deps.get", "compile"]]')).toBeNull()
})
