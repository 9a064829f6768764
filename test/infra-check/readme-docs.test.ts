import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadModule } from '../../src/infra-check/hcl.js'
import {
  DOCS_BEGIN,
  DOCS_END,
  readmeState,
  renderDocs,
  writeDocs
} from '../../src/infra-check/readme-docs.js'
import { fixturesRoot } from './support.js'

describe('README input/output tables', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'infra-docs-'))
    await cp(join(fixturesRoot, 'clean'), dir, { recursive: true })
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  test('renders variables and outputs from the parsed HCL', async () => {
    const docs = renderDocs(await loadModule(dir, dir))
    expect(docs).toContain('| `name` | `string` | required | Log group name. |')
    expect(docs).toContain('| `arn` | Log group ARN. |')
  })

  test('reports a missing README, missing markers and stale tables, and rewrites only between the markers', async () => {
    const module = await loadModule(dir, dir)
    expect((await readmeState(module)).status).toBe('missing-readme')
    await writeFile(join(dir, 'README.md'), '# clean\n')
    expect((await readmeState(module)).status).toBe('missing-markers')
    await writeFile(
      join(dir, 'README.md'),
      `# clean\n\nProse.\n\n${DOCS_BEGIN}\nold\n${DOCS_END}\n\nMore prose.\n`
    )
    expect((await readmeState(module)).status).toBe('stale')
    expect(await writeDocs(module)).toBe(true)
    expect((await readmeState(module)).status).toBe('in-sync')
    const readme = await readFile(join(dir, 'README.md'), 'utf8')
    expect(readme.startsWith('# clean\n\nProse.\n\n')).toBe(true)
    expect(readme.endsWith(`${DOCS_END}\n\nMore prose.\n`)).toBe(true)
  })
})
