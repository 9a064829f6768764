// A framework health endpoint moved to a management port (Quarkus' management interface, Actuator's
// management.server.port, Micronaut's endpoints port) is not reachable by a GET on the web port, which is
// what the deploy's health check probes: it names no health path (HEALTH_ON_OTHER_PORT says why). A route
// the app serves itself still does; without the move the framework's endpoint is the health path.
import { javaProvider } from '../../../../src/analyzer/ecosystems/java/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const java = javaProvider as Provider<unknown>

const dep = (group: string, artifact: string): string =>
  `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId></dependency>`
const pom = (deps: string[]): string =>
  `<project><groupId>org.acme</groupId><artifactId>svc</artifactId><version>1</version><dependencies>${deps.join('')}</dependencies></project>\n`

const QUARKUS = pom([dep('io.quarkus', 'quarkus-rest'), dep('io.quarkus', 'quarkus-smallrye-health')])
const SPRING = pom([
  dep('org.springframework.boot', 'spring-boot-starter-web'),
  dep('org.springframework.boot', 'spring-boot-starter-actuator')
])
const MICRONAUT = pom([
  dep('io.micronaut', 'micronaut-http-server-netty'),
  dep('io.micronaut', 'micronaut-management')
])
const PROPS = 'src/main/resources/application.properties'

function health(files: Record<string, string>) {
  const { app } = analyzeWith(java, files)
  return {
    framework: app?.framework.value,
    healthPath: app?.healthPath.value,
    otherPort: (app?.warnings ?? [])
      .filter(w => w.code === 'HEALTH_ON_OTHER_PORT')
      .map(w => `${w.file}:${w.line}`)
  }
}

describe('health endpoint on a management port: no health path for the web port', () => {
  it('Quarkus with quarkus.management.enabled=true', () => {
    expect(
      health({
        'pom.xml': QUARKUS,
        [PROPS]: 'quarkus.http.port=8080\nquarkus.management.enabled=true\n'
      })
    ).toEqual({ framework: 'quarkus', healthPath: null, otherPort: [`${PROPS}:2`] })
  })

  it('Spring Boot with management.server.port apart from server.port', () => {
    expect(
      health({
        'pom.xml': SPRING,
        [PROPS]: 'server.port=8080\nmanagement.server.port=8081\n'
      })
    ).toEqual({ framework: 'spring-boot', healthPath: null, otherPort: [`${PROPS}:2`] })
  })

  it('Micronaut with endpoints.all.port', () => {
    expect(
      health({
        'pom.xml': MICRONAUT,
        [PROPS]: 'micronaut.server.port=8080\nendpoints.all.port=8085\n'
      })
    ).toEqual({ framework: 'micronaut', healthPath: null, otherPort: [`${PROPS}:2`] })
  })

  it('a route the app serves itself on the web port is still its health path', () => {
    expect(
      health({
        'pom.xml': QUARKUS,
        [PROPS]: 'quarkus.management.enabled=true\n',
        'src/main/java/org/acme/Ping.java':
          '@Path("/ping")\npublic class Ping {\n  @GET\n  public String ping() { return "pong"; }\n}\n'
      })
    ).toEqual({ framework: 'quarkus', healthPath: '/ping', otherPort: [`${PROPS}:1`] })
  })
})

describe('negatives: the endpoint stays on the web port', () => {
  it('Quarkus with the management interface off', () => {
    expect(
      health({ 'pom.xml': QUARKUS, [PROPS]: 'quarkus.http.port=8080\nquarkus.management.enabled=false\n' })
    ).toEqual({ framework: 'quarkus', healthPath: '/q/health', otherPort: [] })
  })

  it('Spring Boot with management.server.port equal to server.port', () => {
    expect(health({ 'pom.xml': SPRING, [PROPS]: 'server.port=8080\nmanagement.server.port=8080\n' })).toEqual(
      { framework: 'spring-boot', healthPath: '/actuator/health', otherPort: [] }
    )
  })
})
