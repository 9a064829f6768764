data "aws_iam_policy_document" "lambda_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }
  }
}

resource "aws_iam_role" "analyzer" {
  name               = "${var.function_name}-role"
  description        = "Runs the deplight analyzer Lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
  tags               = local.tags
}

data "aws_iam_policy_document" "analyzer" {
  statement {
    sid       = "WriteOwnLogs"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.analyzer.arn}:*"]
  }

  statement {
    sid       = "AnalysisCache"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]
    resources = [var.cache_table_arn]
  }

  dynamic "statement" {
    for_each = local.parameter_arn != null ? [local.parameter_arn] : []
    content {
      sid       = "ReadLlmApiKey"
      effect    = "Allow"
      actions   = ["ssm:GetParameter"]
      resources = [statement.value]
    }
  }

  dynamic "statement" {
    for_each = var.llm_provider == "bedrock" ? [var.llm_model_id] : []
    content {
      sid     = "InvokeLlmModel"
      effect  = "Allow"
      actions = ["bedrock:InvokeModel"]
      resources = [
        "arn:${local.partition}:bedrock:${local.region}::foundation-model/${statement.value}",
        "arn:${local.partition}:bedrock:${local.region}:${local.account}:inference-profile/${statement.value}",
      ]
    }
  }

  dynamic "statement" {
    for_each = var.llm_api_key_kms_key_arn != null && local.parameter_arn != null ? [var.llm_api_key_kms_key_arn] : []
    content {
      sid       = "DecryptLlmApiKey"
      effect    = "Allow"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["ssm.${local.region}.amazonaws.com"]
      }
    }
  }
}

resource "aws_iam_role_policy" "analyzer" {
  name   = "analyzer"
  role   = aws_iam_role.analyzer.id
  policy = data.aws_iam_policy_document.analyzer.json
}

data "aws_iam_policy_document" "invoke" {
  statement {
    sid       = "InvokeAnalyzer"
    effect    = "Allow"
    actions   = ["lambda:InvokeFunction"]
    resources = [aws_lambda_function.analyzer.arn]
  }
}

resource "aws_iam_role_policy" "invoke" {
  for_each = toset(var.invoker_role_names)

  name   = "invoke-${var.function_name}"
  role   = each.value
  policy = data.aws_iam_policy_document.invoke.json
}
