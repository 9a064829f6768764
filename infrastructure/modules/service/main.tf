locals {
  blue_green   = var.deployment_strategy == "BLUE_GREEN"
  https        = var.certificate_arn != null
  cluster_name = var.existing_cluster_name != null ? var.existing_cluster_name : var.app_name
  cluster_arn  = var.existing_cluster_name != null ? data.aws_ecs_cluster.existing[0].arn : aws_ecs_cluster.this[0].arn
  tags         = merge(var.tags, { "deplight:app" = var.app_name })

  # The listener that carries production traffic: HTTPS when a certificate is given, otherwise HTTP.
  production_listener_arn = local.https ? aws_lb_listener.https[0].arn : aws_lb_listener.http.arn
}

resource "aws_ecs_cluster" "this" {
  count = var.existing_cluster_name == null ? 1 : 0

  name = var.app_name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = local.tags
}

data "aws_ecs_cluster" "existing" {
  count = var.existing_cluster_name != null ? 1 : 0

  cluster_name = var.existing_cluster_name
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/${var.app_name}"
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

data "aws_region" "current" {}
