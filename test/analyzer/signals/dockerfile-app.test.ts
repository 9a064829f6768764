import { dockerfileRunsFolder } from '../../../src/analyzer/signals/dockerfile-app.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const app = { 'api/manage.py': '', 'web/package.json': '{}' }

test('the folder the last stage (or a stage it builds on) copies into its WORKDIR', () => {
  const dockerfile = [
    'FROM node:22 AS web',
    'WORKDIR /build',
    'COPY web /build/web',
    'FROM python:3.12 AS runtime',
    'ARG APP=/app',
    'WORKDIR $APP',
    'COPY api/requirements.txt /tmp/',
    'COPY api ./',
    'FROM runtime AS unified',
    'COPY --from=web /build/web/dist /app/static/'
  ].join('\n')
  expect(dockerfileRunsFolder(treeFromFiles({ ...app, Dockerfile: dockerfile }), 'Dockerfile')).toBe('api')
  // A Dockerfile built from a context folder names folders inside it.
  const nested = treeFromFiles({
    'svc/api/main.py': '',
    'svc/Dockerfile': 'FROM python\nWORKDIR /app\nCOPY api/ /app\n'
  })
  expect(dockerfileRunsFolder(nested, 'svc/Dockerfile', 'svc')).toBe('svc/api')
})

test('no folder for the whole context, several folders, a folder copied elsewhere or one the repository lacks', () => {
  const runs = (dockerfile: string): string | null =>
    dockerfileRunsFolder(treeFromFiles({ ...app, Dockerfile: dockerfile }), 'Dockerfile')
  expect(runs('FROM python\nWORKDIR /app\nCOPY . .\n')).toBeNull()
  expect(runs('FROM python\nWORKDIR /app\nCOPY api /app/\nCOPY web /app/\n')).toBeNull()
  expect(runs('FROM python\nWORKDIR /app\nCOPY api /opt/api\n')).toBeNull()
  expect(runs('FROM python\nWORKDIR /app\nCOPY worker /app\n')).toBeNull()
  expect(dockerfileRunsFolder(treeFromFiles(app), 'Dockerfile')).toBeNull()
})
