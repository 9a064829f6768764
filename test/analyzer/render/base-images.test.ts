import {
  imageRef,
  parseBaseImageRegistry,
  parseImage,
  pinRuntime
} from '../../../src/analyzer/render/base-images.js'
import { DENO_VERSIONS } from '../../../src/analyzer/ecosystems/deno/runtime.js'
import { DOTNET_VERSIONS } from '../../../src/analyzer/ecosystems/dotnet/runtime.js'
import { ELIXIR_VERSIONS } from '../../../src/analyzer/ecosystems/elixir/runtime.js'
import { GO_VERSIONS } from '../../../src/analyzer/ecosystems/go/runtime.js'
import { JAVA_VERSIONS } from '../../../src/analyzer/ecosystems/java/runtime.js'
import { NODE_VERSIONS } from '../../../src/analyzer/ecosystems/node/runtime.js'
import { PHP_VERSIONS } from '../../../src/analyzer/ecosystems/php/runtime.js'
import { PYTHON_VERSIONS } from '../../../src/analyzer/ecosystems/python/runtime.js'
import { RUBY_VERSIONS } from '../../../src/analyzer/ecosystems/ruby/runtime.js'

const LINES = {
  node: NODE_VERSIONS,
  python: PYTHON_VERSIONS,
  go: GO_VERSIONS,
  java: JAVA_VERSIONS,
  dotnet: DOTNET_VERSIONS,
  php: PHP_VERSIONS,
  ruby: RUBY_VERSIONS,
  deno: DENO_VERSIONS,
  elixir: ELIXIR_VERSIONS
}

describe('pinRuntime', () => {
  it.each([
    ['node', '22.11.1', '22.11'],
    ['node', 'v20.11', '20.11'],
    ['node', '20', '20.20'],
    ['node', '>=18 <21', '18.20'],
    ['node', 'lts/*', '24.21'],
    ['node', null, '24.21'],
    ['python', '>=3.11,<3.13', '3.11'],
    ['python', '3.12.4', '3.12'],
    ['go', '1.22.3', '1.22'],
    ['java', '1.8', '8'],
    ['java', '21', '21'],
    ['dotnet', 'net8.0', '8.0'],
    ['php', '^8.2', '8.2'],
    ['ruby', '~> 3.3', '3.3'],
    ['deno', '2.1.4', '2.1.4'],
    ['elixir', '~> 1.15', '1.15']
  ] as const)('%s %s → %s', (runtime, declared, expected) => {
    expect(pinRuntime(LINES[runtime], declared).version).toBe(expected)
  })
})

describe('registry rewrite', () => {
  it('maps Docker Hub official images under library/ and keeps other paths', () => {
    expect(parseImage('node:22.11-bookworm-slim')).toEqual({
      registry: 'docker.io',
      path: 'library/node',
      tag: '22.11-bookworm-slim'
    })
    expect(parseImage('oven/bun:1.1-slim')).toEqual({
      registry: 'docker.io',
      path: 'oven/bun',
      tag: '1.1-slim'
    })
    expect(parseImage('localhost:5000/x/y:1')).toEqual({ registry: 'localhost:5000', path: 'x/y', tag: '1' })
    const ecr = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/docker-hub'
    expect(imageRef('node:22.11-bookworm-slim', ecr)).toBe(`${ecr}/library/node:22.11-bookworm-slim`)
    expect(imageRef('mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim', 'mirror.local')).toBe(
      'mirror.local/dotnet/aspnet:8.0-bookworm-slim'
    )
    expect(imageRef('node:22', null)).toBe('node:22')
  })

  it('validates the option with a clear message', () => {
    expect(parseBaseImageRegistry(' localhost:5000/mirror/ ')).toBe('localhost:5000/mirror')
    expect(parseBaseImageRegistry('')).toBeNull()
    expect(() => parseBaseImageRegistry('https://evil host')).toThrow(
      /base-image-registry 'https:\/\/evil host' is not a registry host/
    )
    expect(() => parseBaseImageRegistry('Registry.Example.com')).toThrow(/not a registry host/)
  })
})
