// A CLI package's bin whose one server subcommand starts the server (`node dist/cmd.js daemon`).
import { describe, expect, it } from '@jest/globals'
import { binServeCommand } from '../../../../src/analyzer/ecosystems/node/bin-serve-command.js'
import type { PackageJson } from '../../../../src/analyzer/ecosystems/node/manifest.js'
import { contextFor } from '../helpers.js'

const pkgOf = (json: Record<string, unknown>): PackageJson => ({
  path: 'package.json',
  text: JSON.stringify(json, null, 2),
  json,
  scripts: (json.scripts as Record<string, string> | undefined) ?? {},
  deps: new Map() as unknown as PackageJson['deps'],
  runtimeDeps: []
})

describe('binServeCommand', () => {
  it('a torrent daemon: bin dist/cmd.js compiled from src/cmd.ts, commander .command("daemon")', () => {
    const json = { name: 'seeder', bin: { seeder: 'dist/cmd.js' }, scripts: { build: 'tsc' } }
    const ctx = contextFor({
      'package.json': JSON.stringify(json),
      'src/cmd.ts':
        'const program = new Command()\nprogram\n\t.command("diff")\n\t.action(diff)\n\nprogram\n\t.command("daemon")\n' +
        '\t.description("Start the daemon")\n\t.action(startServer)\n'
    })
    const c = binServeCommand(ctx, pkgOf(json))
    expect(c?.value).toBe('node dist/cmd.js daemon')
    expect(c?.source).toBe('bin dist/cmd.js with its daemon subcommand')
    expect(c?.evidence[0]).toEqual({ file: 'src/cmd.ts', line: 7, text: '.command("daemon")' })
  })

  it('a wiki: a plain-JS bin with a yargs serve command taking arguments', () => {
    const json = { name: 'wiki', bin: './bin/wiki.js' }
    const ctx = contextFor({
      'package.json': JSON.stringify(json),
      'bin/wiki.js':
        "yargs(process.argv.slice(2))\n  .command('serve [port]', 'serve the wiki', {}, serve)\n  .parse()\n"
    })
    const c = binServeCommand(ctx, pkgOf(json))
    expect(c?.value).toBe('node bin/wiki.js serve')
    expect(c?.evidence[0]?.file).toBe('bin/wiki.js')
  })

  it('negative: a start script, two server subcommands, or several bins give nothing', () => {
    const cmd = 'program.command("daemon").action(a)\nprogram.command("serve").action(b)\n'
    const withStart = { name: 'a', bin: 'cli.js', scripts: { start: 'node cli.js daemon' } }
    const twoCommands = { name: 'b', bin: 'cli.js' }
    const twoBins = { name: 'c', bin: { c: 'cli.js', d: 'other.js' } }
    const ctx = contextFor({ 'cli.js': cmd, 'other.js': 'program.command("daemon")\n' })
    expect(binServeCommand(ctx, pkgOf(withStart))).toBeNull()
    expect(binServeCommand(ctx, pkgOf(twoCommands))).toBeNull()
    expect(binServeCommand(ctx, pkgOf(twoBins))).toBeNull()
  })
})
