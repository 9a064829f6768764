import { assemblyModules } from '../../../src/analyzer/signals/assembly-modules.js'
import { deployEvidence } from '../../../src/analyzer/deploy-evidence.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const pom = (artifactId: string, deps: string[], packaging = 'jar'): string =>
  [
    '<project>',
    '  <parent><groupId>org.shop</groupId><artifactId>shop</artifactId><version>1</version></parent>',
    `  <artifactId>${artifactId}</artifactId>`,
    `  <packaging>${packaging}</packaging>`,
    '  <dependencies>',
    ...deps.map(d => `    <dependency><groupId>org.shop</groupId><artifactId>${d}</artifactId></dependency>`),
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>',
    '  </dependencies>',
    '</project>'
  ].join('\n')

describe('a JVM module that bundles other app modules', () => {
  it('Maven: the all-in-one jar bundles the storefront and admin APIs; its war twin does not count', () => {
    const tree = treeFromFiles({
      'pom.xml':
        '<project><artifactId>shop</artifactId><modules><module>shop-core</module></modules></project>',
      'shop-core/pom.xml': pom('shop-core', []),
      'shop-admin-api/pom.xml': pom('shop-admin-api', ['shop-core']),
      'shop-wx-api/pom.xml': pom('shop-wx-api', ['shop-core']),
      'shop-all/pom.xml': pom('shop-all', ['shop-core', 'shop-wx-api', 'shop-admin-api']),
      'shop-all-war/pom.xml': pom('shop-all-war', ['shop-wx-api', 'shop-admin-api'], 'war')
    })
    const apps = ['shop-admin-api', 'shop-all', 'shop-all-war', 'shop-wx-api']
    expect(assemblyModules(tree, apps)).toEqual([
      { dir: 'shop-all', bundles: ['shop-admin-api', 'shop-wx-api'], file: 'shop-all/pom.xml' }
    ])
    expect(deployEvidence(tree, apps).get('shop-all')).toEqual({
      strength: 0.4,
      reason: 'shop-all/pom.xml bundles shop-admin-api and shop-wx-api'
    })
  })

  it('Gradle: an app project that implements two app projects', () => {
    const tree = treeFromFiles({
      'settings.gradle': "include 'server:api', 'server:admin', 'launcher'\n",
      'server/api/build.gradle': "plugins { id 'org.springframework.boot' }\n",
      'server/admin/build.gradle': "plugins { id 'org.springframework.boot' }\n",
      'launcher/build.gradle':
        "plugins { id 'org.springframework.boot' }\ndependencies {\n  implementation project(':server:api')\n  // implementation project(':old')\n  implementation project(':server:admin')\n}\n"
    })
    expect(assemblyModules(tree, ['launcher', 'server/admin', 'server/api'])).toEqual([
      { dir: 'launcher', bundles: ['server/admin', 'server/api'], file: 'launcher/build.gradle' }
    ])
  })

  it('a module that uses one app module and libraries bundles nothing', () => {
    const tree = treeFromFiles({
      'core/pom.xml': pom('core', []),
      'api/pom.xml': pom('api', ['core']),
      'gateway/pom.xml': pom('gateway', ['api', 'core'])
    })
    expect(assemblyModules(tree, ['api', 'gateway'])).toEqual([])
    expect(deployEvidence(tree, ['api', 'gateway']).size).toBe(0)
  })
})
