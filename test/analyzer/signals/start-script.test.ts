import {
  defaultBranch,
  dispatchedCommand,
  dropLaunchers,
  expandScriptVariables,
  followStartScript,
  isShellScript,
  scriptFinalCommand
} from '../../../src/analyzer/signals/start-script.js'

describe('dropLaunchers', () => {
  it('drops init processes and shells before a script', () => {
    expect(dropLaunchers('/sbin/tini -- /opt/app/boot.sh')).toEqual(['/opt/app/boot.sh'])
    expect(dropLaunchers('dumb-init -- ./web/entrypoint.sh')).toEqual(['./web/entrypoint.sh'])
    expect(dropLaunchers('/bin/bash -e /entrypoint.sh')).toEqual(['/entrypoint.sh'])
  })
  it('keeps a shell that runs a command line', () => {
    expect(dropLaunchers('sh -c "node server.js"')).toEqual(['sh', '-c', '"node', 'server.js"'])
  })
})

describe('scriptFinalCommand', () => {
  it('takes the exec at the end of a chain', () => {
    const text = '#!/bin/sh\nset -e\npython manage.py migrate\numask 0 && exec gunicorn app.wsgi\n'
    expect(scriptFinalCommand(text)).toEqual({
      command: 'gunicorn app.wsgi',
      line: 4,
      text: 'umask 0 && exec gunicorn app.wsgi'
    })
  })
  it('ignores commands inside if blocks and functions', () => {
    const text =
      '#!/bin/bash\nrun() {\n  exec node a.js\n}\nif [ -x x ]; then\n  ./Server\nfi\n./Server --urls http://+:5000\n'
    expect(scriptFinalCommand(text)?.command).toBe('./Server --urls http://+:5000')
  })
  it('is null for wrappers, background jobs, wait and builtins', () => {
    expect(scriptFinalCommand('#!/bin/sh\nmigrate\nexec "$@"\n')).toBeNull()
    expect(scriptFinalCommand('#!/bin/sh\nnode a.js &\nnode b.js &\nwait\n')).toBeNull()
    expect(scriptFinalCommand('#!/bin/sh\nnode a.js &\n')).toBeNull()
    expect(scriptFinalCommand('#!/bin/sh\ngunicorn app:app\necho done\n')).toBeNull()
    expect(scriptFinalCommand('#!/bin/sh\nif [ -n "$X" ]; then\n  exec puma\nfi\n')).toBeNull()
  })
  it('takes the background job a top-level wait waits on, the exit-code bookkeeping after it aside', () => {
    const text =
      '#!/bin/bash\ntrap _term SIGTERM\n./qdrant "$@" &\nPID=$!\nwait $PID\nCODE=$?\nif [ $CODE != 0 ]; then\n  echo failed\nfi\nexit $CODE\n'
    expect(scriptFinalCommand(text)).toEqual({ command: './qdrant', line: 3, text: './qdrant "$@" &' })
    expect(scriptFinalCommand('#!/bin/sh\nnode server.js &\nwait\n')?.command).toBe('node server.js')
    // The job a PID names, not the last one started.
    expect(
      scriptFinalCommand('#!/bin/sh\nnode web.js &\nWEB=$!\nnode worker.js &\nwait $WEB\n')?.command
    ).toBe('node web.js')
    // A serving command after the wait is the final one.
    expect(scriptFinalCommand('#!/bin/sh\nmigrate &\nwait\nexec gunicorn app:app\n')?.command).toBe(
      'gunicorn app:app'
    )
  })
  it('skips the lines of a double-quoted string that spans lines', () => {
    const text = '#!/bin/sh\nMSG="Stopped.\nPlease check the logs"\nexec node server.js\n'
    expect(scriptFinalCommand(text)?.command).toBe('node server.js')
    expect(scriptFinalCommand('#!/bin/sh\nexec node server.js\nMSG="a\nPlease restart"\n')).toBeNull()
  })
})

describe('isShellScript', () => {
  it('reads the shebang, else the .sh name', () => {
    expect(isShellScript('bin/boot', '#!/usr/bin/env ruby\nexec "x"')).toBe(false)
    expect(isShellScript('bin/web', '#!/usr/bin/env bash\ngunicorn a:b')).toBe(true)
    expect(isShellScript('start.sh', 'gunicorn a:b')).toBe(true)
    expect(isShellScript('start', 'gunicorn a:b')).toBe(false)
  })
})

describe('followStartScript', () => {
  const files: Record<string, string> = {
    'docker/boot.sh': '#!/bin/sh\nexec uvicorn main:app --port 8080\n',
    'entrypoint.sh': '#!/bin/sh\nexec "$@"\n'
  }
  const read = (p: string): string | null => files[p] ?? null
  it('follows a lone script by the tail of its image path, with the script line as evidence', () => {
    expect(followStartScript('tini -- /srv/docker/boot.sh', '.', read)).toEqual({
      command: 'uvicorn main:app --port 8080',
      evidence: { file: 'docker/boot.sh', line: 2, text: 'exec uvicorn main:app --port 8080' }
    })
  })
  it('does not follow hand-over wrappers, missing scripts or scripts given arguments', () => {
    expect(followStartScript('/entrypoint.sh', '.', read)).toBeNull()
    expect(followStartScript('/missing.sh', '.', read)).toBeNull()
    expect(followStartScript('/srv/docker/boot.sh web', '.', read)).toBeNull()
  })
})

describe('defaultBranch', () => {
  it('takes the else branch of an optional-setting if', () => {
    expect(
      defaultBranch('if [ -n "$TRACE" ]; then node --import t.mjs ./server.js; else node ./server.js; fi')
    ).toBe('node ./server.js')
  })
  it('leaves other commands alone', () => {
    expect(defaultBranch('node server.js')).toBe('node server.js')
  })
})

describe('dispatchedCommand', () => {
  const script = [
    '#!/bin/bash',
    'server() {',
    '  PORT=${PORT:-5000}',
    '  exec gunicorn -b 0.0.0.0:$PORT app:app',
    '}',
    'case "$1" in',
    '  worker) exec rq worker ;;',
    '  server|web)',
    '    shift',
    '    server',
    '    ;;',
    '  *) exec "$@" ;;',
    'esac'
  ].join('\n')
  it('follows the arm the word selects into the function it calls', () => {
    expect(dispatchedCommand(script, 'web')?.command).toBe('gunicorn -b 0.0.0.0:$PORT app:app')
    expect(dispatchedCommand(script, 'worker')?.command).toBe('rq worker')
  })
  it('is null for a word no arm names', () => {
    expect(dispatchedCommand(script, 'shell')).toBeNull()
  })
})

describe('expandScriptVariables', () => {
  it('replaces variables the script set before the line, keeping unknown ones', () => {
    const text = 'BIND=${APP_BIND:-[::]:5000}\nexport WORKERS=4\nexec gunicorn\n'
    expect(expandScriptVariables('gunicorn -b "$BIND" -w${WORKERS} -t $TIMEOUT app', text, 3)).toBe(
      'gunicorn -b [::]:5000 -w4 -t $TIMEOUT app'
    )
  })
})
