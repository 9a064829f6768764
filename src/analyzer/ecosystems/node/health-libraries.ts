// Libraries that add a health route by themselves, as data: when the app imports one, its default path is
// a health candidate at convention confidence (a route the code declares still wins). Only libraries
// whose default path their own README documents; each entry names where. A library whose path is the
// mount point the app chooses (`app.use('/healthcheck', require('express-healthcheck')())`) needs no
// entry: the route scan already reads that `use('/healthcheck', …)`.
import type { HealthLibrary } from '../../signals/health.js'

export const HEALTH_LIBRARIES: readonly HealthLibrary[] = [
  {
    ecosystem: 'node',
    dependency: 'express-actuator',
    path: '/health',
    prefixOption: 'basePath',
    docs: 'https://www.npmjs.com/package/express-actuator (endpoints info, metrics, health; basePath option)'
  },
  {
    ecosystem: 'node',
    dependency: 'fastify-healthcheck',
    path: '/health',
    pathOption: 'healthcheckUrl',
    disabledBy: 'healthcheckUrlDisable',
    docs: 'https://www.npmjs.com/package/fastify-healthcheck (healthcheckUrl, default /health)'
  },
  {
    ecosystem: 'node',
    dependency: '@fastify/under-pressure',
    path: '/status',
    enabledBy: 'exposeStatusRoute',
    docs: 'https://www.npmjs.com/package/@fastify/under-pressure (exposeStatusRoute: true serves /status)'
  },
  // Apollo Server 2 and 3 answer a health check of their own on every integration that serves HTTP; version 4
  // (`@apollo/server`) removed it, so it has no entry.
  ...[
    'apollo-server',
    'apollo-server-express',
    'apollo-server-koa',
    'apollo-server-fastify',
    'apollo-server-hapi'
  ].map((dependency): HealthLibrary => ({
    ecosystem: 'node',
    dependency,
    path: '/.well-known/apollo/server-health',
    disabledBy: 'disableHealthCheck',
    docs: 'https://www.apollographql.com/docs/apollo-server/v3/monitoring/health-checks (disableHealthCheck option)'
  })),
  {
    ecosystem: 'node',
    dependency: 'under-pressure',
    path: '/status',
    enabledBy: 'exposeStatusRoute',
    docs: 'https://www.npmjs.com/package/under-pressure (the package before it moved to @fastify/)'
  }
]
