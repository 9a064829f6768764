// The config file a Dockerfile's start command passes, traced to the repository file the image copied.
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
      { value: 5556, source: 'Dockerfile CMD: config.docker.yaml web.http (the config file it passes)' }
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
