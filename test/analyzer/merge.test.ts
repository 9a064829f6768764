// resolveField ranks candidates into a Field; conflictWarning flags two strong values that disagree, except a
// rival that is only the app's value while an environment variable is unset when the winner sets it.
import type { Candidate } from '../../src/analyzer/candidate.js'
import { conflictWarning, resolveField } from '../../src/analyzer/merge.js'
import { addCandidate } from '../../src/analyzer/signals/ports.js'

const fallback: Candidate<number> = { value: 8080, confidence: 0.2, source: 'deplight default', evidence: [] }

function port(value: number, confidence: number, source: string, extra: Partial<Candidate<number>> = {}) {
  return { value, confidence, source, evidence: [{ file: source, line: 1, text: source }], ...extra }
}

function warn(...lists: Candidate<number>[][]) {
  return conflictWarning(resolveField('app.port', {}, lists, fallback), 'PORT_MISMATCH', 'port')
}

const codeFallback = port(3000, 0.85, 'server.js PORT fallback', { replacedBy: ['PORT'] })

describe('conflictWarning', () => {
  test('a PORT fallback is no rival when the winner sets PORT (Dockerfile ENV PORT)', () => {
    expect(warn([port(8080, 0.9, 'Dockerfile ENV PORT', { setsEnv: ['PORT'] })], [codeFallback])).toBeNull()
  })

  test('a candidate agreeing with the winner may be the one that sets the variable (EXPOSE + ENV PORT)', () => {
    const lists = [
      [port(4100, 0.95, 'Dockerfile EXPOSE'), port(4100, 0.9, 'Dockerfile ENV PORT', { setsEnv: ['PORT'] })],
      [codeFallback]
    ]
    expect(warn(...lists)).toBeNull()
  })

  test('an image default port is no rival when the winner sets the variable that replaces it', () => {
    const env = port(5005, 0.9, 'Dockerfile ENV ASPNETCORE_*', { setsEnv: ['ASPNETCORE_URLS'] })
    const image = port(80, 0.85, 'aspnet:6 image default port', { replacedBy: ['ASPNETCORE_URLS'] })
    expect(warn([env], [image])).toBeNull()
  })

  test('still warns when nothing sets the variable: EXPOSE 8080 vs PORT || 3000', () => {
    expect(warn([port(8080, 0.95, 'Dockerfile EXPOSE')], [codeFallback])).toMatchObject({
      code: 'PORT_MISMATCH',
      message: expect.stringContaining(
        'port 8080 (Dockerfile EXPOSE) disagrees with 3000 (server.js PORT fallback)'
      )
    })
  })

  test('still warns when the winner sets another variable than the one replacing the rival', () => {
    const appPort = port(8300, 0.9, '.env APP_PORT', { setsEnv: ['APP_PORT'] })
    expect(warn([appPort], [codeFallback])?.message).toContain('disagrees with 3000')
  })

  test('still warns when a value the variable does not replace is also strong (listen(3000) elsewhere)', () => {
    const listen = port(3000, 0.9, 'worker.js listen()')
    expect(
      warn([port(8080, 0.9, 'Dockerfile ENV PORT', { setsEnv: ['PORT'] })], [codeFallback, listen])
    ).not.toBeNull()
  })

  test('a dismissed fallback does not hide another strong rival', () => {
    const lists = [
      [port(8080, 0.95, 'Dockerfile ENV PORT', { setsEnv: ['PORT'] })],
      [codeFallback, port(9000, 0.85, 'config.yml port')]
    ]
    expect(warn(...lists)?.message).toContain('disagrees with 9000 (config.yml port)')
  })

  test('the internal facts stay out of the Field (the report schema is strict)', () => {
    const field = resolveField(
      'app.port',
      {},
      [[port(8080, 0.9, 'Dockerfile ENV PORT', { setsEnv: ['PORT'] })], [codeFallback]],
      fallback
    )
    expect(JSON.stringify(field)).not.toMatch(/setsEnv|replacedBy/)
    expect(field.alternatives).toEqual([{ value: 3000, confidence: 0.85, source: 'server.js PORT fallback' }])
  })

  test('a Field not made by resolveField warns on any strong alternative', () => {
    const field = {
      value: 8080,
      confidence: 0.9,
      source: 'Dockerfile ENV PORT',
      evidence: [],
      overrideKey: 'app.port',
      alternatives: [{ value: 3000, confidence: 0.85, source: 'PORT fallback' }]
    }
    expect(conflictWarning(field, 'PORT_MISMATCH', 'port')).not.toBeNull()
  })
})

describe('addCandidate merges what replaces a value', () => {
  test('a strong sighting no variable replaces keeps the value', () => {
    const list: Candidate<number>[] = []
    addCandidate(list, codeFallback)
    addCandidate(list, port(3000, 0.9, 'listen()'))
    expect(list[0]!.replacedBy).toBeUndefined()
  })

  test('a weak sighting of the same value (a framework default) does not', () => {
    const list: Candidate<number>[] = []
    addCandidate(list, codeFallback)
    addCandidate(list, port(3000, 0.6, 'express default'))
    expect(list[0]!.replacedBy).toEqual(['PORT'])
  })

  test('the variables any sighting sets are kept', () => {
    const list: Candidate<number>[] = []
    addCandidate(list, port(8080, 0.95, 'Dockerfile EXPOSE'))
    addCandidate(list, port(8080, 0.9, 'Dockerfile ENV PORT', { setsEnv: ['PORT'] }))
    expect(list[0]).toMatchObject({ source: 'Dockerfile EXPOSE', setsEnv: ['PORT'] })
  })
})
