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
