// A Dockerfile that ends on an AWS Lambda stage (built with `--target`) ships its web server in the stage
// before: holdout20 Polar's server/Dockerfile runs uvicorn in `production`, then builds its Lambda worker.
import { readDockerfile, withoutTrailingLambdaStages } from '../../../src/analyzer/signals/dockerfile.js'

const web =
  'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nRUN pip install uv && uv sync\n\nFROM base AS production\nEXPOSE 10000\nCMD ["uv", "run", "uvicorn", "shop.app:app", "--host", "0.0.0.0", "--port", "10000"]\n'
const lambda =
  '\nFROM public.ecr.aws/lambda/python:3.12 AS lambda\nCOPY --from=base /app ${LAMBDA_TASK_ROOT}\nCMD ["shop.worker.handler"]\n'

describe('trailing AWS Lambda stages', () => {
  test('Python: uvicorn of the production stage, not the Lambda handler', () => {
    const facts = readDockerfile('server/Dockerfile', web + lambda)
    expect(facts.startCommand[0]?.value).toBe('uv run uvicorn shop.app:app --host 0.0.0.0 --port 10000')
    expect(facts.port[0]?.value).toBe(10000)
  })

  test('Node: a Lambda stage and a stage built on it are both cut', () => {
    const node =
      'FROM node:20 AS app\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 3000\nCMD ["node", "server.js"]\n\nFROM amazon/aws-lambda-nodejs:20 AS fn\nCOPY --from=app /app ./\n\nFROM fn\nCMD ["jobs.handler"]\n'
    const facts = readDockerfile('Dockerfile', node)
    expect(facts.startCommand[0]?.value).toBe('node server.js')
    expect(facts.port[0]?.value).toBe(3000)
  })

  test('negative: a Dockerfile made only of Lambda stages, or whose Lambda stage is not last, is kept whole', () => {
    const only =
      'FROM public.ecr.aws/lambda/python:3.12 AS deps\nRUN pip install x\nFROM deps\nCMD ["app.handler"]\n'
    expect(withoutTrailingLambdaStages(only)).toBe(only)
    const middle = `${lambda.trim()}\n\nFROM python:3.12-slim\nCMD ["gunicorn", "shop.wsgi"]\n`
    expect(withoutTrailingLambdaStages(middle)).toBe(middle)
    expect(readDockerfile('Dockerfile', web).startCommand[0]?.value).toContain('uvicorn')
  })
})
