import { javaRunnerCommand } from '../../../src/analyzer/signals/java-runner.js'

const env = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries))

describe('javaRunnerCommand', () => {
  it('runs the jar JAVA_APP_JAR names (Quarkus Dockerfile.jvm)', () => {
    expect(
      javaRunnerCommand(
        '/opt/jboss/container/java/run/run-java.sh',
        env({ JAVA_APP_JAR: '"/deployments/quarkus-run.jar"' })
      )
    ).toBe('java -jar /deployments/quarkus-run.jar')
  })
  it('passes the arguments after the script to the application', () => {
    expect(
      javaRunnerCommand(
        '/deployments/run-java.sh --server.port=9000',
        env({ JAVA_APP_JAR: '/deployments/app.jar' })
      )
    ).toBe('java -jar /deployments/app.jar --server.port=9000')
  })
  it('is null without JAVA_APP_JAR (the script picks a jar from JAVA_APP_DIR itself)', () => {
    expect(
      javaRunnerCommand('/opt/jboss/container/java/run/run-java.sh', env({ JAVA_APP_DIR: '/deployments' }))
    ).toBeNull()
  })
  it('is null for a jar named through another variable', () => {
    expect(javaRunnerCommand('run-java.sh', env({ JAVA_APP_JAR: '${JAR}' }))).toBeNull()
  })
  it('is null for other programs', () => {
    expect(javaRunnerCommand('java -jar app.jar', env({ JAVA_APP_JAR: '/x.jar' }))).toBeNull()
    expect(javaRunnerCommand('/app/run-java.sh.bak', env({ JAVA_APP_JAR: '/x.jar' }))).toBeNull()
  })
})
