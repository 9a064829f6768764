// A Bun app's package.json `module` names its entry (`bun init` writes `"module": "index.ts"`). A converter
// app with Elysia in src/index.tsx and no start script got `CMD ["bun", "run", "index.ts"]`, a file it does not
// have (`error: Module not found "index.ts"`, real-node-images 07f). For a Node package `module` is a library's
// ESM build: never the entry there.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

/** ConvertX's shape: Elysia, `module: src/index.tsx`, build scripts only, bun.lock. */
const ELYSIA_TSX = {
  'package.json': JSON.stringify({
    name: 'convert',
    type: 'module',
    module: 'src/index.tsx',
    scripts: { dev: 'bun run --watch src/index.tsx', build: 'tsc' },
    dependencies: { elysia: '1.4.22', '@elysiajs/html': '^1.4.2' },
    devDependencies: { '@types/bun': 'latest', typescript: '^5.9.0' }
  }),
  'bun.lock': '{}',
  'tsconfig.json': '{}',
  'src/index.tsx':
    "import { Elysia } from 'elysia'\nnew Elysia().get('/healthcheck', () => 'ok').listen(process.env.PORT || 3000)\n"
}

/** `bun init`'s shape with the entry moved: `module: ./server/main.ts`, Bun.serve, no scripts. */
const BUN_SERVE = {
  'package.json': JSON.stringify({
    name: 'api',
    module: './server/main.ts',
    devDependencies: { '@types/bun': 'latest' }
  }),
  'bun.lock': '{}',
  'server/main.ts': "Bun.serve({ port: 3000, fetch: () => new Response('ok') })\n"
}

/** An express server that also publishes an ESM build (`module: dist/esm/index.js`): Node's, main wins. */
const NODE_LIBRARY_MODULE = {
  'package.json': JSON.stringify({
    name: 'web',
    main: 'server.js',
    module: 'dist/esm/index.js',
    dependencies: { express: '^4.21.2' }
  }),
  'package-lock.json': '{"lockfileVersion":3}',
  'server.js': "require('express')().listen(process.env.PORT || 3000)\n",
  'dist/esm/index.js': 'export default {}\n'
}

function analysed(files: Record<string, string>) {
  const app = primaryApp(analyze(treeFromFiles(files)))!
  const lines = (renderAppArtifacts(app).dockerfile ?? '').split('\n')
  return { app, cmd: lines.filter(line => line.startsWith('CMD ')).pop() }
}

describe('a Bun app’s module field is its entry', () => {
  it.each([
    ['Elysia in src/index.tsx', ELYSIA_TSX, 'src/index.tsx', 'bun run src/index.tsx'],
    ['Bun.serve in ./server/main.ts', BUN_SERVE, 'server/main.ts', 'bun run server/main.ts']
  ])('%s', (_label, files, entry, start) => {
    const { app, cmd } = analysed(files)
    expect(app.packageManager.value).toBe('bun')
    expect(app.hints.entry).toBe(entry)
    expect(app.startCommand.value).toBe(start)
    expect(cmd).toBe(`CMD ${JSON.stringify(start.split(' '))}`.replace(/","/g, '", "'))
  })

  it('negative: a Node app’s module (an ESM build) is not its entry; main is', () => {
    const { app, cmd } = analysed(NODE_LIBRARY_MODULE)
    expect(app.hints.entry).toBe('server.js')
    expect(app.startCommand.value).toBe('node server.js')
    expect(cmd).toBe('CMD ["node", "server.js"]')
  })
})
