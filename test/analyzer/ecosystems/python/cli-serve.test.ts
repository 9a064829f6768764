// A packaged app started through its own command-line tool (`[project.scripts] printer = "printer:main"` whose
// click CLI declares `@cli.command(name="serve")`): the project's server command, not a WSGI server pointed
// at the Flask object it builds inside — unless the repository runs something itself (holdout29 octoprint).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    startCommand: app.startCommand.value
  }
}

/** A print server: Flask app built inside, click CLI in src/printer/cli with the serve command. */
const printer = (serverCli: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'pyproject.toml': [
    '[build-system]',
    'requires = ["setuptools>=80"]',
    '',
    '[project]',
    'name = "printer"',
    'requires-python = ">=3.10"',
    'dependencies = ["flask>=3.1", "tornado>=6.5", "click>=8"]',
    '',
    '[project.scripts]',
    'printer = "printer:main"',
    ''
  ].join('\n'),
  'src/printer/__init__.py': 'def main():\n    from printer.cli import printer_cli\n    printer_cli()\n',
  'src/printer/server/__init__.py': 'from flask import Flask\n\napp = Flask("printer")\n',
  'src/printer/cli/__init__.py':
    'import click\n\nfrom .server import cli as server_commands\n\n\n@click.group(name="printer", invoke_without_command=False, cls=click.CommandCollection, sources=[server_commands])\ndef printer_cli():\n    pass\n',
  'src/printer/cli/server.py': serverCli,
  ...extra
})

const clickServe =
  'import click\n\n\n@click.group()\ndef cli():\n    pass\n\n\n@cli.command(name="safemode")\ndef safemode():\n    pass\n\n\n@cli.command(name="serve")\n@click.option("--port", type=int)\n@click.pass_context\ndef serve_command(ctx, port):\n    """Starts the server."""\n'

describe("a console script's server command", () => {
  it('a click CLI in a src-layout package: `printer serve`', () => {
    expect(fields(printer(clickServe))).toEqual({
      appDir: '.',
      framework: 'flask',
      packageManager: 'pip',
      startCommand: 'printer serve'
    })
  })

  it('a typer CLI whose server command is the function name (poetry scripts, flat layout)', () => {
    expect(
      fields({
        'pyproject.toml':
          '[tool.poetry]\nname = "ledger"\nversion = "1.0"\n\n[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "^0.115"\ntyper = "^0.12"\n\n[tool.poetry.scripts]\nledger = "ledger.cli:app"\n',
        'poetry.lock': '',
        'ledger/__init__.py': '',
        'ledger/api.py': 'from fastapi import FastAPI\n\napi = FastAPI()\n',
        'ledger/cli.py':
          'import typer\n\napp = typer.Typer()\n\n\n@app.command()\ndef migrate():\n    pass\n\n\n@app.command()\n@some_decorator\ndef server(port: int = 8000):\n    import uvicorn\n    uvicorn.run("ledger.api:api", port=port)\n'
      })
    ).toEqual({ appDir: '.', framework: 'fastapi', packageManager: 'poetry', startCommand: 'ledger server' })
  })

  it('negative: a CLI without a server command, and a Dockerfile command, keep their starts', () => {
    const noServe = clickServe.replace('name="serve"', 'name="backup"')
    expect(fields(printer(noServe)).startCommand).toBe(
      'gunicorn printer.server:app --chdir src --bind 0.0.0.0:${PORT:-8000}'
    )
    expect(
      fields(
        printer(clickServe, {
          Dockerfile:
            'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install .\nCMD ["gunicorn", "--chdir", "src", "printer.server:app"]\n'
        })
      ).startCommand
    ).toBe('gunicorn --chdir src printer.server:app')
  })
})
