import { copiedFrom } from '../../../src/analyzer/signals/docker-copies.js'

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
