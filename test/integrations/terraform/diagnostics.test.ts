// Parsing terraform's error output; the samples are terraform 1.11's own words, captured on this machine.
import {
  describeLock,
  errorBlocks,
  parseLockCreated,
  parseLockInfo
} from '../../../src/integrations/terraform/diagnostics.js'

const LOCK_ERROR = `
Error: Error acquiring the state lock

Error message: operation error DynamoDB: PutItem, https response error
StatusCode: 400, RequestID:
TFOBFJIHAN36F0ICSA7J6NL0J0E8D9CBVVL7R9CQIMWOC0PDUJBR,
ConditionalCheckFailedException: The conditional request failed
Lock Info:
  ID:        bc8ddd38-0b2c-c0ba-7551-2727f0a9bfc0
  Path:      state/app/terraform.tfstate
  Operation: OperationTypeApply
  Who:       runner@fv-az123
  Version:   1.11.4
  Created:   2026-12-05 09:13:56.806762958 +0000 UTC
  Info:      


Terraform acquires a state lock to protect the state from being written
by multiple users at the same time. Please resolve the issue above and try
again. For most commands, you can disable locking with the "-lock=false"
flag, but this is not recommended.
`

test('the lock info terraform prints is read field by field', () => {
  expect(parseLockInfo(LOCK_ERROR)).toEqual({
    id: 'bc8ddd38-0b2c-c0ba-7551-2727f0a9bfc0',
    path: 'state/app/terraform.tfstate',
    operation: 'OperationTypeApply',
    who: 'runner@fv-az123',
    version: '1.11.4',
    created: '2026-12-05 09:13:56.806762958 +0000 UTC'
  })
  expect(parseLockInfo('Error: Invalid value for variable')).toBeNull()
})

test('the lock creation time keeps its zone and milliseconds', () => {
  expect(parseLockCreated('2026-12-05 09:13:56.806762958 +0000 UTC')?.toISOString()).toBe(
    '2026-12-05T09:13:56.806Z'
  )
  expect(parseLockCreated('2026-12-05 10:13:56 +0100 CET')?.toISOString()).toBe('2026-12-05T09:13:56.000Z')
  expect(parseLockCreated('yesterday')).toBeNull()
})

test('a held lock reads as one paragraph with the release command', () => {
  const lock = parseLockInfo(LOCK_ERROR)!
  expect(
    describeLock(lock, {
      lockTimeoutMs: 300_000,
      workingDirectory: '/work/deploy/terraform',
      now: new Date('2026-12-05T09:16:02Z')
    })
  ).toBe(
    'the Terraform state is locked by runner@fv-az123 since 2026-12-05T09:13:56Z (2m 05s ago), running an apply ' +
      '(Terraform 1.11.4, lock ID bc8ddd38-0b2c-c0ba-7551-2727f0a9bfc0, state state/app/terraform.tfstate). ' +
      'Waited 5m 00s (lock-timeout). If that run is still going, let it finish or raise lock-timeout; if it died, ' +
      'release the lock from /work/deploy/terraform (same backend config) with: terraform force-unlock -force bc8ddd38-0b2c-c0ba-7551-2727f0a9bfc0'
  )
})

test('Error: blocks are kept, warnings and the rest dropped, boxed output unwrapped', () => {
  const plain = `Warning: Value for undeclared variable

The root module does not declare a variable named "extra".

Error: Invalid value for variable

  on variables.tf line 5:
   5: variable "image_tag" {

image_tag must be a hex commit SHA.

Error: Missing required argument

The argument "app_name" is required.
`
  expect(errorBlocks(plain)).toEqual([
    'Invalid value for variable\n\n  on variables.tf line 5:\n   5: variable "image_tag" {\n\nimage_tag must be a hex commit SHA.',
    'Missing required argument\n\nThe argument "app_name" is required.'
  ])
  const boxed = '╷\n│ Error: Unsupported argument\n│ \n│ An argument named "x" is not expected here.\n╵\n'
  expect(errorBlocks(boxed)).toEqual(['Unsupported argument\n\nAn argument named "x" is not expected here.'])
  const long = `Error: Huge\n${Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n')}`
  expect(errorBlocks(long, 5)).toEqual(['Huge\nline 0\nline 1\nline 2\nline 3\n…'])
})
