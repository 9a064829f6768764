// The config file a Dockerfile's start command passes, traced to the repository file the image got there.
import {
  configArgumentPort,
  configArguments,
  type ConfigArgumentContext
} from '../../../src/analyzer/signals/config-argument.js'
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'

function portsOf(dockerfile: string, files: Record<string, string>): { value: number; source: string }[] {
  const read = (p: string): string | null => files[p] ?? null
  return readDockerfile('Dockerfile', dockerfile, read).port.map(p => ({ value: p.value, source: p.source }))
}

describe('a config file passed by the start command', () => {
  it('reads the web section of a gomplate file copied through a stage', () => {
    const ports = portsOf(
      [
        'FROM alpine AS stager',
        'COPY config.docker.yaml /etc/idp/',
        'FROM alpine',
        'COPY --from=stager /etc/idp /etc/idp',
        'CMD ["idp", "serve", "/etc/idp/config.docker.yaml"]'
      ].join('\n'),
      { 'config.docker.yaml': 'web:\n  http: {{ getenv "IDP_HTTP" "0.0.0.0:5556" }}\n' }
    )
    expect(ports).toEqual([
      {
        value: 5556,
        source:
          'Dockerfile CMD: config.docker.yaml web.http (the config /etc/idp/config.docker.yaml it passes)'
      }
    ])
  })

  it('reads a --config= flag relative to the WORKDIR, TOML with a shell default', () => {
    const ports = portsOf(
      ['FROM debian', 'WORKDIR /app', 'COPY . .', 'CMD ["./relayd", "--config=conf/relayd.toml"]'].join('\n'),
      { 'conf/relayd.toml': '[server]\nport = "${PORT:-7788}"\n' }
    )
    expect(ports.map(p => p.value)).toEqual([7788])
  })

  it('says nothing for a file the image did not copy, another protocol, or a manifest (negative)', () => {
    expect(
      portsOf('FROM alpine\nCMD ["idp", "serve", "/etc/idp/config.yaml"]', { 'config.yaml': 'port: 1' })
    ).toEqual([])
    expect(
      portsOf('FROM alpine\nCOPY smtp.yaml /etc/\nCMD ["mta", "-c", "/etc/smtp.yaml"]', {
        'smtp.yaml': 'smtp:\n  port: 25\n'
      })
    ).toEqual([])
    expect(
      portsOf('FROM node\nWORKDIR /app\nCOPY . .\nCMD ["node", "cli.js", "package.json"]', {
        'package.json': '{"port": 3000}'
      })
    ).toEqual([])
  })
})

describe('configArguments', () => {
  it('reads a config flag, its = form, or a positional config path; a relative one against the WORKDIR', () => {
    expect(configArguments('python3 -m bot -c /data/config.yaml', '/')).toEqual(['/data/config.yaml'])
    expect(configArguments('app --config=/etc/app/app.toml', '/')).toEqual(['/etc/app/app.toml'])
    expect(configArguments('issuer serve /etc/issuer/config.yml', '/')).toEqual(['/etc/issuer/config.yml'])
    expect(configArguments('app -c config.yaml', '/srv')).toEqual(['/srv/config.yaml'])
  })
  it('skips manifests, variables and other files (negative)', () => {
    expect(configArguments('node cli.js package.json', '/app')).toEqual([])
    expect(configArguments('app -c /etc/$CONFIG.yaml', '/')).toEqual([])
    expect(configArguments('node server.js /srv/data.csv', '/')).toEqual([])
  })
})

describe('configArgumentPort', () => {
  const files: Record<string, string> = {
    'example-config.yaml': 'server:\n  port: 29316\n',
    'docker/run.sh': '#!/bin/sh\ncp example-config.yaml /data/config.yaml\nexec bot -c /data/config.yaml\n',
    'conf/prod.toml': '[http]\nport = 7000\n',
    'bot/example-config.yaml': 'server:\n  port: 8123\n'
  }
  const ctx: ConfigArgumentContext = {
    copies: [],
    workdir: '/',
    dockerfileDir: '.',
    dockerfileText: 'FROM python:3.12\n',
    script: null,
    readFile: (p: string): string | null => files[p] ?? null
  }
  it('follows the entrypoint script copy of a repository file to the path the command passes', () => {
    const script = { path: 'docker/run.sh', text: files['docker/run.sh']! }
    expect(configArgumentPort('bot -c /data/config.yaml', { ...ctx, script })).toEqual({
      port: 29316,
      file: 'example-config.yaml',
      key: 'server.port',
      target: '/data/config.yaml',
      evidence: { file: 'example-config.yaml', line: 2, text: 'port: 29316' }
    })
  })
  it('follows a build step that put the file the script copies beside the app', () => {
    const script = { path: 'run.sh', text: 'cp example-config.yaml /data/config.yaml\nexec bot\n' }
    const dockerfileText = 'FROM python:3.12\nRUN cp bot/example-config.yaml .\n'
    const only = (p: string): string | null => (p === 'bot/example-config.yaml' ? files[p]! : null)
    expect(
      configArgumentPort('bot -c /data/config.yaml', { ...ctx, script, dockerfileText, readFile: only })?.port
    ).toBe(8123)
  })
  it('follows a Dockerfile COPY to that path', () => {
    const copies = [{ sources: ['conf/prod.toml'], dest: '/etc/app/app.toml' }]
    expect(configArgumentPort('app serve /etc/app/app.toml', { ...ctx, copies })?.port).toBe(7000)
  })
  it('says nothing of a config the image does not get from the repository (a mounted volume)', () => {
    expect(configArgumentPort('bot -c /config/config.yaml', ctx)).toBeNull()
  })
})
