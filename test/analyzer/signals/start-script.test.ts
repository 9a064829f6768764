import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { dispatchedCommand } from '../../../src/analyzer/signals/script-dispatch.js'
import {
  defaultBranch,
  dropLaunchers,
  evaluateImageCondition,
  execArgumentsKind,
  expandScriptVariables,
  followStartScript,
  foregroundAfterJobs,
  handsOverOnlyWithArguments,
  inlineScriptMainJob,
  isShellScript,
  scriptFinalCommand,
  shellFunctions,
  unwrapShellLine,
  unwrapSwitchUser
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
  it('takes the first job of several that `wait -n` waits on, one-line groups and line groups alike', () => {
    expect(
      scriptFinalCommand(
        '#!/bin/bash\nnode ./apps/api/dist/index.js &\nnode ./plugins/server.js &\nwait -n\n'
      )
    ).toEqual({
      command: 'node ./apps/api/dist/index.js',
      line: 2,
      text: 'node ./apps/api/dist/index.js &',
      backgroundJobs: ['node ./apps/api/dist/index.js', 'node ./plugins/server.js']
    })
    const grouped =
      '#!/bin/bash\n{\n  cd /app/server/ &&\n    npx prisma migrate deploy &&\n    node /app/server/index.js\n} &\n{ node /app/collector/index.js; } &\nwait -n\nexit $?\n'
    expect(scriptFinalCommand(grouped)?.command).toBe('node /app/server/index.js')
    expect(scriptFinalCommand(grouped)?.backgroundJobs).toEqual([
      'node /app/server/index.js',
      'node /app/collector/index.js'
    ])
    // A PID still names its job.
    expect(scriptFinalCommand('#!/bin/sh\nnode a.js &\nnode b.js &\nB=$!\nwait -n $B\n')?.command).toBe(
      'node b.js'
    )
  })
  it('skips the lines of a double-quoted string that spans lines', () => {
    const text = '#!/bin/sh\nMSG="Stopped.\nPlease check the logs"\nexec node server.js\n'
    expect(scriptFinalCommand(text)?.command).toBe('node server.js')
    // (a plain command: a top-level exec would end the script before the assignment)
    expect(scriptFinalCommand('#!/bin/sh\nnode server.js\nMSG="a\nPlease restart"\n')).toBeNull()
  })
})

describe('inlineScriptMainJob', () => {
  it('reads a one-line sh -c script with background jobs and wait -n as a script', () => {
    const line =
      '(cd /app/srv && prisma migrate deploy && NODE_ENV=production node ./dist/main.js) & sleep 10; /usr/local/bin/reporter --url "http://localhost:1 & 2" > /dev/null 2>&1 & wait -n'
    expect(inlineScriptMainJob(line)?.command).toBe('node ./dist/main.js')
    expect(inlineScriptMainJob(line)?.backgroundJobs).toHaveLength(2)
  })
  it('is null for a plain command, a chain, one job, or jobs nothing waits on', () => {
    expect(inlineScriptMainJob('node server.js')).toBeNull()
    expect(inlineScriptMainJob('npm run migrate && node server.js 2>&1')).toBeNull()
    expect(inlineScriptMainJob('node worker.js & node server.js')).toBeNull()
    expect(inlineScriptMainJob('node a.js & node b.js & wait')).toBeNull()
  })
})

describe('foregroundAfterJobs', () => {
  it('takes the command a one-line script runs in the foreground after its background jobs', () => {
    expect(foregroundAfterJobs('misc/tor/start-tor.sh & ./run')).toBe('./run')
    expect(foregroundAfterJobs('./agent.sh & crond -f & python server.py --port 80')).toBe(
      'python server.py --port 80'
    )
  })
  it('is null for one command, a chain, a sequence, jobs waited on, or a last job sent to the background', () => {
    expect(foregroundAfterJobs('./run')).toBeNull()
    expect(foregroundAfterJobs('./migrate && ./run')).toBeNull()
    expect(foregroundAfterJobs('./migrate; ./run')).toBeNull()
    expect(foregroundAfterJobs('./a & ./b & wait -n')).toBeNull()
    expect(foregroundAfterJobs('./a & ./b &')).toBeNull()
    expect(foregroundAfterJobs('./run > /log 2>&1')).toBeNull()
  })
})

describe('scriptFinalCommand in a nested optional-setting if', () => {
  const script = (inner: string): string =>
    [
      '#!/bin/sh',
      'MODE="${1:-app}"',
      'if [ "$MODE" = "test" ]; then',
      '    pytest -sv',
      'else',
      '    mkdir -p static',
      inner,
      'fi'
    ].join('\n')
  it('runs the else branch of an if that ends the default else branch', () => {
    const text = script(
      [
        '    if [ -n "$SOCKET" ]; then',
        '        serve --socket "$SOCKET"',
        '    else',
        '        echo starting',
        '        serve --port 5000',
        '    fi'
      ].join('\n')
    )
    expect(scriptFinalCommand(text, true)?.command).toBe('serve --port 5000')
  })
  it('knows nothing certain when the nested if has no else branch', () => {
    const text = script(
      ['    if [ -n "$SOCKET" ]; then', '        serve --socket "$SOCKET"', '    fi'].join('\n')
    )
    expect(scriptFinalCommand(text, true)).toBeNull()
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

describe('evaluateImageCondition', () => {
  const env = new Map([
    ['RUNTIME', 'rr'],
    ['EMPTY', '']
  ])
  it('decides simple tests of a variable the image sets', () => {
    expect(evaluateImageCondition(`[ "$RUNTIME" = 'rr' ]`, env)).toBe(true)
    expect(evaluateImageCondition('[ "${RUNTIME}" == fpm ]', env)).toBe(false)
    expect(evaluateImageCondition('[[ $RUNTIME != "fpm" ]]', env)).toBe(true)
    expect(evaluateImageCondition('test rr = "$RUNTIME"', env)).toBe(true)
    expect(evaluateImageCondition('[ -n "$RUNTIME" ]', env)).toBe(true)
    expect(evaluateImageCondition('[ -z "$EMPTY" ]', env)).toBe(true)
    expect(evaluateImageCondition('! [ -z "$RUNTIME" ]', env)).toBe(true)
    expect(evaluateImageCondition('[ ! "$RUNTIME" = rr ]', env)).toBe(false)
    expect(evaluateImageCondition('[ "${EMPTY:-rr}" = rr ]', env)).toBe(true)
  })
  it('leaves other conditions undecided', () => {
    expect(evaluateImageCondition('[ "$UNSET" = rr ]', env)).toBeNull()
    expect(evaluateImageCondition('[ -f "$RUNTIME" ]', env)).toBeNull()
    expect(evaluateImageCondition('[ "$RUNTIME" = rr ] && [ -n "$X" ]', env)).toBeNull()
    expect(evaluateImageCondition('[[ $RUNTIME == r* ]]', env)).toBeNull()
    expect(evaluateImageCondition('[ "$RUNTIME" = "$OTHER" ]', env)).toBeNull()
    expect(evaluateImageCondition('command -v rr', env)).toBeNull()
    // The script sets the variable itself before the test: the image's value is not the one tested.
    expect(evaluateImageCondition('[ "$RUNTIME" = rr ]', env, 'RUNTIME=fpm')).toBeNull()
    expect(evaluateImageCondition('[ "$RUNTIME" = rr ]', env, 'export RUNTIME="$(pick)"')).toBeNull()
    expect(evaluateImageCondition('[ "$RUNTIME" = rr ]', env, 'read -r RUNTIME < /etc/rt')).toBeNull()
  })
})

describe('scriptFinalCommand with the image environment', () => {
  const env = new Map([['SHLINK_RUNTIME', 'rr']])
  it('follows the then branch whose test the image passes', () => {
    const text =
      '#!/bin/sh\nset -e\nphp vendor/bin/installer init\nif [ "$SHLINK_RUNTIME" = \'rr\' ]; then\n  # exec for signals\n  exec ./bin/rr serve -c config/.rr.yml\nfi\n'
    expect(scriptFinalCommand(text, true, env)).toEqual({
      command: './bin/rr serve -c config/.rr.yml',
      line: 6,
      text: 'exec ./bin/rr serve -c config/.rr.yml'
    })
    // Without the image's values: today's reading (a then branch is never the default).
    expect(scriptFinalCommand(text, true)).toBeNull()
  })
  it('stops at an exec of the branch that runs, and skips branches that do not', () => {
    const text = [
      '#!/bin/sh',
      'if [ "$SHLINK_RUNTIME" = swoole ]; then',
      '  exec php swoole.php',
      'elif [ "$SHLINK_RUNTIME" = rr ]',
      'then',
      '  exec rr serve',
      'else',
      '  exec php-fpm',
      'fi',
      'exec php -S 0.0.0.0:8080 -t public'
    ].join('\n')
    expect(scriptFinalCommand(text, true, env)?.command).toBe('rr serve')
    const fpm = text.replace('= rr ]', '= fpm ]')
    expect(scriptFinalCommand(fpm, true, env)?.command).toBe('php-fpm')
    // A branch that does not run leaves the command before the block standing.
    expect(
      scriptFinalCommand(
        '#!/bin/sh\ngunicorn app:app\nif [ "$SHLINK_RUNTIME" = fpm ]; then\n  exec php-fpm\nfi\n',
        true,
        env
      )?.command
    ).toBe('gunicorn app:app')
  })
  it('takes a one-line if whose test passes', () => {
    const text = '#!/bin/sh\nif test -n "$SHLINK_RUNTIME"; then exec rr serve; fi\nexec php-fpm\n'
    expect(scriptFinalCommand(text, true, env)).toEqual({
      command: 'rr serve',
      line: 2,
      text: 'if test -n "$SHLINK_RUNTIME"; then exec rr serve; fi'
    })
    expect(scriptFinalCommand(text.replace('-n', '-z'), true, env)?.command).toBe('php-fpm')
  })
  it('keeps the else branch when the image does not set the tested variable', () => {
    const text =
      '#!/bin/sh\nif [ "$SERVER" = gunicorn ]; then\n  exec gunicorn app:app\nelse\n  exec uvicorn app:app\nfi\n'
    expect(scriptFinalCommand(text, true, env)?.command).toBe('uvicorn app:app')
    expect(scriptFinalCommand(text, true, new Map([['SERVER', 'gunicorn']]))?.command).toBe(
      'gunicorn app:app'
    )
    // An undecided elif after a branch that does not run: the block as before (no default).
    const undecided = text.replace('else', 'elif [ -f /x ]; then')
    expect(scriptFinalCommand(undecided, true, new Map([['SERVER', 'waitress']]))).toBeNull()
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
  it('follows a script that execs another script of its folder to the server at the end of the chain', () => {
    const chain: Record<string, string> = {
      'web/entrypoint.sh': '#!/bin/bash\n./checks.sh && exec ./webserver.sh\n',
      'web/webserver.sh': '#!/bin/bash\nexec gunicorn site.wsgi:application --workers 2\n',
      'loop.sh': '#!/bin/sh\nexec ./loop.sh\n'
    }
    const readChain = (p: string): string | null => chain[p] ?? null
    expect(followStartScript('./entrypoint.sh', 'web', readChain)).toEqual({
      command: 'gunicorn site.wsgi:application --workers 2',
      evidence: { file: 'web/webserver.sh', line: 2, text: 'exec gunicorn site.wsgi:application --workers 2' }
    })
    // A script that execs itself stops after a few hops instead of looping.
    expect(followStartScript('./loop.sh', '.', readChain)?.command).toBe('./loop.sh')
  })
  it('passes the image environment to the script', () => {
    const files: Record<string, string> = {
      'docker/entry.sh': '#!/bin/sh\nif [ "$MODE" = "web" ]; then\n  exec gunicorn app:app\nfi\n'
    }
    const readEntry = (p: string): string | null => files[p] ?? null
    expect(followStartScript('sh /docker/entry.sh', '.', readEntry, new Map([['MODE', 'web']]))).toEqual({
      command: 'gunicorn app:app',
      evidence: { file: 'docker/entry.sh', line: 3, text: 'exec gunicorn app:app' }
    })
    expect(followStartScript('sh /docker/entry.sh', '.', readEntry, new Map([['MODE', 'worker']]))).toBeNull()
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
  // holdout19 iznik-nuxt3: Dockerfile `CMD export NODE_OPTIONS=… && rm -rf … && if [ "$NUXT_DEV_MODE" = "true" ];
  // then …npm run dev; else npm run build && export HOST=0 && npm run start; fi`.
  it('drops setup commands before the if, and the build before the start script in the branch', () => {
    expect(
      defaultBranch(
        'export NODE_OPTIONS=--max-old-space-size=8192 &&  rm -rf /tmp/nitro/worker-* &&  if [ "$NUXT_DEV_MODE" = "true" ]; then  export HOST=0 && npm run dev;  else  npm run build && export HOST=0 && npm run start;  fi'
      )
    ).toBe('npm run start')
    expect(
      defaultBranch('cd /srv; if [ "$DEBUG" = 1 ]; then yarn dev; else yarn build && yarn start; fi')
    ).toBe('yarn start')
  })
  it('keeps a branch whose chain does not end in the start script', () => {
    expect(
      defaultBranch(
        'export A=1 && if [ -n "$X" ]; then node a.js; else node migrate.js && node server.js; fi'
      )
    ).toBe('node migrate.js && node server.js')
  })
  it('negative: an if that is not the last command of the chain is no branch choice', () => {
    const cmd = 'if [ -n "$X" ]; then echo x; else echo y; fi && node server.js'
    expect(defaultBranch(cmd)).toBe(cmd)
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

describe('dispatchedCommand with if/elif tests of the first argument', () => {
  const script = [
    '#!/bin/sh',
    'set -e',
    'if [[ "$1" = \'run\' ]]; then',
    '    exec /app/bin/papercups start',
    '',
    'elif [[ "$1" = \'db\' ]]; then',
    '    exec /app/"$2".sh',
    'else',
    '    exec "$@"',
    'fi'
  ].join('\n')
  it('follows the branch whose test names the word', () => {
    expect(dispatchedCommand(script, 'run')).toEqual({
      command: '/app/bin/papercups start',
      line: 4,
      text: 'exec /app/bin/papercups start'
    })
  })
  it('reads a one-line branch and a function it calls', () => {
    const oneLine = [
      'serve() {',
      '  exec puma -C config/puma.rb',
      '}',
      'if [ "$1" == web ]; then serve; fi'
    ].join('\n')
    expect(dispatchedCommand(oneLine, 'web')?.command).toBe('puma -C config/puma.rb')
  })
  it('is null for a word no test names, and for a negated test', () => {
    expect(dispatchedCommand(script, 'worker')).toBeNull()
    expect(dispatchedCommand('if [ "$1" != "run" ]; then\n  exec app start\nfi\n', 'run')).toBeNull()
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

describe('expandScriptVariables', () => {
  it('expands a quoted word whole and keeps quotes only where they are still needed', () => {
    const text = '#!/bin/sh\nPORT=8000\nW=2\nexec x\n'
    expect(expandScriptVariables('gunicorn -b "0.0.0.0:${PORT}" -w "$W" app:app', text, 4)).toBe(
      'gunicorn -b 0.0.0.0:8000 -w 2 app:app'
    )
    expect(expandScriptVariables('run "$UNSET" "${NAME:-a b}" "plain"', text, 4)).toBe(
      'run "$UNSET" "a b" "plain"'
    )
  })
})

describe('handsOverOnlyWithArguments', () => {
  it('holds when every exec "$@" sits in a top-level branch taken only with arguments', () => {
    for (const text of [
      '#!/bin/sh\nif [ "$#" -gt 0 ]; then\n  exec "$@"\nfi\nexec gunicorn app:app\n',
      '#!/bin/sh\nif [ -n "$1" ]; then exec "$@"; fi\nexec node server.js\n',
      '#!/bin/sh\nif [ "$1" != "" ]; then\n  exec "$@"\nelif [ "$MODE" = web ]; then\n  exec supervisord\nfi\n',
      '#!/bin/sh\nif [ $# -ne 0 ]; then\n  exec gosu app "$@"\nfi\nexec puma\n',
      // The else branch of a no-argument test (holdout17): it runs only with arguments.
      '#!/bin/sh\nif [ -z "$1" ]; then\n  exec gunicorn app:app\nelse\n  exec "$@"\nfi\n'
    ])
      expect({ text, guarded: handsOverOnlyWithArguments(text) }).toEqual({ text, guarded: true })
  })
  it('fails for an unconditional hand-over, a value test, an else branch or a nested guard', () => {
    for (const text of [
      '#!/bin/sh\nmigrate\nexec "$@"\n',
      '#!/bin/sh\nif [ "$1" = "worker" ]; then\n  exec celery worker\nfi\nexec "$@"\n',
      '#!/bin/sh\nif [ "$1" = "web" ]; then\n  exec "$@"\nfi\nexec gunicorn app:app\n',
      '#!/bin/sh\nif [ -n "$DEBUG" ]; then\n  if [ $# -gt 0 ]; then\n    exec "$@"\n  fi\nfi\nexec x\n',
      '#!/bin/sh\nexec gunicorn app:app\n'
    ])
      expect({ text, guarded: handsOverOnlyWithArguments(text) }).toEqual({ text, guarded: false })
  })
  it('lets an entrypoint without CMD report the command the script runs without arguments', () => {
    const repo: Record<string, string> = {
      'entrypoint.sh':
        '#!/bin/sh\nif [ "$#" -gt 0 ]; then\n  exec "$@"\nfi\nBIND="0.0.0.0:${APP_PORT:-8060}"\nexec gunicorn --bind "$BIND" wiki:app\n'
    }
    const text = 'FROM python:3.12-slim\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n'
    const facts = readDockerfile('Dockerfile', text, p => repo[p] ?? null)
    expect(
      facts.startCommand.map(c => [c.value, c.confidence, c.evidence.map(e => `${e.file}:${e.line}`)])
    ).toEqual([['gunicorn --bind 0.0.0.0:8060 wiki:app', 0.95, ['Dockerfile:3', 'entrypoint.sh:6']]])
    expect(facts.port.map(p => [p.value, p.evidence.map(e => `${e.file}:${e.line}`)])).toEqual([
      [8060, ['Dockerfile:3', 'entrypoint.sh:6', 'entrypoint.sh:5']]
    ])
    // A lone CMD script runs without arguments too.
    const cmdScript = 'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nCMD ["./entrypoint.sh"]\n'
    expect(readDockerfile('Dockerfile', cmdScript, p => repo[p] ?? null).startCommand[0]?.value).toBe(
      'gunicorn --bind 0.0.0.0:8060 wiki:app'
    )
    // An unguarded hand-over still waits for a command from compose or the platform.
    const open = { 'entrypoint.sh': '#!/bin/sh\nmigrate\nexec "$@"\n' } as Record<string, string>
    expect(readDockerfile('Dockerfile', text, p => open[p] ?? null).startCommand).toEqual([])
  })
})

describe('execArgumentsKind: a shell that re-runs the requoted arguments', () => {
  it('is a hand-over behind privilege wrappers', () => {
    expect(execArgumentsKind(`exec gosu "$PUID" /bin/bash -c "exec $(printf ' %q' "$@")"`)).toBe('handover')
    expect(execArgumentsKind(`exec su-exec app sh -c 'exec $(printf "%q" "$@")'`)).toBe('handover')
  })
  it('is not one when the shell runs a command line of its own', () => {
    expect(execArgumentsKind('exec bash -c "exec gunicorn app:app"')).toBeNull()
    expect(execArgumentsKind(`exec gosu app bash -c "echo $(printf ' %q' "$@")"`)).toBeNull()
  })
})

describe('unwrapSwitchUser', () => {
  it('takes the command a user switch runs, without its environment assignments', () => {
    expect(unwrapSwitchUser('su app -c "APP_HOME=/data /app/server --config /c.yml"')).toBe(
      '/app/server --config /c.yml'
    )
    expect(unwrapSwitchUser("su -s /bin/sh app -c 'exec /app/server serve'")).toBe('/app/server serve')
    expect(unwrapSwitchUser('su - app -c "/app/bin/run"')).toBe('/app/bin/run')
    expect(unwrapSwitchUser('runuser -u app -c "A=1 B=\'x y\' /srv/app"')).toBe('/srv/app')
  })
  it('leaves command lists, a switch without -c and other programs alone', () => {
    expect(unwrapSwitchUser('su app -c "cd /x && ./run"')).toBe('su app -c "cd /x && ./run"')
    expect(unwrapSwitchUser('su app')).toBe('su app')
    expect(unwrapSwitchUser('/usr/bin/app --su -c x')).toBe('/usr/bin/app --su -c x')
  })
  it('answers at once on long lines of options', () => {
    const long = `su ${'-s /bin/sh '.repeat(3000)}app`
    const started = Date.now()
    expect(unwrapSwitchUser(long)).toBe(long)
    expect(unwrapSwitchUser(`${long} -c "x`)).toBe(`${long} -c "x`)
    // The old regex backtracked exponentially in the number of options (0.6 s at 20 options, doubling per option),
    // so no ratio of two sizes applies: the answer at 3000 options never came. Lines over 2000 characters are now
    // returned at once (under a millisecond, also under load 20); the limit is far above that, so a loaded machine
    // cannot fail it, and still far below the old behaviour.
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('scriptFinalCommand through shell functions', () => {
  it("follows a final call of the script's own function to what it runs", () => {
    const text =
      '#!/bin/bash\nset -e\nmigrate() {\n  ./bin/app eval "App.migrate"\n}\nstart_application() {\n  echo "starting"\n  PHX_SERVER=true ./bin/app start\n}\nmigrate\nstart_application\n'
    expect(scriptFinalCommand(text)).toEqual({
      command: './bin/app start',
      line: 8,
      text: 'PHX_SERVER=true ./bin/app start'
    })
  })
  it('follows `function name {` and nested calls', () => {
    const text =
      '#!/bin/bash\nfunction serve {\n  if [ -n "$DEBUG" ]; then\n    set -x\n  fi\n  exec /usr/bin/api --listen :8080\n}\nboot() {\n  serve\n}\nboot\n'
    expect(scriptFinalCommand(text)?.command).toBe('/usr/bin/api --listen :8080')
  })
  it('is null when the function ends in no server (a background job nothing waits on)', () => {
    const text = '#!/bin/sh\nstart() {\n  ./worker &\n}\nstart\n'
    expect(scriptFinalCommand(text)).toBeNull()
  })
  it('keeps a final command that only shares a name with no function', () => {
    const text = '#!/bin/sh\nsetup() {\n  mkdir -p /data\n}\nsetup\nexec server\n'
    expect(scriptFinalCommand(text)?.command).toBe('server')
  })
  it('lists functions with their bodies, braces of ${VAR} and nested blocks counted right', () => {
    const fns = shellFunctions('a() {\n  echo "${X}"\n  if true; then { echo; }; fi\n}\nb () {\n  run\n}\n')
    expect([...fns.keys()]).toEqual(['a', 'b'])
    expect(fns.get('b')).toEqual({ body: '  run', offset: 5 })
  })
})

describe('scriptFinalCommand with environment assignments', () => {
  it('reads the program after `VAR=value` words', () => {
    expect(
      scriptFinalCommand('#!/bin/sh\nRELEASE_COOKIE=x PHX_SERVER=true exec /app/bin/web start\n')?.command
    ).toBe('/app/bin/web start')
  })
  it('does not read words of a quoted value that spans lines as a program', () => {
    const text =
      '#!/bin/bash\n./server &\nPID=$!\nwait $PID\nMSG="it was killed.\nPlease check memory"\nexit 1\n'
    expect(scriptFinalCommand(text)?.command).toBe('./server')
  })
})

describe('scriptFinalCommand through privilege wrappers without "$@"', () => {
  it('drops su-exec with a variable user:group and keeps the program and its subcommand', () => {
    const text =
      '#!/bin/sh\nchown -R ${PUID}:${PGID} /opt/app/\nexec su-exec ${PUID}:${PGID} ./app server --no-prefix\n'
    expect(scriptFinalCommand(text)?.command).toBe('./app server --no-prefix')
  })
  it('drops gosu with a quoted user', () => {
    expect(scriptFinalCommand('#!/bin/bash\nexec gosu "$APP_USER" gunicorn app:app\n')?.command).toBe(
      'gunicorn app:app'
    )
  })
  it('drops an init wrapper with its `--`', () => {
    expect(scriptFinalCommand('#!/bin/sh\nexec tini -- /usr/bin/server serve\n')?.command).toBe(
      '/usr/bin/server serve'
    )
  })
  it('still hands over (no command of its own) when the wrapper runs the arguments', () => {
    expect(scriptFinalCommand('#!/bin/sh\nexec su-exec app "$@"\n')).toBeNull()
  })
  it('keeps a lone wrapper word that runs nothing it names', () => {
    expect(scriptFinalCommand('#!/bin/sh\nexec /sbin/tini\n')?.command).toBe('/sbin/tini')
  })
})

// Teardown after the main process: `kill $PYTHON_PID` once the foreground `pm2-runtime ecosystem.config.js`
// has exited (holdout27 paperless-ai's start-services.sh), `pkill -P $$` after `wait -n` (holdout27 docs'
// buildpack start script). Neither serves nor ends the wait.
describe('teardown commands after the main process', () => {
  const full = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    const app = report.apps.find(a => a.appDir === report.primary)!
    return { framework: app.framework.value, port: app.port.value, startCommand: app.startCommand.value }
  }

  it('scriptFinalCommand keeps the foreground command before kill/pkill/killall', () => {
    expect(
      scriptFinalCommand(
        '#!/bin/bash\npython rag.py --port 8000 &\nPY=$!\nsleep 2\npm2-runtime ecosystem.config.js\nkill $PY\n'
      )?.command
    ).toBe('pm2-runtime ecosystem.config.js')
    expect(
      scriptFinalCommand('#!/bin/bash\nuvicorn app.asgi:application &\nbin/run &\nwait -n\npkill -P $$\n')
        ?.command
    ).toBe('uvicorn app.asgi:application')
    expect(scriptFinalCommand('#!/bin/sh\nnode server.js\nkillall -q worker\n')?.command).toBe(
      'node server.js'
    )
  })

  it('an Express image whose CMD script runs a sidecar in the background and the server in the foreground', () => {
    expect(
      full({
        'package.json': JSON.stringify({
          name: 'tagger',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.21.0' }
        }),
        'package-lock.json': '{"lockfileVersion":3}',
        'server.js': "const app = require('express')()\napp.listen(process.env.APP_PORT || 3000)\n",
        'start-services.sh':
          '#!/bin/bash\nsource /app/venv/bin/activate\npython sidecar.py --host 127.0.0.1 --port 8000 &\nSIDE_PID=$!\nsleep 2\nnode server.js\n# If Node.js exits, kill the sidecar\nkill $SIDE_PID\n',
        Dockerfile:
          'FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nEXPOSE 3000\nCMD ["./start-services.sh"]\n'
      })
    ).toEqual({ framework: 'express', port: 3000, startCommand: 'node server.js' })
  })

  it('a Procfile script that waits for the first of its jobs, then kills the others', () => {
    expect(
      full({
        'requirements.txt': 'fastapi==0.115\nuvicorn==0.30\n',
        'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
        Procfile: 'web: bin/start.sh\n',
        'bin/start.sh':
          '#!/bin/bash\nuvicorn main:app --host=0.0.0.0 --port=$PORT &\nbin/nginx-run &\ntrap "pkill SIGTERM -P $$" SIGTERM\nwait -n\npkill -P $$\n'
      })
    ).toEqual({
      framework: 'fastapi',
      port: 8000,
      startCommand: 'uvicorn main:app --host=0.0.0.0 --port=$PORT'
    })
  })

  it('negative: a kill before the server, or a script that only kills, changes nothing / serves nothing', () => {
    expect(scriptFinalCommand('#!/bin/sh\nkill $(cat /tmp/old.pid)\nexec node server.js\n')?.command).toBe(
      'node server.js'
    )
    expect(scriptFinalCommand('#!/bin/sh\nkill -TERM $(cat /run/app.pid)\n')).toBeNull()
  })
})

// A foreground restart loop (`while :; do node index.js; sleep 1; done`) runs the app for as long as the
// container lives: the command it restarts is the script's main process, at the top level, in the branch
// the image's environment selects, or in the else branch of an undecided `if`.
describe('a restart loop in an entrypoint script', () => {
  it('gives an express image the node command its top-level `while :` loop restarts', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({ name: 'api', dependencies: { express: '^5' } }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'index.js':
          "const app = require('express')()\napp.get('/', (q, r) => r.send('ok'))\napp.listen(3000)\n",
        'docker/run.sh':
          '#!/bin/bash\nset -e\ncd /app\nwhile :\ndo\n\tnode --max_old_space_size=250 index.js\n\tsleep 1\ndone\n',
        Dockerfile:
          'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCOPY docker/run.sh /run.sh\nRUN npm ci\nEXPOSE 3000\nCMD ["/run.sh"]\n'
      })
    ).apps[0]!
    expect(app.startCommand.value).toBe('node --max_old_space_size=250 index.js')
    expect(app.framework.value).toBe('express')
    expect(app.port.value).toBe(3000)
    expect(app.runtimeVersion.value).toBe('22')
  })

  it('reads a loop in the else branch an unset DEVELOPMENT selects, and in an undecided else branch', () => {
    const branchScript = [
      '#!/bin/bash',
      'if [ "${DEVELOPMENT:-}" = "true" ]; then',
      '\texec nodemon server.js',
      'else',
      '\twhile true; do',
      '\t\tnode server.js',
      '\t\tsleep 2',
      '\tdone',
      'fi'
    ].join('\n')
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({ name: 'web', dependencies: { koa: '^2' } }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'server.js': "const Koa = require('koa')\nnew Koa().listen(process.env.PORT || 4000)\n",
        'start.sh': branchScript,
        Dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["sh", "start.sh"]\n'
      })
    ).apps[0]!
    expect(app.startCommand.value).toBe('node server.js')
    expect(app.framework.value).toBe('koa')
    expect(app.port.value).toBe(4000)
    expect(app.runtimeVersion.value).toBe('20')
    expect(
      scriptFinalCommand(branchScript.replace('"${DEVELOPMENT:-}" = "true"', '-f /dev.flag'))?.command
    ).toBe('node server.js')
  })

  it('does not take a keep-alive loop of sleeps for the app: the background server stays the main process', () => {
    const text = '#!/bin/sh\nnode server.js &\nwhile true; do\n  sleep 3600\ndone\n'
    expect(scriptFinalCommand(text)?.command).not.toBe('sleep 3600')
    expect(
      scriptFinalCommand('#!/bin/sh\nwhile true; do\n  wait $PID\n  node a.js\ndone\n')?.command
    ).not.toBe('node a.js')
  })
})

describe('unwrapShellLine', () => {
  it('runs the last step of a quoted shell line whose earlier steps only set the environment or folder', () => {
    expect(
      unwrapShellLine(
        'bash -c "export HOME=$NPMHOME;export CERTBOT_VERSION=$CERTBOT_VERSION;node --abort_on_uncaught_exception index.js"'
      )
    ).toBe('node --abort_on_uncaught_exception index.js')
    expect(unwrapShellLine("sh -c 'cd /srv/app && NODE_ENV=production exec node dist/main.js'")).toBe(
      'node dist/main.js'
    )
  })
  it('leaves a line whose earlier steps do work (a migration) as it is', () => {
    const line = 'sh -c "npx prisma migrate deploy && node server.js"'
    expect(unwrapShellLine(line)).toBe(line)
  })
})

// holdout10 pgadmin4: `exec $SU_EXEC "${PYTHON_BIN}" /venv/bin/gunicorn …` after `SU_EXEC=""` on the branch
// that runs: a variable set to nothing drops out with its space, instead of leaving ` /venv/bin/…`.
describe('expandScriptVariables: variables set to nothing', () => {
  it('drops the word and its space, at the start and in the middle', () => {
    const text = '#!/bin/sh\nSU_EXEC=""\nPY=/venv/bin/python3\nNICE=\nexec x\n'
    expect(expandScriptVariables('$SU_EXEC "${PY}" /venv/bin/gunicorn -c g.py app:app', text, 5)).toBe(
      '/venv/bin/python3 /venv/bin/gunicorn -c g.py app:app'
    )
    expect(expandScriptVariables('node $NICE server.js', text, 5)).toBe('node server.js')
  })

  it('negatives: an unset variable stays, a set one is replaced', () => {
    const text = '#!/bin/sh\nGOSU=gosu\nexec x\n'
    expect(expandScriptVariables('$GOSU app node server.js', text, 3)).toBe('gosu app node server.js')
    expect(expandScriptVariables('$RUNNER node server.js', text, 3)).toBe('$RUNNER node server.js')
  })

  const startOf = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    const app = report.apps.find(a => a.appDir === report.primary)!
    return { appDir: app.appDir, startCommand: app.startCommand.value }
  }
  const entrypoint = (run: string): string =>
    [
      '#!/bin/sh',
      'if [ -n "$PUID" ]; then',
      '    SU_EXEC="su-exec $PUID"',
      'else',
      '    SU_EXEC=""',
      'fi',
      `exec $SU_EXEC ${run}`,
      ''
    ].join('\n')

  it('a gunicorn app and a node app started through such an ENTRYPOINT script', () => {
    expect(
      startOf({
        'requirements.txt': 'flask==3.0.0\ngunicorn==23.0.0\n',
        'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        Dockerfile:
          'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nCOPY entrypoint.sh /entrypoint.sh\nEXPOSE 8000\nENTRYPOINT ["/entrypoint.sh"]\n',
        'entrypoint.sh': entrypoint('gunicorn --bind 0.0.0.0:8000 app:app')
      })
    ).toEqual({ appDir: '.', startCommand: 'gunicorn --bind 0.0.0.0:8000 app:app' })
    expect(
      startOf({
        'package.json': JSON.stringify({ name: 'api', dependencies: { express: '^4.19.0' } }),
        'server.js': "require('express')().listen(3000)\n",
        Dockerfile:
          'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCOPY entrypoint.sh /entrypoint.sh\nEXPOSE 3000\nENTRYPOINT ["/entrypoint.sh"]\n',
        'entrypoint.sh': entrypoint('node server.js')
      })
    ).toEqual({ appDir: '.', startCommand: 'node server.js' })
  })
})
