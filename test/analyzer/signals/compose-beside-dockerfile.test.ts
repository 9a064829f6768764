// A compose file kept beside the app's Dockerfile that builds that very Dockerfile runs the app's image: its
// container port is the app's (holdout20 PowerDNS-Admin: docker/docker-compose.yml builds
// docker/common/Dockerfile.app with `context: ..` and maps 9191:80; the code's PORT = 9191 is the debug server).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { composeFilesBuilding } from '../../../src/analyzer/signals/compose.js'

const port = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!.port
}

const workflow = (file: string) =>
  `jobs:\n  build:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: ./\n          file: ${file}\n`

const flaskApp = {
  'requirements.txt': 'Flask==3.0.0\ngunicorn==22.0.0\n',
  'dnsadmin/__init__.py': 'from flask import Flask\n\n\ndef create_app():\n    return Flask(__name__)\n',
  'configs/development.py': 'PORT = 9191\n',
  'run.py':
    "from dnsadmin import create_app\nfrom configs.development import PORT\n\nif __name__ == '__main__':\n    create_app().run(debug=True, host='0.0.0.0', port=PORT)\n",
  'docker/common/Dockerfile.app':
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT ["/app/docker/entrypoint.sh"]\nCMD ["gunicorn", "dnsadmin:create_app()"]\n',
  'docker/entrypoint.sh': '#!/bin/sh\nset -e\nflask db upgrade\nexec "$@" --workers 4\n',
  '.github/workflows/publish.yml': workflow('./docker/common/Dockerfile.app')
}
const prodCompose =
  'services:\n  app:\n    build:\n      context: ..\n      dockerfile: docker/common/Dockerfile.app\n    ports:\n      - "9191:80"\n  db:\n    image: mariadb:11\n    ports:\n      - "3306:3306"\n'

describe('a compose file beside the app Dockerfile that builds it', () => {
  test('Flask: docker/docker-compose.yml maps 9191:80 for the image of docker/common/Dockerfile.app', () => {
    const files = { ...flaskApp, 'docker/docker-compose.yml': prodCompose }
    expect(composeFilesBuilding(treeFromFiles(files), '.', 'docker/common/Dockerfile.app')).toEqual([
      'docker/docker-compose.yml'
    ])
    const p = port(files)
    expect(p.value).toBe(80)
    expect(p.evidence[0]?.file).toBe('docker/docker-compose.yml')
  })

  test('Node: deploy/compose.yaml builds deploy/Dockerfile.prod, container port 4100', () => {
    const files = {
      'package.json': JSON.stringify({
        name: 'board',
        scripts: { start: 'node server.js' },
        dependencies: { express: '4' }
      }),
      'package-lock.json': '{"lockfileVersion": 3}',
      'server.js': "require('express')().listen(process.env.PORT)\n",
      'deploy/Dockerfile.prod':
        'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n',
      'deploy/compose.yaml':
        'services:\n  web:\n    build:\n      context: ..\n      dockerfile: deploy/Dockerfile.prod\n    ports:\n      - "8080:4100"\n',
      '.github/workflows/image.yml': workflow('deploy/Dockerfile.prod')
    }
    expect(port(files).value).toBe(4100)
  })

  test('negative: a compose file there that builds another Dockerfile, or only pulls images, is not read', () => {
    const worker = {
      ...flaskApp,
      'docker/worker/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\n',
      'docker/docker-compose.yml':
        'services:\n  worker:\n    build:\n      context: ..\n      dockerfile: docker/worker/Dockerfile\n    ports:\n      - "5555:5555"\n'
    }
    const tree = treeFromFiles(worker)
    expect(composeFilesBuilding(tree, '.', 'docker/common/Dockerfile.app')).toEqual([])
    expect(port(worker).value).not.toBe(5555)
    const pulls = {
      ...flaskApp,
      'docker/docker-compose.yml':
        'services:\n  app:\n    image: acme/dnsadmin\n    ports:\n      - "8000:8000"\n'
    }
    expect(composeFilesBuilding(treeFromFiles(pulls), '.', 'docker/common/Dockerfile.app')).toEqual([])
  })
})
