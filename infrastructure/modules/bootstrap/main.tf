data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account      = data.aws_caller_identity.current.account_id
  partition    = data.aws_partition.current.partition
  region       = data.aws_region.current.region
  cluster_name = var.cluster_name != null ? var.cluster_name : var.app_name
  tags         = merge(var.tags, { "deplight:app" = var.app_name })

  state_key           = var.state_key != null ? var.state_key : "apps/${var.app_name}/service.tfstate"
  bootstrap_state_key = var.bootstrap_state_key != null ? var.bootstrap_state_key : "apps/${var.app_name}/bootstrap.tfstate"

  state_bucket_arn = var.create_shared_resources ? aws_s3_bucket.state[0].arn : data.aws_s3_bucket.state[0].arn
  lock_table_arn   = var.create_shared_resources ? aws_dynamodb_table.locks[0].arn : data.aws_dynamodb_table.locks[0].arn
  cache_table_arn  = var.create_shared_resources ? aws_dynamodb_table.analysis_cache[0].arn : data.aws_dynamodb_table.analysis_cache[0].arn

  # ARN prefixes of what the service module creates for this app.
  ecs_prefix     = "arn:${local.partition}:ecs:${local.region}:${local.account}"
  elb_prefix     = "arn:${local.partition}:elasticloadbalancing:${local.region}:${local.account}"
  ec2_prefix     = "arn:${local.partition}:ec2:${local.region}:${local.account}"
  log_group_arn  = "arn:${local.partition}:logs:${local.region}:${local.account}:log-group:/ecs/${var.app_name}"
  alarm_arn      = "arn:${local.partition}:cloudwatch:${local.region}:${local.account}:alarm:${var.app_name}-*"
  cluster_arn    = "${local.ecs_prefix}:cluster/${local.cluster_name}"
  service_arn    = "${local.ecs_prefix}:service/${local.cluster_name}/${var.app_name}"
  elb_resources  = ["${local.elb_prefix}:loadbalancer/app/${var.app_name}/*", "${local.elb_prefix}:targetgroup/${var.app_name}-*/*", "${local.elb_prefix}:listener/app/${var.app_name}/*", "${local.elb_prefix}:listener-rule/app/${var.app_name}/*"]
  passable_roles = concat([aws_iam_role.task_execution.arn, aws_iam_role.task.arn], aws_iam_role.blue_green[*].arn)
}
