// Libraries that add a health route by themselves, as data: when the app imports one, its default path is
// a health candidate at convention confidence (a route the code declares still wins). Only libraries
// whose default path their own README documents; each entry names where. A library whose path is the
// mount point the app chooses (`app.use('/healthcheck', require('express-healthcheck')())`) needs no
// entry: the route scan already reads that `use('/healthcheck', …)`.

export interface HealthLibrary {
  /** Provider whose dependency names these are. */
  ecosystem: 'node'
  /** Package name, as imported and as listed in the manifest. */
  dependency: string
  /** The route it serves when no option changes it. */
  path: string
  /** Option that names the route instead (`healthcheckUrl: '/ping'`). */
  pathOption?: string
  /** Option that puts every route of the library under a prefix (`basePath: '/management'`). */
  prefixOption?: string
  /** Option that must be set for the route to exist; a string value (`'/alive'`) is the route. */
  enabledBy?: string
  /** Option that removes the route when true. */
  disabledBy?: string
  /** Where the default is documented. */
  docs: string
}

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
  {
    ecosystem: 'node',
    dependency: 'under-pressure',
    path: '/status',
    enabledBy: 'exposeStatusRoute',
    docs: 'https://www.npmjs.com/package/under-pressure (the package before it moved to @fastify/)'
  }
]
