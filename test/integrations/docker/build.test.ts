import { resolveCache } from '../../../src/stages/build-push.js'
import {
  buildxArgs,
  cachedSteps,
  classicBuildArgs,
  type BuildRequest
} from '../../../src/integrations/docker/build.js'
import type { Builder } from '../../../src/integrations/docker/detect.js'

const request: BuildRequest = {
  context: '/ws/app',
  dockerfile: '/ws/app/Dockerfile',
  tags: ['1.dkr.ecr.eu-west-1.amazonaws.com/web:abc', '1.dkr.ecr.eu-west-1.amazonaws.com/web:ctx-d'],
  buildArgs: [['NODE_ENV', 'production']],
  platforms: ['linux/amd64', 'linux/arm64'],
  provenance: false,
  cache: 'registry',
  cacheRef: '1.dkr.ecr.eu-west-1.amazonaws.com/web:buildcache',
  push: true,
  network: null
}

test('buildx: every tag, provenance off, ECR-compatible registry cache, push', () => {
  expect(buildxArgs(request)).toEqual([
    'buildx',
    'build',
    '--progress',
    'plain',
    '--file',
    '/ws/app/Dockerfile',
    '--tag',
    '1.dkr.ecr.eu-west-1.amazonaws.com/web:abc',
    '--tag',
    '1.dkr.ecr.eu-west-1.amazonaws.com/web:ctx-d',
    '--build-arg',
    'NODE_ENV=production',
    '--platform',
    'linux/amd64,linux/arm64',
    '--provenance=false',
    '--cache-from',
    'type=registry,ref=1.dkr.ecr.eu-west-1.amazonaws.com/web:buildcache',
    '--cache-to',
    'type=registry,ref=1.dkr.ecr.eu-west-1.amazonaws.com/web:buildcache,mode=max,image-manifest=true,oci-mediatypes=true',
    '--push',
    '/ws/app'
  ])
  expect(buildxArgs({ ...request, cache: 'inline', push: false, platforms: [] })).toEqual(
    expect.arrayContaining(['--cache-to', 'type=inline', '--load'])
  )
})

test('classic BuildKit: inline cache from the moving cache tag, host network when asked', () => {
  expect(
    classicBuildArgs({
      ...request,
      cache: 'inline',
      platforms: ['linux/amd64'],
      network: 'host',
      tags: [request.tags[0] as string]
    })
  ).toEqual([
    'build',
    '--progress',
    'plain',
    '--file',
    '/ws/app/Dockerfile',
    '--tag',
    '1.dkr.ecr.eu-west-1.amazonaws.com/web:abc',
    '--build-arg',
    'NODE_ENV=production',
    '--platform',
    'linux/amd64',
    '--network',
    'host',
    '--build-arg',
    'BUILDKIT_INLINE_CACHE=1',
    '--cache-from',
    '1.dkr.ecr.eu-west-1.amazonaws.com/web:buildcache',
    '/ws/app'
  ])
})

test('cache auto: registry cache only where buildx can export it', () => {
  const classic: Builder = { kind: 'classic-buildkit', docker: '/usr/bin/docker', clientVersion: '20.10.24' }
  const buildxDocker: Builder = {
    kind: 'buildx',
    docker: 'docker',
    clientVersion: '28.0.0',
    buildxDriver: 'docker'
  }
  const buildxContainer: Builder = { ...buildxDocker, buildxDriver: 'docker-container' }
  expect(resolveCache('auto', classic, true)).toBe('inline')
  expect(resolveCache('auto', buildxDocker, true)).toBe('inline')
  expect(resolveCache('auto', buildxContainer, true)).toBe('registry')
  expect(resolveCache('off', buildxContainer, true)).toBe('off')
  expect(() => resolveCache('registry', classic, true)).toThrow('cache: registry needs docker buildx')
  expect(() => resolveCache('registry', buildxDocker, true)).toThrow('docker-container driver')
})

test('counts the steps BuildKit took from cache', () => {
  expect(
    cachedSteps(
      '#5 [2/6] WORKDIR /app\n#5 CACHED\n\n#7 [3/6] COPY a b\n#7 CACHED\n#8 [4/6] RUN x\n#8 DONE 1.0s\n'
    )
  ).toBe(2)
})
