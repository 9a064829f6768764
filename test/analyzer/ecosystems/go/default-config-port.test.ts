// A default-config constructor's struct literal holding the listen address (`NewDefaultConfig() Config {
// return Config{ LocalAddress: ":3333" …`).
import { describe, expect, it } from '@jest/globals'
import { GO_PORT_PATTERNS } from '../../../../src/analyzer/ecosystems/go/ports.js'
import { findPorts } from '../../../../src/analyzer/signals/ports.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const ports = (files: Record<string, string>) =>
  findPorts(treeFromFiles(files), Object.keys(files), GO_PORT_PATTERNS)

describe('a default config constructor port', () => {
  it('reads a gin server config default address', () => {
    const [c, ...rest] = ports({
      'internal/httpserver/config.go':
        'package httpserver\n\ntype Config struct {\n\tLocalAddress string\n\tGinMode string\n}\n\n' +
        'func NewDefaultConfig() Config {\n\treturn Config{\n\t\tLocalAddress: ":3333",\n\t\tGinMode:      "release",\n' +
        '\t\tCors: CorsConfig{\n\t\t\tAllowedOrigins: []string{"*"},\n\t\t},\n\t}\n}\n'
    })
    expect(rest).toEqual([])
    expect(c?.value).toBe(3333)
    expect(c?.source).toBe('internal/httpserver/config.go default config constructor port')
    expect(c?.evidence[0]?.line).toBe(8)
  })

  it('reads a pointer settings literal with a port past a nested literal', () => {
    const [c] = ports({
      'config/config.go':
        'package config\n\nfunc DefaultSettings() *Settings {\n\treturn &Settings{\n' +
        '\t\tLog: LogSettings{Level: "info"},\n\t\tHTTPPort: 9000,\n\t}\n}\n'
    })
    expect(c?.value).toBe(9000)
    expect(c?.evidence[0]?.file).toBe('config/config.go')
  })

  it('ignores a nested database literal, a metrics address and a non-default constructor', () => {
    expect(
      ports({
        'config/db.go':
          'package config\n\nfunc DefaultConfig() Config {\n\treturn Config{\n\t\tDB: DBConfig{Port: 5433},\n' +
          '\t\tMetricsAddr: ":9100",\n\t}\n}\n',
        'config/new.go':
          'package config\n\nfunc NewConfig() Config {\n\treturn Config{\n\t\tListenAddress: "0.0.0.0:7000",\n\t}\n}\n'
      }).map(c => c.value)
    ).toEqual([])
  })
})
