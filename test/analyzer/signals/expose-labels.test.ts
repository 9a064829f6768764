// EXPOSE lines labelled by the comment above them: the one labelled HTTP/web is the web port when another
// is labelled with another protocol (SSH, stats, git), whatever their order.
import { describe, expect, it } from '@jest/globals'
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { labelledWebExpose } from '../../../src/analyzer/signals/expose-labels.js'

const portOf = (text: string) => {
  const port = readDockerfile('Dockerfile', text).port[0]
  return { value: port?.value, lines: port?.evidence.map(e => e.line) }
}

// A git server: SSH first, HTTP second, then stats and the git daemon.
const gitServer =
  'FROM alpine:3\nWORKDIR /data\n\n# Expose ports\n# SSH\nEXPOSE 23231/tcp\n# HTTP\nEXPOSE 23232/tcp\n' +
  '# Stats\nEXPOSE 23233/tcp\n# Git\nEXPOSE 9418/tcp\n\nENTRYPOINT ["/usr/local/bin/soft", "serve"]\n'

// A chat bridge: its metrics listener first, then the web UI, then an SMTP relay.
const chatBridge =
  'FROM debian:12-slim\nCOPY bridge /usr/bin/bridge\n# metrics\nEXPOSE 9102\n# Web UI\nEXPOSE 8440\n' +
  '# SMTP relay\nEXPOSE 2525\nCMD ["bridge", "run"]\n'

describe('labelledWebExpose', () => {
  it('takes the EXPOSE labelled HTTP among SSH, stats and git ones (git server)', () => {
    expect(portOf(gitServer)).toEqual({ value: 23232, lines: [8, 7] })
  })

  it('takes the EXPOSE labelled Web UI among metrics and SMTP ones (chat bridge)', () => {
    expect(portOf(chatBridge)).toEqual({ value: 8440, lines: [6, 5] })
    const found = readDockerfile('Dockerfile', chatBridge).port.filter(p => p.source === 'Dockerfile EXPOSE')
    expect(labelledWebExpose(chatBridge, found)?.label).toBe('# Web UI')
  })

  it('keeps the first EXPOSE when no label names another protocol, or two name HTTP', () => {
    // Labels that are not protocols (`# main`, `# fallback`): nothing says the second is the web port.
    const unlabelled = 'FROM alpine\n# main\nEXPOSE 8000\n# HTTP\nEXPOSE 8001\nCMD ["app"]\n'
    expect(portOf(unlabelled)).toEqual({ value: 8000, lines: [3] })
    // Two HTTP labels: the label decides nothing.
    const twoWeb = 'FROM alpine\n# SSH\nEXPOSE 2222\n# HTTP\nEXPOSE 3000\n# http\nEXPOSE 3001\nCMD ["app"]\n'
    expect(portOf(twoWeb).value).not.toBe(3001)
    const candidates = readDockerfile('Dockerfile', twoWeb).port.filter(p => p.source === 'Dockerfile EXPOSE')
    expect(labelledWebExpose(twoWeb, candidates)).toBeNull()
    // A label separated from its EXPOSE by a blank line labels nothing.
    const apart = 'FROM alpine\n# SSH\nEXPOSE 22\n# HTTP\n\nEXPOSE 8080\nCMD ["app"]\n'
    const apartCandidates = readDockerfile('Dockerfile', apart).port.filter(
      p => p.source === 'Dockerfile EXPOSE'
    )
    expect(labelledWebExpose(apart, apartCandidates)).toBeNull()
  })
})
