import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import {
  atLeast,
  findTerraform,
  parseVersion,
  terraformEnv
} from '../../../src/integrations/terraform/binary.js'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dl-tf-bin-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function executable(path: string, body = '#!/bin/sh\nexit 0\n'): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, body)
  chmodSync(path, 0o755)
  return path
}

test('the first terraform on PATH is used', () => {
  const a = executable(join(root, 'a', 'terraform'))
  executable(join(root, 'b', 'terraform'))
  expect(findTerraform([join(root, 'empty'), join(root, 'a'), join(root, 'b')].join(delimiter))).toBe(a)
})

test("setup-terraform's wrapper is bypassed for the real terraform-bin beside it", () => {
  executable(join(root, 'wrapped', 'terraform'), '#!/usr/bin/env node\nconsole.log("::debug::wrapper")\n')
  const real = executable(join(root, 'wrapped', 'terraform-bin'))
  expect(findTerraform(join(root, 'wrapped'))).toBe(real)
})

test('a non-executable file is skipped; no terraform at all names setup-terraform', () => {
  mkdirSync(join(root, 'x'))
  writeFileSync(join(root, 'x', 'terraform'), 'not executable')
  expect(() => findTerraform(join(root, 'x'))).toThrow(
    'terraform is not installed (no terraform on PATH): add hashicorp/setup-terraform before this step (with terraform_wrapper: false), or install Terraform 1.5 or newer on the runner'
  )
  expect(() => findTerraform(undefined)).toThrow(/not installed/)
})

test('an explicit binary must be absolute and executable', () => {
  const tf = executable(join(root, 'tf'))
  expect(findTerraform('', tf)).toBe(tf)
  expect(() => findTerraform('', 'terraform')).toThrow(
    'terraform binary "terraform" must be an absolute path'
  )
  expect(() => findTerraform('', join(root, 'nope'))).toThrow(/is not an executable file/)
})

test('the environment turns off checkpoint calls and prompts, and fills in a missing CLI config', () => {
  const env = terraformEnv(
    { PATH: '/bin', HOME: root, TF_CLI_CONFIG_FILE: join(root, 'missing.tfrc') },
    join(root, 's')
  )
  expect(env).toMatchObject({ PATH: '/bin', CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' })
  expect(env.TF_CLI_CONFIG_FILE).toBe(join(root, 's', 'terraform-cli.tfrc'))
  expect(readFileSync(env.TF_CLI_CONFIG_FILE as string, 'utf8')).toBe('')
})

test('a CLI config the user really has (registry credentials, mirrors) is kept', () => {
  const rc = join(root, 'real.tfrc')
  writeFileSync(rc, 'plugin_cache_dir = "/tmp"\n')
  expect(terraformEnv({ HOME: root, TF_CLI_CONFIG_FILE: rc }, join(root, 's')).TF_CLI_CONFIG_FILE).toBe(rc)
  writeFileSync(join(root, '.terraformrc'), '')
  expect(terraformEnv({ HOME: root }, join(root, 's')).TF_CLI_CONFIG_FILE).toBeUndefined()
})

test('versions compare numerically', () => {
  expect(parseVersion('Terraform v1.11.4\non linux_amd64')).toEqual([1, 11, 4])
  expect(atLeast([1, 11, 4], [1, 5, 0])).toBe(true)
  expect(atLeast([1, 5, 0], [1, 5, 0])).toBe(true)
  expect(atLeast([1, 4, 9], [1, 5, 0])).toBe(false)
  expect(parseVersion('dev')).toBeNull()
})

test('symlinked terraform (how the CI image installs it) is found', () => {
  const real = executable(join(root, 'opt', 'terraform_1.11'))
  mkdirSync(join(root, 'bin'))
  symlinkSync(real, join(root, 'bin', 'terraform'))
  expect(findTerraform(join(root, 'bin'))).toBe(join(root, 'bin', 'terraform'))
})
