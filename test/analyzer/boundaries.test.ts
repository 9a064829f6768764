// The dependency rule is enforced by eslint.config.js: seeded bad imports must fail lint with the rule's
// message, and the same file with only allowed imports must pass — so the rules cannot silently stop
// matching (a renamed folder, a glob that no longer applies).
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map(m => `${m.ruleId}: ${m.message}`)
}

const ALLOWED = [
  "import { parse } from 'yaml'",
  "import { createHash } from 'node:crypto'",
  "import { posix } from 'node:path'",
  "import type { AnalysisReport } from '../report.js'",
  "import { DockerignoreMatcher } from '../../build/dockerignore.js'"
]

describe('src/analyzer/** stays pure', () => {
  const file = 'src/analyzer/signals/seeded.ts'

  test('allowed imports lint clean', async () => {
    expect(
      await problems(
        file,
        `${ALLOWED.join('\n')}\nexport const used: [unknown, AnalysisReport?] = [[parse, createHash, posix, DockerignoreMatcher]]\n`
      )
    ).toEqual([])
  })

  test.each([
    "import * as core from '@actions/core'",
    "import { ECSClient } from '@aws-sdk/client-ecs'",
    "import { execFileSync } from 'node:child_process'",
    "import { spawn } from 'child_process'",
    "import { request } from 'node:https'",
    "import { get } from 'http'",
    "import { connect } from 'node:net'",
    "import { loadConfig } from '../../pipeline/config.js'",
    "import { githubClient } from '../../integrations/github/client.js'",
    "import { buildPush } from '../../stages/build-push.js'",
    "export { run } from '../../actions/analyze/main.js'"
  ])('%s fails lint', async line => {
    const found = await problems(file, `${line}\n`)
    expect(found.filter(p => p.startsWith('no-restricted-imports: '))).toHaveLength(1)
  })

  test('a dynamic import and a fetch call fail lint', async () => {
    const found = await problems(
      file,
      "export const load = () => import('node:https')\nexport const ping = () => fetch('http://127.0.0.1/')\n"
    )
    expect(found.map(p => p.split(':')[0]).sort()).toEqual(['no-restricted-globals', 'no-restricted-syntax'])
  })

  test('the rule also covers files deep in an ecosystem folder', async () => {
    const found = await problems(
      'src/analyzer/ecosystems/node/routes/seeded.ts',
      "export { loadConfig } from '../../../../pipeline/config.js'\n"
    )
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*layers that use it/)])
  })
})

describe('an action never imports another action', () => {
  test('an import of a sibling action fails lint', async () => {
    const found = await problems(
      'src/actions/analyze/seeded.ts',
      "import { parseInputs } from '../build-push/inputs.js'\nexport const x = parseInputs\n"
    )
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*another action/)])
  })

  test('imports of its own folder and of shared modules lint clean', async () => {
    const code = [
      "import { parseInputs } from './inputs.js'",
      "import { buildPush } from '../../stages/build-push.js'",
      "import { analyze } from '../../analyzer/index.js'",
      'export const x = [parseInputs, buildPush, analyze]',
      ''
    ].join('\n')
    expect(await problems('src/actions/build-push/seeded.ts', code)).toEqual([])
  })
})
