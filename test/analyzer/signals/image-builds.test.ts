import { normalImage, projectImageBuild } from '../../../src/analyzer/signals/image-builds.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const pkg = (script: string): string => JSON.stringify({ name: 'a', scripts: { base: script } }, null, 2)

test('a package.json script that builds a tag from a Dockerfile of the repository, up to a target', () => {
  const tree = treeFromFiles({
    'package.json': pkg(
      'docker buildx build -f docker/base.dockerfile --platform linux/amd64,linux/arm64 -t acme/app:base2 -t acme/app:base --target base2 . --push'
    ),
    'docker/base.dockerfile': 'FROM node:22 AS base2\n'
  })
  const build = { dockerfile: 'docker/base.dockerfile', target: 'base2' }
  expect(projectImageBuild(tree, 'acme/app:base2')).toMatchObject({
    ...build,
    evidence: { file: 'package.json', line: 4 }
  })
  expect(projectImageBuild(tree, 'docker.io/acme/app:base')).toMatchObject(build)
  expect(projectImageBuild(tree, 'acme/app:latest')).toBeNull()
})

test('workflow steps count; the Dockerfile defaults to <context>/Dockerfile', () => {
  const tree = treeFromFiles({
    '.github/workflows/base.yml':
      'jobs:\n  b:\n    steps:\n      - run: docker build --tag=acme/base base/\n',
    'base/Dockerfile': 'FROM python:3.12\n'
  })
  expect(projectImageBuild(tree, 'acme/base')).toMatchObject({ dockerfile: 'base/Dockerfile', target: null })
})

test('no build for tags made of variables, Dockerfiles the repository lacks, or images it only pulls', () => {
  const tree = treeFromFiles({
    'package.json': pkg(
      'docker build -t $IMAGE:$TAG . && docker build -f missing/Dockerfile -t acme/x . && docker pull acme/y'
    ),
    Dockerfile: 'FROM node:22\n'
  })
  expect(projectImageBuild(tree, 'acme/x')).toBeNull()
  expect(projectImageBuild(tree, 'acme/y')).toBeNull()
})

test('image names compare without docker.io/library/, digest, with :latest by default', () => {
  expect(normalImage('docker.io/library/Node@sha256:abc')).toBe('node:latest')
  expect(normalImage('registry:5000/acme/app')).toBe('registry:5000/acme/app:latest')
  expect(normalImage('acme/app:1.2')).toBe('acme/app:1.2')
})

test('options that take a value are not read as the build context', () => {
  const tree = treeFromFiles({
    Makefile: 'base:\n\tdocker build --build-context shared=../shared --ssh default -t acme/base:1 base\n',
    'base/Dockerfile': 'FROM node:22\n'
  })
  expect(projectImageBuild(tree, 'acme/base:1')).toMatchObject({ dockerfile: 'base/Dockerfile' })
})
