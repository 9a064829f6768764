// React Router 7+ route configuration (app/routes.ts) names each route's URL; the module's folder does not
// (holdout19 headplane: `route("/healthz", "routes/util/healthz.ts")` under `basename: "/admin/"` is
// /admin/healthz, not /util/healthz).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function health(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!.healthPath
}

const pkg = JSON.stringify({
  name: 'panel',
  type: 'module',
  scripts: { build: 'react-router build', start: 'react-router-serve ./build/server/index.js' },
  dependencies: { '@react-router/node': '^7.5.0', '@react-router/serve': '^7.5.0', 'react-router': '^7.5.0' },
  devDependencies: { '@react-router/dev': '^7.5.0' }
})
const loader = 'export async function loader() {\n  return new Response("ok")\n}\n'

describe('React Router route configuration', () => {
  test('a route under the config, prefixed by the basename (headplane shape)', () => {
    const h = health({
      'package.json': pkg,
      'react-router.config.ts': 'export default {\n  basename: "/admin/",\n  ssr: true,\n}\n',
      'app/routes.ts': [
        'import { index, layout, prefix, route } from "@react-router/dev/routes";',
        'export default [',
        '  // Utility Routes',
        '  route("/healthz", "routes/util/healthz.ts"),',
        '  ...prefix("/api", [route("/info", "routes/util/info.ts")]),',
        '  layout("layout/app.tsx", [index("routes/home.tsx")]),',
        '];',
        ''
      ].join('\n'),
      'app/routes/util/healthz.ts': loader,
      'app/routes/util/info.ts': loader,
      'app/routes/home.tsx': 'export default function Home() { return null }\n',
      'app/layout/app.tsx': 'export default function L() { return null }\n'
    })
    expect(h.value).toBe('/admin/healthz')
    expect(h.evidence).toContainEqual({
      file: 'app/routes.ts',
      line: 4,
      text: 'route("/healthz", "routes/util/healthz.ts"),'
    })
  })

  test('children of prefix() and of a parent route are relative to them; a module named otherwise counts', () => {
    const h = health({
      'package.json': pkg,
      'app/routes.ts': [
        "import { type RouteConfig, route, prefix } from '@react-router/dev/routes'",
        'export default [',
        "  ...prefix('api', [",
        "    route('v1', 'api/v1.tsx', [route('status', 'api/ok.ts')]),",
        '  ]),',
        "  route('*', 'routes/catchall.tsx'),",
        '] satisfies RouteConfig',
        ''
      ].join('\n'),
      'app/api/v1.tsx': loader,
      'app/api/ok.ts': loader,
      'app/routes/catchall.tsx': loader
    })
    expect(h.value).toBe('/api/v1/status')
  })

  test('negative: a module named like health that the config does not list is no route', () => {
    const h = health({
      'package.json': pkg,
      'app/routes.ts':
        'import { index, route } from "@react-router/dev/routes";\nexport default [index("routes/home.tsx"), route("/about", "routes/about.tsx")];\n',
      'app/routes/home.tsx': loader,
      'app/routes/about.tsx': loader,
      'app/routes/healthcheck.ts': loader
    })
    expect(h.value).toBeNull()
  })

  test('negative: flatRoutes() hands routing back to the file convention (and no config keeps it)', () => {
    const flat = health({
      'package.json': pkg,
      'app/routes.ts':
        'import { flatRoutes } from "@react-router/fs-routes";\nexport default flatRoutes();\n',
      'app/routes/resources.healthcheck.ts': loader
    })
    expect(flat.value).toBe('/resources/healthcheck')
    const none = health({ 'package.json': pkg, 'app/routes/resources.healthcheck.ts': loader })
    expect(none.value).toBe('/resources/healthcheck')
  })
})
