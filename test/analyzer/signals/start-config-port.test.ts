import { configArgument, startConfigPort } from '../../../src/analyzer/signals/start-config-port.js'

describe('configArgument', () => {
  it('reads a config flag, its = form, or a positional config path', () => {
    expect(configArgument('python3 -m bot -c /data/config.yaml')).toBe('/data/config.yaml')
    expect(configArgument('app --config=/etc/app/app.toml')).toBe('/etc/app/app.toml')
    expect(configArgument('issuer serve /etc/issuer/config.yml')).toBe('/etc/issuer/config.yml')
    // Negative: relative paths and other files are no image path to trace.
    expect(configArgument('app -c config.yaml')).toBeNull()
    expect(configArgument('node server.js /srv/data.json')).toBeNull()
  })
})

describe('startConfigPort', () => {
  const files: Record<string, string> = {
    'example-config.yaml': 'server:\n  port: 29316\n',
    'docker/run.sh': '#!/bin/sh\ncp example-config.yaml /data/config.yaml\nexec bot -c /data/config.yaml\n',
    'conf/prod.toml': '[http]\nport = 7000\n'
  }
  const read = (p: string): string | null => files[p] ?? null
  const dockerfile = { dir: '.', text: 'FROM python:3.12\n' }
  it('follows the entrypoint script copy of a repository file to the path the command passes', () => {
    const script = { path: 'docker/run.sh', text: files['docker/run.sh']! }
    expect(startConfigPort('bot -c /data/config.yaml', script, [], dockerfile, read)).toMatchObject({
      value: 29316,
      evidence: [{ file: 'example-config.yaml', line: 2 }]
    })
  })
  it('follows a Dockerfile COPY to that path', () => {
    const copies = [{ sources: ['conf/prod.toml'], dest: '/etc/app/app.toml' }]
    expect(startConfigPort('app serve /etc/app/app.toml', null, copies, dockerfile, read)?.value).toBe(7000)
  })
  it('says nothing of a config the image does not get from the repository (a mounted volume)', () => {
    expect(startConfigPort('bot -c /config/config.yaml', null, [], dockerfile, read)).toBeNull()
  })
})
