// JVM web frameworks as data. Dependencies are `group:artifact` (Maven coordinates, also matched in Gradle
// scripts) or a Gradle plugin id prefixed with `plugin:`. Health paths depend on a companion dependency.
import type { FrameworkSpec } from '../../framework.js'

export interface JvmFrameworkSpec extends FrameworkSpec {
  /** Dependency that enables the health endpoint, and the path (before management base-path overrides). */
  health?: { dependencies: string[]; path: string }
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
      path: '/actuator/health'
    },
    resources: { cpu: 1024, memory: 2048 }
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
    health: { dependencies: ['io.quarkus:quarkus-smallrye-health'], path: '/q/health' },
    resources: { cpu: 512, memory: 1024 }
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
    health: { dependencies: ['io.micronaut:micronaut-management'], path: '/health' },
    resources: { cpu: 512, memory: 1024 }
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
    port: 8080
  }
]
