output "service_url" {
  description = "URL of the service through the load balancer (https:// when a certificate is set)."
  value       = "${local.https ? "https" : "http"}://${aws_lb.app.dns_name}"
}

output "test_url" {
  description = "URL of the BLUE_GREEN test listener, or null for ROLLING."
  value       = local.blue_green ? "http://${aws_lb.app.dns_name}:${var.test_listener_port}" : null
}

output "load_balancer_dns_name" {
  description = "DNS name of the load balancer, for a CNAME or alias record."
  value       = aws_lb.app.dns_name
}

output "load_balancer_zone_id" {
  description = "Hosted zone of the load balancer, for a Route 53 alias record."
  value       = aws_lb.app.zone_id
}

output "cluster_name" {
  description = "ECS cluster the service runs in."
  value       = local.cluster_name
}

output "service_name" {
  description = "ECS service name."
  value       = aws_ecs_service.app.name
}

output "task_definition_arn" {
  description = "Task definition revision the service runs after this apply."
  value       = aws_ecs_task_definition.app.arn
}

output "image" {
  description = "Image the task definition runs (repository:tag)."
  value       = "${var.image_repository_url}:${var.image_tag}"
}

output "image_tag" {
  description = "Image tag the service runs after this apply; the deploy action reads it from the plan as the previous tag, for rollbacks."
  value       = var.image_tag
}

output "log_group_name" {
  description = "CloudWatch log group of the containers."
  value       = aws_cloudwatch_log_group.app.name
}

output "target_group_arns" {
  description = "Target groups: blue always, green with BLUE_GREEN."
  value       = concat([aws_lb_target_group.blue.arn], aws_lb_target_group.green[*].arn)
}

output "task_security_group_id" {
  description = "Security group of the tasks; allow it in your database's security group."
  value       = aws_security_group.tasks.id
}
