// A package with no web framework of ours is an app when the repository's image starts one of its console
// scripts — also when that image recipe is kept in a `docker/` folder rather than beside the manifest
// (holdout32 thumbor: `docker/Dockerfile` ENTRYPOINT ["thumbor"], `[project.scripts] thumbor = …`).
import { analyzeFiles, plainFields } from '../../../support/analyzed-app.js'

const fields = (files: Record<string, string>) => {
  const report = analyzeFiles(files)
  const app = report.apps.find(a => a.appDir === report.primary)
  return app && app.appDir === '.'
    ? plainFields(app, ['appDir', 'framework', 'packageManager', 'startCommand', 'port'])
    : null
}

const pyproject = (name: string, deps: string[], script: string | null): string =>
  [
    '[project]',
    `name = "${name}"`,
    'requires-python = ">=3.11"',
    `dependencies = [${deps.map(d => `"${d}"`).join(', ')}]`,
    ...(script ? ['', '[project.scripts]', `${script} = "${name}.server:main"`] : []),
    ''
  ].join('\n')

const dockerfile = (command: string, port: number, copy = 'COPY . /src'): string =>
  ['FROM python:3.12-slim', copy, 'RUN pip install /src', `EXPOSE ${port}`, `ENTRYPOINT ${command}`, ''].join(
    '\n'
  )

test('a tornado image service whose docker/Dockerfile runs its console script', () => {
  expect(
    fields({
      'pyproject.toml': pyproject('imgsrv', ['tornado>=6.4', 'pillow>=10'], 'imgsrv'),
      'imgsrv/__init__.py': '',
      'imgsrv/server.py': 'import tornado.web\n\ndef main():\n    pass\n',
      // The image installs the wheel the release workflow built into dist/ (no checkout path is copied).
      'docker/Dockerfile': dockerfile('["imgsrv"]', 8888, 'COPY dist/* /src/'),
      '.github/workflows/release.yml': [
        'jobs:',
        '  image:',
        '    steps:',
        '      - uses: docker/build-push-action@v5',
        '        with:',
        '          context: .',
        '          file: ./docker/Dockerfile',
        ''
      ].join('\n')
    })
  ).toEqual({
    appDir: '.',
    framework: 'tornado',
    packageManager: 'pip',
    startCommand: 'imgsrv',
    port: 8888
  })
})

test('an aiohttp relay started as `relay serve` from docker/Dockerfile', () => {
  expect(
    fields({
      'pyproject.toml': pyproject('relay', ['aiohttp>=3.9'], 'relay'),
      'relay/__init__.py': '',
      'relay/server.py': 'from aiohttp import web\n\ndef main():\n    pass\n',
      'docker/Dockerfile': dockerfile('["relay", "serve"]', 8080, 'COPY pyproject.toml relay /src/')
    })
  ).toEqual({
    appDir: '.',
    framework: 'aiohttp',
    packageManager: 'pip',
    startCommand: 'relay serve',
    port: 8080
  })
})

test('negative: docker/Dockerfile runs a program the package does not install — the package stays a library', () => {
  expect(
    fields({
      'pyproject.toml': pyproject('imgsrv', ['tornado>=6.4'], 'imgsrv-admin'),
      'imgsrv/__init__.py': '',
      'imgsrv/server.py': 'import tornado.web\n',
      'docker/Dockerfile': dockerfile('["othertool"]', 8888, 'COPY pyproject.toml imgsrv /src/')
    })
  ).toBeNull()
})
