// The healthcheck a repository's compose file runs against the image it publishes of an app folder (pulled,
// not built): by the app's own package name, or one image per folder under one name (holdout41: R2R's
// docker/compose.yaml probing /v3/health, OpnForm's ui service probing /login).
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { DEPLOY_FILE } from '../../../src/analyzer/precedence.js'
import { publishedImageHealth } from '../../../src/analyzer/signals/published-image-health.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

/** A FastAPI server package in py/ (pyproject name `ragsrv`) with a users' compose file in docker/. */
const pythonRepo = (compose: string, composeName = 'docker/compose.yaml'): Record<string, string> => ({
  'py/pyproject.toml':
    '[project]\nname = "ragsrv"\nrequires-python = ">=3.10"\ndependencies = ["fastapi", "uvicorn"]\n',
  'py/Dockerfile':
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -e .\nEXPOSE 8000\nCMD ["uvicorn", "core.app:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  'py/core/app.py':
    'from fastapi import FastAPI\nfrom core.system import router\napp = FastAPI()\napp.include_router(router.router, prefix=PREFIX)\n',
  'py/core/system.py':
    'from fastapi import APIRouter\nrouter = APIRouter()\n@router.get("/health")\nasync def health():\n    return {"ok": True}\n',
  [composeName]: compose
})

const ragCompose = [
  'services:',
  '  postgres:',
  '    image: pgvector/pgvector:pg16',
  '    healthcheck:',
  '      test: ["CMD-SHELL", "pg_isready"]',
  '  ragsrv:',
  '    image: acme/ragsrv:latest',
  '    ports:',
  '      - "7272:7272"',
  '    healthcheck:',
  '      test: ["CMD", "curl", "-f", "http://localhost:7272/v3/health"]',
  ''
].join('\n')

/** A Laravel api/ and a Nuxt client/ pulled by the root compose file as acme/forms-api and acme/forms-client. */
const formsRepo = (clientImage = 'acme/forms-client:latest'): Record<string, string> => ({
  'api/composer.json': JSON.stringify({ name: 'acme/forms', require: { 'laravel/framework': '^11.0' } }),
  'api/artisan': '#!/usr/bin/env php\n',
  'api/routes/web.php': "<?php\nRoute::get('/', fn () => 'ok');\n",
  'client/package.json': JSON.stringify({
    name: 'nuxt-app',
    scripts: { build: 'nuxt build', start: 'node .output/server/index.mjs' },
    dependencies: { nuxt: '^3.17.0' }
  }),
  'client/package-lock.json': JSON.stringify({ lockfileVersion: 3 }),
  'client/nuxt.config.ts': 'export default defineNuxtConfig({})\n',
  'docker-compose.yml': [
    'services:',
    '  api: &api',
    '    image: acme/forms-api:latest',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "php artisan status || exit 1"]',
    '  ui:',
    `    image: ${clientImage}`,
    '    healthcheck:',
    '      test:',
    '        ["CMD-SHELL", "wget --spider -q http://localhost:3000/login || exit 1"]',
    '  redis:',
    '    image: redis:7',
    ''
  ].join('\n')
})

describe('healthcheck of the published image a compose file pulls', () => {
  it('image named for the app package (py/ → acme/ragsrv): the probe wins over the unprefixed route', () => {
    const tree = treeFromFiles(pythonRepo(ragCompose))
    expect(publishedImageHealth(tree, 'py')).toEqual([
      {
        value: '/v3/health',
        confidence: DEPLOY_FILE,
        source:
          'docker/compose.yaml services.ragsrv.healthcheck (runs acme/ragsrv:latest, the published image of py)',
        evidence: [{ file: 'docker/compose.yaml', line: 10, text: 'healthcheck:' }]
      }
    ])
    const app = analyze(tree).apps.find(a => a.appDir === 'py')!
    expect(app.framework.value).toBe('fastapi')
    expect(app.healthPath.value).toBe('/v3/health')
    expect(app.port.value).toBe(8000)
  })

  it('one image per folder (acme/forms-api, acme/forms-client): the client service probe, field by field', () => {
    const tree = treeFromFiles(formsRepo())
    const [c, ...rest] = publishedImageHealth(tree, 'client')
    expect(rest).toEqual([])
    expect(c?.value).toBe('/login')
    expect(c?.source).toBe(
      'docker-compose.yml services.ui.healthcheck (runs acme/forms-client:latest, the published image of client)'
    )
    expect(c?.evidence[0]).toEqual({ file: 'docker-compose.yml', line: 8, text: 'healthcheck:' })
    const app = analyze(tree).apps.find(a => a.appDir === 'client')!
    expect(app.framework.value).toBe('nuxt')
    expect(app.healthPath.value).toBe('/login')
    // The api's own service probes no path: nothing for it from this rule.
    expect(publishedImageHealth(tree, 'api')).toEqual([])
  })

  it('negatives: a development variant, a foreign image, a lone -client image, the root app', () => {
    expect(
      publishedImageHealth(treeFromFiles(pythonRepo(ragCompose, 'docker/docker-compose.dev.yml')), 'py')
    ).toEqual([])
    expect(
      publishedImageHealth(treeFromFiles(pythonRepo(ragCompose.replace('acme/ragsrv', 'acme/other'))), 'py')
    ).toEqual([])
    // acme/minio-client beside acme/forms-api: no second image of the same family names a folder.
    expect(publishedImageHealth(treeFromFiles(formsRepo('acme/minio-client:latest')), 'client')).toEqual([])
    expect(publishedImageHealth(treeFromFiles(pythonRepo(ragCompose)), '.')).toEqual([])
  })
})
