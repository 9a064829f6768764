// Terraform outputs as the rest of the pipeline sees them: sensitive values replaced by `(sensitive)`, and
// the ECS service to watch, from the outputs the service module declares (names overridable).
import type { TerraformOutput } from '../../integrations/terraform/cli.js'
import type { EcsTarget } from '../../integrations/aws/ecs.js'

export interface OutputNames {
  serviceUrl: string
  cluster: string
  service: string
  taskDefinitionArn: string
  imageTag: string
  image: string
  /** A target without ECS opts in to a watched rollout by declaring this output (see http-rollout.ts). */
  readinessPath: string
}

/** The names infrastructure/modules/service (and infrastructure/examples/app) give these outputs. */
export const DEFAULT_OUTPUT_NAMES: OutputNames = {
  serviceUrl: 'service_url',
  cluster: 'cluster_name',
  service: 'service_name',
  taskDefinitionArn: 'task_definition_arn',
  imageTag: 'image_tag',
  image: 'image',
  readinessPath: 'readiness_path'
}

export const SENSITIVE = '(sensitive)'

export function publicOutputs(outputs: Record<string, TerraformOutput>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, output]) => [name, output.sensitive ? SENSITIVE : output.value])
  )
}

/** Every string inside sensitive outputs, for masking. */
export function sensitiveOutputStrings(outputs: Record<string, TerraformOutput>): string[] {
  const found: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') found.push(v)
    else if (v && typeof v === 'object') for (const item of Object.values(v)) walk(item)
  }
  for (const output of Object.values(outputs)) if (output.sensitive) walk(output.value)
  return found.filter(s => s.length >= 4)
}

export function stringOutput(outputs: Record<string, TerraformOutput>, name: string): string | null {
  const output = outputs[name]
  if (!output || output.sensitive) return null
  return typeof output.value === 'string' && output.value !== '' ? output.value : null
}

/** The service to watch; null when the stack has no service (a local target, a stack without ECS). */
export function ecsTarget(
  outputs: Record<string, TerraformOutput>,
  names: OutputNames,
  overrides: { cluster: string | null; service: string | null }
): EcsTarget | null {
  const service = overrides.service ?? stringOutput(outputs, names.service)
  if (!service) return null
  // ECS's own default when a stack names a service but not its cluster.
  return { cluster: overrides.cluster ?? stringOutput(outputs, names.cluster) ?? 'default', service }
}
