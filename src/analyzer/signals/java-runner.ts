// The Java runner script of the Red Hat UBI / fabric8 OpenJDK images (`/opt/jboss/container/java/run/run-java.sh`,
// `/deployments/run-java.sh`): Quarkus generates `src/main/docker/Dockerfile.jvm` with it as the ENTRYPOINT.
// The script belongs to the base image, not the repository, and runs `java -jar $JAVA_APP_JAR` (with
// $JAVA_OPTS): the image's ENV names the jar, so that is the command the container runs.

/** `run-java.sh` at any path: the base image's runner, not a script of the repository. */
const RUN_JAVA = /^(?:\S*\/)?run-java\.sh$/

/**
 * `/opt/jboss/container/java/run/run-java.sh` with `ENV JAVA_APP_JAR=/deployments/quarkus-run.jar` →
 * `java -jar /deployments/quarkus-run.jar` (arguments after the script are passed to the application).
 * Null when the command is not that runner, or when no JAVA_APP_JAR names the jar (the script then picks one
 * from JAVA_APP_DIR itself, which the analyzer cannot know).
 */
export function javaRunnerCommand(command: string, env: ReadonlyMap<string, string>): string | null {
  const words = command.trim().split(/\s+/)
  if (!RUN_JAVA.test(words[0] ?? '')) return null
  const jar = (env.get('JAVA_APP_JAR') ?? '').trim().replace(/^(["'])(.*)\1$/, '$2')
  // A jar given through another variable (`$JAR`) is not known here.
  if (!jar || /[$`\s]/.test(jar)) return null
  return ['java', '-jar', jar, ...words.slice(1)].join(' ')
}
