// A web app's single-command click CLI with a `--port` default: its start command and its port.
import { describe, expect, it } from '@jest/globals'
import { consoleScriptPortOption } from '../../../../src/analyzer/ecosystems/python/cli-port-option.js'
import { contextFor } from '../helpers.js'

const cli = (fn: string, port: string, command = '@click.command()') =>
  'import click\n\n' +
  `${command}\n@click.argument("filenames", nargs=-1)\n` +
  `@click.option(\n    "-p",\n    "--port",\n    type=int,\n    default=${port},\n    show_default=True,\n)\n` +
  `@click.option("-H", "--host", type=str)\ndef ${fn}(*, port: int = ${port}, host: str = "localhost") -> None:\n    app.run(host, port)\n`

describe('consoleScriptPortOption', () => {
  it('reads a src-layout ledger viewer launched by its own command', () => {
    const ctx = contextFor({
      'pyproject.toml':
        '[project]\nname = "ledgerview"\n\n[project.scripts]\nledgerview = "ledgerview.cli:main"\n',
      'src/ledgerview/__init__.py': '',
      'src/ledgerview/cli.py': cli(
        'main',
        '5000',
        '@click.command(context_settings={"auto_envvar_prefix": "LV"})'
      )
    })
    const found = consoleScriptPortOption(ctx, {
      project: { scripts: { ledgerview: 'ledgerview.cli:main' } }
    })
    expect(found?.start.value).toBe('ledgerview')
    expect(found?.start.evidence.map(e => e.file)).toEqual(['pyproject.toml', 'src/ledgerview/cli.py'])
    expect(found?.port.value).toBe(5000)
    expect(found?.port.evidence[0]?.line).toBe(5)
  })

  it('reads a flat-layout poetry script', () => {
    const ctx = contextFor({
      'pyproject.toml': '[tool.poetry.scripts]\nnotes-web = "notes.web:run"\n',
      'notes/__init__.py': '',
      'notes/web.py': cli('run', '8765')
    })
    const found = consoleScriptPortOption(ctx, {
      tool: { poetry: { scripts: { 'notes-web': 'notes.web:run' } } }
    })
    expect(found?.start.value).toBe('notes-web')
    expect(found?.port.value).toBe(8765)
    expect(found?.port.evidence[0]?.file).toBe('notes/web.py')
  })

  it('ignores a click group, a database port option and a function without the option', () => {
    const ctx = contextFor({
      'tool/__init__.py': '',
      'tool/group.py': cli('main', '8000', '@click.group()'),
      'tool/db.py': cli('main', '5432'),
      'tool/plain.py':
        'import click\n\n@click.command()\n@click.option("--verbose", is_flag=True)\ndef main(verbose):\n    pass\n'
    })
    for (const mod of ['tool.group', 'tool.db', 'tool.plain'])
      expect(consoleScriptPortOption(ctx, { project: { scripts: { tool: `${mod}:main` } } })).toBeNull()
  })

  it('reads decorators imported from click by name, in a package __init__ (two apps)', () => {
    // supysonic-like: `from click import Option, command, option`, a custom Option class on --port.
    const byName = (port: string) =>
      'from click import Option, command, option\n\nclass Exclusive(Option):\n    pass\n\n' +
      `@command()\n@option("-h", "--host", default="localhost")\n` +
      `@option(\n    "-p",\n    "--port",\n    default=${port},\n    cls=Exclusive,\n    mutually_exclusive=("socket",),\n)\n` +
      'def main(host, port):\n    serve(host, port)\n'
    const music = contextFor({
      'pyproject.toml': '[project.scripts]\ntunes-server = "tunes.server:main"\n',
      'tunes/server/__init__.py': byName('5722')
    })
    const found = consoleScriptPortOption(music, {
      project: { scripts: { 'tunes-server': 'tunes.server:main' } }
    })
    expect(found?.start.value).toBe('tunes-server')
    expect(found?.start.evidence.map(e => e.file)).toEqual(['pyproject.toml', 'tunes/server/__init__.py'])
    expect(found?.port.value).toBe(5722)
    expect(found?.port.evidence[0]?.line).toBe(8)
    const wiki = contextFor({
      'setup.py': '',
      'src/wiki/cli.py': byName('4567').replace(
        'Option, command, option',
        '(\n    Option,\n    command,\n    option,\n)'
      )
    })
    const fromWiki = consoleScriptPortOption(wiki, { project: { scripts: { wiki: 'wiki.cli:main' } } })
    expect(fromWiki?.start.value).toBe('wiki')
    expect(fromWiki?.port.value).toBe(4567)
    expect(fromWiki?.port.evidence[0]?.file).toBe('src/wiki/cli.py')
  })

  it('ignores bare @command/@option decorators not imported from click', () => {
    const ctx = contextFor({
      'other/__init__.py':
        'import click\nfrom mycli import command, option\n\n@command()\n@option("--port", default=8000)\ndef main(port):\n    pass\n'
    })
    expect(consoleScriptPortOption(ctx, { project: { scripts: { other: 'other:main' } } })).toBeNull()
  })
})
