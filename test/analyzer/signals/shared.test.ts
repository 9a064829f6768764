import { appDockerfile, readSharedSignals } from '../../../src/analyzer/signals/shared.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const runnable =
  'FROM python:3.12\nCOPY ./app ./app\nCOPY requirements.txt .\nEXPOSE 9000\nCMD ["python", "-m", "app"]\n'

test('a docker/ Dockerfile built from the app folder is the app Dockerfile', () => {
  const tree = treeFromFiles({
    'requirements.txt': 'fastapi\n',
    'app/__init__.py': '',
    'docker/Dockerfile': runnable
  })
  expect(appDockerfile(tree, '.')).toBe('docker/Dockerfile')
  const s = readSharedSignals(tree, '.')
  expect(s.dockerfile).toBe('docker/Dockerfile')
  expect(s.port[0]).toMatchObject({ value: 9000, evidence: [{ file: 'docker/Dockerfile', line: 4 }] })
})

test('a docker/ Dockerfile is not adopted when it builds its own folder or runs nothing', () => {
  // Its sources live in docker/ itself: it is built with docker/ as context (a sidecar image).
  const ownContext = treeFromFiles({
    'requirements.txt': 'fastapi\n',
    'app/__init__.py': '',
    'docker/Dockerfile': 'FROM nginx\nCOPY nginx.conf /etc/nginx/nginx.conf\n',
    'docker/nginx.conf': 'events {}\n'
  })
  expect(appDockerfile(ownContext, '.')).toBeNull()
  // The last stage has no command (a multi-target file whose release stage is not last).
  const noCommand = treeFromFiles({
    'package.json': '{"name":"x"}',
    'src/index.js': '',
    'docker/Dockerfile':
      'FROM node:20 AS release\nCOPY src ./src\nCMD ["node", "src/index.js"]\nFROM node:20 AS upload\nCOPY src ./src\n'
  })
  expect(appDockerfile(noCommand, '.')).toBeNull()
  // No manifest above it: nothing to adopt it.
  expect(appDockerfile(treeFromFiles({ 'app/x.py': '', 'docker/Dockerfile': runnable }), '.')).toBeNull()
  // The app's own Dockerfile always wins.
  const both = treeFromFiles({
    'requirements.txt': '',
    'app/x.py': '',
    Dockerfile: 'FROM python\nCMD ["python", "x.py"]\n',
    'docker/Dockerfile': runnable
  })
  expect(appDockerfile(both, '.')).toBe('Dockerfile')
})
