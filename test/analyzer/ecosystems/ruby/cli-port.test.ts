import { rubyCliPorts } from '../../../../src/analyzer/ecosystems/ruby/cli-port.js'
import { PORT } from '../../../../src/analyzer/precedence.js'
import { contextFor } from '../helpers.js'

const cli = (hash: string): string =>
  `#!/usr/bin/env ruby\nrequire 'optparse'\n\noptions = ${hash}\nOptionParser.new { |o| o.on('-p PORT') }.parse!\n`

test('the port default of an OptionParser executable under bin/ or exe/, with its line', () => {
  const ctx = contextFor({
    Gemfile: "gem 'sinatra'\n",
    'bin/wiki': cli('{\n  :port => 4567,\n  :bind => "0.0.0.0"\n}')
  })
  expect(rubyCliPorts(ctx)).toEqual([
    expect.objectContaining({
      value: 4567,
      confidence: PORT.portDefault,
      evidence: [expect.objectContaining({ file: 'bin/wiki', line: 5 })]
    })
  ])
  const member = contextFor({ 'web/Gemfile': "gem 'roda'\n", 'web/exe/serve': cli('{ port: 8300 }') }, 'web')
  expect(rubyCliPorts(member).map(c => c.value)).toEqual([8300])
})

test('other keys, binstubs, scripts without OptionParser or of another language are not read', () => {
  expect(rubyCliPorts(contextFor({ 'bin/migrate': cli('{ db_port: 5432 }') }))).toEqual([])
  expect(rubyCliPorts(contextFor({ 'bin/rails': cli('{ port: 3000 }') }))).toEqual([])
  expect(
    rubyCliPorts(contextFor({ 'bin/serve': '#!/usr/bin/env ruby\noptions = { port: 4000 }\n' }))
  ).toEqual([])
  expect(
    rubyCliPorts(contextFor({ 'bin/serve': '#!/bin/sh\n# OptionParser\nexec x --port: 4000\n' }))
  ).toEqual([])
  expect(rubyCliPorts(contextFor({ 'lib/cli.rb': cli('{ port: 4000 }') }))).toEqual([])
})
