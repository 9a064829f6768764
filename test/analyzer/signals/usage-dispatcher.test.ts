import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { webSubcommand } from '../../../src/analyzer/signals/usage-dispatcher.js'

const reader =
  (files: Record<string, string>) =>
  (path: string): string | null =>
    files[path] ?? null

const DISPATCHER = `#!/bin/bash
run() {
  eval $@
}
case "$1" in
  worker)
    run "bundle exec ruby script/worker.rb"
    ;;
  web-server)
    run "bundle exec puma -C config/puma.rb"
    ;;
  *)
    echo "Usage: tool [command]"
    echo
esac
`

describe('webSubcommand', () => {
  it('takes the arm whose command the Procfile web process runs', () => {
    const files = { Procfile: 'web: unset PORT; bundle exec puma -C config/puma.rb\nworker: x\n' }
    const found = webSubcommand('tool', { path: 'bin/tool', text: DISPATCHER }, ['.'], reader(files))
    expect(found?.command).toBe('tool web-server')
    expect(found?.evidence).toEqual({ file: 'bin/tool', line: 9, text: 'web-server)' })
    expect(found?.via).toBe("the web process of a deploy file runs this arm's command")
  })

  it('takes the subcommand a compose service publishing ports runs, not a worker service', () => {
    const text = DISPATCHER.replace('web-server)', 'frontend)')
    const compose = [
      'services:',
      '  jobs:',
      '    command: tool worker',
      '  ui:',
      '    command: ["tool", "frontend"]',
      '    ports: ["80:5000"]',
      ''
    ].join('\n')
    const found = webSubcommand('tool', { path: 'bin/tool', text }, ['.'], reader({ 'compose.yml': compose }))
    expect(found?.command).toBe('tool frontend')
    expect(found?.via).toBe('the web process of a deploy file runs this subcommand')
  })

  it('falls back to the arm named for a web server when no deploy file names one', () => {
    const found = webSubcommand('tool', { path: 'bin/tool', text: DISPATCHER }, ['.'], reader({}))
    expect(found?.command).toBe('tool web-server')
    expect(found?.via).toBe('the arm named for the web server')
  })

  it('gives nothing when the default arm runs something (the bare command starts the app)', () => {
    const text = DISPATCHER.replace('echo "Usage: tool [command]"', 'exec bundle exec puma')
    expect(webSubcommand('tool', { path: 'bin/tool', text }, ['.'], reader({}))).toBeNull()
  })

  it('gives nothing when no arm is the web one and only a worker service names a subcommand', () => {
    const text = DISPATCHER.replace('web-server)', 'migrate)')
    const compose = 'services:\n  jobs:\n    command: tool worker\n'
    expect(
      webSubcommand('tool', { path: 'bin/tool', text }, ['.'], reader({ 'compose.yml': compose }))
    ).toBeNull()
  })

  it('gives nothing for a Ruby script or a script without a case dispatch', () => {
    expect(
      webSubcommand('tool', { path: 'bin/tool', text: '#!/usr/bin/env ruby\nputs 1\n' }, ['.'], reader({}))
    ).toBeNull()
    expect(
      webSubcommand('tool', { path: 'bin/tool', text: '#!/bin/sh\nexec node server.js\n' }, ['.'], reader({}))
    ).toBeNull()
  })

  it('survives malformed compose files and huge scripts', () => {
    const files = { 'compose.yml': 'services: [: {{\n\u0000', Procfile: '\u0000\u0001' }
    expect(webSubcommand('tool', { path: 'bin/tool', text: DISPATCHER }, ['.'], reader(files))?.command).toBe(
      'tool web-server'
    )
    const huge = `#!/bin/sh\ncase "$1" in\n${'a) x ;;\n'.repeat(100_000)}*) echo usage ;;\nesac\n`
    expect(webSubcommand('tool', { path: 'bin/tool', text: huge }, ['.'], reader({}))).toBeNull()
  })
})

describe('readDockerfile with a usage-only CLI as CMD', () => {
  it('resolves the program through the image ENV PATH and runs its web subcommand', () => {
    const dockerfile = [
      'FROM ruby:3.4-slim AS base',
      'ENV PATH="/opt/app/bin:${PATH}"',
      'WORKDIR /opt/app',
      'COPY . .',
      'ENTRYPOINT ["/docker-entrypoint.sh"]',
      'CMD ["tool"]',
      'FROM base AS full',
      ''
    ].join('\n')
    const files = { Dockerfile: dockerfile, 'bin/tool': DISPATCHER }
    const facts = readDockerfile('Dockerfile', dockerfile, reader(files))
    expect(facts.startCommand.map(c => c.value)).toEqual(['tool web-server'])
    expect(facts.startCommand[0]?.source).toBe('Dockerfile CMD script bin/tool')
  })

  it('leaves a program that is no repository script alone', () => {
    const dockerfile = 'FROM node:20\nWORKDIR /app\nCOPY . .\nCMD ["tool"]\n'
    const facts = readDockerfile('Dockerfile', dockerfile, reader({ Dockerfile: dockerfile }))
    expect(facts.startCommand.map(c => c.value)).toEqual(['tool'])
  })
})
