output "service_url" {
  description = "Public URL of the service (the deploy action's service-url output)."
  value       = module.service.service_url
}

output "test_url" {
  description = "BLUE_GREEN test listener URL, or null."
  value       = module.service.test_url
}

output "cluster_name" {
  description = "ECS cluster of the service."
  value       = module.service.cluster_name
}

output "service_name" {
  description = "ECS service name."
  value       = module.service.service_name
}

output "task_definition_arn" {
  description = "Task definition the service runs after this apply."
  value       = module.service.task_definition_arn
}

output "image" {
  description = "Image running after this apply."
  value       = module.service.image
}

output "image_tag" {
  description = "Image tag running after this apply (the deploy action's previous-image-tag on the next deploy)."
  value       = module.service.image_tag
}

output "log_group_name" {
  description = "CloudWatch log group of the containers."
  value       = module.service.log_group_name
}
