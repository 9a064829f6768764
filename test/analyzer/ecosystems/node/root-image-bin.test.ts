// A CLI workspace member whose bin a root image (any Dockerfile variant) runs with a server subcommand is the
// app; its framework is that of the server member the subcommand starts; the image pins its Node (holdout34
// saltcorn: `@saltcorn/cli` run by Dockerfile.dev by path and by Dockerfile.release after `npm install -g`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { rootImageBinMember } from '../../../../src/analyzer/ecosystems/node/root-image-bin.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

/** An npm workspace: an oclif CLI whose `serve` command starts the express server member; a Vite client. */
const oclifWorkspace = (images: Record<string, string>): Record<string, string> => ({
  'package.json': JSON.stringify({
    private: true,
    workspaces: ['packages/*'],
    scripts: { dev: 'nodemon packages/server/index.js' }
  }),
  'package-lock.json': JSON.stringify({ lockfileVersion: 3 }),
  'packages/cli/package.json': JSON.stringify({
    name: '@acme/cli',
    bin: { acme: './bin/acme' },
    main: 'src/index.js',
    dependencies: { '@oclif/core': '4.4.0', '@acme/server': '1.0.0' },
    engines: { node: '>=18.0.0' }
  }),
  'packages/cli/bin/acme': "#!/usr/bin/env node\nrequire('@oclif/core').execute({ dir: __dirname })\n",
  'packages/cli/src/index.js': "module.exports = require('@oclif/core').run\n",
  'packages/cli/src/commands/serve.js':
    "const { Command, Flags } = require('@oclif/core')\nclass Serve extends Command {\n  async run() {\n    const serve = require('@acme/server/serve')\n    await serve({ port: 3000 })\n  }\n}\nmodule.exports = Serve\n",
  'packages/cli/src/commands/migrate.js': 'module.exports = class Migrate {}\n',
  'packages/server/package.json': JSON.stringify({
    name: '@acme/server',
    main: 'index.js',
    dependencies: { express: '^5.0.1' }
  }),
  'packages/server/index.js': "module.exports = require('./app')\n",
  'packages/server/serve.js':
    "const express = require('express')\nmodule.exports = ({ port }) => { const app = express(); app.listen(port || 3000) }\n",
  'packages/web/package.json': JSON.stringify({
    name: '@acme/web',
    scripts: { dev: 'vite', build: 'vite build' },
    devDependencies: { vite: '^5.0.0' }
  }),
  'packages/web/index.html': '<!doctype html><div id="app"></div>\n',
  ...images
})

const RELEASE =
  'FROM node:24-trixie\nENV NODE_ENV production\nRUN npm config set fund false\nRUN npm install -g @acme/cli@1.0.0 --omit=dev\nENTRYPOINT ["/usr/local/bin/acme"]\n'
const DEV =
  'FROM node:24-trixie\nWORKDIR /opt/acme\nCOPY . /opt/acme\nRUN npm install\nENTRYPOINT ["/opt/acme/packages/cli/bin/acme"]\n'

/** A pnpm workspace: a commander CLI whose `start` command starts the fastify member; the root Dockerfile runs it. */
const commanderWorkspace = (cmd: string): Record<string, string> => ({
  'package.json': JSON.stringify({ private: true, packageManager: 'pnpm@9.1.0' }),
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'apps/cli/package.json': JSON.stringify({
    name: 'relay',
    bin: 'bin/relay.js',
    dependencies: { commander: '^12.0.0', 'relay-server': 'workspace:*' }
  }),
  'apps/cli/bin/relay.js':
    "#!/usr/bin/env node\nconst { program } = require('commander')\nprogram.command('start').action(() => require('relay-server').start())\nprogram.command('lint').action(() => {})\nprogram.parse()\n",
  'apps/server/package.json': JSON.stringify({
    name: 'relay-server',
    main: 'index.js',
    dependencies: { fastify: '^4.26.0' }
  }),
  'apps/server/index.js':
    "const fastify = require('fastify')\nexports.start = () => fastify().listen({ port: 8080, host: '0.0.0.0' })\n",
  'apps/docs/package.json': JSON.stringify({
    name: 'docs',
    scripts: { build: 'vite build' },
    devDependencies: { vite: '^5.0.0' }
  }),
  'apps/docs/index.html': '<!doctype html>\n',
  Dockerfile: `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN corepack enable && pnpm install --frozen-lockfile\n${cmd}\n`
})

describe('a CLI member a root image runs with a server subcommand', () => {
  it('oclif serve command, Dockerfile.release after npm install -g: the CLI is primary, field by field', () => {
    const variants: Record<string, string>[] = [
      { 'Dockerfile.release': RELEASE },
      { 'Dockerfile.dev': DEV },
      { 'Dockerfile.dev': DEV, 'Dockerfile.release': RELEASE }
    ]
    for (const images of variants) {
      const tree = treeFromFiles(oclifWorkspace(images))
      const file = 'Dockerfile.release' in images ? 'Dockerfile.release' : 'Dockerfile.dev'
      expect(rootImageBinMember(tree, ['packages/cli', 'packages/web'])).toEqual({
        dir: 'packages/cli',
        file,
        line: 5,
        text: expect.stringContaining('ENTRYPOINT')
      })
      const report = analyze(tree)
      expect(report.primary).toBe('packages/cli')
      const app = report.apps.find(a => a.appDir === 'packages/cli')!
      expect(app.framework.value).toBe('express')
      expect(app.framework.evidence.map(e => e.file)).toEqual([
        'packages/cli/src/commands/serve.js',
        'packages/server/package.json'
      ])
      expect(app.startCommand.value).toBe('bin/acme serve')
      expect(app.packageManager.value).toBe('npm')
      expect(app.runtimeVersion.value).toBe('24')
      expect(app.runtimeVersion.evidence[0]?.file).toBe(file)
      expect(app.port.value).toBe(3000)
    }
  })

  it('commander start command, root Dockerfile runs the bin path with node: the CLI is primary, fastify', () => {
    const files = commanderWorkspace('CMD ["node", "apps/cli/bin/relay.js", "start"]')
    const report = analyze(treeFromFiles(files))
    expect(report.primary).toBe('apps/cli')
    const app = report.apps.find(a => a.appDir === 'apps/cli')!
    expect(app.framework.value).toBe('fastify')
    expect(app.framework.evidence[0]?.file).toBe('apps/cli/bin/relay.js')
    // The root Dockerfile's own CMD (a deploy config) outranks the member-relative form of the same command.
    expect(app.startCommand.value).toBe('node apps/cli/bin/relay.js start')
    expect(app.startCommand.alternatives?.map(c => c.value)).toContain('bin/relay.js start')
    expect(app.packageManager.value).toBe('pnpm')
    expect(app.runtimeVersion.value).toBe('20')
  })

  it('negative: a tool subcommand, another package installed, or no image leaves the CLI a library', () => {
    const tool = treeFromFiles(commanderWorkspace('CMD ["node", "apps/cli/bin/relay.js", "lint"]'))
    expect(rootImageBinMember(tool, ['apps/cli'])).toBeNull()
    expect(analyze(tool).apps.find(a => a.appDir === 'apps/cli')).toBeUndefined()
    const other = treeFromFiles(
      oclifWorkspace({ 'Dockerfile.release': RELEASE.replace('@acme/cli@1.0.0', '@other/cli') })
    )
    expect(rootImageBinMember(other, ['packages/cli'])).toBeNull()
    expect(analyze(other).apps.find(a => a.appDir === 'packages/cli')).toBeUndefined()
    const none = treeFromFiles(oclifWorkspace({}))
    expect(analyze(none).apps.find(a => a.appDir === 'packages/cli')).toBeUndefined()
    // A bin without a server command of its own and no CMD: a tool image.
    const files = oclifWorkspace({ 'Dockerfile.release': RELEASE })
    delete files['packages/cli/src/commands/serve.js']
    expect(rootImageBinMember(treeFromFiles(files), ['packages/cli'])).toBeNull()
  })
})
