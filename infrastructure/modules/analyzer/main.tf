# The AI analyzer: a Lambda function invoked through the Lambda API with IAM credentials only.
# There is deliberately no aws_lambda_function_url: a public URL would let anyone spend LLM credit.
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account       = data.aws_caller_identity.current.account_id
  partition     = data.aws_partition.current.partition
  region        = data.aws_region.current.region
  parameter_arn = var.llm_api_key_parameter_name == null ? null : "arn:${local.partition}:ssm:${local.region}:${local.account}:parameter${var.llm_api_key_parameter_name}"
  tags          = merge(var.tags, { "deplight:component" = "analyzer" })

  # Only the settings that are set reach the environment; the handler validates them at start.
  llm_environment = var.llm_provider == "none" ? {} : merge(
    {
      DEPLIGHT_LLM_PROVIDER  = var.llm_provider
      DEPLIGHT_LLM_MODEL     = var.llm_model_id
      DEPLIGHT_LLM_THRESHOLD = tostring(var.llm_threshold)
    },
    var.llm_endpoint_url == null ? {} : { DEPLIGHT_LLM_ENDPOINT = var.llm_endpoint_url },
    var.llm_prices == null ? {} : { DEPLIGHT_LLM_PRICES = var.llm_prices },
    var.llm_api_key_parameter_name == null ? {} : { DEPLIGHT_LLM_API_KEY_PARAMETER = var.llm_api_key_parameter_name }
  )
}

resource "aws_cloudwatch_log_group" "analyzer" {
  name              = "/aws/lambda/${var.function_name}"
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

resource "aws_lambda_function" "analyzer" {
  function_name                  = var.function_name
  description                    = "deplight AI code analyzer"
  role                           = aws_iam_role.analyzer.arn
  runtime                        = var.runtime
  handler                        = var.handler
  architectures                  = [var.architecture]
  filename                       = var.package_file
  source_code_hash               = filebase64sha256(var.package_file)
  memory_size                    = var.memory_size
  timeout                        = var.timeout_seconds
  reserved_concurrent_executions = var.reserved_concurrency

  lifecycle {
    precondition {
      condition     = var.llm_provider == "none" || var.llm_model_id != null
      error_message = "llm_model_id is required when llm_provider is not none."
    }
    precondition {
      condition     = var.llm_provider != "openai" || (var.llm_endpoint_url != null && var.llm_api_key_parameter_name != null)
      error_message = "llm_provider openai needs llm_endpoint_url and llm_api_key_parameter_name."
    }
  }

  environment {
    variables = merge(
      {
        DEPLIGHT_CACHE_TABLE       = var.cache_table_name
        DEPLIGHT_CACHE_TTL_SECONDS = tostring(var.cache_ttl_days * 86400)
      },
      local.llm_environment
    )
  }

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.analyzer.name
  }

  tags = local.tags
}
