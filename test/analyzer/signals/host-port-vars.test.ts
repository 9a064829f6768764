// A .env variable that a compose file uses only as the published HOST port (`'${APP_PORT:-80}:80'`, Laravel
// Sail: holdout42 kanka's .env.example APP_PORT=8081) is not the app's port (host-port-vars.ts).
import { analyze } from '../../../src/analyzer/analyze.js'
import { composeHostPortVariables } from '../../../src/analyzer/signals/host-port-vars.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

type Files = Record<string, string>

/** A Laravel app with Sail's compose file and a .env.example choosing another host port. */
const sail = (compose: string): Files => ({
  'composer.json': JSON.stringify({ require: { php: '^8.4', 'laravel/framework': '^13.0' } }),
  'composer.lock': '{"packages": []}',
  artisan: '#!/usr/bin/env php\n<?php\n',
  'routes/web.php': "<?php\nRoute::get('/', fn () => view('welcome'));\n",
  '.env.example': 'APP_NAME=Kanka\nAPP_ENV=local\nAPP_PORT=8081\n',
  'docker-compose.yml': compose
})
const SAIL_COMPOSE =
  "services:\n    laravel.test:\n        build:\n            context: ./docker/8.4\n        ports:\n            - '${APP_PORT:-80}:80'\n            - '${VITE_PORT:-5173}:${VITE_PORT:-5173}'\n        environment:\n            LARAVEL_SAIL: 1\n"

/** A Go API whose .env sets the published port of its compose service, the server listening on 8080. */
const goApi = (compose: string): Files => ({
  'go.mod': 'module example.com/api\n\ngo 1.22\n',
  'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
  '.env': 'HTTP_PORT=9999\n',
  'docker-compose.yml': compose
})

const port = (files: Files) => analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!.port

describe('compose variables that only publish a host port', () => {
  it('Laravel Sail: APP_PORT is the host side; .env.example APP_PORT=8081 is not the app port', () => {
    const tree = treeFromFiles(sail(SAIL_COMPOSE))
    expect([...composeHostPortVariables(tree, ['.'])]).toEqual(['APP_PORT'])
    const p = port(sail(SAIL_COMPOSE))
    expect(p.value).not.toBe(8081)
    expect(p.evidence.some(e => e.file === '.env.example')).toBe(false)
  })

  it('Go API: "${HTTP_PORT:-8080}:8080" with a bind address; .env HTTP_PORT=9999 is not the port', () => {
    const files = goApi(
      'services:\n  api:\n    build: .\n    ports:\n      - "127.0.0.1:${HTTP_PORT:-8080}:8080/tcp"\n'
    )
    expect([...composeHostPortVariables(treeFromFiles(files), ['.'])]).toEqual(['HTTP_PORT'])
    expect(port(files).value).toBe(8080)
  })

  it('negative: a variable also passed to the container, an env_file, or PORT stays the app port', () => {
    const passed = goApi(
      'services:\n  api:\n    build: .\n    ports:\n      - "${HTTP_PORT:-8080}:8080"\n    environment:\n      HTTP_PORT: ${HTTP_PORT:-8080}\n'
    )
    expect(composeHostPortVariables(treeFromFiles(passed), ['.']).size).toBe(0)
    // The .env value is still a candidate (ranked below the compose and code ports here).
    const p = port(passed)
    expect([p.value, ...(p.alternatives ?? []).map(a => a.value)]).toContain(9999)
    const envFile = goApi(
      'services:\n  api:\n    build: .\n    env_file: .env\n    ports:\n      - "${HTTP_PORT:-8080}:8080"\n'
    )
    expect(composeHostPortVariables(treeFromFiles(envFile), ['.']).size).toBe(0)
    const portVar = treeFromFiles({
      'docker-compose.yml': 'services:\n  web:\n    ports:\n      - "${PORT:-3000}:3000"\n'
    })
    expect(composeHostPortVariables(portVar, ['.']).size).toBe(0)
  })
})
