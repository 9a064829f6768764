# Pull-request plans: read state (terraform plan -lock=false) and describe the app's resources.
# Nothing here can change infrastructure, push images or read secrets.
data "aws_iam_policy_document" "plan" {
  statement {
    sid       = "StateList"
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = [local.state_bucket_arn]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = [local.state_key, local.bootstrap_state_key]
    }
  }

  statement {
    sid       = "StateRead"
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${local.state_bucket_arn}/${local.state_key}", "${local.state_bucket_arn}/${local.bootstrap_state_key}"]
  }

  statement {
    sid       = "StateDigestRead"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem"]
    resources = [local.lock_table_arn]
  }

  # The analyze action's cache-table input: read and write cached analyses, nothing else.
  statement {
    sid       = "AnalysisCache"
    effect    = "Allow"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]
    resources = [local.cache_table_arn]
  }

  statement {
    sid    = "DescribeWithoutResourceScope"
    effect = "Allow"
    actions = [
      "application-autoscaling:DescribeScalableTargets",
      "application-autoscaling:DescribeScalingPolicies",
      "cloudwatch:DescribeAlarms",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSecurityGroupRules",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "ecs:DescribeTaskDefinition",
      "elasticloadbalancing:DescribeListenerAttributes",
      "elasticloadbalancing:DescribeListeners",
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeRules",
      "elasticloadbalancing:DescribeTags",
      "elasticloadbalancing:DescribeTargetGroupAttributes",
      "elasticloadbalancing:DescribeTargetGroups",
      "elasticloadbalancing:DescribeTargetHealth",
      "logs:DescribeLogGroups",
    ]
    resources = ["*"]
  }

  statement {
    sid       = "DescribeApp"
    effect    = "Allow"
    actions   = ["ecs:DescribeClusters", "ecs:DescribeServices", "ecs:ListTagsForResource", "cloudwatch:ListTagsForResource", "logs:ListTagsForResource", "logs:ListTagsLogGroup"]
    resources = [local.cluster_arn, local.service_arn, "${local.ecs_prefix}:task-definition/${var.app_name}:*", local.alarm_arn, local.log_group_arn, "${local.log_group_arn}:*"]
  }
}

resource "aws_iam_role_policy" "plan" {
  count = var.enable_plan_role ? 1 : 0

  name   = "plan"
  role   = aws_iam_role.plan[0].id
  policy = data.aws_iam_policy_document.plan.json
}
