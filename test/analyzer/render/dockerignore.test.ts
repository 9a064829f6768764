import ignore from 'ignore'
import { generatorFor } from '../../../src/analyzer/render/dockerfile/index.js'
import { renderDockerignore } from '../../../src/analyzer/render/dockerignore.js'
import { CASES } from './cases.js'

const LOCKFILES_AND_MANIFESTS = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'bun.lockb',
  '.yarnrc.yml',
  'requirements.txt',
  'pyproject.toml',
  'uv.lock',
  'poetry.lock',
  'Pipfile',
  'Pipfile.lock',
  'go.mod',
  'go.sum',
  'pom.xml',
  'build.gradle.kts',
  'settings.gradle',
  'Gemfile',
  'Gemfile.lock',
  'composer.json',
  'composer.lock',
  'Cargo.toml',
  'Cargo.lock',
  'Api.csproj',
  'mix.exs',
  'mix.lock',
  'deno.json',
  'deno.lock',
  'config/config.exs',
  'src/main.rs',
  'app/models/user.rb',
  'public/index.html',
  '.env.example',
  'packages/shared/package.json'
]

function matcher(app: keyof typeof CASES): ReturnType<typeof ignore> {
  const found = CASES[app]!
  // `ignore` implements .gitignore matching, which .dockerignore follows for these patterns.
  return ignore().add(renderDockerignore(found, generatorFor(found)))
}

describe('renderDockerignore', () => {
  for (const name of Object.keys(CASES)) {
    it(`${name}: keeps every manifest and lockfile the Dockerfile copies, drops secrets and VCS`, () => {
      const ig = matcher(name)
      expect(LOCKFILES_AND_MANIFESTS.filter(file => ig.ignores(file))).toEqual([])
      for (const file of [
        '.git/config',
        '.env',
        '.env.production',
        'certs/server.pem',
        'deploy/id_rsa',
        'config/master.key',
        'deplight.auto.tfvars'
      ]) {
        expect(ig.ignores(file)).toBe(true)
      }
    })
  }

  it('drops dependencies and build output the image rebuilds', () => {
    expect(matcher('nextjs-standalone').ignores('node_modules/react/index.js')).toBe(true)
    expect(matcher('nextjs-standalone').ignores('.next/cache/x')).toBe(true)
    expect(matcher('npm-workspace-member').ignores('apps/api/node_modules/x')).toBe(true)
    expect(matcher('django-poetry').ignores('.venv/bin/python')).toBe(true)
    expect(matcher('rust-axum').ignores('target/release/api')).toBe(true)
    expect(matcher('dotnet-8').ignores('obj/project.assets.json')).toBe(true)
    expect(matcher('phoenix').ignores('_build/prod/x')).toBe(true)
  })

  it('keeps committed output of apps without a build step', () => {
    // An Express app without a build command may serve a committed dist/ folder.
    expect(matcher('express-npm').ignores('dist/app.js')).toBe(false)
    expect(matcher('static-html').ignores('build/index.html')).toBe(false)
  })
})
