// JVM web frameworks as data. Dependencies are `group:artifact` (Maven coordinates, also matched in Gradle
// scripts) or a Gradle plugin id prefixed with `plugin:`. Health paths depend on a companion dependency.
import { CONFIDENCE } from '../../candidate.js'
import type { FrameworkSpec } from '../../framework.js'
import type { PortPattern } from '../../signals/ports.js'
import { actuatorHealth, micronautHealth, smallryeHealth, type HealthConfigReader } from './health-config.js'

export interface JvmFrameworkSpec extends FrameworkSpec {
  /**
   * Dependency that enables the health endpoint, and the path; `fromConfig` reads the framework's settings
   * that move it (a management base path, another port).
   */
  health?: { dependencies: string[]; path: string; fromConfig?: HealthConfigReader }
  /** The application.properties/yml key that sets the port (default `server.port`). */
  portKey?: string
  /** Ports set in code or HOCON rather than in application.properties (Ktor's embeddedServer). */
  sourcePorts?: { extensions: string[]; patterns: PortPattern[] }
  /** The system property that sets the port on the `java` command line of the image. */
  portFlag?: string
  /** Gradle task that builds the runnable jar (default `build`). */
  gradleTask?: string
  /** A Gradle plugin whose task builds a fat jar (`<name>-all.jar`). */
  fatJarPlugin?: { plugin: string; task: string }
  /**
   * How the runnable application is laid out: Spring Boot's jar extracted into layers (one image layer
   * each), or Quarkus' fast-jar folder (`quarkus-app/quarkus-run.jar`). Default: one jar.
   */
  runtimeLayout?: 'spring-boot-layers' | 'quarkus-app'
}

export const JVM_FRAMEWORKS: readonly JvmFrameworkSpec[] = [
  {
    id: 'spring-boot',
    name: 'Spring Boot',
    dependencies: [
      'org.springframework.boot:spring-boot-starter-web',
      'org.springframework.boot:spring-boot-starter-webflux',
      // Spring Boot 4 renamed spring-boot-starter-web.
      'org.springframework.boot:spring-boot-starter-webmvc',
      'org.springframework.boot:spring-boot-starter-parent',
      'org.springframework.boot:spring-boot-starter',
      'plugin:org.springframework.boot'
    ],
    specificity: 1,
    kind: 'server',
    port: 8080,
    health: {
      dependencies: ['org.springframework.boot:spring-boot-starter-actuator'],
      path: '/actuator/health',
      fromConfig: actuatorHealth
    },
    resources: { cpu: 1024, memory: 2048 },
    portKey: 'server.port',
    portFlag: '-Dserver.port=$PORT',
    gradleTask: 'bootJar',
    runtimeLayout: 'spring-boot-layers'
  },
  {
    id: 'quarkus',
    name: 'Quarkus',
    dependencies: [
      'io.quarkus:quarkus-rest',
      'io.quarkus:quarkus-resteasy-reactive',
      'io.quarkus:quarkus-resteasy',
      'io.quarkus:quarkus-vertx-http',
      'io.quarkus:quarkus-arc',
      'plugin:io.quarkus'
    ],
    specificity: 1,
    kind: 'server',
    port: 8080,
    health: {
      dependencies: ['io.quarkus:quarkus-smallrye-health'],
      path: '/q/health',
      fromConfig: smallryeHealth
    },
    resources: { cpu: 512, memory: 1024 },
    portKey: 'quarkus.http.port',
    portFlag: '-Dquarkus.http.host=0.0.0.0 -Dquarkus.http.port=$PORT',
    runtimeLayout: 'quarkus-app'
  },
  {
    id: 'micronaut',
    name: 'Micronaut',
    dependencies: [
      'plugin:io.micronaut.application',
      'io.micronaut:micronaut-http-server-netty',
      'io.micronaut:micronaut-runtime',
      'io.micronaut:micronaut-inject'
    ],
    specificity: 1,
    kind: 'server',
    port: 8080,
    health: {
      dependencies: ['io.micronaut:micronaut-management'],
      path: '/health',
      fromConfig: micronautHealth
    },
    resources: { cpu: 512, memory: 1024 },
    portKey: 'micronaut.server.port',
    portFlag: '-Dmicronaut.server.port=$PORT'
  },
  {
    id: 'ktor',
    name: 'Ktor',
    dependencies: [
      'io.ktor:ktor-server-core',
      'io.ktor:ktor-server-netty',
      'io.ktor:ktor-server-cio',
      'plugin:io.ktor.plugin'
    ],
    specificity: 0.95,
    kind: 'server',
    port: 8080,
    portKey: 'ktor.deployment.port',
    sourcePorts: {
      extensions: ['.kt', '.conf'],
      patterns: [
        { regex: /embeddedServer\([^)]*?\bport\s*=\s*(\d{2,5})/, source: 'embeddedServer(port=)' },
        {
          regex: /^[ \t]*port\s*=\s*(\d{2,5})\s*$/m,
          source: 'application.conf port',
          confidence: CONFIDENCE.declared
        }
      ]
    },
    fatJarPlugin: { plugin: 'plugin:io.ktor.plugin', task: 'buildFatJar' }
  }
]
