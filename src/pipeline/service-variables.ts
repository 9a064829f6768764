// The tfvars keys the analyzer writes for infrastructure/modules/service. One list shared by the generator
// and the infrastructure check: every key here must be a variable the service module declares.
export const GENERATED_SERVICE_TFVARS = [
  'app_name',
  'container_port',
  'health_check_path',
  'cpu',
  'memory',
  'desired_count',
  'autoscaling_min_capacity',
  'autoscaling_max_capacity',
  'environment'
] as const

export type GeneratedServiceTfvar = (typeof GENERATED_SERVICE_TFVARS)[number]
