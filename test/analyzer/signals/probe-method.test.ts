// A HEALTHCHECK or compose healthcheck that POSTs (holdout27 photoview: `curl --fail …/api/graphql -X POST
// --data-raw '{"query": …}'`) checks an endpoint a load balancer's GET cannot use: no health path.
import { primaryFields } from '../../support/analyzed-app.js'
import { probeSendsBody } from '../../../src/analyzer/signals/probe-method.js'

function fields(files: Record<string, string>) {
  return primaryFields(files, ['framework', 'port', 'startCommand', 'healthPath'])
}

const express = {
  'package.json': JSON.stringify({
    name: 'gql',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.21.0' }
  }),
  'package-lock.json': '{"lockfileVersion":3}',
  'server.js': "const app = require('express')()\napp.post('/api/graphql', handler)\napp.listen(4000)\n"
}

describe('probeSendsBody', () => {
  it('reads curl methods and bodies, and wget post options', () => {
    expect(
      probeSendsBody(`curl --fail "http://localhost/api/graphql" -X POST -H 'Content-Type: application/json'`)
    ).toBe(true)
    expect(probeSendsBody(`curl -sf --data-raw '{"query":"{ ok }"}' http://localhost:4000/graphql`)).toBe(
      true
    )
    expect(probeSendsBody('curl --json {} http://localhost/rpc')).toBe(true)
    expect(probeSendsBody('wget -q -O- --post-data=x http://localhost/rpc')).toBe(true)
    expect(probeSendsBody('curl -fsS -X GET http://localhost:3000/healthz')).toBe(false)
    expect(probeSendsBody('wget -qO- http://localhost:3000/health-data')).toBe(false)
  })
})

describe('POST probes name no health path', () => {
  it('a Dockerfile HEALTHCHECK posting a GraphQL query', () => {
    expect(
      fields({
        ...express,
        Dockerfile:
          'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 4000\nHEALTHCHECK CMD curl --fail "http://localhost:4000/api/graphql" \\\n    -X POST -H \'Content-Type: application/json\' \\\n    --data-raw \'{"query":"query { siteInfo { ok } }"}\' || exit 1\nCMD ["node", "server.js"]\n'
      })
    ).toEqual({ framework: 'express', port: 4000, startCommand: 'node server.js', healthPath: null })
  })

  it('a compose healthcheck sending --json', () => {
    expect(
      fields({
        ...express,
        'docker-compose.yml':
          'services:\n  app:\n    build: .\n    ports:\n      - "4000:4000"\n    healthcheck:\n      test: ["CMD", "curl", "-f", "--json", "{}", "http://localhost:4000/rpc/status"]\n'
      })
    ).toEqual({ framework: 'express', port: 4000, startCommand: 'npm start', healthPath: null })
  })

  it('negative: a GET probe stays the health path', () => {
    expect(
      fields({
        ...express,
        Dockerfile:
          'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 4000\nHEALTHCHECK CMD curl -fsS -X GET http://localhost:4000/healthz || exit 1\nCMD ["node", "server.js"]\n'
      })
    ).toEqual({ framework: 'express', port: 4000, startCommand: 'node server.js', healthPath: '/healthz' })
  })
})
