// A web framework kept in an optional extra is the app's when its image installs that extra (holdout32 letta:
// `server = ["fastapi", "uvicorn"]` in [project.optional-dependencies], Dockerfile `uv sync --all-extras`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { imageInstalledExtras } from '../../../../src/analyzer/ecosystems/python/image-extras.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    port: app.port.value
  }
}

const pyproject = (extras: Record<string, string[]>): string =>
  [
    '[project]',
    'name = "agentd"',
    'requires-python = ">=3.11"',
    'dependencies = ["pydantic>=2", "sqlalchemy>=2"]',
    '',
    '[project.optional-dependencies]',
    ...Object.entries(extras).map(([k, v]) => `${k} = [${v.map(d => `"${d}"`).join(', ')}]`),
    ''
  ].join('\n')

const dockerfile = (install: string, port: number): string =>
  [
    'FROM python:3.12-slim',
    'WORKDIR /app',
    'COPY . .',
    `RUN ${install}`,
    `EXPOSE ${port}`,
    'CMD ["python", "-m", "agentd"]',
    ''
  ].join('\n')

const app = (
  install: string,
  extras: Record<string, string[]>,
  port: number,
  lock: Record<string, string> = {}
) => ({
  'pyproject.toml': pyproject(extras),
  ...lock,
  'agentd/__init__.py': '',
  'agentd/__main__.py': 'from agentd.server import run\nrun()\n',
  'agentd/server.py': 'def run():\n    pass\n',
  Dockerfile: dockerfile(install, port)
})

test('uv sync --all-extras: fastapi from the server extra', () => {
  expect(
    fields(
      app(
        'uv sync --frozen --no-dev --all-extras',
        { server: ['fastapi>=0.115', 'uvicorn'], bedrock: ['boto3'] },
        8283,
        {
          'uv.lock': 'version = 1\n'
        }
      )
    )
  ).toEqual({ appDir: '.', framework: 'fastapi', packageManager: 'uv', port: 8283 })
})

test("pip install '.[web]': flask from the named extra, not the other", () => {
  expect(
    fields(
      app("pip install --no-cache-dir '.[web]'", { web: ['flask>=3', 'gunicorn'], dev: ['pytest'] }, 5000)
    )
  ).toEqual({ appDir: '.', framework: 'flask', packageManager: 'pip', port: 5000 })
})

test('the extras each installer names', () => {
  const extras = (install: string) => {
    const found = imageInstalledExtras({
      signals: { dockerfile: 'Dockerfile' },
      tree: treeFromFiles({ Dockerfile: dockerfile(install, 80) })
    } as never)
    return { all: found.all, names: [...found.names].sort() }
  }
  expect(extras('uv sync --extra server --extra Postgres_DB')).toEqual({
    all: false,
    names: ['postgres-db', 'server']
  })
  expect(extras('poetry install --no-root -E api -E worker')).toEqual({
    all: false,
    names: ['api', 'worker']
  })
  expect(extras('poetry install --all-extras')).toEqual({ all: true, names: [] })
  expect(extras('pip install -e ".[server,redis]"')).toEqual({ all: false, names: ['redis', 'server'] })
  expect(extras('pip install requests[socks] && uv sync --no-dev')).toEqual({ all: false, names: [] })
})

test('negative: the image installs no extra — the framework of an extra stays optional', () => {
  expect(
    fields(
      app('uv sync --frozen --no-dev', { server: ['fastapi>=0.115', 'uvicorn'] }, 8283, {
        'uv.lock': 'version = 1\n'
      })
    ).framework
  ).not.toBe('fastapi')
})
