// Listen calls of servers that do not speak HTTP are left out of port detection (issue 16 #4).
import { withoutOtherProtocolListeners } from '../../../../src/analyzer/ecosystems/node/listeners.js'

describe('withoutOtherProtocolListeners', () => {
  test('an SMTP server taking process.env.PORT is blanked, the web server stays, lines kept', () => {
    const text = [
      "const { SMTPServer } = require('smtp-server')",
      'const smtp = new SMTPServer({ authOptional: true })',
      'smtp.listen(process.env.PORT || 2525)',
      'app.listen(process.env.WEB_PORT || 8025)'
    ].join('\n')
    const out = withoutOtherProtocolListeners(text)
    expect(out.split('\n')).toHaveLength(4)
    expect(out).not.toContain('smtp.listen')
    expect(out).toContain('app.listen(process.env.WEB_PORT || 8025)')
  })

  test('raw net/dgram/ldap servers are other protocols', () => {
    for (const ctor of ['net.createServer(onConn)', 'dgram.createSocket("udp4")', 'ldap.createServer()']) {
      const out = withoutOtherProtocolListeners(`const srv = ${ctor}\nsrv.listen(process.env.PORT || 389)\n`)
      expect(out).not.toContain('listen')
    }
  })

  test('http.createServer and express apps are untouched (negative)', () => {
    const text = 'const server = http.createServer(app)\nserver.listen(process.env.PORT || 3000)\n'
    expect(withoutOtherProtocolListeners(text)).toBe(text)
  })
})
