// The common part of every generated .dockerignore, asked by analysis readers (a production script's env
// file): its answer is the one every rendered .dockerignore gives.
import ignore from 'ignore'
import { generatorFor } from '../../../src/analyzer/render/dockerfile/index.js'
import { excludedFromEveryImage } from '../../../src/analyzer/render/dockerignore-common.js'
import { renderDockerignore } from '../../../src/analyzer/render/dockerignore.js'
import { CASES } from './cases.js'

describe('excludedFromEveryImage', () => {
  const PATHS = [
    '.env',
    './.env.production',
    'config/.env.local',
    '.env.example',
    'config/production.env',
    'my.prod.env',
    '.envrc',
    'certs/server.pem',
    'server.js'
  ]
  it('answers as every generated .dockerignore does (the common part)', () => {
    for (const name of Object.keys(CASES)) {
      const found = CASES[name]!
      const ig = ignore().add(renderDockerignore(found, generatorFor(found)))
      const bothExclude = PATHS.filter(p => excludedFromEveryImage(p))
      expect(bothExclude.filter(p => !ig.ignores(p.replace(/^\.\//, '')))).toEqual([])
    }
    expect(PATHS.filter(p => excludedFromEveryImage(p))).toEqual([
      '.env',
      './.env.production',
      'config/.env.local',
      'certs/server.pem'
    ])
  })
})
