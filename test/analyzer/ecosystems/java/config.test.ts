// The line each flattened YAML key of a Spring config is set on: searched inside its parent's block and its
// own `---` document, so `server.port` and `management.server.port` each point at their own `port:` (the
// left9 note: the management port's HEALTH_ON_OTHER_PORT evidence pointed at `server.port`'s line).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { createAppContext } from '../../../../src/analyzer/context.js'
import { readAppConfig } from '../../../../src/analyzer/ecosystems/java/config.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const YML = 'src/main/resources/application.yml'

function lines(yml: string): Record<string, string> {
  const config = readAppConfig(createAppContext(treeFromFiles({ [YML]: yml }), '.', [], null), [])
  const out: Record<string, string> = {}
  for (const [key, values] of config)
    out[key] = values.map(v => `${v.profile || 'default'}:${v.value}@${v.evidence.line}`).join(' ')
  return out
}

describe('YAML key evidence lines', () => {
  it('management.server.port after server.port: each its own line', () => {
    expect(lines('server:\n  port: 8080\nmanagement:\n  server:\n    port: 8081\n')).toEqual({
      'server.port': 'default:8080@2',
      'management.server.port': 'default:8081@5'
    })
  })

  it('management.server.port first: server.port is the top-level block, not the nested one', () => {
    expect(
      lines(
        'management:\n  server:\n    port: 9090\n  endpoints:\n    web:\n      base-path: /m\nserver:\n  port: 8080\n'
      )
    ).toEqual({
      'management.server.port': 'default:9090@3',
      'management.endpoints.web.base-path': 'default:/m@6',
      'server.port': 'default:8080@8'
    })
  })

  it('a profile document: its keys point into that document', () => {
    expect(
      lines(
        'server:\n  port: 8080\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\nserver:\n  port: 9000\n'
      )
    ).toEqual({
      'server.port': 'default:8080@2 prod:9000@9',
      'spring.config.activate.on-profile': 'prod:prod@7'
    })
  })

  it('dotted keys: the whole dotted key, inside a block or at the top', () => {
    expect(lines('spring:\n  main.banner-mode: off\nserver.port: 7000\n')).toEqual({
      'spring.main.banner-mode': 'default:off@2',
      'server.port': 'default:7000@3'
    })
  })

  it('a Spring Boot app on a management port warns at the management port line', () => {
    const report = analyze(
      treeFromFiles({
        'pom.xml':
          '<project><modelVersion>4.0.0</modelVersion><groupId>e</groupId><artifactId>shop</artifactId><version>1</version><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies></project>',
        'src/main/java/e/Shop.java': 'class Shop {}\n',
        [YML]: 'server:\n  port: 8080\nmanagement:\n  server:\n    port: 8081\n'
      })
    )
    const app = report.apps.find(a => a.appDir === '.')!
    expect({
      port: app.port.value,
      portLine: app.port.evidence[0]?.line,
      otherPort: app.warnings.filter(w => w.code === 'HEALTH_ON_OTHER_PORT').map(w => `${w.file}:${w.line}`)
    }).toEqual({ port: 8080, portLine: 2, otherPort: [`${YML}:5`] })
  })
})
