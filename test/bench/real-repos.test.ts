import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { essentialCommand, main, shellWords, startCommandMatches } from '../../bench/real-repos.js'

const scripts = (table: Record<string, string>) => (_runner: string, name: string) => table[name] ?? null

describe('start command normaliser', () => {
  it('splits shell words with quotes', () => {
    expect(shellWords(`sh -c "a && b 'c d'"`)).toEqual(['sh', '-c', "a && b 'c d'"])
  })

  it('resolves package-manager scripts to the command they run', () => {
    const lookup = scripts({ start: 'node app.js', 'start:prod': 'node dist/main' })
    expect(startCommandMatches('node app.js', 'yarn start', lookup)).toBe(true)
    expect(startCommandMatches('node dist/main.js', 'npm run start:prod', lookup)).toBe(true)
    expect(startCommandMatches('node server.js', 'npm start', lookup)).toBe(false)
  })

  it('keeps the module and server, drops options and their values', () => {
    expect(essentialCommand('uvicorn app.main:app --host 0.0.0.0 --port ${PORT:-8000}')).toBe(
      'uvicorn app.main:app'
    )
    expect(startCommandMatches('uvicorn app.main:app', 'uvicorn main:app --port 80')).toBe(false)
    expect(startCommandMatches('uvicorn app.main:app', 'gunicorn app.main:app')).toBe(false)
    expect(
      startCommandMatches('gunicorn mysite.wsgi', 'python -m gunicorn mysite.wsgi:application -b :5000')
    ).toBe(true)
  })

  it('takes the last command of a chain and unwraps sh -c and wrappers', () => {
    expect(essentialCommand(`sh -c "alembic upgrade head && uvicorn app.main:app --port 8000"`)).toBe(
      'uvicorn app.main:app'
    )
    expect(essentialCommand('flask db upgrade; gunicorn microblog:app')).toBe('gunicorn microblog:app')
    expect(essentialCommand('NODE_ENV=production dumb-init node dist/index.js')).toBe('node dist')
    expect(essentialCommand('bundle exec rails s -b 0.0.0.0')).toBe('rails server')
  })

  it('treats build-output names as details', () => {
    expect(startCommandMatches('java -jar app.jar', 'java -Xmx512m -jar target/x-1.0.jar')).toBe(true)
    expect(startCommandMatches('dotnet Web.dll', 'dotnet out/Web.dll --urls http://+:8080')).toBe(true)
    expect(startCommandMatches('node build', 'node build/index.js')).toBe(true)
    expect(startCommandMatches('bun src/server.ts', 'bun run src/server.ts')).toBe(true)
  })

  it('matches <binary> only for compiled executables', () => {
    expect(startCommandMatches('<binary>', './server')).toBe(true)
    expect(startCommandMatches('<binary>', '/usr/bin/dumb-init --')).toBe(false)
    expect(startCommandMatches('<binary>', 'go run .')).toBe(false)
    expect(startCommandMatches('<binary>', null)).toBe(false)
  })
})

describe('entry', () => {
  it('skips cleanly when the truth file is absent', () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => {})
    try {
      expect(main([join(tmpdir(), 'no-such-truth.json')])).toBe(0)
      expect(String(log.mock.calls[0]?.[0])).toMatch(/skipped: no truth file/)
    } finally {
      log.mockRestore()
    }
  })

  it('skips cleanly when no tree is present', () => {
    const dir = mkdtempSync(join(tmpdir(), 'real-repos-'))
    const truth = join(dir, 'truth.json')
    writeFileSync(truth, JSON.stringify({ repos: [{ id: 'a', ecosystem: 'node', tree: 'absent' }] }))
    const log = jest.spyOn(console, 'log').mockImplementation(() => {})
    try {
      expect(main([truth])).toBe(0)
      expect(String(log.mock.calls[0]?.[0])).toMatch(/skipped: none of the 1 trees/)
    } finally {
      log.mockRestore()
    }
  })
})
