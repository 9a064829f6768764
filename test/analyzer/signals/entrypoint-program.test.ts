import { describe, expect, it } from '@jest/globals'
import {
  execsImageEntrypoint,
  followProgramExec,
  handsOverToImageEntrypoint,
  isCompiledProgram,
  onlyHelpArguments,
  scriptProgramExec
} from '../../../src/analyzer/signals/entrypoint-program.js'
import {
  copiedOntoPath,
  copiedFrom,
  contextCopy,
  nextWorkdir,
  programOnPath
} from '../../../src/analyzer/signals/docker-copies.js'
import { imageNamesProgram } from '../../../src/analyzer/signals/deploy-args.js'
import { dockerfileRuntimeVersion } from '../../../src/analyzer/signals/docker-runtime.js'
import { execArgumentsKind, scriptFinalCommand } from '../../../src/analyzer/signals/start-script.js'

describe('scriptProgramExec', () => {
  it('takes the first top-level exec of a program with "$@"; what follows never runs', () => {
    const text = '#!/bin/sh\nset -e\necho start\nexec gosu "$UID:$GID" /app/lldap "$@"\n\nexec "$@"\n'
    expect(scriptProgramExec(text)).toEqual({
      program: '/app/lldap',
      line: 4,
      text: 'exec gosu "$UID:$GID" /app/lldap "$@"'
    })
  })
  it('is null when the script hands over first, or execs only inside a block', () => {
    expect(scriptProgramExec('#!/bin/sh\nexec "$@"\nexec /app/x "$@"\n')).toBeNull()
    expect(scriptProgramExec('#!/bin/sh\nif [ -n "$X" ]; then\n  exec /app/x "$@"\nfi\n')).toBeNull()
    expect(scriptProgramExec('#!/bin/sh\nexec /app/x serve\n')).toBeNull()
  })
})

describe('execsImageEntrypoint', () => {
  const files: Record<string, string> = {
    'docker/inner-entrypoint.sh': '#!/bin/sh\nexec /app/server "$@"\n'
  }
  const read = (p: string): string | null => files[p] ?? null
  it("is true for the base image's entrypoint script, named so and absent from the repository", () => {
    expect(execsImageEntrypoint('/__cacert_entrypoint.sh', '.', read)).toBe(true)
    expect(execsImageEntrypoint('docker-entrypoint.sh', '.', read)).toBe(true)
  })
  it('is false for a script of the repository, another program, or a program given arguments of its own', () => {
    expect(execsImageEntrypoint('/docker/inner-entrypoint.sh', '.', read)).toBe(false)
    expect(execsImageEntrypoint('/app/server', '.', read)).toBe(false)
    expect(execsImageEntrypoint('docker-entrypoint.sh serve', '.', read)).toBe(false)
  })
  it('makes a script that execs it with "$@" a hand-over, and followProgramExec finds no program', () => {
    const text = '#!/bin/sh\nset -e\nexec /__cacert_entrypoint.sh "$@"\n'
    expect(handsOverToImageEntrypoint(text, '.', read)).toBe(true)
    expect(followProgramExec('entry.sh', '.', p => (p === 'entry.sh' ? text : null))).toBeNull()
    expect(handsOverToImageEntrypoint('#!/bin/sh\nexec /app/server "$@"\n', '.', read)).toBe(false)
  })
})

describe('followProgramExec', () => {
  const files: Record<string, string> = {
    'docker/entry.sh': '#!/bin/sh\nBIN=/srv/app\nexec su-exec app "$BIN" "$@"\n',
    'notes.txt': 'exec /app/x "$@"\n'
  }
  const read = (p: string): string | null => files[p] ?? null
  it('reads the script and expands the variables it set', () => {
    expect(followProgramExec('tini -- docker/entry.sh', '.', read)).toEqual({
      program: '/srv/app',
      evidence: { file: 'docker/entry.sh', line: 3, text: 'exec su-exec app "$BIN" "$@"' }
    })
  })
  it('is null for commands that are not a lone shell script', () => {
    expect(followProgramExec('docker/entry.sh run', '.', read)).toBeNull()
    expect(followProgramExec('notes.txt', '.', read)).toBeNull()
    expect(followProgramExec('missing.sh', '.', read)).toBeNull()
  })
})

describe('onlyHelpArguments / isCompiledProgram', () => {
  it('recognises help and version arguments only', () => {
    expect(onlyHelpArguments('--help')).toBe(true)
    expect(onlyHelpArguments('version')).toBe(true)
    expect(onlyHelpArguments('serve --help')).toBe(false)
    expect(onlyHelpArguments('')).toBe(false)
  })
  it('tells compiled programs from shells, interpreters and scripts', () => {
    expect(isCompiledProgram('/usr/local/bin/atuin-server')).toBe(true)
    expect(isCompiledProgram('ntfy')).toBe(true)
    expect(isCompiledProgram('/entrypoint.sh')).toBe(false)
    expect(isCompiledProgram('python3')).toBe(false)
    expect(isCompiledProgram('node')).toBe(false)
  })
})

describe('docker-copies', () => {
  it('resolves a relative COPY destination against WORKDIR and expands variables', () => {
    const vars: Record<string, string> = { HOME: '/opt/app' }
    expect(contextCopy('run.sh .', '/app', s => s)).toEqual({ sources: ['run.sh'], dest: '/app/' })
    expect(
      contextCopy('--chown=1:1 ./docker/entry.sh $HOME/run.sh', '/', s => s.replace('$HOME', vars.HOME!))
    ).toEqual({
      sources: ['./docker/entry.sh'],
      dest: '/opt/app/run.sh'
    })
    expect(contextCopy('--from=build /out/x /x', '/', s => s)).toBeNull()
    expect(contextCopy('["a.sh", "b.sh", "/bin/"]', '/', s => s)).toEqual({
      sources: ['a.sh', 'b.sh'],
      dest: '/bin/'
    })
    expect(nextWorkdir('/srv', 'app')).toBe('/srv/app')
    expect(nextWorkdir('/srv', '/data')).toBe('/data')
  })
  it('maps an image path back to the repository file, latest COPY first', () => {
    const copies = [
      { sources: ['docker/alpine/'], dest: '/' },
      { sources: ['docker/entry.sh'], dest: '/app/run.sh' },
      { sources: ['scripts/start.sh'], dest: '/' }
    ]
    // A source may be a file or a folder; the candidates are only used when they exist in the repository.
    expect(copiedFrom('/app/run.sh', copies)).toEqual(
      expect.arrayContaining(['docker/entry.sh', 'docker/alpine/app/run.sh'])
    )
    expect(copiedFrom('/start.sh', copies)).toEqual(['scripts/start.sh', 'docker/alpine/start.sh'])
    expect(copiedFrom('init.sh', copies)).toEqual([])
  })
  it('finds a bare entrypoint name among the files copied onto PATH', () => {
    const copies = [{ sources: ['docker'], dest: '/' }]
    expect(copiedOntoPath('docker-entrypoint.sh', copies)).toContain(
      'docker/usr/local/bin/docker-entrypoint.sh'
    )
    expect(copiedOntoPath('/abs/x', copies)).toEqual([])
    expect(programOnPath('/usr/local/bin/atuin-server')).toBe('atuin-server')
    expect(programOnPath('/app/lldap')).toBe('/app/lldap')
  })
})

describe('imageNamesProgram', () => {
  it('matches the image named for the program or its family, not others', () => {
    expect(imageNamesProgram('binwiederhier/ntfy:v2', 'ntfy')).toBe(true)
    expect(imageNamesProgram('ghcr.io/atuinsh/atuin:latest', '/usr/local/bin/atuin-server')).toBe(true)
    expect(imageNamesProgram('postgres:16', 'ntfy')).toBe(false)
    expect(imageNamesProgram(undefined, 'ntfy')).toBe(false)
  })
})

describe('dockerfileRuntimeVersion', () => {
  it('reads the last stage on the language image, with ARG expansion', () => {
    const text =
      'ARG NODE_VERSION=22.23\nFROM node:${NODE_VERSION}-slim AS build\nFROM gcr.io/distroless/nodejs22\n'
    expect(dockerfileRuntimeVersion('Dockerfile', text, 'javascript')).toMatchObject({
      value: '22.23',
      evidence: [{ file: 'Dockerfile', line: 2 }]
    })
    expect(
      dockerfileRuntimeVersion(
        'Dockerfile',
        'FROM lukemathwalker/cargo-chef:latest-rust-1.80.1 AS chef\nFROM debian\n',
        'rust'
      )?.value
    ).toBe('1.80.1')
    expect(dockerfileRuntimeVersion('Dockerfile', 'FROM eclipse-temurin:21-jre\n', 'java')?.value).toBe('21')
  })
  it('is null for other images and languages without a table', () => {
    expect(dockerfileRuntimeVersion('Dockerfile', 'FROM python:3.12\n', 'javascript')).toBeNull()
    expect(dockerfileRuntimeVersion('Dockerfile', 'FROM node:latest\n', 'javascript')).toBeNull()
  })
})

describe('start-script exec and else rules', () => {
  it('classifies exec lines with the script arguments', () => {
    expect(execArgumentsKind('exec "$@"')).toBe('handover')
    expect(execArgumentsKind('exec gosu app "$@"')).toBe('handover')
    expect(execArgumentsKind('exec gosu "$PUID" "$0" "$@"')).toBe('self')
    expect(execArgumentsKind('exec /vaultwarden "$@"')).toBe('program')
    expect(execArgumentsKind('exec gunicorn app.wsgi')).toBeNull()
  })
  it('ends a script that execs its own program with that program', () => {
    expect(scriptFinalCommand('#!/bin/sh\necho hi\nexec /vaultwarden "$@"\n')?.command).toBe('/vaultwarden')
  })
  it('takes the else branch of a final top-level if', () => {
    const text =
      '#!/bin/sh\nif [ "$DEBUG" = true ]; then\n  exec python -m debugpy app.py\nelse\n  export X=1\n  exec gunicorn app:app\nfi\n'
    expect(scriptFinalCommand(text)?.command).toBe('gunicorn app:app')
  })
})
