import { copiedFrom, stageCopy } from '../../../src/analyzer/signals/docker-copies.js'

describe('copiedFrom', () => {
  it('reads a source with a leading slash relative to the build context', () => {
    expect(
      copiedFrom('/entrypoint.sh', [{ sources: ['/script/entrypoint.sh'], dest: '/entrypoint.sh' }])
    ).toEqual(['script/entrypoint.sh'])
    expect(
      copiedFrom('/usr/local/bin/start.sh', [{ sources: ['/docker/'], dest: '/usr/local/bin/' }])
    ).toEqual(['docker/start.sh'])
  })
  it('still reads ./ sources and skips globs', () => {
    expect(copiedFrom('/run.sh', [{ sources: ['./deploy/run.sh'], dest: '/run.sh' }])).toEqual([
      'deploy/run.sh'
    ])
    expect(copiedFrom('/run.sh', [{ sources: ['/deploy/*.sh'], dest: '/run.sh' }])).toEqual([])
  })
})

describe('stageCopy of a stage folder', () => {
  const stager = {
    copies: [
      { sources: ['config.docker.yaml'], dest: '/etc/app/' },
      { sources: ['web'], dest: '/srv/web' }
    ],
    workdir: '/'
  }
  const stage = (name: string): typeof stager | undefined => (name === 'stager' ? stager : undefined)
  const id = (s: string): string => s
  it('moves the files the stage copied into the folder to where the later stage copies it', () => {
    expect(stageCopy('--from=stager /etc/app /etc/app', '/', id, stage)).toEqual([
      { sources: ['config.docker.yaml'], dest: '/etc/app/' }
    ])
    expect(stageCopy('--from=stager /etc/app /opt/conf/', '/', id, stage)).toEqual([
      { sources: ['config.docker.yaml'], dest: '/opt/conf/' }
    ])
  })
  it('copies nothing from a folder the stage filled by no COPY, nor from the stage root (negative)', () => {
    expect(stageCopy('--from=stager /var/app /var/app', '/', id, stage)).toEqual([])
    expect(stageCopy('--from=stager / /', '/', id, stage)).toEqual([])
  })
})
