output "function_name" {
  description = "Name of the analyzer function (the analyze action's lambda-function input)."
  value       = aws_lambda_function.analyzer.function_name
}

output "function_arn" {
  description = "ARN of the analyzer function."
  value       = aws_lambda_function.analyzer.arn
}

output "role_arn" {
  description = "Role the function runs as."
  value       = aws_iam_role.analyzer.arn
}

output "log_group_name" {
  description = "CloudWatch log group of the function."
  value       = aws_cloudwatch_log_group.analyzer.name
}
