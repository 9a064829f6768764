// A deployment probe of the server's root URL (`curl -f http://localhost:8000`, `wget -q localhost:3000/`):
// the repository's own health check, made on the home page because the app declares no health route. It is
// what the deployer's load balancer should request too, so it becomes the health path `/` — ranked below any
// health route the code, a library or the source fallback finds (HEALTH.rootProbe), which say more than
// "the server answers".
//
// Only an HTTP URL of the container itself counts (localhost, 127.0.0.1, 0.0.0.0, ::1): a check that fetches
// another host tests the network, not this app, and `nc -z localhost 8000` only opens a TCP connection.
const LOCAL_ROOT_URL =
  /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\$\{?\w+(?::?-\d+)?\}?|\d{2,5}))?(\/?)(?=["'\s|;)]|$)/

/** `/` when the command requests the container's root URL; null for any other path or host. */
export function rootProbePath(command: string): '/' | null {
  if (command.length > 4000) return null
  return LOCAL_ROOT_URL.test(command) ? '/' : null
}

/** The port of a root probe when it is a literal (`localhost:8000`), else null. */
export function rootProbePort(command: string): number | null {
  const m = LOCAL_ROOT_URL.exec(command.length > 4000 ? '' : command)
  return m?.[1] && /^\d+$/.test(m[1]) ? Number(m[1]) : null
}
