// The published JSON Schema of `.delightful.yaml` (schema/delightful.schema.json is generated from this
// object and checked equal by test/pipeline/config.test.ts). New keys: `app`, `build`, `resources`, `apps`.
// Legacy sections of the v2 seed (project, deployment, environment, secrets, monitoring …) stay readable.
import { LANGUAGES } from '../analyzer/report.js'
import { HEALTH_PATH, HEALTH_PATH_MAX_LENGTH } from '../analyzer/render/dockerfile/common.js'
import { TESTING_SECTION } from './config-smoke-schema.js'

/** The generator's strict rule: what passes here can go into a HEALTHCHECK command and the tfvars. */
const healthPath = {
  type: 'string',
  pattern: HEALTH_PATH.source,
  maxLength: HEALTH_PATH_MAX_LENGTH
} as const

const port = {
  type: 'integer',
  minimum: 1,
  maximum: 65535,
  description: 'Container port the app listens on.'
}
const cpu = { enum: [256, 512, 1024, 2048, 4096], description: 'Fargate CPU units.' }
const memory = {
  type: 'integer',
  minimum: 512,
  maximum: 30720,
  description: 'MiB; must pair with cpu (Fargate).'
}

const appSection = {
  type: 'object',
  additionalProperties: false,
  description: 'What runs. Each key overrides the inferred field of the same name.',
  properties: {
    dir: {
      type: 'string',
      description: 'Monorepos: the app directory deployed by default (repository-relative).'
    },
    name: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$',
      description: 'Service name (ECS/ECR).'
    },
    language: { enum: [...LANGUAGES] },
    framework: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9.-]*$',
      description: 'Lowercase framework id (express, nextjs, fastapi, spring-boot, none …).'
    },
    port,
    startCommand: {
      type: 'string',
      minLength: 1,
      description: 'Command that starts the app in the container.'
    },
    healthPath: { ...healthPath, description: 'HTTP path answering 200 when the app is healthy.' }
  }
}

const buildSection = {
  type: 'object',
  additionalProperties: false,
  description: 'How the image is built.',
  properties: {
    packageManager: {
      type: 'string',
      pattern: '^[a-z0-9-]+$',
      description: 'npm, yarn, pnpm, bun, pip, poetry, uv, maven, gradle …'
    },
    runtimeVersion: {
      type: ['string', 'number'],
      description: 'Runtime version to pin (e.g. "20", "3.12").'
    },
    command: { type: 'string', minLength: 1, description: 'Build command.' },
    dockerfile: {
      type: 'string',
      minLength: 1,
      description: 'Existing Dockerfile to use, relative to the app directory.'
    },
    context: { type: 'string', description: 'Legacy: build context.' },
    args: {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean'] },
      description: 'Build arguments.'
    },
    cache: { description: 'Legacy: cache settings (accepted, ignored).' }
  }
}

const resourcesSection = {
  type: 'object',
  additionalProperties: true,
  description: 'Fargate size. cpu/memory override the recommendation; the rest is read by the deploy stage.',
  properties: {
    cpu: { anyOf: [cpu, { type: 'string', enum: ['256', '512', '1024', '2048', '4096'] }] },
    memory: { anyOf: [memory, { type: 'string', pattern: '^[0-9]{3,5}$' }] },
    desired_count: { type: 'integer', minimum: 0 },
    autoscaling: { type: 'object' }
  }
}

const appOverrides = {
  type: 'object',
  additionalProperties: false,
  properties: { app: appSection, build: buildSection, resources: resourcesSection }
}

const legacy = (description: string) => ({
  description: `Legacy (v2 seed): ${description}. Accepted; not used by the analyzer.`
})

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://deplight.dev/schema/delightful.schema.json',
  title: '.delightful.yaml',
  description:
    'deplight configuration: overrides for any inferred field, per repository or per app directory.',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { enum: [1, 2, 3, '1', '2', '3'], description: 'Config format version (optional).' },
    app: appSection,
    build: buildSection,
    resources: resourcesSection,
    apps: {
      type: 'object',
      description:
        'Per app directory overrides (monorepos): `apps: { "apps/web": { app: { port: 3000 } } }`.',
      additionalProperties: appOverrides
    },
    project: {
      type: 'object',
      description: 'Legacy: project metadata; project.name sets app.name.',
      properties: { name: { type: 'string' } }
    },
    deployment: {
      type: 'object',
      description: 'Legacy: deployment.health_check.path sets app.healthPath; deployment.port sets app.port.',
      properties: {
        port,
        health_check: { type: 'object', properties: { path: healthPath } }
      }
    },
    environment: { type: 'object', description: 'Environment variables for the container.' },
    secrets: legacy('SSM/Secrets Manager references'),
    monitoring: legacy('monitoring settings'),
    notifications: legacy('notification settings'),
    testing: TESTING_SECTION,
    ai_analyzer: legacy('AI analyzer settings'),
    advanced: legacy('advanced settings')
  }
} as const
