/**
 * The least CPU time (user + system, ms) of a few runs of `work`. Tests that guard against quadratic or
 * backtracking blow-ups compare two input sizes with it: CPU time leaves out the time a loaded machine makes
 * the process wait, which wall-clock time charges mostly to the longer run.
 */
export function leastCpuMs(work: () => unknown, rounds = 3): number {
  let least = Infinity
  for (let round = 0; round < rounds; round++) {
    const started = process.cpuUsage()
    work()
    const used = process.cpuUsage(started)
    least = Math.min(least, (used.user + used.system) / 1000)
  }
  return least
}
