// An entrypoint script that builds its program's arguments in an array (holdout22, a package index:
// `CMD=("run" "-p" "${PYPISERVER_PORT:-$PORT}" "--server" "gunicorn")` then `exec pypi-server "${CMD[@]}"`):
// the start command is the program with the array's words, not the literal `"${CMD[@]}"`.
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { expandScriptVariables } from '../../../src/analyzer/signals/start-script.js'

const startOf = (dockerfile: string, files: Record<string, string>): string | undefined =>
  readDockerfile('Dockerfile', dockerfile, (p: string) => files[p] ?? null).startCommand[0]?.value

const indexScript = [
  '#!/usr/bin/env bash',
  'set -euo pipefail',
  'if [[ "$*" == "" ]]; then',
  '    CMD=("run" "-p" "${SERVER_PORT:-8080}" "--server" "gunicorn")',
  'else',
  '    CMD=( "${@}" )',
  'fi',
  'if [[ "$EUID" -ne 0 ]]; then',
  '    exec index-server "${CMD[@]}"',
  'else',
  '    exec gosu app index-server "${CMD[@]}"',
  'fi',
  ''
].join('\n')

describe('argument arrays in start scripts', () => {
  it('splices the default array into the program an ENTRYPOINT script execs (no CMD)', () => {
    const dockerfile = 'FROM python:3.12\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n'
    expect(startOf(dockerfile, { 'entrypoint.sh': indexScript })).toBe(
      'index-server run -p 8080 --server gunicorn'
    )
  })

  it('splices a single-quoted array into a plain command, and ${ARGS[*]} too', () => {
    const text = "#!/bin/sh\nARGS=('--bind' '0.0.0.0:9000' --workers 2)\nexec gunicorn app:app ${ARGS[*]}\n"
    expect(expandScriptVariables('gunicorn app:app ${ARGS[*]}', text, 3)).toBe(
      'gunicorn app:app --bind 0.0.0.0:9000 --workers 2'
    )
    const cmd = 'FROM python:3.12\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n'
    expect(startOf(cmd, { 'start.sh': text })).toBe('gunicorn app:app --bind 0.0.0.0:9000 --workers 2')
  })

  it('negative: an array only passed on from the arguments, or set two ways, stays as written', () => {
    const passOn = '#!/bin/sh\nCMD=( "$@" )\nexec server "${CMD[@]}"\n'
    expect(expandScriptVariables('server "${CMD[@]}"', passOn, 3)).toBe('server "${CMD[@]}"')
    const twoWays = [
      '#!/bin/bash',
      'if [ -n "$DEBUG" ]; then',
      '  OPTS=(--log-level debug)',
      'else',
      '  OPTS=(--log-level info)',
      'fi',
      'exec server "${OPTS[@]}"',
      ''
    ].join('\n')
    expect(expandScriptVariables('server "${OPTS[@]}"', twoWays, 7)).toBe('server "${OPTS[@]}"')
    // Set after the command line: not what it runs with.
    const late = '#!/bin/sh\nexec server "${A[@]}"\nA=(x)\n'
    expect(expandScriptVariables('server "${A[@]}"', late, 2)).toBe('server "${A[@]}"')
  })
})
