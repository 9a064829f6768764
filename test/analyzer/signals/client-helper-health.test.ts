// Health-looking literals in HTTP-client helpers and handlers behind a session are not the app's probe
// (holdout19: iznik-nuxt3 `return this.$getv2('/status', params)` in an API client class; kun-galgame
// `server/api/user/status.get.ts` reading the session cookie).
import { healthLiterals } from '../../../src/analyzer/signals/health-fallback.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const paths = (text: string): string[] => healthLiterals('api/StatusAPI.js', text).map(l => l.path)

describe('$-named client helpers', () => {
  test('Vue/Nuxt instance helpers are requests, not routes', () => {
    expect(paths("  fetch(params) {\n    return this.$getv2('/status', params)\n  }\n")).toEqual([])
    expect(paths("const { data } = await this.$axios.$get('/api/health')\n")).toEqual([])
    expect(paths("export const ping = () => $api('/ping')\n")).toEqual([])
  })

  test('negative: route registrations still count', () => {
    expect(paths("app.get('/status', (req, res) => res.send('ok'))\n")).toEqual(['/status'])
    expect(paths("router.get('/healthz', handler)\n")).toEqual(['/healthz'])
  })
})

function health(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!.healthPath
}

const nuxt = JSON.stringify({
  name: 'forum',
  scripts: { build: 'nuxt build', start: 'node .output/server/index.mjs' },
  dependencies: { nuxt: '^3.16.0' }
})
const next = JSON.stringify({
  name: 'site',
  scripts: { build: 'next build', start: 'next start' },
  dependencies: { next: '^14.2.0', react: '^18.0.0' }
})

describe('file routes whose handler reads the session', () => {
  test('Nuxt: a user status endpoint behind the session cookie is no health path', () => {
    const h = health({
      'package.json': nuxt,
      'nuxt.config.ts': 'export default defineNuxtConfig({})\n',
      'server/api/user/status.get.ts':
        "export default defineEventHandler(async (event) => {\n  const userInfo = await getCookieTokenInfo(event)\n  if (!userInfo) return { error: 'login' }\n  return { unread: 1 }\n})\n"
    })
    expect(h.value).toBeNull()
  })

  test('Next.js: a status route handler calling getServerSession is no health path', () => {
    const h = health({
      'package.json': next,
      'next.config.js': 'module.exports = {}\n',
      'app/api/status/route.ts':
        "import { getServerSession } from 'next-auth'\nexport async function GET() {\n  const session = await getServerSession()\n  return Response.json({ signedIn: !!session })\n}\n"
    })
    expect(h.value).toBeNull()
  })

  test('negative: unauthenticated health handlers of both frameworks stay', () => {
    expect(
      health({
        'package.json': nuxt,
        'nuxt.config.ts': 'export default defineNuxtConfig({})\n',
        'server/api/health.get.ts': "export default defineEventHandler(() => ({ status: 'ok' }))\n"
      }).value
    ).toBe('/api/health')
    expect(
      health({
        'package.json': next,
        'next.config.js': 'module.exports = {}\n',
        'app/api/status/route.ts': 'export async function GET() {\n  return Response.json({ ok: true })\n}\n'
      }).value
    ).toBe('/api/status')
  })
})
