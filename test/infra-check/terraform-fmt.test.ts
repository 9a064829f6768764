import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { terraformFmtCheck } from '../../src/infra-check/terraform-fmt.js'

describe('terraformFmtCheck (real terraform binary)', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'infra-fmt-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  test('clean files pass and misaligned ones are listed', async () => {
    await writeFile(join(dir, 'ok.tf'), 'variable "a" {\n  type    = string\n  default = "x"\n}\n')
    expect(await terraformFmtCheck(dir)).toEqual({ status: 'clean' })
    await writeFile(join(dir, 'bad.tf'), 'variable "b" {\n  type = string\n  default = "x"\n}\n')
    expect(await terraformFmtCheck(dir)).toEqual({ status: 'unformatted', files: [join(dir, 'bad.tf')] })
  })

  test('a missing binary is reported, not thrown', async () => {
    expect(await terraformFmtCheck(dir, 'terraform-not-installed-here')).toEqual({ status: 'no-terraform' })
  })
})
