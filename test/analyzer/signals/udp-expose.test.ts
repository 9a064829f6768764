// A port the image also EXPOSEs over UDP serves a datagram protocol (TURN/STUN, DNS, syslog): the web app is
// on the port exposed over TCP alone (holdout30 screego: `EXPOSE 3478/tcp`, `EXPOSE 3478/udp`, `EXPOSE 5050`).
import { analyze } from '../../../src/analyzer/analyze.js'
import { withoutUdpExposes } from '../../../src/analyzer/signals/udp-expose.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import type { Candidate } from '../../../src/analyzer/candidate.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    portEvidence: app.port.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const goMod = 'module example.com/relay\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n'
const goMain = [
  'package main',
  '',
  'import (',
  '\t"net/http"',
  '\t"github.com/gorilla/mux"',
  ')',
  '',
  'func main() {',
  '\tr := mux.NewRouter()',
  '\thttp.ListenAndServe(addr(), r)',
  '}',
  ''
].join('\n')

describe('EXPOSE ports also exposed over UDP', () => {
  it('a screen-sharing server: TURN on 3478 tcp+udp on lines of their own, the web UI on 5050', () => {
    expect(
      fields({
        'go.mod': goMod,
        'main.go': goMain,
        Dockerfile: [
          'FROM scratch',
          'COPY relay /relay',
          'EXPOSE 3478/tcp',
          'EXPOSE 3478/udp',
          'EXPOSE 5050',
          'ENTRYPOINT ["/relay"]',
          'CMD ["serve"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'gorilla-mux',
      port: 5050,
      startCommand: '/relay serve',
      portEvidence: ['Dockerfile:5']
    })
  })

  it('a DNS filter with its admin UI: `EXPOSE 53/udp 5353/udp 5353/tcp 8080` on one line', () => {
    expect(
      fields({
        'package.json': JSON.stringify({
          name: 'dns-admin',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.19.0' }
        }),
        'server.js': "const express = require('express')\nconst app = express()\napp.listen(8080)\n",
        Dockerfile: [
          'FROM node:22-slim',
          'WORKDIR /app',
          'COPY . .',
          'EXPOSE 5353/udp 5353/tcp 8080',
          'CMD ["node", "server.js"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'express',
      port: 8080,
      startCommand: 'node server.js',
      portEvidence: ['Dockerfile:4', 'server.js:3']
    })
  })

  it('negative: an image exposing only its UDP-and-TCP port keeps it', () => {
    expect(
      fields({
        'go.mod': goMod,
        'main.go': goMain,
        Dockerfile: [
          'FROM scratch',
          'COPY relay /relay',
          'EXPOSE 3478/tcp',
          'EXPOSE 3478/udp',
          'ENTRYPOINT ["/relay"]',
          'CMD ["serve"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'gorilla-mux',
      port: 3478,
      startCommand: '/relay serve',
      portEvidence: ['Dockerfile:3', 'Dockerfile:4']
    })
  })

  it('withoutUdpExposes leaves other sources and a UDP-free list alone', () => {
    const c = (value: number, source = 'Dockerfile EXPOSE'): Candidate<number> => ({
      value,
      confidence: 0.95,
      source,
      evidence: []
    })
    const list = [c(3478), c(5050), c(3478, 'config default')]
    expect(withoutUdpExposes(list, new Set([3478])).map(p => [p.value, p.source])).toEqual([
      [5050, 'Dockerfile EXPOSE'],
      [3478, 'config default']
    ])
    expect(withoutUdpExposes(list, new Set())).toBe(list)
  })
})
