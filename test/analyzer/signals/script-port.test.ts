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
  // holdout20 travis-api: script/server `[ $PORT ] || export PORT=3000`, then `exec $cmd` (unicorn).
  it('takes a default PORT exported only when the platform gave none', () => {
    const travis =
      '#!/usr/bin/env bash\n[ $PORT ]            || export PORT=3000\n[ $RACK_ENV ] || export RACK_ENV=development\nexec unicorn config.ru -c config/unicorn.rb\n'
    const found = scriptPort('script/server', travis, 4, 'unicorn config.ru -c config/unicorn.rb')
    expect(found?.port).toBe(3000)
    expect(found?.evidence.map(e => e.line).sort()).toEqual([2, 4])
    const z = '#!/bin/sh\n[ -z "$PORT" ] && export PORT=8081\nexec node server.js\n'
    expect(scriptPort('start.sh', z, 3, 'node server.js')?.port).toBe(8081)
    const n = '#!/bin/bash\n[[ -n "${PORT}" ]] || export PORT=4000\nexec bundle exec puma\n'
    expect(scriptPort('start.sh', n, 3, 'bundle exec puma')?.port).toBe(4000)
  })
  it('negative: a default for another variable, or a PORT exported only when already set', () => {
    const other = '#!/bin/sh\n[ $WEB_PORT ] || export WEB_PORT=3000\nexec node server.js\n'
    expect(scriptPort('s.sh', other, 3, 'node server.js')).toBeNull()
    const inverted = '#!/bin/sh\n[ -n "$PORT" ] && export PORT=3000\nexec node server.js\n'
    expect(scriptPort('s.sh', inverted, 3, 'node server.js')).toBeNull()
  })
})
