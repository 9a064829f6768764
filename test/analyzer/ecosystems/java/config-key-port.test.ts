import { configKeyPort } from '../../../../src/analyzer/ecosystems/java/config-key-port.js'
import { PORT } from '../../../../src/analyzer/precedence.js'
import { contextFor } from '../helpers.js'

const KEYS = 'src/main/java/org/acme/config/Keys.java'
const key = (name: string, value: string): string =>
  `    public static final ConfigKey<Integer> K = new IntegerConfigKey(\n        "${name}",\n        List.of(KeyType.CONFIG),\n        ${value});\n`

test('the code default of a web port key, with its declaration as evidence', () => {
  const ctx = contextFor({
    'pom.xml': '<project/>',
    [KEYS]: `class Keys {\n${key('mail.smtp.port', '2525')}${key('web.port', '8082')}}\n`
  })
  expect(configKeyPort(ctx)).toEqual({
    value: 8082,
    confidence: PORT.portDefault,
    source: 'web.port config key default',
    evidence: [expect.objectContaining({ file: KEYS, line: 6 })]
  })
})

test('getters with a default and modules under a folder count too', () => {
  const ctx = contextFor(
    { 'server/src/main/java/a/ServerSettings.java': 'int port = conf.getInt("http.port", "9000");\n' },
    'server'
  )
  expect(configKeyPort(ctx)?.value).toBe(9000)
})

test('a repository configuration file that sets the key wins over the default', () => {
  const ctx = contextFor({
    [KEYS]: `class Keys {\n${key('web.port', '8082')}}\n`,
    'setup/app.xml': "<properties>\n  <entry key='web.port'>8090</entry>\n</properties>\n"
  })
  expect(configKeyPort(ctx)).toMatchObject({
    value: 8090,
    confidence: PORT.deployConfig,
    evidence: [{ file: 'setup/app.xml', line: 2 }, { file: KEYS }]
  })
})

test('keys of another protocol, database ports, tests and files that declare no keys do not count', () => {
  expect(
    configKeyPort(contextFor({ [KEYS]: `class Keys {\n${key('mail.smtp.port', '2525')}}\n` }))
  ).toBeNull()
  expect(configKeyPort(contextFor({ [KEYS]: `class Keys {\n${key('server.port', '5432')}}\n` }))).toBeNull()
  expect(
    configKeyPort(
      contextFor({ 'src/test/java/a/TestConfig.java': `class T {\n${key('web.port', '8082')}}\n` })
    )
  ).toBeNull()
  expect(
    configKeyPort(contextFor({ 'src/main/java/a/Server.java': `class S {\n${key('web.port', '8082')}}\n` }))
  ).toBeNull()
})

describe('a web port key read without a default (holdout25)', () => {
  test('Koin `getProperty("server_port")` in AppConfig.kt, koin.properties server_port=7001', () => {
    const ctx = contextFor({
      'build.gradle': "apply plugin: 'application'\n",
      'src/main/kotlin/io/acme/config/AppConfig.kt':
        'class AppConfig : KoinComponent {\n  fun setup() = Javalin.create { it.server { Server(getProperty("server_port") as Int) } }\n}\n',
      'src/main/resources/koin.properties': 'server_port=7001\ncontext=/api\n',
      'src/test/resources/koin.properties': 'server_port=0\n'
    })
    expect(configKeyPort(ctx)).toEqual({
      value: 7001,
      confidence: PORT.deployConfig,
      source: 'src/main/resources/koin.properties server_port (read by AppConfig.kt)',
      evidence: [
        expect.objectContaining({ file: 'src/main/resources/koin.properties', line: 1 }),
        expect.objectContaining({ file: 'src/main/kotlin/io/acme/config/AppConfig.kt', line: 2 })
      ]
    })
  })

  test('a second app: Typesafe `config.getInt("http.port")` in ServerSettings.java, application.conf', () => {
    const ctx = contextFor({
      'pom.xml': '<project/>',
      'src/main/java/acme/ServerSettings.java':
        'class ServerSettings {\n  int port() { return config.getInt("http.port"); }\n}\n',
      'src/main/resources/application.conf': 'http.port = 9090\nsmtp.port = 2525\n'
    })
    expect(configKeyPort(ctx)?.value).toBe(9090)
  })

  test('negative: a port key in a properties file that no code reads says nothing', () => {
    const ctx = contextFor({
      'build.gradle': "apply plugin: 'application'\n",
      'src/main/kotlin/io/acme/config/AppConfig.kt':
        'class AppConfig {\n  val name = getProperty("context")\n}\n',
      'src/main/resources/koin.properties': 'server_port=7001\n'
    })
    expect(configKeyPort(ctx)).toBeNull()
  })
})

describe('key files are searched shallowest first, files of one depth in path order', () => {
  test('a shallower key file wins over a deeper one listed before it', () => {
    const ctx = contextFor({
      'a/b/c/src/main/java/DeepConfig.java': `class Deep {\n${key('web.port', '7001')}}\n`,
      'z/src/main/java/ShallowKeys.java': `class Shallow {\n${key('web.port', '7002')}}\n`
    })
    expect(configKeyPort(ctx)).toMatchObject({
      value: 7002,
      evidence: [{ file: 'z/src/main/java/ShallowKeys.java' }]
    })
  })

  test('a second app: of two key files at the same depth, the first in path order', () => {
    const ctx = contextFor(
      {
        'svc/m2/src/main/java/BSettings.java': `class B {\n${key('server.port', '9002')}}\n`,
        'svc/m1/src/main/java/ASettings.java': `class A {\n${key('server.port', '9001')}}\n`
      },
      'svc'
    )
    expect(configKeyPort(ctx)).toMatchObject({
      value: 9001,
      evidence: [{ file: 'svc/m1/src/main/java/ASettings.java' }]
    })
  })

  test('negative: key files only under test folders give nothing', () => {
    const ctx = contextFor({ 'src/test/java/TestConfig.java': `class T {\n${key('web.port', '7003')}}\n` })
    expect(configKeyPort(ctx)).toBeNull()
  })
})
