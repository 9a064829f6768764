// Layered JVM builds where every layer bundles the one below (holdout39 tolgee: backend/app bundles
// backend/api, which bundles backend/data and backend/security): the outermost assembly ships, the layers
// it bundles do not; among several outermost ones the widest leads; a tie says nothing.
import { analyze } from '../../../src/analyzer/analyze.js'
import { deployEvidence } from '../../../src/analyzer/deploy-evidence.js'
import { rankAssemblies } from '../../../src/analyzer/signals/outermost-assembly.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const boot = (projects: string[]): string =>
  `plugins { id 'org.springframework.boot' version '3.5.0'\n  id 'java' }\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n${projects.map(p => `  implementation project(':${p}')\n`).join('')}}\n`

const pom = (artifactId: string, deps: string[]): string =>
  `<project><parent><groupId>org.shop</groupId><artifactId>shop</artifactId><version>1</version></parent><artifactId>${artifactId}</artifactId><dependencies>${deps.map(d => `<dependency><groupId>org.shop</groupId><artifactId>${d}</artifactId></dependency>`).join('')}<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>`

describe('the outermost of layered assemblies', () => {
  it('Gradle: backend/app → backend/api → backend/data + backend/security, beside ee/backend/app', () => {
    const files = {
      'settings.gradle':
        "include 'backend:app', 'backend:api', 'backend:data', 'backend:security', 'backend:misc', 'ee:backend:app'\n",
      'backend/data/build.gradle': boot([]),
      'backend/misc/build.gradle': boot([]),
      'backend/security/build.gradle': boot(['backend:data', 'backend:misc']),
      'backend/api/build.gradle': boot(['backend:data', 'backend:security']),
      'backend/app/build.gradle': boot(['backend:api', 'backend:data', 'backend:security', 'backend:misc']),
      'ee/backend/app/build.gradle': boot(['backend:api', 'backend:data'])
    }
    for (const dir of [
      'backend/app',
      'backend/api',
      'backend/data',
      'backend/security',
      'backend/misc',
      'ee/backend/app'
    ])
      files[`${dir}/src/main/java/io/example/App.java` as keyof typeof files] = 'class App {}\n'
    const apps = [
      'backend/api',
      'backend/app',
      'backend/data',
      'backend/misc',
      'backend/security',
      'ee/backend/app'
    ]
    const evidence = deployEvidence(treeFromFiles(files), apps)
    expect(evidence.get('backend/app')?.strength).toBe(0.4)
    expect(evidence.get('ee/backend/app')?.strength).toBe(0.38)
    expect(evidence.get('backend/api')?.strength).toBe(0.35)
    expect(evidence.get('backend/security')?.strength).toBe(0.35)
    const report = analyze(treeFromFiles(files))
    expect(report.primary).toBe('backend/app')
    const app = report.apps.find(a => a.appDir === 'backend/app')!
    expect(app.framework.value).toBe('spring-boot')
    expect(app.packageManager.value).toBe('gradle')
  })

  it('Maven: shop-all bundles shop-web, which bundles shop-admin and shop-store', () => {
    const files = {
      'pom.xml':
        '<project><artifactId>shop</artifactId><modules><module>shop-core</module></modules></project>',
      'shop-core/pom.xml': pom('shop-core', []),
      'shop-admin/pom.xml': pom('shop-admin', ['shop-core']),
      'shop-store/pom.xml': pom('shop-store', ['shop-core']),
      'shop-web/pom.xml': pom('shop-web', ['shop-admin', 'shop-store']),
      'shop-all/pom.xml': pom('shop-all', ['shop-web', 'shop-admin'])
    }
    const apps = ['shop-admin', 'shop-all', 'shop-store', 'shop-web']
    const evidence = deployEvidence(treeFromFiles(files), apps)
    expect(evidence.get('shop-all')).toEqual({
      strength: 0.4,
      reason: 'shop-all/pom.xml bundles shop-admin and shop-web'
    })
    expect(evidence.get('shop-web')?.strength).toBe(0.35)
  })

  it('negative: two outermost assemblies bundling as many modules keep the plain strength', () => {
    const ranked = rankAssemblies([
      { dir: 'launcher-a', bundles: ['api', 'admin'], file: 'launcher-a/build.gradle' },
      { dir: 'launcher-b', bundles: ['api', 'worker'], file: 'launcher-b/build.gradle' }
    ])
    expect(ranked.map(r => [r.assembly.dir, r.strength])).toEqual([
      ['launcher-a', 0.4],
      ['launcher-b', 0.4]
    ])
    expect(rankAssemblies([{ dir: 'all', bundles: ['a', 'b'], file: 'all/pom.xml' }])[0]!.strength).toBe(0.4)
  })
})
