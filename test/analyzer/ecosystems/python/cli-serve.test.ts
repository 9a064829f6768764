// A packaged app started through its own command-line tool (`[project.scripts] printer = "printer:main"` whose
// click CLI declares `@cli.command(name="serve")`): the project's server command, not a WSGI server pointed
// at the Flask object it builds inside — unless the repository runs something itself (holdout29 octoprint).
import { analyzeFiles, primaryFields } from '../../../support/analyzed-app.js'

const fields = (files: Record<string, string>) =>
  primaryFields(files, ['appDir', 'framework', 'packageManager', 'startCommand'])

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

// No command named for serving: the one whose own body starts the server (holdout33 infinity: typer `v1`
// (deprecated, calls `v2(…)`) and `v2` (… `uvicorn.run(app, host=host, port=port)`) → `infinity_emb v2`).
// A settings property `def port(self)` reading its variable with a default gives the port (env.py:214-218).
describe('the console-script command that runs the server, and a settings port property', () => {
  const embedServer = (cli: string, env: string): Record<string, string> => ({
    'pyproject.toml':
      '[tool.poetry]\nname = "embed_server"\nversion = "0.1"\n\n[tool.poetry.dependencies]\npython = ">=3.9,<3.14"\n' +
      'fastapi = "^0.110"\nuvicorn = "^0.29"\ntyper = "^0.12"\n\n[tool.poetry.scripts]\nembed_server = "embed_server.cli:cli"\n',
    'poetry.lock': '',
    'embed_server/__init__.py': '',
    'embed_server/server.py':
      'from fastapi import FastAPI\n\n\ndef create_server():\n    app = FastAPI()\n\n    @app.get("/health")\n    def health():\n        return {"ok": True}\n\n    return app\n',
    'embed_server/env.py': env,
    'embed_server/cli.py': cli
  })
  const typerCli =
    'import sys\n\nfrom embed_server.env import MANAGER\nfrom embed_server.server import create_server\n\n\ndef _construct():\n' +
    '    import typer\n    import uvicorn\n\n    tp = typer.Typer()\n\n    @tp.command("v1")\n    def v1(\n        port: int = MANAGER.port,\n    ):\n' +
    '        v2(port=port)\n\n    @tp.command("v2")\n    def v2(\n        port: int = MANAGER.port,\n    ):\n        app = create_server()\n' +
    '        uvicorn.run(app, host="0.0.0.0", port=port)\n\n    return tp\n\n\ndef cli():\n    if len(sys.argv) == 1:\n        sys.argv.insert(1, "v2")\n    _construct()()\n'
  const managerEnv =
    'import os\nfrom functools import cached_property\n\n\nclass _EnvManager:\n    def _var(self, name, default=""):\n' +
    '        return os.getenv(f"EMBED_{name.upper()}", default)\n\n    @cached_property\n    def db_port(self):\n        return int(self._var("db_port", default="5433"))\n\n' +
    '    @cached_property\n    def port(self):\n        port = self._var("port", default="7997")\n        assert port.isdigit()\n        return int(port)\n\n\nMANAGER = _EnvManager()\n'

  it('an embedding server: `embed_server v2` on the manager default 7997', () => {
    const report = analyzeFiles(embedServer(typerCli, managerEnv))
    const app = report.apps[0]!
    expect(app.startCommand.value).toBe('embed_server v2')
    expect(app.port.value).toBe(7997)
    expect(app.framework.value).toBe('fastapi')
    expect(app.port.evidence[0]?.file).toBe('embed_server/env.py')
  })

  it('a search API: a click `run-api` command calling uvicorn, a getenv port property', () => {
    const clickCli =
      'import click\nimport uvicorn\n\n\n@click.group()\ndef cli():\n    pass\n\n\n@cli.command()\ndef migrate():\n    print("migrating")\n\n\n' +
      '@cli.command()\n@click.option("--workers", default=1)\ndef run_api(workers):\n    uvicorn.run("embed_server.server:create_server", factory=True, workers=workers)\n'
    const settings =
      'import os\n\n\nclass Settings:\n    @property\n    def http_port(self) -> int:\n        return int(os.getenv("SEARCH_PORT", "8400"))\n'
    const app = analyzeFiles(embedServer(clickCli, settings)).apps[0]!
    expect(app.startCommand.value).toBe('embed_server run-api')
    expect(app.port.value).toBe(8400)
    expect(app.framework.value).toBe('fastapi')
  })

  it('names no command when none runs a server or two do, and reads no other service’s port property (negative)', () => {
    const noServer = typerCli.replace(
      '        uvicorn.run(app, host="0.0.0.0", port=port)\n',
      '        print(app)\n'
    )
    const dbOnly = managerEnv.replace(
      / {4}@cached_property\n {4}def port\(self\):[\s\S]*?return int\(port\)\n/,
      ''
    )
    const app = analyzeFiles(embedServer(noServer, dbOnly)).apps[0]!
    expect(String(app.startCommand.value)).not.toMatch(/^embed_server/)
    expect(app.port.value).toBe(8000)
    const both = typerCli.replace(
      '        v2(port=port)\n',
      '        uvicorn.run(create_server(), port=port)\n'
    )
    expect(String(analyzeFiles(embedServer(both, managerEnv)).apps[0]!.startCommand.value)).not.toMatch(
      /^embed_server v/
    )
  })
})
