import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { projectRoot } from './support.js'

// The entry behind `npm run check-infra`, run as CI runs it.
test('npm run check-infra passes on the repository and prints a summary', async () => {
  const { stdout } = await promisify(execFile)(
    join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['scripts/check-infra.ts'],
    {
      cwd: projectRoot
    }
  )
  expect(stdout).toMatch(
    /^check-infra: 4 modules, 2 tfvars files, hashicorp\/aws 6\.25\.0 schema \(\d+ ms\), 0 errors, fmt (clean|no-terraform), \d+ ms$/m
  )
})
