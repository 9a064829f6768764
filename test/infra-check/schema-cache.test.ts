import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadProviderSchema } from '../../src/infra-check/schema-cache.js'

const assembly = (summary: string) => ({
  version: '1.2.3',
  types: {
    'p.T': {
      kind: 'class',
      base: 'cdktf.TerraformResource',
      docs: { summary },
      initializer: { parameters: [{ type: {} }, { type: {} }, { type: { fqn: 'p.C' } }] },
      properties: [{ name: 'tfResourceType', static: true, type: { primitive: 'string' } }]
    },
    'p.C': { kind: 'interface', properties: [] }
  }
})

describe('loadProviderSchema', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'infra-schema-'))
    await mkdir(join(dir, 'package'))
    await writeFile(join(dir, 'package', 'package.json'), JSON.stringify({ version: '1.2.3' }))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  test('writes a compact cache keyed by version, size and mtime, and rebuilds when the .jsii changes', async () => {
    const jsii = join(dir, 'package', '.jsii')
    await writeFile(
      jsii,
      JSON.stringify(assembly('{@link https://registry.terraform.io/x/docs/resources/a aws_a}'))
    )
    const first = await loadProviderSchema({
      packageDir: join(dir, 'package'),
      cacheDir: join(dir, 'cache-1')
    })
    expect(Object.keys(first.resources)).toEqual(['aws_a'])
    expect(await readdir(join(dir, 'cache-1'))).toEqual([
      expect.stringMatching(/^aws-1\.2\.3-\d+-\d+-v1\.json$/)
    ])

    // A new .jsii (other size) must not be served from the old cache file.
    await writeFile(
      jsii,
      JSON.stringify(assembly('{@link https://registry.terraform.io/x/docs/resources/bb aws_bb}'))
    )
    const second = await loadProviderSchema({
      packageDir: join(dir, 'package'),
      cacheDir: join(dir, 'cache-2')
    })
    expect(Object.keys(second.resources)).toEqual(['aws_bb'])
    const reread = await loadProviderSchema({
      packageDir: join(dir, 'package'),
      cacheDir: join(dir, 'cache-1')
    })
    expect(reread).toBe(first) // memoised per process
  })

  test('a missing package is a clear error', async () => {
    await expect(loadProviderSchema({ packageDir: join(dir, 'nowhere') })).rejects.toThrow(
      /nowhere\/\.jsii not found: run npm ci/
    )
  })
})
