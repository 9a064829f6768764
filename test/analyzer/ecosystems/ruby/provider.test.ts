import { parseGemfile, rubyProvider } from '../../../../src/analyzer/ecosystems/ruby/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const ruby = rubyProvider as Provider<unknown>

test('Gemfile: groups and inline group options mark dev gems', () => {
  const deps = parseGemfile(
    'Gemfile',
    'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngroup :development, :test do\n  gem "rspec-rails"\nend\ngem "pry", group: :development\ngem "pg"\n'
  )
  expect(deps.get('rails')).toMatchObject({ dev: false, version: '~> 7.1', evidence: { line: 2 } })
  expect(deps.get('rspec-rails')?.dev).toBe(true)
  expect(deps.get('pry')?.dev).toBe(true)
  expect(deps.get('pg')?.dev).toBe(false)
})

test('Rails: puma port with ENV.fetch default, /up health route, .ruby-version', () => {
  const { value } = analyzeWith(ruby, {
    Gemfile: 'gem "rails"\n',
    '.ruby-version': 'ruby-3.2.2\n',
    'config/application.rb': 'module App; end\n',
    'config/puma.rb': '# port 9999\nport ENV.fetch("PORT") { 3100 }\n',
    'config/routes.rb': 'Rails.application.routes.draw do\n  get "up" => "rails/health#show"\nend\n'
  })
  expect(value('framework')).toBe('rails')
  expect(value('port')).toBe(3100)
  expect(value('healthPath')).toBe('/up')
  expect(value('runtimeVersion')).toBe('3.2.2')
  expect(value('startCommand')).toBe('bundle exec rails server -b 0.0.0.0 -p ${PORT:-3100}')
})

test('a Gemfile without a framework or config.ru is tooling', () => {
  expect(analyzeWith(ruby, { Gemfile: 'gem "rubocop"\n' }).report.apps).toHaveLength(0)
})
