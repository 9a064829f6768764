// A Maven module that only images another module (`<packaging>pom</packaging>`, one dependency on a module
// of the repository, a Dockerfile copying that artifact out of target/) ships that module: the module takes
// the Dockerfile's port, health check and command, and the image folder is no app of its own (holdout40
// airsonic-advanced: install/docker images airsonic-main's war).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { mavenImageDockerfile, mavenImageOf } from '../../../src/analyzer/signals/maven-image-module.js'

function report(files: Record<string, string>) {
  const r = analyze(treeFromFiles(files))
  const app = r.apps.find(a => a.appDir === r.primary)!
  return {
    apps: r.apps.map(a => a.appDir),
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    healthPath: app.healthPath.value,
    dockerfile: app.dockerfile
  }
}

const parentPom = (modules: string[]): string =>
  [
    '<project>',
    '  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>',
    '  <groupId>org.example</groupId>',
    '  <artifactId>suite</artifactId>',
    '  <packaging>pom</packaging>',
    '  <properties><java.version>17</java.version></properties>',
    '  <modules>',
    ...modules.map(m => `    <module>${m}</module>`),
    '  </modules>',
    '</project>',
    ''
  ].join('\n')

const bootModule = (artifactId: string, packaging: string): string =>
  [
    '<project>',
    '  <parent><groupId>org.example</groupId><artifactId>suite</artifactId><version>1.0</version></parent>',
    `  <artifactId>${artifactId}</artifactId>`,
    `  <packaging>${packaging}</packaging>`,
    '  <dependencies>',
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>',
    '  </dependencies>',
    '  <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>',
    '</project>',
    ''
  ].join('\n')

const imagePom = (deps: string[]): string =>
  [
    '<project>',
    '  <parent><relativePath>../../pom.xml</relativePath><groupId>org.example</groupId><artifactId>suite</artifactId><version>1.0</version></parent>',
    '  <packaging>pom</packaging>',
    '  <artifactId>suite-docker</artifactId>',
    '  <dependencies>',
    ...deps.map(
      d =>
        `    <dependency><groupId>org.example</groupId><artifactId>${d}</artifactId><version>1.0</version></dependency>`
    ),
    '  </dependencies>',
    '</project>',
    ''
  ].join('\n')

const app = (pkg: string, cls: string): string =>
  [
    `package ${pkg};`,
    'import org.springframework.boot.SpringApplication;',
    'import org.springframework.boot.autoconfigure.SpringBootApplication;',
    '@SpringBootApplication',
    `public class ${cls} {`,
    `  public static void main(String[] args) { SpringApplication.run(${cls}.class, args); }`,
    '}',
    ''
  ].join('\n')

describe('a Maven image module ships the module it depends on', () => {
  it('war: install/docker copies target/dependency/player-main.war → player-main on 4040 with /rest/ping', () => {
    const files = {
      'pom.xml': parentPom(['player-main', 'player-api']),
      'player-main/pom.xml': bootModule('player-main', 'war'),
      'player-main/src/main/java/org/example/player/Application.java': app(
        'org.example.player',
        'Application'
      ),
      'player-api/pom.xml': bootModule('player-api', 'jar').replace(
        /<dependencies>[\s\S]*<\/dependencies>/,
        ''
      ),
      'install/docker/pom.xml': imagePom(['player-main']),
      'install/docker/Dockerfile': [
        'FROM eclipse-temurin:17-jdk AS builder',
        'WORKDIR target',
        'COPY target/dependency/player-main.war app.war',
        'RUN jar -xf ./app.war',
        'FROM eclipse-temurin:17-jre',
        'ENV APP_PORT=4040 CONTEXT_PATH=/',
        'COPY --from=builder target/WEB-INF /app/WEB-INF',
        'EXPOSE $APP_PORT',
        'HEALTHCHECK CMD curl -f http://localhost:"$APP_PORT""$CONTEXT_PATH"rest/ping || false',
        'CMD ["java", "-cp", "/app/WEB-INF/classes:/app/WEB-INF/lib/*", "org.example.player.Application"]',
        ''
      ].join('\n')
    }
    const got = report(files)
    expect(got.apps).toEqual(['player-api', 'player-main'])
    expect(got.appDir).toBe('player-main')
    expect(got.framework).toBe('spring-boot')
    expect(got.port).toBe(4040)
    expect(got.startCommand).toBe(
      'java -cp /app/WEB-INF/classes:/app/WEB-INF/lib/* org.example.player.Application'
    )
    expect(got.healthPath).toBe('/rest/ping')
    expect(got.dockerfile).toBe('install/docker/Dockerfile')
    const tree = treeFromFiles(files)
    expect(mavenImageOf(tree, 'install/docker')).toEqual({
      module: 'player-main',
      dockerfile: 'install/docker/Dockerfile'
    })
    expect(mavenImageDockerfile(tree, 'player-main')).toBe('install/docker/Dockerfile')
    expect(mavenImageDockerfile(tree, 'player-api')).toBeNull()
  })

  it('jar: docker/ copies target/server.jar → the server module on 9000', () => {
    const got = report({
      'pom.xml': parentPom(['server']),
      'server/pom.xml': bootModule('server', 'jar'),
      'server/src/main/java/org/example/Server.java': app('org.example', 'Server'),
      'packaging/image/pom.xml': imagePom(['server']),
      'packaging/image/Dockerfile': [
        'FROM eclipse-temurin:21-jre',
        'COPY target/server.jar /opt/server.jar',
        'EXPOSE 9000',
        'ENTRYPOINT ["java", "-jar", "/opt/server.jar", "--server.port=9000"]',
        ''
      ].join('\n')
    })
    expect(got.apps).toEqual(['server'])
    expect(got.appDir).toBe('server')
    expect(got.framework).toBe('spring-boot')
    expect(got.port).toBe(9000)
    expect(got.startCommand).toBe('java -jar /opt/server.jar --server.port=9000')
    expect(got.dockerfile).toBe('packaging/image/Dockerfile')
  })

  it('negative: an image folder depending on two modules, or copying sources, images no single module', () => {
    const two = treeFromFiles({
      'pom.xml': parentPom(['a', 'b']),
      'a/pom.xml': bootModule('a', 'jar'),
      'b/pom.xml': bootModule('b', 'jar'),
      'docker/pom.xml': imagePom(['a', 'b']),
      'docker/Dockerfile':
        'FROM eclipse-temurin:21-jre\nCOPY target/dependency/*.jar /opt/\nCMD ["java", "-jar", "/opt/a.jar"]\n'
    })
    expect(mavenImageOf(two, 'docker')).toBeNull()
    expect(mavenImageDockerfile(two, 'a')).toBeNull()
    const sources = treeFromFiles({
      'pom.xml': parentPom(['a']),
      'a/pom.xml': bootModule('a', 'jar'),
      'docker/pom.xml': imagePom(['a']),
      'docker/Dockerfile':
        'FROM maven:3-eclipse-temurin-21\nCOPY src /src\nRUN mvn package\nCMD ["java", "-jar", "/src/a.jar"]\n'
    })
    expect(mavenImageOf(sources, 'docker')).toBeNull()
  })
})
