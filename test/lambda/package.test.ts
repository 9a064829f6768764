// The deployable artifact: the ncc bundle of src/lambda packed by scripts/package-lambda.mjs. Packing is
// byte-reproducible, the zip is valid (checked by Python's zipfile, an independent reader), and its
// index.mjs — loaded from the extracted zip the way Lambda's Node.js runtime loads it — answers a snapshot
// with the CLI's report.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { scan } from '../../src/analyzer/scan.js'
import { decodeReport, encodeEvent, type AnalyzerResponse, type Snapshot } from '../../src/lambda/protocol.js'
import { analyzeRepository } from '../../src/pipeline/config-analyze.js'
// @ts-expect-error: a plain ESM script without type declarations
import { packageLambda } from '../../scripts/package-lambda.mjs'

const pack = packageLambda as (from: string, out: string) => Buffer
let temp: string
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'deplight-lambda-zip-'))
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'src/lambda/index.ts',
      '-o',
      join(temp, 'bundle'),
      '-q',
      '-t'
    ],
    { stdio: 'inherit' }
  )
}, 120_000)
afterAll(() => rmSync(temp, { recursive: true, force: true }))

test('packing is reproducible and the zip holds index.mjs with fixed times and modes', () => {
  const a = pack(join(temp, 'bundle'), join(temp, 'a.zip'))
  const b = pack(join(temp, 'bundle'), join(temp, 'b.zip'))
  expect(a.equals(b)).toBe(true)
  const listing = execFileSync(
    'python3',
    [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor i in z.infolist(): print(i.filename, oct(i.external_attr >> 16), i.date_time[:3])\nz.extractall(sys.argv[2])',
      join(temp, 'a.zip'),
      join(temp, 'extracted')
    ],
    { encoding: 'utf8' }
  )
  expect(listing.trim().split('\n')).toEqual([
    'index.mjs 0o100644 (1980, 1, 1)',
    'package.json 0o100644 (1980, 1, 1)'
  ])
  expect(
    readFileSync(join(temp, 'extracted', 'index.mjs')).equals(readFileSync(join(temp, 'bundle', 'index.js')))
  ).toBe(true)
})

test("the packed handler answers a snapshot with the CLI's report", async () => {
  const root = resolve(import.meta.dirname, '../fixtures/apps/express-basic')
  const tree = scan(root)
  const contents: Snapshot['contents'] = {}
  for (const f of tree.files) contents[f.path] = tree.read(f.path)
  const event = encodeEvent({
    files: tree.files.map(f => ({ path: f.path, size: f.size })),
    contents,
    skipped: tree.skipped,
    warnings: [],
    config: null,
    appDir: null
  })
  const mod = (await import(pathToFileURL(join(temp, 'extracted', 'index.mjs')).href)) as {
    handler: (event: unknown) => Promise<AnalyzerResponse>
  }
  const response = await mod.handler(event)
  expect(response.kind).toBe('report')
  if (response.kind !== 'report') return
  expect(response.cache).toEqual({ status: 'off' })
  expect(JSON.stringify(decodeReport(response))).toBe(JSON.stringify(analyzeRepository(root).report))
})
