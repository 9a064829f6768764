import { describe, expect, it } from '@jest/globals'
import { scriptPort } from '../../../src/analyzer/signals/script-port.js'
import { expandScriptVariables } from '../../../src/analyzer/signals/start-script.js'

describe('scriptPort', () => {
  it('finds the port a computed bind address gives, with the command and assignment lines', () => {
    const text = '#!/bin/sh\nPORT="${APP_PORT:-8010}"\nexec gunicorn -b "0.0.0.0:${PORT}" app:app\n'
    const command = expandScriptVariables('gunicorn -b "0.0.0.0:${PORT}" app:app', text, 3)
    expect(command).toBe('gunicorn -b 0.0.0.0:8010 app:app')
    expect(scriptPort('entry.sh', text, 3, command)).toEqual({
      port: 8010,
      source: 'entrypoint script entry.sh starts the server on it',
      evidence: [
        { file: 'entry.sh', line: 3, text: 'exec gunicorn -b "0.0.0.0:${PORT}" app:app' },
        { file: 'entry.sh', line: 2, text: 'PORT="${APP_PORT:-8010}"' }
      ]
    })
  })
  it('takes a PORT the script exports to the server, including a later `export PORT`', () => {
    const exported = '#!/bin/sh\nexport PORT=${HTTP_PORT:-3400}\nexec node server.js\n'
    expect(scriptPort('e.sh', exported, 3, 'node server.js')?.port).toBe(3400)
    const later = '#!/bin/sh\nPORT=${HTTP_PORT:-3500}\nexport PORT\nexec node server.js\n'
    expect(scriptPort('e.sh', later, 4, 'node server.js')?.evidence[0]).toEqual({
      file: 'e.sh',
      line: 2,
      text: 'PORT=${HTTP_PORT:-3500}'
    })
  })
  it('ignores a PORT the server never sees, or one named for another service', () => {
    const wait =
      '#!/bin/sh\nPORT="${DB_PORT:-5432}"\nuntil nc -z db "$PORT"; do sleep 1; done\nexec node server.js\n'
    expect(scriptPort('e.sh', wait, 4, 'node server.js')).toBeNull()
    const smtp = '#!/bin/sh\nexport PORT="${SMTP_PORT:-2525}"\nexec node server.js\n'
    expect(scriptPort('e.sh', smtp, 3, 'node server.js')).toBeNull()
  })
})
