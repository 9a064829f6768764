// A Node server on a port below 1024 (a photo gallery's config defaults to 80): ECS lets no non-root
// container bind it (aws/containers-roadmap#1721), so the image that switched to the node user could never
// serve there. Such images keep root, say why in a comment and warn PRIVILEGED_PORT; others stay non-root.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const express = (port: number) => ({
  'package.json': JSON.stringify({
    name: 'gallery',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.21.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js': `require('express')().listen(process.env.PORT || ${port})\n`
})

const NUXT_ON_80 = {
  'package.json': JSON.stringify({
    name: 'site',
    scripts: { build: 'nuxt build', start: 'node .output/server/index.mjs' },
    dependencies: { nuxt: '^3.12.0' }
  }),
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'nuxt.config.ts': 'export default defineNuxtConfig({})\n',
  '.env.example': 'PORT=80\n'
}

function render(files: Record<string, string>) {
  const app = primaryApp(analyze(treeFromFiles(files)))!
  const artifacts = renderAppArtifacts(app)
  return {
    port: app.port.value,
    lines: (artifacts.dockerfile ?? '').split('\n'),
    codes: artifacts.warnings.map(w => w.code)
  }
}

describe('a Node server on a privileged port', () => {
  it.each([
    ['an express server defaulting to 80', express(80), 80, 'CMD ["node", "server.js"]'],
    ['a Nuxt server on 80 (.env.example)', NUXT_ON_80, 80, 'CMD ["node", ".output/server/index.mjs"]'],
    ['an express server defaulting to 443', express(443), 443, 'CMD ["node", "server.js"]']
  ])('%s: runs as root, says why, warns', (_label, files, port, cmd) => {
    const { port: detected, lines, codes } = render(files)
    expect(detected).toBe(port)
    expect(lines).not.toContain('USER node')
    expect(lines.some(line => line.startsWith('RUN chown node:node'))).toBe(false)
    expect(lines).toContain(
      `# Port ${port} is below 1024: on ECS only root may bind it, so the server runs as root (no USER node).`
    )
    expect(lines).toContain(`EXPOSE ${port}`)
    expect(lines).toContain(`ENV PORT=${port} \\`)
    expect(lines[lines.length - 2]).toBe(cmd)
    expect(codes).toContain('PRIVILEGED_PORT')
  })

  it('a server on 3000 (and on 1024) keeps the node user and no warning', () => {
    for (const port of [3000, 1024]) {
      const { port: detected, lines, codes } = render(express(port))
      expect(detected).toBe(port)
      expect(lines).toContain('USER node')
      expect(lines).toContain('RUN chown node:node /app')
      expect(codes).not.toContain('PRIVILEGED_PORT')
    }
  })
})
