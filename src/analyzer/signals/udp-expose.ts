// `EXPOSE 3478/tcp`, `EXPOSE 3478/udp`, `EXPOSE 5050` (a TURN relay beside the web UI, holdout30 screego): a
// port the image also exposes over UDP serves a datagram protocol (TURN/STUN, DNS, syslog, QUIC beside its
// TCP twin), so while another port is exposed over TCP alone the web app is on that one.
import type { Candidate } from '../candidate.js'

/** The ports an EXPOSE argument list names with `/udp` (`3478/udp`). */
export function udpPortsOf(words: readonly string[], portOf: (word: string) => number | null): number[] {
  return words
    .filter(w => /\/udp$/i.test(w))
    .map(portOf)
    .filter((p): p is number => p !== null)
}

/**
 * The EXPOSE candidates without those on a port also exposed over UDP, when another EXPOSE candidate's port
 * is TCP only; unchanged otherwise (an image exposing nothing but its UDP ports keeps them).
 */
export function withoutUdpExposes(ports: Candidate<number>[], udp: ReadonlySet<number>): Candidate<number>[] {
  if (udp.size === 0) return ports
  const isExpose = (p: Candidate<number>): boolean => p.source === 'Dockerfile EXPOSE'
  if (!ports.some(p => isExpose(p) && !udp.has(p.value))) return ports
  return ports.filter(p => !isExpose(p) || !udp.has(p.value))
}
