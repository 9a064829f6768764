// JSON Schema of `.delightful.yaml` testing.smoke_tests: the checks smoke-test runs against the live service
// (same format as its `checks` input). Runtime validation with one-line messages is parseSmokeChecks in
// src/stages/smoke-test-checks.ts; this schema gives editors completion and config errors a line number.

const status = {
  anyOf: [
    { type: 'integer', minimum: 100, maximum: 599 },
    {
      type: 'string',
      pattern: '^\\s*([1-5]xx|\\d{3}(\\s*-\\s*\\d{3})?)(\\s*,\\s*([1-5]xx|\\d{3}(\\s*-\\s*\\d{3})?))*\\s*$'
    },
    {
      type: 'array',
      minItems: 1,
      items: {
        anyOf: [
          { type: 'integer', minimum: 100, maximum: 599 },
          { type: 'string', pattern: '^([1-5]xx|\\d{3}(-\\d{3})?)$' }
        ]
      }
    }
  ],
  description: 'Accepted statuses: 200, [200, 204], 2xx or 200-299. Default: 2xx or 3xx (never 404 or 5xx).'
}

const path = { type: 'string', pattern: '^/(?!/)', description: 'Path under the service URL, e.g. /health.' }

const smokeCheck = {
  anyOf: [
    path,
    {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: {
        name: { type: 'string', description: 'Shown in logs and summaries; default "METHOD path".' },
        path,
        method: {
          enum: [
            'GET',
            'HEAD',
            'POST',
            'PUT',
            'PATCH',
            'DELETE',
            'OPTIONS',
            'get',
            'head',
            'post',
            'put',
            'patch',
            'delete',
            'options'
          ]
        },
        headers: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        body: { description: 'Request body: a string, or a mapping/list sent as JSON.' },
        status,
        body_contains: {
          anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
          description: 'Text the body must contain.'
        },
        body_regex: { type: 'string', description: 'JavaScript regular expression the body must match.' },
        json: {
          type: 'object',
          propertyNames: { pattern: '^(/.*)?$' },
          description: 'JSON pointer → value the JSON body must hold, e.g. { /status: ok }.'
        },
        response_headers: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Response header → exact value.'
        },
        max_latency_ms: { type: 'number', exclusiveMinimum: 0, description: 'Slowest accepted answer.' }
      }
    }
  ]
}

export const TESTING_SECTION = {
  type: 'object',
  description:
    'Post-deploy checks. smoke_tests replace the default health check (the health path answers 2xx/3xx).',
  properties: {
    smoke_tests: {
      type: 'array',
      items: smokeCheck,
      description: 'Checks the smoke-test step runs, in order.'
    },
    pre_deploy: { description: 'Legacy (v2 seed): pre-deploy commands. Accepted; not run.' }
  }
} as const
