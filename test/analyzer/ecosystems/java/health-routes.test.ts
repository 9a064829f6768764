import { javaProvider } from '../../../../src/analyzer/ecosystems/java/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const java = javaProvider as Provider<unknown>
const BUILD = "plugins { id 'java' }\n"
const pkg = 'src/main/java/org/acme'

test('JAX-RS: a class @Path without a leading slash past the 400-file cap, under the Jersey servlet mapping', () => {
  const files: Record<string, string> = { 'build.gradle': BUILD }
  for (let i = 0; i < 450; i++) files[`${pkg}/model/Model${i}.java`] = `class Model${i} {}\n`
  files[`${pkg}/zz/deep/resource/HealthResource.java`] =
    '@Path("health")\n@Produces("text/plain")\npublic class HealthResource {\n  @GET\n  public String health() { return "ok"; }\n}\n'
  files[`${pkg}/zz/deep/web/WebServer.java`] = [
    'class WebServer {',
    '  void start() {',
    '    handler.addServlet(new ServletHolder(new ConsoleServlet()), "/console/*");',
    '    ServletHolder jersey = new ServletHolder(new ServletContainer(config));',
    '    handler.addServlet(jersey, "/api/*");',
    '  }',
    '}'
  ].join('\n')
  const { app } = analyzeWith(java, files)
  expect(app?.healthPath.value).toBe('/api/health')
  expect(app?.healthPath.evidence).toEqual(
    expect.arrayContaining([expect.objectContaining({ file: `${pkg}/zz/deep/web/WebServer.java`, line: 5 })])
  )
})

test('JAX-RS: @ApplicationPath prefixes class and method paths; a plain servlet mapping does not', () => {
  const resource =
    '@Path("/ops")\npublic class Ops {\n  @GET\n  @Path("{id}")\n  public String one() { return ""; }\n  @GET\n  @Path("ping")\n  public String ping() { return "pong"; }\n}\n'
  expect(
    analyzeWith(java, {
      'build.gradle': BUILD,
      [`${pkg}/Ops.java`]: resource,
      [`${pkg}/RestApp.java`]: '@ApplicationPath("/rest/")\npublic class RestApp extends Application {}\n'
    }).value('healthPath')
  ).toBe('/rest/ops/ping')
  expect(
    analyzeWith(java, {
      'build.gradle': BUILD,
      [`${pkg}/Ops.java`]: resource,
      [`${pkg}/Main.java`]:
        'class Main { void m() { h.addServlet(new ServletHolder(new Files()), "/files/*"); } }\n'
    }).value('healthPath')
  ).toBe('/ops/ping')
})

test('JAX-RS: a @GET with its own @Path does not serve the class path', () => {
  expect(
    analyzeWith(java, {
      'build.gradle': BUILD,
      [`${pkg}/Users.java`]:
        '@Path("users")\npublic class Users {\n  @GET\n  @Path("{id}/status")\n  public String status() { return ""; }\n}\n'
    }).value('healthPath')
  ).toBeNull()
})

test('Ktor: a route declared without its leading slash is a health route all the same', () => {
  const KTOR =
    'plugins { kotlin("jvm") version "2.1.0" }\ndependencies { implementation("io.ktor:ktor-server-netty:3.1.0") }\n'
  const kt = 'src/main/kotlin/no/acme'
  // An NAIS-style app: liveness and readiness under /internal, in a Routing extension.
  expect(
    analyzeWith(java, {
      'build.gradle.kts': KTOR,
      [`${kt}/HealthRoutes.kt`]:
        'fun Routing.healthChecks() {\n    get("internal/isalive") {\n        call.respondText { "OK" }\n    }\n    get("internal/isready") {\n        call.respondText { "OK" }\n    }\n}\n'
    }).value('healthPath')
  ).toBe('/internal/isalive')
  // Another app: a bare `healthz` inside routing { }.
  expect(
    analyzeWith(java, {
      'build.gradle.kts': KTOR,
      [`${kt}/Application.kt`]:
        'fun Application.module() {\n    routing {\n        get("healthz") { call.respond(HttpStatusCode.OK) }\n    }\n}\n'
    }).value('healthPath')
  ).toBe('/healthz')
  // A map lookup is no route; no health route at all stays null.
  expect(
    analyzeWith(java, {
      'build.gradle.kts': KTOR,
      [`${kt}/Application.kt`]:
        'fun Application.module() {\n    val h = headers.get("health")\n    routing {\n        get("users") { call.respond(listOf<String>()) }\n    }\n}\n'
    }).value('healthPath')
  ).toBeNull()
})
