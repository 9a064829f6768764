import { dockerContextRefs, isDockerfileName } from '../../../src/analyzer/signals/docker-context.js'

test('explicit COPY/ADD sources: never the context root, a stage, a URL, an escape or an inner wildcard', () => {
  const refs = dockerContextRefs(
    [
      'FROM golang:1.22 AS build',
      'ARG CONF_DIR=deploy/conf',
      'COPY go.mod go.sum ./',
      'COPY . .',
      'COPY ./ /src/',
      'FROM alpine',
      'COPY --from=build /out/app /usr/local/bin/app',
      'COPY --chown=1:1 docker /',
      'COPY ["scripts/run.sh", "/run.sh"]',
      'ADD https://example.com/x.tar.gz /opt/',
      'ADD ../outside /x',
      'COPY $CONF_DIR /etc/app',
      'COPY bin/*.sh /usr/local/bin/',
      'COPY */bin/x /y',
      'COPY ./web/dist/ /srv/'
    ].join('\n')
  )
  expect(refs.sources).toEqual([
    'go.mod',
    'go.sum',
    'docker',
    'scripts/run.sh',
    'deploy/conf',
    'bin/*.sh',
    'web/dist'
  ])
})

test('ENTRYPOINT/CMD scripts resolved through the COPYs of their stage, root COPYs included', () => {
  // A bare name: every PATH folder the COPY fills is a candidate (the scan keeps the one that exists).
  const onPath = dockerContextRefs(
    'FROM x\nCOPY docker /\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["--help"]\n'
  ).scripts
  expect(onPath).toContain('docker/usr/local/bin/docker-entrypoint.sh')
  expect(onPath).toContain('docker/usr/bin/docker-entrypoint.sh')
  expect(onPath.some(p => p.includes('--help'))).toBe(false)
  expect(
    dockerContextRefs('FROM node\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["tini", "--", "/app/bin/start.sh"]\n')
      .scripts
  ).toEqual(['bin/start.sh'])
  expect(dockerContextRefs('FROM python\nWORKDIR /srv\nCOPY . .\nCMD sh scripts/start.sh\n').scripts).toEqual(
    ['scripts/start.sh']
  )
  expect(
    dockerContextRefs('FROM x\nCOPY deploy/entry.sh /usr/local/bin/run\nENTRYPOINT ["run"]\n').scripts
  ).toEqual(['deploy/entry.sh'])
  // A COPY in an earlier, unrelated stage does not put the file in the final image.
  expect(dockerContextRefs('FROM x AS a\nCOPY tools /\nFROM y\nENTRYPOINT ["/init.sh"]\n').scripts).toEqual(
    []
  )
  // A stage built on another inherits its COPYs.
  expect(
    dockerContextRefs('FROM x AS base\nCOPY tools /\nFROM base\nENTRYPOINT ["/init.sh"]\n').scripts
  ).toEqual(['tools/init.sh'])
  // A program the image has from elsewhere names no context file.
  expect(dockerContextRefs('FROM x\nCOPY . /app\nCMD ["node", "server.js"]\n').scripts).toEqual([])
})

test('Dockerfile names', () => {
  for (const name of ['Dockerfile', 'dockerfile', 'Containerfile', 'Dockerfile.prod', 'web.Dockerfile'])
    expect(isDockerfileName(name)).toBe(true)
  // Hyphen and underscore flavours (`Dockerfile-alpine`, beszel's `dockerfile_hub`).
  for (const name of ['Dockerfile-alpine', 'dockerfile_hub', 'Dockerfile_agent_nvidia', 'Containerfile_web'])
    expect(isDockerfileName(name)).toBe(true)
  for (const name of ['Dockerfile.dockerignore', 'docker-compose.yml', 'Dockerfilex', 'README.md'])
    expect(isDockerfileName(name)).toBe(false)
  // Configs and documents named after Dockerfiles.
  for (const name of [
    'dockerfile_lint.yml',
    'Dockerfile-guide.md',
    'Dockerfile_build.sh',
    'dockerfile_deps.json'
  ])
    expect(isDockerfileName(name)).toBe(false)
})
