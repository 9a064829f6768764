import {
  dockerfileRuntimeVersion,
  type ImageBuildLookup
} from '../../../src/analyzer/signals/docker-runtime.js'
import { RUNTIME_VERSION } from '../../../src/analyzer/precedence.js'

const BASE =
  'FROM node:22-slim AS slim\nRUN apt-get install -y sqlite3\nFROM acme/app:slim AS full\nFROM node:18 AS tools\n'
const evidence = { file: 'package.json', line: 5, text: 'docker build …' }
const builds: Record<string, { target: string | null }> = {
  'acme/app:slim': { target: 'slim' },
  'acme/app:full': { target: 'full' }
}
const lookup: ImageBuildLookup = image =>
  builds[image]
    ? { dockerfile: 'docker/base.dockerfile', text: BASE, target: builds[image].target, evidence }
    : null

test('a stage FROM an image the repository builds takes the version of that Dockerfile up to its target', () => {
  const app = 'ARG BASE=acme/app:full\nFROM $BASE AS release\nCMD ["node", "server.js"]\n'
  expect(dockerfileRuntimeVersion('docker/Dockerfile', app, 'javascript', lookup)).toEqual({
    value: '22',
    confidence: RUNTIME_VERSION.projectBaseImage,
    source:
      'Dockerfile FROM acme/app:full (built by package.json from docker/base.dockerfile, Dockerfile FROM node:22-slim)',
    evidence: [
      { file: 'docker/Dockerfile', line: 2, text: 'FROM $BASE AS release' },
      evidence,
      { file: 'docker/base.dockerfile', line: 1, text: 'FROM node:22-slim AS slim' }
    ]
  })
})

test('a direct pin of the app Dockerfile stays; images the repository does not build, and stages, link nothing', () => {
  expect(
    dockerfileRuntimeVersion('Dockerfile', 'FROM acme/app:slim AS b\nFROM node:20.11\n', 'javascript', lookup)
  ).toMatchObject({
    value: '20.11',
    confidence: RUNTIME_VERSION.dockerImage
  })
  expect(dockerfileRuntimeVersion('Dockerfile', 'FROM acme/other:1\n', 'javascript', lookup)).toBeNull()
  expect(dockerfileRuntimeVersion('Dockerfile', 'FROM acme/app:slim\n', 'javascript')).toBeNull()
  expect(dockerfileRuntimeVersion('Dockerfile', 'FROM acme/app:slim\n', 'python', lookup)).toBeNull()
})
