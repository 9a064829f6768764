// tRPC procedures published as REST (trpc-to-openapi): a GET procedure's `meta.openapi.path` is served under the
// URL of the catch-all route that mounts the OpenAPI handler, routers read from the workspace package too.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const HEALTH_ROUTER = (meta: string): string =>
  `import { createTRPCRouter, publicProcedure } from '../trpc'\n\nexport const healthRouter = createTRPCRouter({\n  health: publicProcedure\n    .meta({\n      openapi: {\n        ${meta},\n        tags: ['Health'],\n      },\n    })\n    .query(() => ({ ok: true })),\n})\n`

const workspace = (meta: string, handler = true): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'kan', private: true, packageManager: 'pnpm@9.14.2' }),
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'apps/web/package.json': JSON.stringify({
    name: '@kan/web',
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: '15.5.9', react: '19.0.0', '@kan/api': 'workspace:*', 'trpc-to-openapi': '^2.3.2' }
  }),
  ...(handler
    ? {
        'apps/web/src/pages/api/v1/[...trpc].ts':
          "import { createOpenApiNextHandler } from 'trpc-to-openapi'\nimport { appRouter } from '@kan/api'\n\nexport default async function handler(req, res) {\n  const openApiHandler = createOpenApiNextHandler({ router: appRouter })\n  return openApiHandler(req, res)\n}\n"
      }
    : {}),
  'apps/web/src/pages/index.tsx': 'export default function Home() { return null }\n',
  'packages/api/package.json': JSON.stringify({ name: '@kan/api', main: './src/index.ts' }),
  'packages/api/src/index.ts': "export { appRouter } from './root'\n",
  'packages/api/src/routers/health.ts': HEALTH_ROUTER(meta)
})

const health = (files: Record<string, string>, dir: string): string | null =>
  analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)!.healthPath.value

describe('tRPC OpenAPI procedures', () => {
  it('a Next pages-router catch-all serving a workspace package’s GET /health: /api/v1/health', () => {
    expect(health(workspace("method: 'GET', path: '/health'"), 'apps/web')).toBe('/api/v1/health')
  })

  it('an app-router catch-all route serving its own router, path before method: /api/rest/status', () => {
    expect(
      health(
        {
          'package.json': JSON.stringify({
            name: 'svc',
            scripts: { build: 'next build', start: 'next start' },
            dependencies: { next: '14.2.0', react: '18.3.0', 'trpc-openapi': '^1.2.0' }
          }),
          'package-lock.json': '{"lockfileVersion":3}',
          'src/app/api/rest/[...trpc]/route.ts':
            "import { createOpenApiFetchHandler } from 'trpc-openapi'\nimport { appRouter } from '~/server/root'\n\nconst handler = (req: Request) => createOpenApiFetchHandler({ endpoint: '/api/rest', router: appRouter, req })\nexport { handler as GET }\n",
          'src/server/routers/status.ts':
            "export const statusRouter = router({\n  status: publicProcedure.meta({ openapi: { path: '/status', method: 'GET' } }).query(() => 'ok'),\n})\n"
        },
        '.'
      )
    ).toBe('/api/rest/status')
  })

  it.each([
    ['a protected procedure', "method: 'GET', path: '/health', protect: true", true],
    ['a POST procedure', "method: 'POST', path: '/health'", true],
    ['no OpenAPI handler mounts the router', "method: 'GET', path: '/health'", false]
  ])('negative: %s names no health path', (_label, meta, handler) => {
    expect(health(workspace(meta, handler), 'apps/web')).not.toBe('/api/v1/health')
  })
})
