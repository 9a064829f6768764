import * as core from '@actions/core'
import { ECRClient } from '@aws-sdk/client-ecr'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { execRunner } from '../../integrations/docker/exec.js'
import { withCommandsStopped } from '../../pipeline/log-safe.js'
import { buildPush, type BuildPushDeps, type BuildPushOutcome } from '../../stages/build-push.js'
import {
  createTemporaryDockerConfig,
  DOCKER_CONFIG_STATE,
  removeTemporaryDockerConfig,
  runnerTempDir,
  userDockerConfigDir
} from './docker-config.js'
import { parseInputs } from './inputs.js'
import { escapeHtml } from '../../analyzer/render/markdown.js'

export async function run(overrides: Partial<BuildPushDeps> = {}): Promise<void> {
  let dockerConfig: string | null = null
  try {
    const inputs = parseInputs(name => core.getInput(name))
    // docker login writes here, not into the user's config; removed below and by the post step.
    dockerConfig = createTemporaryDockerConfig(runnerTempDir(), userDockerConfigDir())
    core.saveState(DOCKER_CONFIG_STATE, dockerConfig)
    const run = overrides.run ?? execRunner
    const deps: BuildPushDeps = {
      dockerEnv: { ...process.env, DOCKER_CONFIG: dockerConfig },
      ecrClient: () => {
        const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION
        if (!region)
          throw new Error(
            'no AWS region: run aws-actions/configure-aws-credentials first, or set registry for a non-ECR registry'
          )
        return new ECRClient({ region })
      },
      setSecret: core.setSecret,
      info: core.info,
      warning: core.warning,
      group: core.group,
      ...overrides,
      // Streamed docker output carries repository-controlled text (paths, RUN output): no runner commands.
      run: (command, args, options) =>
        options?.stream
          ? withCommandsStopped(
              line => process.stdout.write(line),
              () => run(command, args, options)
            )
          : run(command, args, options)
    }
    const outcome = await buildPush(inputs, deps)
    mkdirSync(dirname(inputs.resultPath), { recursive: true })
    writeFileSync(inputs.resultPath, `${JSON.stringify(outcome.result, null, 2)}\n`)
    const { result } = outcome
    core.setOutput('image', result.image)
    core.setOutput('digest', result.digest)
    core.setOutput('tag', result.tag)
    core.setOutput('reused', String(result.reused))
    core.setOutput('build-duration-ms', String(result.durations.buildMs))
    core.setOutput('push-duration-ms', String(result.durations.pushMs))
    core.setOutput('context-digest', result.contextDigest)
    core.setOutput('result', inputs.resultPath)
    await writeSummary(outcome)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  } finally {
    if (dockerConfig) removeTemporaryDockerConfig(dockerConfig, runnerTempDir())
  }
}

async function writeSummary(outcome: BuildPushOutcome): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const { result } = outcome
  const how = result.reused
    ? `Reused: an image with build context \`ctx-${result.contextDigest.slice(0, 12)}…\` already existed, so its manifest was re-tagged — no pull, no build.`
    : `Built with ${outcome.builder?.kind === 'buildx' ? 'docker buildx' : 'the classic client + BuildKit'} (cache: ${outcome.cache}, ${outcome.cachedSteps} steps from cache).`
  await core.summary
    .addHeading('Image build & push', 3)
    .addRaw(`${how}\n\n`)
    .addTable([
      [
        { data: 'image', header: true },
        { data: 'digest', header: true },
        { data: 'reused', header: true },
        { data: 'build', header: true },
        { data: 'push', header: true }
      ],
      [
        escapeHtml(result.image),
        escapeHtml(result.digest),
        String(result.reused),
        `${result.durations.buildMs} ms`,
        `${result.durations.pushMs} ms`
      ]
    ])
    .write()
}
