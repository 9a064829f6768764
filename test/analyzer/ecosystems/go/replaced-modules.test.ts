import { goComposedHealth } from '../../../../src/analyzer/ecosystems/go/routes.js'
import {
  localReplaces,
  replacedModuleFiles
} from '../../../../src/analyzer/ecosystems/go/replaced-modules.js'
import { contextFor } from '../helpers.js'

describe('localReplaces', () => {
  it('reads local replace targets in block and single-line forms, never versioned ones', () => {
    const mod = [
      'module example.com/app',
      'replace (',
      '\texample.com/kit => ./kit // vendored fork',
      '\tgithub.com/a/b v1.0.0 => github.com/c/b v1.0.1',
      '\texample.com/shared v0.1.0 => ../shared',
      ')',
      'replace example.com/one => ./one',
      ''
    ].join('\n')
    expect([...localReplaces(mod)]).toEqual([
      ['example.com/kit', './kit'],
      ['example.com/shared', '../shared'],
      ['example.com/one', './one']
    ])
    expect([...localReplaces('module x\nreplace (\n')]).toEqual([])
  })
})

describe('replacedModuleFiles', () => {
  const files = {
    'go.mod': 'module example.com/app\nreplace example.com/kit => ./kit\n',
    'main.go': 'package main\n\nimport (\n\t"net/http"\n\tk "example.com/kit/healthx"\n)\n',
    'kit/go.mod': 'module example.com/kit\n',
    'kit/healthx/h.go': 'package healthx\n',
    'kit/healthx/h_test.go': 'package healthx\n',
    'kit/healthx/deep/d.go': 'package deep\n',
    'kit/other/o.go': 'package other\n'
  }

  it('lists the imported packages of a local replace module only', () => {
    expect(replacedModuleFiles(contextFor(files), ['main.go'])).toEqual(['kit/healthx/h.go'])
  })

  it('lists nothing without a local replace', () => {
    expect(
      replacedModuleFiles(contextFor({ ...files, 'go.mod': 'module example.com/app\n' }), ['main.go'])
    ).toEqual([])
  })
})

describe('route paths given by constants', () => {
  const health = (files: Record<string, string>) =>
    goComposedHealth(
      contextFor(files),
      Object.keys(files).filter(f => f.endsWith('.go'))
    ).map(c => c.value)

  it('resolves a constant declared in a file without functions', () => {
    expect(
      health({
        'paths.go': 'package main\n\nconst LivePath = "/livez"\n',
        'main.go': 'package main\n\nfunc routes(mux *http.ServeMux) {\n\tmux.HandleFunc(LivePath, live)\n}\n'
      })
    ).toEqual(['/livez'])
  })

  it('leaves a route whose constant is unknown or ambiguous', () => {
    expect(
      health({
        'a.go': 'package main\n\nconst LivePath = "/livez"\n',
        'b.go': 'package other\n\nconst LivePath = "/healthz"\n',
        'main.go':
          'package main\n\nfunc routes(r *gin.Engine) {\n\tr.GET(LivePath, live)\n\tr.GET(ReadyPath, ready)\n}\n'
      })
    ).toEqual([])
  })
})
