import {
  fallbackFiles,
  healthFromSourceFallback,
  healthLiterals
} from '../../../src/analyzer/signals/health-fallback.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const paths = (file: string, text: string): string[] => healthLiterals(file, text).map(l => l.path)

describe('healthLiterals', () => {
  test.each([
    ['saleor/asgi.py', 'application = health_check(application, "/health/")', '/health/'],
    ['Controllers/Health.cs', '[HttpGet("/api/health")]', '/api/health'],
    ['app/urls.py', 'urlpatterns = [path("health", views.health)]', '/health'],
    ['config/routes.rb', "  get 'up' => 'rails/health#show'", '/up'],
    ['lib/web/router.ex', '    get "/ping", PingController, :ping', '/ping'],
    ['server/paths.go', '\tapiHealthPath = "/v1/health"', '/v1/health'],
    [
      'config/routes.php',
      "['name' => 'health', 'path' => '/healthz', 'middleware' => H::class],",
      '/healthz'
    ],
    ['src/routes.ts', "export const routes = { '/livez': live, '/': home }", '/livez'],
    ['src/Api.java', '@GetMapping(value = "/readyz")', '/readyz'],
    ['src/server.js', "server.handleRequest('/healthz', health)", '/healthz'],
    [
      'src/server.js',
      "get('/.well-known/apollo/server-health', awaitedHandler(apollo)),",
      '/.well-known/apollo/server-health'
    ]
  ])('%s declares a route: %s', (file, line, expected) => {
    expect(paths(file, line)).toEqual([expected])
  })

  test.each([
    ['outgoing Go call', 'resp, err := http.Get("http://users:9000/healthz")'],
    ['outgoing fetch', "const r = await fetch('/api/health')"],
    ['outgoing requests', 'requests.get(base + "/health", timeout=2)'],
    ['URL building', 'PING_ENDPOINT = os.getenv("PING_ENDPOINT", SITE_ROOT + "/ping/")'],
    ['a write route', "app.post('/status', handler)"],
    ['a config member', 'config.silence_healthcheck_path = "/up"'],
    ['a log line', 'log.info("/health served")'],
    ['a dict lookup', 'state = payload.get("status")'],
    ['an event name', "server.on('ready', start)"],
    ['a comment', "// app.get('/health', ok)"],
    ['a bare string', 'const label = "/health"'],
    ['a module file', "const health = require('./health.js')"],
    ['a file under .well-known', "app.get('/.well-known/health.json', file)"],
    ['a request helper', 'return jiraRequest(connection, "/rest/api/3/status")'],
    ['a snake-case request helper', "resp = github_request(session, '/status', token)"],
    ['an api request helper', "const s = await apiRequest('GET', '/api/v1/health')"]
  ])('%s is not a route', (_name, line) => {
    expect(paths('src/main.ts', line)).toEqual([])
  })
})

describe('fallbackFiles', () => {
  test('keeps server source and drops tests, client code, vendored code, docs and big files', () => {
    const files = [
      'api/server.go',
      'api/server_test.go',
      'api/web/src/App.ts',
      'api/vendor/lib/x.go',
      'api/docs/example.py',
      'api/tests/test_health.py',
      'api/app/health.spec.ts',
      'api/README.md',
      'api/big.go'
    ].map(path => ({ path, size: path === 'api/big.go' ? 10_000_000 : 100 }))
    expect(fallbackFiles(files, 'api')).toEqual(['api/server.go'])
  })

  test("reads the app's own language; a provider without one reads every source language", () => {
    const files = ['app.py', 'server.ts', 'lib/util.js', 'tool/main.go', 'Program.cs'].map(path => ({
      path,
      size: 100
    }))
    expect(fallbackFiles(files, '.', 'node')).toEqual(['server.ts', 'lib/util.js'])
    expect(fallbackFiles(files, '.', 'python')).toEqual(['app.py'])
    expect(fallbackFiles(files, '.', 'dotnet')).toEqual(['Program.cs'])
    expect(fallbackFiles(files, '.', 'docker')).toEqual(files.map(f => f.path))
    expect(fallbackFiles(files, '.')).toEqual(files.map(f => f.path))
  })

  test('asks the size only of files whose path qualifies', () => {
    const asked: string[] = []
    const file = (path: string) => ({
      path,
      get size() {
        asked.push(path)
        return 100
      }
    })
    expect(fallbackFiles([file('README.md'), file('test/a.ts'), file('src/a.ts')], '.', 'node')).toEqual([
      'src/a.ts'
    ])
    expect(asked).toEqual(['src/a.ts'])
  })
})

describe('fallbackFiles in JVM packages', () => {
  const sized = (paths: string[]) => paths.map(path => ({ path, size: 100 }))

  test('an `example` package folder is read; the other skipped folders stay skipped inside packages', () => {
    const files = sized([
      'src/main/java/com/example/demo/HealthController.java',
      'src/main/kotlin/org/examples/shop/Routes.kt',
      'src/main/scala/com/example/Api.scala',
      'src/com/example/demo/Health.java',
      'src/main/java/com/example/demo/mock/FakeHealth.java',
      'src/main/java/com/example/demo/HealthControllerTests.java'
    ])
    expect(fallbackFiles(files, '.', 'java')).toEqual([
      'src/main/java/com/example/demo/HealthController.java',
      'src/main/kotlin/org/examples/shop/Routes.kt',
      'src/main/scala/com/example/Api.scala',
      'src/com/example/demo/Health.java'
    ])
  })

  test('in a nested app the package path is taken below the app folder', () => {
    const files = sized(['service/src/main/java/com/example/api/Health.java'])
    expect(fallbackFiles(files, 'service', 'java')).toEqual([
      'service/src/main/java/com/example/api/Health.java'
    ])
  })

  test('project-level example folders stay skipped, JVM sources in them too', () => {
    const files = sized([
      'examples/demo-app/src/main/java/com/example/demo/Health.java',
      'example/Server.java',
      'src/examples/Demo.java',
      'src/app/example/health.ts',
      'src/main/java/com/acme/App.java'
    ])
    expect(fallbackFiles(files, '.', 'java')).toEqual(['src/main/java/com/acme/App.java'])
    expect(fallbackFiles(files, '.')).toEqual(['src/main/java/com/acme/App.java'])
  })

  test('folders are tested in any case and at any depth; a file name is no folder; an app folder is cut off', () => {
    const files = sized([
      'svc/src/main/java/com/example/demo/Health.java', // a JVM package's `example`: kept
      'svc/src/main/java/com/example/Tests/Probe.java', // `Tests` is skipped even in a JVM package
      'svc/Vendor/lib/health.py', // `vendor` in another case
      'svc/a/b/c/d/e/examples/health.py', // deep
      'svc/examples.py', // a file named like a folder: kept
      'svc/app/health.py',
      'other/test/health.py' // outside the app folder
    ])
    expect(fallbackFiles(files, 'svc', 'java')).toEqual(['svc/src/main/java/com/example/demo/Health.java'])
    expect(fallbackFiles(files, 'svc', 'python')).toEqual(['svc/examples.py', 'svc/app/health.py'])
    // An app inside a folder named like a skipped one: only the folders below the app count.
    expect(fallbackFiles(sized(['test/app/main.py', 'test/app/tests/x.py']), 'test/app', 'python')).toEqual([
      'test/app/main.py'
    ])
  })
})

describe('health fallback of JVM apps in a com.example package', () => {
  const springPom = (starter: string): string =>
    [
      '<project>',
      '  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>',
      '  <groupId>com.example</groupId><artifactId>demo</artifactId><version>0.0.1</version>',
      `  <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>${starter}</artifactId></dependency></dependencies>`,
      '</project>'
    ].join('\n')
  const springApp = {
    'pom.xml': springPom('spring-boot-starter-webflux'),
    'src/main/java/com/example/demo/DemoApplication.java':
      'package com.example.demo;\n@SpringBootApplication\npublic class DemoApplication {\n  public static void main(String[] args) { SpringApplication.run(DemoApplication.class, args); }\n}\n',
    'src/main/java/com/example/demo/Routes.java':
      'package com.example.demo;\n@Configuration\npublic class Routes {\n  @Bean\n  RouterFunction<ServerResponse> routes() {\n    return route(GET("/healthz"), req -> ok().build());\n  }\n}\n'
  }
  const kotlinApp = {
    'build.gradle.kts':
      'plugins {\n  id("org.springframework.boot") version "3.2.0"\n  kotlin("jvm") version "1.9.20"\n}\ndependencies {\n  implementation("org.springframework.boot:spring-boot-starter-webflux")\n}\n',
    'settings.gradle.kts': 'rootProject.name = "demo"\n',
    'src/main/kotlin/com/example/demo/DemoApplication.kt':
      'package com.example.demo\n@SpringBootApplication\nclass DemoApplication\nfun main(args: Array<String>) { runApplication<DemoApplication>(*args) }\n',
    'src/main/kotlin/com/example/demo/Routes.kt':
      'package com.example.demo\n@Configuration\nclass Routes {\n  @Bean\n  fun routes() = router {\n    GET("/status") { ok().build() }\n  }\n}\n'
  }

  test.each([
    ['a Spring Boot app', springApp, '/healthz', 'src/main/java/com/example/demo/Routes.java', 6],
    ['a Kotlin Spring Boot app', kotlinApp, '/status', 'src/main/kotlin/com/example/demo/Routes.kt', 6]
  ])('%s: the route in com.example is found', (_name, files, path, file, line) => {
    const [app] = analyze(treeFromFiles(files)).apps
    expect(app!.appDir).toBe('.')
    expect(app!.framework.value).toBe('spring-boot')
    expect(app!.healthPath.value).toBe(path)
    expect(app!.healthPath.source).toContain('fallback scan')
    expect(app!.healthPath.evidence).toEqual([expect.objectContaining({ file, line })])
  })

  test('a root examples/ folder is still skipped: its route is not the app health path', () => {
    const files = {
      'pom.xml': springPom('spring-boot-starter-webflux'),
      'src/main/java/com/acme/App.java':
        'package com.acme;\n@SpringBootApplication\npublic class App {\n  public static void main(String[] args) { SpringApplication.run(App.class, args); }\n}\n',
      'examples/demo-app/src/main/java/com/example/demo/Routes.java':
        'package com.example.demo;\npublic class Routes {\n  RouterFunction<ServerResponse> routes() {\n    return route(GET("/healthz"), req -> ok().build());\n  }\n}\n'
    }
    const [app] = analyze(treeFromFiles(files)).apps
    expect(app!.appDir).toBe('.')
    expect(app!.healthPath.value).toBeNull()
    expect(app!.healthPath.evidence).toEqual([])
  })
})

describe('healthFromSourceFallback', () => {
  test('best-named path first, with evidence and a confidence below framework conventions', () => {
    const sources: Record<string, string> = {
      'a.go': 'r.Get("/status", status)\n',
      'b.go': 'r.Get("/healthz", healthz)\n'
    }
    const [best, next] = healthFromSourceFallback(Object.keys(sources), f => sources[f] ?? null)
    expect(best).toMatchObject({ value: '/healthz', evidence: [{ file: 'b.go', line: 1 }] })
    expect(best!.confidence).toBeLessThan(0.6)
    expect(next?.value).toBe('/status')
  })

  test('nothing found: no candidate', () => {
    expect(healthFromSourceFallback(['a.go'], () => 'package main\n')).toEqual([])
  })
})

// holdout30: Pyramid's `config.add_route("status", "/_status")` names the route before its pattern (so does
// aiohttp's method), and route tables keyed by method and path (`'get /api/v1/ping': {…}`, Gladys' express
// table in the Sails.js shape) declare the path inside the key.
describe('route names before patterns and method-and-path keys', () => {
  test.each([
    ['h/routes.py', '    config.add_route("status", "/_status")', ['/_status']],
    ['app/web.py', '    app.router.add_route("GET", "/healthz", healthz)', ['/healthz']],
    ['server/api/routes.js', "    'get /api/v1/ping': {", ['/api/v1/ping']],
    ['config/routes.js', "  'GET /health': 'HealthController.check',", ['/health']],
    // Negatives: a write route's key, a bare route name with no pattern after it stays a route (Django's
    // `path("health", …)`), a key without a method is a plain string.
    ['server/api/routes.js', "    'post /api/v1/ping': {", []],
    ['app/urls.py', '    path("health", views.health),', ['/health']],
    ['src/i18n.js', "  'status ping': 'Ping',", []]
  ])('%s: %s', (file, line, expected) => {
    expect(paths(file, line)).toEqual(expected)
  })

  it('an express route table through the whole analyzer', () => {
    const report = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'hub',
          scripts: { start: 'node index.js' },
          dependencies: { express: '^4.18.2' }
        }),
        'index.js': "const express = require('express')\nconst app = express()\napp.listen(1443)\n",
        'api/routes.js': [
          'module.exports = (controllers) => ({',
          "  'get /api/v1/ping': { authenticated: false, controller: controllers.ping },",
          "  'post /api/v1/login': { authenticated: false, controller: controllers.login },",
          '})',
          ''
        ].join('\n')
      })
    )
    const app = report.apps.find(a => a.appDir === report.primary)!
    expect({
      healthPath: app.healthPath.value,
      evidence: app.healthPath.evidence.map(e => `${e.file}:${e.line}`)
    }).toEqual({ healthPath: '/api/v1/ping', evidence: ['api/routes.js:2'] })
  })
})

// holdout32 thumbor: the health route is the default of a setting named for it, given as a Python raw regex
// (`Config.define(` then `"HEALTHCHECK_ROUTE", r"/healthcheck/?", …` on the next line); the handler list
// registers `(context.config.HEALTHCHECK_ROUTE, HealthcheckHandler)`. Raw regex routes (`^`, a trailing `/?`,
// `$`) are read as the path they match. A Tornado URL-spec tuple (`(r'/health$', HealthCheckHandler)`) is not
// read as a route: the handler list may be mounted under a prefix (holdout11 jupyterhub adds `/hub/` to
// every tuple with `add_url_prefix`), and `/health` there would be a wrong path rather than none.
describe('raw regex routes and health-route settings', () => {
  test.each([
    [
      'thumbor/config.py',
      '    "HEALTHCHECK_ROUTE", r"/healthcheck/?", "Healthcheck route.", "Healthcheck"',
      ['/healthcheck']
    ],
    ['app/options.py', 'define("health_path", default="/healthz", help="probe route")', ['/healthz']],
    ['app/urls.py', '    re_path(r"^healthz/?$", views.healthz),', ['/healthz']],
    ['app/urls.py', "    url(r'^ping/$', views.ping),", ['/ping/']],
    // Negatives: a regex with a group is no fixed path; a pattern in a plain (non-raw) string is a request
    // matcher (`'^/health$'` to skip logging); a setting not named as the health route; a tuple whose second
    // item is no handler class; a raw string route with a path parameter group.
    ['app/urls.py', '    re_path(r"^status/(?P<pk>\\d+)/?$", views.status),', []],
    ['src/log.js', "const quiet = ['^/health$']", []],
    ['app/settings.py', '    "STATUS_MESSAGE", r"/status/?", "Shown on the status page."', []],
    ['srv/app.py', '        (r"/status/?", "disabled"),', []],
    ['hub/handlers.py', "    (r'/health$', HealthCheckHandler),", []]
  ])('%s: %s', (file, line, expected) => {
    expect(paths(file, line)).toEqual(expected)
  })

  const report = (files: Record<string, string>) => {
    const r = analyze(treeFromFiles(files))
    const app = r.apps.find(a => a.appDir === r.primary)!
    return {
      appDir: app.appDir,
      framework: app.framework.value,
      healthPath: app.healthPath.value,
      evidence: app.healthPath.evidence.map(e => `${e.file}:${e.line}`)
    }
  }
  const pyproject = (name: string, deps: string[]): string =>
    [
      '[project]',
      `name = "${name}"`,
      'requires-python = ">=3.11"',
      `dependencies = [${deps.map(d => `"${d}"`).join(', ')}]`,
      '',
      '[project.scripts]',
      `${name} = "${name}.server:main"`,
      ''
    ].join('\n')
  const dockerfile = (name: string, port: number): string =>
    [
      'FROM python:3.12-slim',
      'COPY . /src',
      'RUN pip install /src',
      `EXPOSE ${port}`,
      `ENTRYPOINT ["${name}"]`,
      ''
    ].join('\n')

  it('a tornado service whose health route is a setting default (the Config.define shape)', () => {
    expect(
      report({
        'pyproject.toml': pyproject('imgsrv', ['tornado>=6.4']),
        Dockerfile: dockerfile('imgsrv', 8888),
        'imgsrv/__init__.py': '',
        'imgsrv/server.py': 'import tornado.web\n\ndef main():\n    pass\n',
        'imgsrv/config.py': [
          'from derpconf.config import Config',
          '',
          'Config.define(',
          '    "HEALTHCHECK_ROUTE", r"/healthcheck/?", "Healthcheck route.", "Healthcheck"',
          ')',
          ''
        ].join('\n'),
        'imgsrv/handlers.py': [
          'def handlers(context):',
          '    return [(context.config.HEALTHCHECK_ROUTE, HealthcheckHandler)]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'tornado',
      healthPath: '/healthcheck',
      evidence: ['imgsrv/config.py:4']
    })
  })

  it('a Flask service whose settings table defines the health check URL', () => {
    expect(
      report({
        'requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
        Procfile: 'web: gunicorn --bind 0.0.0.0:$PORT relay.app:app\n',
        'relay/__init__.py': '',
        'relay/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        'relay/settings.py': [
          'SETTINGS = Settings()',
          'SETTINGS.define(',
          '    "HEALTH_CHECK_URL", r"^/status/?$", "Where the load balancer probes."',
          ')',
          ''
        ].join('\n')
      })
    ).toEqual({ appDir: '.', framework: 'flask', healthPath: '/status', evidence: ['relay/settings.py:3'] })
  })

  it('negative: a setting that is not the health route gives no health path', () => {
    expect(
      report({
        'pyproject.toml': pyproject('imgsrv', ['tornado>=6.4']),
        Dockerfile: dockerfile('imgsrv', 8888),
        'imgsrv/__init__.py': '',
        'imgsrv/server.py': 'import tornado.web\n\ndef main():\n    pass\n',
        'imgsrv/config.py': [
          'Config.define(',
          '    "STATUS_TEMPLATE", r"/status/?", "Where the status page template lives.", "Pages"',
          ')',
          ''
        ].join('\n')
      })
    ).toEqual({ appDir: '.', framework: 'tornado', healthPath: null, evidence: [] })
  })
})

describe('healthLiterals line numbers', () => {
  // Lines are counted only for the lines that yield a literal: the hits before, between and after them (a
  // health word with no quote, a quoted literal that is no health path, a comment) must not shift the count.
  const lines = (text: string) => healthLiterals('app.py', text).map(l => [l.path, l.line, l.text])

  it('counts past skipped hit lines, two literals on one line, and a route-table key', () => {
    const text = [
      'status = response.status_code', // 1: a hit without a quote
      '# app.get("/health")', // 2: a comment
      'log("status is %s", status)', // 3: a quote, no health path
      '',
      'app.get("/healthz", h); app.get("/ready", r)', // 5: two literals
      'ping = 1', // 6
      "routes = { 'get /ping': handler }", // 7: a route-table key
      'x = "status"'
    ].join('\n')
    expect(lines(text)).toEqual([
      ['/healthz', 5, 'app.get("/healthz", h); app.get("/ready", r)'],
      ['/ready', 5, 'app.get("/healthz", h); app.get("/ready", r)'],
      ['/ping', 7, "routes = { 'get /ping': handler }"]
    ])
  })

  it('a literal on the first line, then one after a thousand hit lines without literals', () => {
    const text = ['app.route("/status")', ...Array(1000).fill('status = 1'), '@app.get("/livez")'].join(
      '\r\n'
    )
    expect(lines(text).map(l => l.slice(0, 2))).toEqual([
      ['/status', 1],
      ['/livez', 1002]
    ])
  })

  it('negative: hit lines only, no literal', () => {
    expect(lines('status = 1\nready = True\n# "/health"\n')).toEqual([])
  })
})
