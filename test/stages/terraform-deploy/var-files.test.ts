import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planVarFiles } from '../../../src/stages/terraform-deploy/var-files.js'

let root: string
let dir: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dl-varfiles-'))
  dir = join(root, 'stack')
  mkdirSync(dir)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function file(path: string, text: string): string {
  writeFileSync(path, text)
  return path
}

test("the analyzer's file goes first, auto-loaded files again after it, the user's files last", () => {
  const analyzer = file(join(root, 'deplight.auto.tfvars'), 'cpu = 256\n')
  file(join(dir, 'terraform.tfvars'), 'region = "eu-west-1"\n')
  file(join(dir, 'b.auto.tfvars'), '')
  file(join(dir, 'a.auto.tfvars.json'), '{}')
  file(join(dir, 'notes.txt'), '')
  const mine = file(join(root, 'prod.tfvars'), '')
  const plan = planVarFiles({ workingDirectory: dir, analyzerFile: analyzer, userFiles: [mine] })
  expect(plan.files).toEqual([
    analyzer,
    join(dir, 'a.auto.tfvars.json'),
    join(dir, 'b.auto.tfvars'),
    join(dir, 'terraform.tfvars'),
    mine
  ])
  expect(plan.conflicts).toEqual([])
  expect(plan.warnings).toEqual([])
})

test("the analyzer's file committed inside the stack is not passed twice; a user file named twice keeps its last place", () => {
  const analyzer = file(join(dir, 'deplight.auto.tfvars'), 'cpu = 256\n')
  const tfvars = file(join(dir, 'terraform.tfvars'), 'cpu = 512\n')
  const extra = file(join(root, 'x.tfvars'), 'cpu = 1024\n')
  symlinkSync(tfvars, join(root, 'link.tfvars'))
  const plan = planVarFiles({
    workingDirectory: dir,
    analyzerFile: analyzer,
    userFiles: [join(root, 'link.tfvars'), extra]
  })
  expect(plan.files).toEqual([analyzer, join(root, 'link.tfvars'), extra])
  expect(plan.conflicts).toEqual([{ key: 'cpu', analyzer: '256', yours: '1024', file: extra }])
})

test('conflicts list scalars with both values and maps by their keys, never their values', () => {
  const analyzer = file(
    join(root, 'a.tfvars'),
    'app_name = "shop"\ncontainer_port = 3000\nenvironment = { PORT = "3000", LOG = "info" }\nmemory = 512\n'
  )
  const mine = file(
    join(dir, 'terraform.tfvars'),
    'app_name = "shop"\ncontainer_port = 8080\nenvironment = { PORT = "3000", DATABASE_URL = "postgres://secret@db" }\nmemory = 512\n'
  )
  const plan = planVarFiles({ workingDirectory: dir, analyzerFile: analyzer, userFiles: [] })
  expect(plan.conflicts).toEqual([
    { key: 'container_port', analyzer: '3000', yours: '8080', file: 'terraform.tfvars' },
    {
      key: 'environment',
      analyzer: 'a map (2 keys; sets LOG; lacks DATABASE_URL)',
      yours: 'a map (2 keys; sets DATABASE_URL; lacks LOG)',
      file: 'terraform.tfvars'
    }
  ])
  expect(JSON.stringify(plan)).not.toContain('secret')
  expect(mine).toBeTruthy()
})

test('a later file that agrees with the analyzer again clears the conflict', () => {
  const analyzer = file(join(root, 'a.tfvars'), 'cpu = 256\n')
  const one = file(join(root, 'one.tfvars'), 'cpu = 512\n')
  const two = file(join(root, 'two.tfvars.json'), '{"cpu": 256}')
  expect(
    planVarFiles({ workingDirectory: dir, analyzerFile: analyzer, userFiles: [one, two] }).conflicts
  ).toEqual([])
})

test('image_tag in a var file and an unreadable file are warnings; a missing file is left to terraform', () => {
  const analyzer = file(join(root, 'a.tfvars'), 'cpu = 256\n')
  const tagged = file(join(root, 'tagged.tfvars'), 'image_tag = "v1"\n')
  const odd = file(join(root, 'odd.tfvars'), 'cpu = var.x\n')
  const plan = planVarFiles({
    workingDirectory: dir,
    analyzerFile: analyzer,
    userFiles: [tagged, odd, join(root, 'missing.tfvars')]
  })
  expect(plan.warnings).toEqual([
    `${tagged} sets image_tag, which the deploy always passes as -var image_tag=<tag>: that value is ignored`,
    `cannot compare ${odd} with the analyzer's values (line 1: "var" is not a literal value); terraform still reads it`
  ])
  expect(plan.files).toContain(join(root, 'missing.tfvars'))
})
