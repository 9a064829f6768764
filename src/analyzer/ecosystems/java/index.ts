// JVM: Maven and Gradle builds (Java and Kotlin); Spring Boot, Quarkus, Micronaut, Ktor.
import type { Ecosystem } from '../../ecosystem.js'
import { javaDockerfile } from './dockerfile.js'
import { javaProvider } from './provider.js'

export const javaEcosystem: Ecosystem = {
  id: 'java',
  providers: [javaProvider],
  generators: [
    {
      id: 'java',
      languages: ['java', 'kotlin'],
      buildRootHint: 'buildRoot',
      dockerignore: ['target', 'build', '.gradle', 'out', '**/*.class', '.mvn/wrapper/maven-wrapper.jar'],
      render: javaDockerfile
    }
  ]
}
