import { toTruth, treeName, uniqueTrees, validateManifest } from '../../../bench/corpora/manifest.js'

const commit = '0123456789abcdef0123456789abcdef01234567'
const app = {
  id: 'hc',
  repo: 'healthchecks/healthchecks',
  commit,
  appDir: '.',
  ecosystem: 'python',
  framework: 'django',
  port: [8000, 80],
  startCommand: null,
  runtimeVersion: '3.12',
  healthPath: '/api/v3/status/',
  notes: { port: 'docker/uwsgi.ini:4' }
}

describe('corpus manifests', () => {
  it('accept the documented shape and map apps to scorer truth with their tree folder', () => {
    const m = validateManifest({ corpus: 'hard', apps: [app] }, 'hard.json')
    const truth = toTruth(m.apps[0]!)
    expect(truth.tree).toBe(`healthchecks+healthchecks@${commit}`)
    expect(truth).not.toHaveProperty('repo')
    expect(truth.notes).toEqual({ port: 'docker/uwsgi.ini:4' })
    expect(treeName('a/b', commit)).toBe(`a+b@${commit}`)
  })

  it('list each repository at each commit once', () => {
    const m = validateManifest({ corpus: 'c', apps: [app, { ...app, id: 'hc2', appDir: 'x' }] }, 'c.json')
    expect(uniqueTrees(m)).toHaveLength(1)
  })

  it.each([
    [{ ...app, commit: 'HEAD' }, /"commit" must be 40 lowercase hex/],
    [{ ...app, repo: 'healthchecks' }, /"repo" must be "owner\/name"/],
    [{ ...app, prot: 80 }, /unknown key "prot"/],
    [{ ...app, port: 80.5 }, /"port" must be an integer/],
    [{ ...app, healthPath: 3 }, /"healthPath" must be a string, a list of strings or null/],
    [{ ...app, notes: { port: 4 } }, /notes."port" must be a string/]
  ])('reject %#: one line naming the entry and the problem', (bad, message) => {
    expect(() => validateManifest({ corpus: 'c', apps: [bad] }, 'c.json')).toThrow(message)
    expect(() => validateManifest({ corpus: 'c', apps: [bad] }, 'c.json')).toThrow(
      /^c\.json: apps\[0\] \(hc\): /
    )
  })

  it('reject duplicate ids and a file without apps', () => {
    expect(() => validateManifest({ corpus: 'c', apps: [app, app] }, 'c.json')).toThrow(/duplicate id/)
    expect(() => validateManifest({ repos: [] }, 'c.json')).toThrow(/expected \{ "corpus"/)
  })
})
