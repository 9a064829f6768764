import { parseDotenv, portFromDotenv } from '../../../src/analyzer/signals/dotenv.js'
import { PORT } from '../../../src/analyzer/precedence.js'

test('a loaded .env sets the variable it names; a sample file only documents it', () => {
  const text = 'NODE_ENV=production\nPORT=8080\n'
  expect(portFromDotenv('.env', parseDotenv('.env', text), PORT.envFile)).toMatchObject({
    value: 8080,
    setsEnv: ['PORT']
  })
  for (const name of ['.env.example', 'api/.env.sample', '.env.template', '.env.dist']) {
    const port = portFromDotenv(name, parseDotenv(name, text), PORT.sampleEnvFile)
    expect(port).toMatchObject({ value: 8080, confidence: PORT.sampleEnvFile })
    expect(port).not.toHaveProperty('setsEnv')
  }
})
