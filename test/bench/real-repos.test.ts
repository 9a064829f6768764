import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  essentialCommand,
  main,
  runtimeVersionMatches,
  shellWords,
  startCommandMatches
} from '../../bench/real-repos.js'

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

  it("skips the runner's own flags before the script name", () => {
    const lookup = scripts({
      start: 'node dist/index.js',
      'start:with-migrations': 'pnpm migrate && pnpm start'
    })
    expect(startCommandMatches('node dist/index.js', 'pnpm --silent start:with-migrations', lookup)).toBe(
      true
    )
    expect(startCommandMatches('node dist/index.js', 'npm -s run start', lookup)).toBe(true)
    expect(startCommandMatches('node server.js', 'yarn --silent start', lookup)).toBe(false)
  })

  it('follows run-script-os to the Linux variant of a script', () => {
    const lookup = scripts({
      start: 'run-script-os',
      'start:windows': 'cd bin && run start',
      'start:default': 'cd bin && ./run start'
    })
    expect(essentialCommand('pnpm start', lookup)).toBe('run start')
    expect(startCommandMatches('flowise start', 'pnpm start', lookup)).toBe(false)
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
    // A java module option's value is the next word, not the main class.
    expect(
      startCommandMatches(
        'java -cp app.jar:lib/* org.example.Main',
        'java -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -cp app.jar:lib/* org.example.Main'
      )
    ).toBe(true)
    expect(
      startCommandMatches('java -cp app.jar org.example.Main', 'java -cp app.jar org.example.Other')
    ).toBe(false)
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
    expect(startCommandMatches('<binary>', '/start.sh')).toBe(false)
    // With arguments: any compiled executable given exactly those (a server subcommand).
    expect(startCommandMatches('<binary> serve', './server serve')).toBe(true)
    expect(startCommandMatches('<binary> serve', '/usr/local/bin/pocketbase serve --http=0.0.0.0:8090')).toBe(
      true
    )
    expect(startCommandMatches('<binary> serve', './server')).toBe(false)
    expect(startCommandMatches('<binary> serve', 'node serve')).toBe(false)
    expect(startCommandMatches('<binary>', '/usr/local/bin/vaultwarden')).toBe(true)
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

describe('runtime versions', () => {
  it('match at the precision the truth gives', () => {
    expect(runtimeVersionMatches('22', '22')).toBe(true)
    expect(runtimeVersionMatches('22', '>=22.4.1')).toBe(true)
    expect(runtimeVersionMatches('3.12', '3.12.10')).toBe(true)
    expect(runtimeVersionMatches('3.12', '3')).toBe(false)
    expect(runtimeVersionMatches('3.12', '3.11')).toBe(false)
    expect(runtimeVersionMatches('2', '22')).toBe(false)
    expect(runtimeVersionMatches('8', '1.8', 'java')).toBe(true)
    expect(runtimeVersionMatches('1.8', '1.8', 'go')).toBe(true)
  })

  it('treat null as "nothing pins it"', () => {
    expect(runtimeVersionMatches(null, null)).toBe(true)
    expect(runtimeVersionMatches(null, '20')).toBe(false)
    expect(runtimeVersionMatches('20', null)).toBe(false)
  })
})

describe('corpus manifests with a tree cache', () => {
  const commit = 'a'.repeat(40)
  /** A tree cache holding one small Express app as `acme+orders@<commit>`, and its manifest. */
  function corpus(truth: Record<string, unknown>): { manifest: string; trees: string; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'))
    const app = join(dir, 'trees', `acme+orders@${commit}`)
    mkdirSync(app, { recursive: true })
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'orders',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.19.2' }
      })
    )
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: {} }))
    writeFileSync(join(app, '.nvmrc'), '20.11.1\n')
    writeFileSync(
      join(app, 'server.js'),
      [
        "const express = require('express')",
        'const app = express()',
        "app.get('/health', (req, res) => res.json({ ok: true }))",
        'app.listen(process.env.PORT || 3000)'
      ].join('\n')
    )
    const manifest = join(dir, 'demo.json')
    writeFileSync(
      manifest,
      JSON.stringify({
        corpus: 'demo',
        apps: [{ id: 'orders', repo: 'acme/orders', commit, appDir: '.', ecosystem: 'node', ...truth }]
      })
    )
    return { manifest, trees: join(dir, 'trees'), dir }
  }

  function capture(run: () => number): { code: number; out: string } {
    const log = jest.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const code = run()
      return { code, out: log.mock.calls.map(c => String(c[0])).join('\n') }
    } finally {
      log.mockRestore()
    }
  }

  it('scores every field, runtime version included, and writes the results file', () => {
    const { manifest, trees, dir } = corpus({
      framework: 'express',
      port: 8080,
      startCommand: 'node server.js',
      packageManager: 'npm',
      runtimeVersion: '20',
      healthPath: '/health',
      notes: { port: 'server.js:4 listen(process.env.PORT || 3000)' }
    })
    const results = join(dir, 'results')
    const { code, out } = capture(() => main([manifest, '--trees', trees, '--results', results]))
    expect(code).toBe(0)
    expect(out).toMatch(/every field right: 0\/1/)
    expect(out).toMatch(/runtimeVersion\s+1\/1/)
    expect(out).toMatch(/orders {2}port: expected 8080, got 3000/)
    const [file] = readdirSync(results)
    expect(file).toMatch(/^demo-\d{4}-\d{2}-\d{2}-[0-9a-f]{12}(-dirty)?\.md$/)
    const text = readFileSync(join(results, file!), 'utf8')
    expect(text).toContain('| port | 0 | 1 | 0.0 % |')
    expect(text).toContain(
      '| orders | port | 8080 | 3000 | server.js:4 listen(process.env.PORT \\|\\| 3000) |'
    )
  })

  it('counts an app with every field right', () => {
    const { manifest, trees } = corpus({ framework: 'express', port: 3000, runtimeVersion: ['18', '20'] })
    const { out } = capture(() => main([manifest, '--trees', trees]))
    expect(out).toMatch(/every field right: 1\/1/)
  })

  it('takes the tree cache from REAL_REPOS_TREES, and skips without one', () => {
    const { manifest, trees } = corpus({ framework: 'express' })
    const saved = process.env.REAL_REPOS_TREES
    try {
      delete process.env.REAL_REPOS_TREES
      expect(capture(() => main([manifest])).out).toMatch(/skipped: no tree cache .*\(pass --trees/)
      process.env.REAL_REPOS_TREES = trees
      expect(capture(() => main([manifest])).out).toMatch(/framework\s+1\/1/)
    } finally {
      if (saved === undefined) delete process.env.REAL_REPOS_TREES
      else process.env.REAL_REPOS_TREES = saved
    }
  })

  it('rejects a malformed manifest with one line naming the entry', () => {
    const { manifest, trees } = corpus({ port: '3000' })
    const err = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect(main([manifest, '--trees', trees])).toBe(2)
      expect(String(err.mock.calls[0]?.[0])).toMatch(/apps\[0\] \(orders\): "port" must be an integer/)
    } finally {
      err.mockRestore()
    }
  })
})
