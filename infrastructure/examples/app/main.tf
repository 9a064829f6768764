# One app: the bootstrap stack's outputs (applied once by an administrator) wired into the service module.
data "terraform_remote_state" "bootstrap" {
  backend = "s3"
  config = {
    bucket = var.state_bucket_name
    key    = var.bootstrap_state_key
    region = var.region
  }
}

locals {
  bootstrap = data.terraform_remote_state.bootstrap.outputs
}

module "service" {
  source = "../../modules/service"

  app_name                 = var.app_name
  image_repository_url     = local.bootstrap.ecr_repository_url
  image_tag                = var.image_tag
  container_port           = var.container_port
  health_check_path        = var.health_check_path
  cpu                      = var.cpu
  memory                   = var.memory
  desired_count            = var.desired_count
  autoscaling_min_capacity = var.autoscaling_min_capacity
  autoscaling_max_capacity = var.autoscaling_max_capacity
  environment              = var.environment
  secrets                  = var.secrets

  vpc_id            = var.vpc_id
  public_subnet_ids = var.public_subnet_ids
  task_subnet_ids   = var.task_subnet_ids
  assign_public_ip  = var.assign_public_ip
  certificate_arn   = var.certificate_arn

  execution_role_arn  = local.bootstrap.task_execution_role_arn
  task_role_arn       = local.bootstrap.task_role_arn
  deployment_strategy = var.deployment_strategy
  blue_green_role_arn = local.bootstrap.blue_green_role_arn
  alarm_actions       = var.alarm_actions
}
