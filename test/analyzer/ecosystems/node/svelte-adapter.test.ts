// SvelteKit projects that install both adapter-node and adapter-static: the config's `adapter:` entry,
// read against the `build` script's environment, says whether the build is a server or files.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { chosenSvelteAdapter } from '../../../../src/analyzer/ecosystems/node/svelte-adapter.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const kit = (config: string, scripts: Record<string, string>): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'kit-app',
    type: 'module',
    scripts,
    devDependencies: {
      '@sveltejs/kit': '^2.0.0',
      '@sveltejs/adapter-node': '^5.0.0',
      '@sveltejs/adapter-static': '^3.0.0',
      vite: '^6.0.0'
    }
  }),
  'svelte.config.js': config,
  'src/routes/+page.svelte': '<h1>hi</h1>\n',
  'src/routes/healthcheck/+server.ts': "export async function GET() {\n  return new Response('OK')\n}\n"
})

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    healthPath: app.healthPath.value
  }
}

// A chat app: a constant holds the test, the static build has its own script.
const constantTest =
  "import adapterNode from '@sveltejs/adapter-node'\nimport adapterStatic from '@sveltejs/adapter-static'\n\nconst useStatic = process.env.ADAPTER === 'static'\n\nconst config = {\n  kit: {\n    adapter: useStatic ? adapterStatic({ fallback: 'index.html', strict: false }) : adapterNode(),\n  },\n}\nexport default config\n"
// A docs-and-app site: the test inline, GitHub Pages built by `build:pages`.
const inlineTest =
  "import node from '@sveltejs/adapter-node'\nimport staticAdapter from '@sveltejs/adapter-static'\n\nexport default {\n  kit: {\n    adapter: process.env.GH_PAGES === '1' ? staticAdapter({ pages: 'build', assets: 'build' }) : node({ out: 'build' })\n  }\n}\n"

describe('chosenSvelteAdapter', () => {
  it.each([
    ['a constant holding the test, plain build', constantTest, 'vite build', 'node'],
    [
      'a constant holding the test, build sets ADAPTER=static',
      constantTest,
      'ADAPTER=static vite build',
      'static'
    ],
    ['an inline test, plain build', inlineTest, 'vite build', 'node'],
    [
      'an inline test, build through cross-env GH_PAGES=1',
      inlineTest,
      'cross-env GH_PAGES=1 vite build',
      'static'
    ],
    [
      'an unconditional adapter-static call',
      "import adapter from '@sveltejs/adapter-static'\nimport node from '@sveltejs/adapter-node'\nexport default { kit: { adapter: adapter({ fallback: '200.html' }) } }\n",
      'vite build',
      'static'
    ],
    [
      'a condition this does not read (a function call)',
      "import a from '@sveltejs/adapter-static'\nimport b from '@sveltejs/adapter-node'\nexport default { kit: { adapter: pick() ? a() : b() } }\n",
      'vite build',
      null
    ]
  ])('%s', (_label, config, build, expected) => {
    expect(chosenSvelteAdapter(config, build)).toBe(expected)
  })
})

describe('SvelteKit with both adapters installed', () => {
  it('the chat app whose default build uses adapter-node is a server with its health endpoint', () => {
    expect(
      fields(kit(constantTest, { build: 'vite build', 'build:static': 'ADAPTER=static vite build' }))
    ).toEqual({ framework: 'sveltekit', port: 3000, startCommand: 'node build', healthPath: '/healthcheck' })
  })

  it('the site whose Pages variant has its own script is a server too', () => {
    expect(fields(kit(inlineTest, { build: 'vite build', 'build:pages': 'GH_PAGES=1 vite build' }))).toEqual({
      framework: 'sveltekit',
      port: 3000,
      startCommand: 'node build',
      healthPath: '/healthcheck'
    })
  })

  it('negative: a build script that selects the static adapter builds files served on 8080', () => {
    expect(fields(kit(constantTest, { build: 'ADAPTER=static vite build' }))).toEqual({
      framework: 'sveltekit',
      port: 8080,
      startCommand: null,
      healthPath: null
    })
  })
})
