import { pm2AppDirs, pm2EcosystemFile } from '../../../src/analyzer/signals/pm2-ecosystem.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

describe('pm2 ecosystem files', () => {
  const tree = treeFromFiles({
    'ecosystem.config.js':
      "module.exports = { apps: [\n  { name: 'api', cwd: './packages/back-end', script: 'dist/server.js' },\n  { name: 'ui', cwd: \"packages/front-end/\" },\n  { name: 'evil', cwd: '../outside' }\n] }\n",
    'process.json': '{ "apps": [{ "name": "web", "cwd": "apps/web" }] }\n'
  })
  it('finds the file pm2 runs, in any of its launch forms', () => {
    expect(
      pm2EcosystemFile('node node_modules/pm2/bin/pm2-runtime start ecosystem.config.js', '.', tree)
    ).toBe('ecosystem.config.js')
    expect(pm2EcosystemFile('pm2-runtime process.json', '.', tree)).toBe('process.json')
    expect(pm2EcosystemFile('pm2 start --no-daemon ./ecosystem.config.js', '.', tree)).toBe(
      'ecosystem.config.js'
    )
    // Negative: no pm2, or a file the repository does not have.
    expect(pm2EcosystemFile('node server.js', '.', tree)).toBeNull()
    expect(pm2EcosystemFile('pm2-runtime start missing.config.js', '.', tree)).toBeNull()
  })
  it("lists the apps' working folders in file order, never outside the repository", () => {
    expect(pm2AppDirs(tree, 'ecosystem.config.js', '.')).toEqual(['packages/back-end', 'packages/front-end'])
    expect(pm2AppDirs(tree, 'process.json', '.')).toEqual(['apps/web'])
  })
})
