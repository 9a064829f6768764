// One reader tells a path the app serves from a request it sends, for the Node route reader and the
// cross-language health fallback alike.
import { analyze } from '../../../src/analyzer/analyze.js'
import { healthLiterals } from '../../../src/analyzer/signals/health-fallback.js'
import { requestsPath, sendsRequest } from '../../../src/analyzer/signals/outgoing-requests.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

describe('requestsPath (a line whose first path is a request argument)', () => {
  it.each([
    "const res = await this.axios.get('/api/v2/ping', { timeout })",
    "payload: axios.get('/api/user/status')",
    "return this.http.get<{ ok: boolean }>('/api/health')",
    "return this.httpClient.get('/api/status')",
    "const { data } = await api.head('/healthz')",
    "return jiraRequest('/rest/api/3/status')",
    "const { data } = await this.$axios.$get('/api/health')",
    "return $http.get('/status')",
    "const r = await client.get('/ping')"
  ])('%s: a request', line => {
    expect(requestsPath(line)).toBe(true)
  })

  it.each([
    "app.get('/status', (req, res) => res.send('ok'))",
    "router.get('/healthz', handler)",
    "fastify.get('/health', async () => ({ ok: true }))",
    "if (new URL(req.url).pathname === '/health') return new Response('ok')",
    "server.route({ method: 'GET', path: '/ping', handler })",
    "app.get('/proxy', (req, res) => axios.get('/upstream'))",
    'const handleRequest = (req) => handle(req)'
  ])('%s: not a request', line => {
    expect(requestsPath(line)).toBe(false)
  })

  it('sendsRequest reads the whole text before the path (the fallback’s context)', () => {
    expect(sendsRequest('  r = requests.get(')).toBe(true)
    expect(sendsRequest('  const r = await this.session.get(')).toBe(true)
    expect(sendsRequest('  const u = `${baseUrl}')).toBe(true)
    expect(sendsRequest('@app.get(')).toBe(false)
    expect(sendsRequest('  router.HandleFunc(')).toBe(false)
  })
})

const koa = (clientFile: string, client: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'docs',
    scripts: { start: 'node server/app.js' },
    dependencies: { koa: '2.0.0', 'koa-router': '^7', axios: '^1' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'server/app.js':
    "const Koa = require('koa')\nconst router = require('koa-router')()\nrouter.get('/api/project/list', list)\nconst app = new Koa()\napp.use(router.routes())\napp.listen(3000)\n",
  [clientFile]: client
})

const healthOf = (files: Record<string, string>): string | null => {
  const r = analyze(treeFromFiles(files))
  return r.apps.find(a => a.appDir === r.primary)!.healthPath.value
}

describe('Node apps: a client request is no health route', () => {
  it.each([
    [
      'a store calling through an API client object',
      'client/store/status.js',
      "import { client } from './client'\nexport const load = () => client.get('/api/health')\n"
    ],
    [
      'superagent imported as request',
      'client/api.js',
      "import request from 'superagent'\nexport const status = () => request.get('/api/status')\n"
    ],
    [
      'a Vue plugin’s $-named API instance',
      'client/status.js',
      "export default { methods: { ping() { return this.$api.get('/api/ping') } } }\n"
    ]
  ])('%s: none', (_label, file, client) => {
    expect(healthOf(koa(file, client))).toBeNull()
  })

  it('negative: the server’s own route beside a client request is kept', () => {
    const files = koa('client/api.js', "export const status = () => client.get('/api/status')\n")
    files['server/app.js'] = files['server/app.js']!.replace(
      "router.get('/api/project/list', list)",
      "router.get('/api/project/list', list)\nrouter.get('/healthz', ctx => { ctx.body = 'ok' })"
    )
    expect(healthOf(files)).toBe('/healthz')
  })
})

describe('the health fallback: an awaited GET is a request', () => {
  const paths = (file: string, text: string): string[] => healthLiterals(file, text).map(l => l.path)

  it.each([
    ['worker/check.py', 'async def check(session):\n    r = await session.get("/health")\n'],
    ['src/probe.ts', "export async function probe(api) {\n  return await api.get('/status')\n}\n"]
  ])('%s: none', (file, text) => {
    expect(paths(file, text)).toEqual([])
  })

  it('negative: a route declaration still counts', () => {
    expect(paths('src/routes.py', '@router.get("/health")\ndef health():\n    return {}\n')).toEqual([
      '/health'
    ])
  })
})
