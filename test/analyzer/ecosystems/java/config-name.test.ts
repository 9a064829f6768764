// `spring.config.name=zipkin-server` set by the main class makes `zipkin-server.yml` and the profile files it
// includes (`spring.profiles.include: shared` → `zipkin-server-shared.yml`) the app's configuration
// (holdout30 zipkin: `server.port: ${QUERY_PORT:9411}` under `server:`, after a collector's `port:`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { includedProfiles } from '../../../../src/analyzer/ecosystems/java/config-name.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const pom = (artifact: string): string =>
  [
    '<project>',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>',
    `  <artifactId>${artifact}</artifactId>`,
    '  <properties><java.version>17</java.version></properties>',
    '  <dependencies>',
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>',
    '  </dependencies>',
    '</project>',
    ''
  ].join('\n')

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    portEvidence: app.port.evidence.map(e => `${e.file}:${e.line}`)
  }
}

describe('a config name set by the main class', () => {
  it('a tracing server: SpringApplicationBuilder properties, the port in an included profile file', () => {
    expect(
      fields({
        'pom.xml': pom('trace-server'),
        'src/main/java/trace/TraceServer.java': [
          'package trace;',
          '@SpringBootApplication',
          'public class TraceServer {',
          '  public static void main(String[] args) {',
          '    new SpringApplicationBuilder(TraceServer.class)',
          '      .properties("spring.config.name=trace-server").run(args);',
          '  }',
          '}',
          ''
        ].join('\n'),
        'src/main/resources/trace-server.yml': 'spring.profiles.include: shared\n',
        'src/main/resources/trace-server-shared.yml': [
          'collector:',
          '  scribe:',
          '    port: ${COLLECTOR_PORT:9410}',
          'server:',
          '  port: ${QUERY_PORT:9411}',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'spring-boot',
      port: 9411,
      portEvidence: ['src/main/resources/trace-server-shared.yml:5']
    })
  })

  it('a registry: System.setProperty before run, the port in the renamed base file', () => {
    expect(
      fields({
        'pom.xml': pom('registry'),
        'src/main/java/reg/Registry.java': [
          'package reg;',
          '@SpringBootApplication',
          'public class Registry {',
          '  public static void main(String[] args) {',
          '    System.setProperty("spring.config.name", "registry");',
          '    SpringApplication.run(Registry.class, args);',
          '  }',
          '}',
          ''
        ].join('\n'),
        'src/main/resources/registry.properties': 'server.port=8761\n'
      })
    ).toEqual({
      appDir: '.',
      framework: 'spring-boot',
      port: 8761,
      portEvidence: ['src/main/resources/registry.properties:1']
    })
  })

  it('negative: a file of that shape the app never names is not its config', () => {
    expect(
      fields({
        'pom.xml': pom('plain'),
        'src/main/java/plain/Plain.java':
          'package plain;\n@SpringBootApplication\npublic class Plain {\n  public static void main(String[] a) { SpringApplication.run(Plain.class, a); }\n}\n',
        'src/main/resources/trace-server.yml': 'server:\n  port: 9411\n'
      }).port
    ).toBe(8080)
  })

  it('includedProfiles reads the flat and the nested form', () => {
    expect(includedProfiles('spring.profiles.include: shared\n')).toEqual(['shared'])
    expect(includedProfiles('spring:\n  profiles:\n    include: [shared, metrics]\n')).toEqual([
      'shared',
      'metrics'
    ])
    expect(includedProfiles('server:\n  port: 1\n')).toEqual([])
    expect(includedProfiles('spring.profiles.include=shared,metrics\n', true)).toEqual(['shared', 'metrics'])
    // A long nested spring: block without the key (JHipster's application.yml shape) is read in one parse:
    // a regex over the nesting backtracked for minutes (halo, jhipster-sample in the hard corpus).
    const deep = `spring:\n${Array.from({ length: 400 }, (_, i) => `  k${i}:\n    profiles: x\n    a: b c d`).join('\n')}\n`
    const started = Date.now()
    expect(includedProfiles(deep)).toEqual([])
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
