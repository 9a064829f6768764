// A user-facing compose file running the project's published images, one per app folder (holdout42 shenyu:
// `apache/shenyu-bootstrap` depends on `apache/shenyu-admin`): the consumer service's folder ships in front
// (published-image-consumer.ts).
import { publishedImageConsumer } from '../../../src/analyzer/signals/published-image-consumer.js'
import { deployEvidence } from '../../../src/analyzer/deploy-evidence.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const bootModule = (name: string, port: number): Record<string, string> => ({
  [`${name}/pom.xml`]: `<project><artifactId>${name}</artifactId><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies><build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>\n`,
  [`${name}/src/main/java/org/gw/App.java`]:
    'package org.gw;\npublic class App { public static void main(String[] a) {} }\n',
  [`${name}/src/main/resources/application.yml`]: `server:\n  port: ${port}\n`
})

/** A gateway and its admin service, imaged by a compose file kept in a distribution module. */
const gateway = (gatewayDeps: string): Record<string, string> => ({
  'pom.xml':
    '<project><artifactId>gw</artifactId><packaging>pom</packaging><modules><module>gw-admin</module><module>gw-bootstrap</module></modules></project>\n',
  ...bootModule('gw-admin', 9095),
  ...bootModule('gw-bootstrap', 9195),
  'gw-dist/compose-dist/src/main/resources/docker-compose.yaml': [
    'services:',
    '  gw-bootstrap:',
    '    image: acme/gw-bootstrap:latest',
    '    ports: ["9195:9195"]',
    gatewayDeps,
    '  gw-admin:',
    '    image: acme/gw-admin:latest',
    '    ports: ["9095:9095"]',
    ''
  ].join('\n')
})

/** A Go web app and its API, each its own module, run from published images by a root compose file. */
const webAndApi = (): Record<string, string> => ({
  'api/go.mod': 'module example.com/api\n\ngo 1.22\n',
  'api/main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8081", nil) }\n',
  'web/go.mod': 'module example.com/web\n\ngo 1.22\n',
  'web/main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
  'deploy/docker-compose.yml':
    'services:\n  api:\n    image: ghcr.io/acme/api:1.2\n  web:\n    image: ghcr.io/acme/web:1.2\n    depends_on:\n      api:\n        condition: service_started\n  db:\n    image: postgres:16\n'
})

describe('the consumer of a compose file running the project published images', () => {
  it('gateway depending on its admin service: gw-bootstrap leads, with the image line', () => {
    const tree = treeFromFiles(gateway('    depends_on:\n      - gw-admin'))
    expect(publishedImageConsumer(tree, ['gw-admin', 'gw-bootstrap'])).toEqual({
      dir: 'gw-bootstrap',
      file: 'gw-dist/compose-dist/src/main/resources/docker-compose.yaml',
      line: 3,
      service: 'gw-bootstrap',
      image: 'acme/gw-bootstrap:latest',
      dependsOn: 'gw-admin'
    })
    expect(deployEvidence(tree, ['gw-admin', 'gw-bootstrap']).get('gw-bootstrap')?.strength).toBe(0.6)
    const report = analyze(tree)
    expect(report.primary).toBe('gw-bootstrap')
    expect(report.apps.find(a => a.appDir === 'gw-bootstrap')!.port.value).toBe(9195)
  })

  it('web depending on its API (map form, registry host in the image): web leads', () => {
    const tree = treeFromFiles(webAndApi())
    const found = publishedImageConsumer(tree, ['api', 'web'])
    expect(found).toMatchObject({ dir: 'web', file: 'deploy/docker-compose.yml', line: 5, dependsOn: 'api' })
    expect(analyze(tree).primary).toBe('web')
  })

  it('negative: no depends_on between them, or a test compose file, says nothing', () => {
    const plain = treeFromFiles(gateway(''))
    expect(publishedImageConsumer(plain, ['gw-admin', 'gw-bootstrap'])).toBeNull()
    expect(deployEvidence(plain, ['gw-admin', 'gw-bootstrap']).size).toBe(0)
    const files = webAndApi()
    files['e2e/docker-compose.yml'] = files['deploy/docker-compose.yml']!
    delete files['deploy/docker-compose.yml']
    expect(publishedImageConsumer(treeFromFiles(files), ['api', 'web'])).toBeNull()
  })

  it('negative: a browser client depending on its API is no consumer (holdout2 novu web → api)', () => {
    const files = webAndApi()
    delete files['web/go.mod']
    delete files['web/main.go']
    files['web/package.json'] = JSON.stringify({
      name: 'web',
      scripts: { build: 'vite build' },
      dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1' },
      devDependencies: { vite: '^5.0.0' }
    })
    files['web/index.html'] = '<div id="root"></div>\n'
    expect(publishedImageConsumer(treeFromFiles(files), ['api', 'web'])).toBeNull()
    // A Next.js web app is a server of its own: it stays the consumer.
    files['web/package.json'] = JSON.stringify({
      name: 'web',
      dependencies: { next: '15.0.0', react: '^19.0.0' }
    })
    expect(publishedImageConsumer(treeFromFiles(files), ['api', 'web'])?.dir).toBe('web')
  })
})
