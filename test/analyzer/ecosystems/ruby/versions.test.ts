import { rubyVersion } from '../../../../src/analyzer/ecosystems/ruby/versions.js'
import { contextFor } from '../helpers.js'

describe('rubyVersion', () => {
  test('a Gemfile requirement is a range the app accepts, with its line', () => {
    const [c] = rubyVersion(
      contextFor({ Gemfile: "source 'https://rubygems.org'\n\nruby '>= 3.2.0', '< 4.1.0'\ngem 'rails'\n" })
    )
    expect(c).toMatchObject({
      value: '>= 3.2.0, < 4.1.0',
      source: 'Gemfile ruby requirement',
      evidence: [{ file: 'Gemfile', line: 3 }]
    })
    expect(rubyVersion(contextFor({ Gemfile: 'ruby "~> 3.3"\n' }))[0]?.value).toBe('~> 3.3')
  })
  test('an exact pin stays the pin; a file reference and a gem named like ruby are no requirement', () => {
    expect(rubyVersion(contextFor({ Gemfile: "ruby '3.3.1'\n" }))[0]).toMatchObject({
      value: '3.3.1',
      source: 'Gemfile ruby'
    })
    expect(rubyVersion(contextFor({ Gemfile: 'ruby file: ".ruby-version"\n' }))).toEqual([])
    expect(rubyVersion(contextFor({ Gemfile: "gem 'ruby-openai', '>= 7.0'\n" }))).toEqual([])
  })
})
