// Where a JVM app's folders are a package name rather than example, test, doc or build folders.

/**
 * A JVM source root followed by package folders: Maven/Gradle's `src/main/java/` (kotlin, scala, groovy), or
 * a `src/` holding the packages directly (`src/com/example/demo/`, the Ant/IntelliJ layout), recognised by a
 * reverse-domain first folder (`com`, `org`, `net`, `io`: never a JS app's folder like `src/app/`)
 * and a package folder below it.
 */
const JVM_PACKAGE_ROOT =
  /^src\/(?:main\/(?:java|kotlin|scala|groovy)\/|(?:com|org|net|io)\/[a-z_][a-z0-9_]*\/)/

/**
 * True when `folder` (relative to the app, ending in `/`, or a file path below it) lies inside a JVM package:
 * its folders are a package name (`com/example/demo`, `org/x/samples`, `com/x/build`), not example, test,
 * doc or build folders. Shared by the app's file list and the source fallbacks' file list.
 */
export function inJvmPackage(folder: string): boolean {
  return JVM_PACKAGE_ROOT.test(folder)
}
