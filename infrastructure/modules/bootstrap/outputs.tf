output "state_bucket_name" {
  description = "S3 bucket holding Terraform state (backend \"s3\" bucket)."
  value       = var.state_bucket_name
}

output "lock_table_name" {
  description = "DynamoDB lock table (backend \"s3\" dynamodb_table)."
  value       = var.lock_table_name
}

output "state_key" {
  description = "State key of the app's service stack (backend \"s3\" key); the deploy role may write only this key."
  value       = local.state_key
}

output "analysis_cache_table_name" {
  description = "DynamoDB table of the analysis cache."
  value       = var.analysis_cache_table_name
}

output "analysis_cache_table_arn" {
  description = "ARN of the analysis cache table, for the analyzer module."
  value       = local.cache_table_arn
}

output "ecr_repository_url" {
  description = "Repository URL to push images to and to pass as the service module's image_repository_url."
  value       = aws_ecr_repository.app.repository_url
}

output "ecr_repository_name" {
  description = "ECR repository name."
  value       = aws_ecr_repository.app.name
}

output "oidc_provider_arn" {
  description = "ARN of the GitHub Actions OIDC identity provider."
  value       = local.oidc_provider_arn
}

output "deploy_role_arn" {
  description = "Role the deploy workflow assumes (role-to-assume), trusted only for the configured GitHub environment."
  value       = aws_iam_role.deploy.arn
}

output "plan_role_arn" {
  description = "Read-only role for pull-request plans, or null when enable_plan_role is false."
  value       = var.enable_plan_role ? aws_iam_role.plan[0].arn : null
}

output "task_execution_role_arn" {
  description = "Task execution role for the service module's execution_role_arn."
  value       = aws_iam_role.task_execution.arn
}

output "task_role_arn" {
  description = "Application role for the service module's task_role_arn; attach the app's own permissions to it."
  value       = aws_iam_role.task.arn
}

output "task_role_name" {
  description = "Name of the application role, for aws_iam_role_policy attachments."
  value       = aws_iam_role.task.name
}

output "blue_green_role_arn" {
  description = "Role for the service module's blue_green_role_arn, or null when enable_blue_green is false."
  value       = var.enable_blue_green ? aws_iam_role.blue_green[0].arn : null
}

output "oidc_subjects" {
  description = "The exact OIDC sub values each role trusts (classic and immutable forms)."
  value = {
    deploy = ["repo:${local.repository_classic}:environment:${var.github_environment}", "repo:${local.repository_immutable}:environment:${var.github_environment}"]
    plan   = ["repo:${local.repository_classic}:pull_request", "repo:${local.repository_immutable}:pull_request"]
  }
}
