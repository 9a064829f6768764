// Sibling modules a Maven module depends on through one another (holdout33: config service → biz → common,
// where common declares the actuator starter and, in its classpath application.yaml, base-path /): their
// health dependencies reach the module, and so do their classpath config files the module does not shadow.
import { analyze } from '../../../../src/analyzer/analyze.js'
import type { JvmBuild } from '../../../../src/analyzer/ecosystems/java/build.js'
import { dependedSiblingModules } from '../../../../src/analyzer/ecosystems/java/sibling-modules.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const G = 'org.example'
const dep = (group: string, artifact: string): string =>
  `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId></dependency>`
const parentRef = `<parent><groupId>${G}</groupId><artifactId>parent</artifactId><version>1</version></parent>`
const modulePom = (artifact: string, deps: string[], boot = false): string =>
  `<project><modelVersion>4.0.0</modelVersion>${parentRef}<artifactId>${artifact}</artifactId><dependencies>${deps.join('')}</dependencies>${
    boot
      ? '<build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>'
      : ''
  }</project>`

/** An aggregator: `service` → `biz` → `common` (actuator, classpath application.yaml). */
const build = (over: Record<string, string> = {}): Record<string, string> => ({
  'pom.xml': `<project><modelVersion>4.0.0</modelVersion><groupId>${G}</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging><properties><java.version>17</java.version></properties><modules><module>common</module><module>biz</module><module>service</module><module>admin</module></modules></project>`,
  'common/pom.xml': modulePom('common', [
    dep('org.springframework.boot', 'spring-boot-starter-web'),
    dep('org.springframework.boot', 'spring-boot-starter-actuator')
  ]),
  'common/src/main/java/org/example/common/Util.java': 'package org.example.common;\nclass Util {}\n',
  'common/src/main/resources/application.yaml':
    'management:\n  endpoints:\n    web:\n      exposure:\n        include: info,health\n      base-path: /\n',
  'biz/pom.xml': modulePom('biz', [dep(G, 'common')]),
  'biz/src/main/java/org/example/biz/Repo.java': 'package org.example.biz;\nclass Repo {}\n',
  'service/pom.xml': modulePom('service', [dep(G, 'biz')], true),
  'service/src/main/java/org/example/service/App.java':
    'package org.example.service;\n@SpringBootApplication\npublic class App { public static void main(String[] a) {} }\n',
  'service/src/main/resources/application.yml': 'server:\n  port: 8080\n',
  'admin/pom.xml': modulePom('admin', [dep(G, 'common')], true),
  'admin/src/main/java/org/example/admin/Admin.java':
    'package org.example.admin;\n@SpringBootApplication\npublic class Admin { public static void main(String[] a) {} }\n',
  'admin/src/main/resources/application.properties': 'server.port=8090\n',
  ...over
})

const field = (files: Record<string, string>, dir: string) => {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)
  return {
    framework: app?.framework.value,
    port: app?.port.value,
    packageManager: app?.packageManager.value,
    runtimeVersion: app?.runtimeVersion.value,
    healthPath: app?.healthPath.value,
    healthFrom: app?.healthPath.evidence.map(e => e.file)
  }
}

describe('sibling modules reached through one another', () => {
  it('walks the dependency chain breadth first, nearest first', () => {
    const b = (name: string, deps: string[]): JvmBuild =>
      ({
        name,
        group: G,
        file: `${name}/pom.xml`,
        deps: new Map(deps.map(d => [`${G}:${d}`, { dev: false }]))
      }) as unknown as JvmBuild
    const service = b('service', ['biz'])
    const siblings = [
      { dir: 'common', build: b('common', []) },
      { dir: 'biz', build: b('biz', ['common']) },
      { dir: 'other', build: b('other', []) }
    ]
    expect(dependedSiblingModules(service, siblings).map(s => s.dir)).toEqual(['biz', 'common'])
  })

  it('a service two hops from the actuator module: /health from the shared application.yaml', () => {
    expect(field(build(), 'service')).toEqual({
      framework: 'spring-boot',
      port: 8080,
      packageManager: 'maven',
      runtimeVersion: '17',
      healthPath: '/health',
      healthFrom: ['common/pom.xml', 'common/src/main/resources/application.yaml']
    })
  })

  it('an admin module one hop away gets the same, beside its own application.properties', () => {
    expect(field(build(), 'admin')).toMatchObject({
      framework: 'spring-boot',
      port: 8090,
      healthPath: '/health'
    })
  })

  it('negative: a module file of the same name shadows the shared one (Spring loads the first on the classpath)', () => {
    const shadowed = build({
      'service/src/main/resources/application.yaml': 'spring:\n  application:\n    name: service\n'
    })
    expect(field(shadowed, 'service')).toMatchObject({ healthPath: '/actuator/health' })
  })

  it('negative: a module that depends on no sibling gets neither the actuator nor the config', () => {
    const alone = build({
      'service/pom.xml': modulePom(
        'service',
        [dep('org.springframework.boot', 'spring-boot-starter-web')],
        true
      )
    })
    expect(field(alone, 'service').healthPath).not.toBe('/health')
  })
})
