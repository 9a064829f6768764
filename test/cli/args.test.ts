import { parseArgs, UsageError } from '../../src/cli/args.js'
import { parseDeployArgs } from '../../src/cli/deploy.js'

describe('parseArgs', () => {
  const spec = {
    command: 'x',
    positional: ['service'],
    flags: {
      port: { kind: 'port' as const, example: '8080' },
      wait: { kind: 'duration' as const, example: '60s' },
      json: { kind: 'boolean' as const, example: '' },
      name: { kind: 'string' as const, example: 'api' }
    }
  }
  test('reads both flag forms, typed', () => {
    expect(parseArgs(['svc', '--port=80', '--wait', '1m30s', '--json', '--name', 'a'], spec)).toEqual({
      flags: { port: 80, wait: 90_000, json: true, name: 'a' },
      positional: ['svc']
    })
  })
  test.each([
    [['--port', '0'], '--port must be a port number between 1 and 65535, got "0"'],
    [['--port', 'http'], '--port must be a port number between 1 and 65535, got "http"'],
    [['--wait', 'soon'], '--wait "soon" is not a duration: use seconds (300) or 90s, 5m, 1h, 1m30s'],
    [['--name'], '--name needs a value, e.g. --name api'],
    [['--name', '--json'], '--name needs a value, e.g. --name api'],
    [['--json=yes'], '--json takes no value'],
    [['--frob'], "unknown option '--frob' for x; see 'deplight --help'"],
    [['-f'], "unknown option '-f' for x; see 'deplight --help'"],
    [['a', 'b'], 'x takes [service], got: a b']
  ])('%j is refused with one line', (argv, message) => {
    expect(() => parseArgs(argv, spec)).toThrow(new UsageError(message))
  })
})

describe('parseDeployArgs', () => {
  test('defaults: this directory, the local target, a 60 s health timeout', () => {
    const parsed = parseDeployArgs(['examples/apps/express-api'])
    expect(parsed.inputs).toMatchObject({
      name: null,
      port: null,
      network: null,
      write: false,
      healthTimeoutMs: 60_000
    })
    expect(parsed.inputs.dir).toMatch(/examples\/apps\/express-api$/)
  })
  test.each([
    [['--target', 'aws'], /--target aws is not a CLI target/],
    [['--name', 'My_API'], /--name: invalid service name "My_API"/],
    [['--network', 'host;rm'], /--network "host;rm" is not a Docker network name/],
    [['no/such/dir'], /no\/such\/dir does not exist/],
    [['package.json'], /package.json is not a directory/]
  ])('%j is refused', (argv, message) => {
    expect(() => parseDeployArgs(argv)).toThrow(message)
  })
})
