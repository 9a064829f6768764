# Roles the tasks run with. They live here, not in the service module, so the deploy role never needs
# iam:CreateRole — only iam:PassRole on exactly these roles.
data "aws_iam_policy_document" "ecs_tasks_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }
  }
}

resource "aws_iam_role" "task_execution" {
  name               = "${var.app_name}-task-execution"
  description        = "ECS agent for ${var.app_name}: pulls the image, writes logs, reads the app's secrets"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_trust.json
  tags               = local.tags
}

data "aws_iam_policy_document" "task_execution" {
  statement {
    sid       = "EcrLogin"
    effect    = "Allow"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "PullAppImage"
    effect    = "Allow"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = [aws_ecr_repository.app.arn]
  }

  statement {
    sid       = "WriteLogs"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${local.log_group_arn}:*"]
  }

  statement {
    sid     = "ReadAppSecrets"
    effect  = "Allow"
    actions = ["ssm:GetParameters", "secretsmanager:GetSecretValue"]
    resources = [
      "arn:${local.partition}:ssm:${local.region}:${local.account}:parameter/${var.app_name}/*",
      "arn:${local.partition}:secretsmanager:${local.region}:${local.account}:secret:${var.app_name}/*",
    ]
  }
}

resource "aws_iam_role_policy" "task_execution" {
  name   = "task-execution"
  role   = aws_iam_role.task_execution.id
  policy = data.aws_iam_policy_document.task_execution.json
}

# The application's own role: no permissions until you attach what the app needs.
resource "aws_iam_role" "task" {
  name               = "${var.app_name}-task"
  description        = "Role the ${var.app_name} application code runs as"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_trust.json
  tags               = local.tags
}

# ECS-native blue/green: ECS assumes this role to move traffic between the two target groups.
data "aws_iam_policy_document" "ecs_service_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }
  }
}

resource "aws_iam_role" "blue_green" {
  count = var.enable_blue_green ? 1 : 0

  name               = "${var.app_name}-blue-green"
  description        = "ECS shifts ${var.app_name} traffic between blue and green target groups"
  assume_role_policy = data.aws_iam_policy_document.ecs_service_trust.json
  tags               = local.tags
}

data "aws_iam_policy_document" "blue_green" {
  statement {
    sid       = "ReadLoadBalancer"
    effect    = "Allow"
    actions   = ["elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth"]
    resources = ["*"]
  }

  statement {
    sid       = "ShiftTraffic"
    effect    = "Allow"
    actions   = ["elasticloadbalancing:ModifyListener", "elasticloadbalancing:ModifyRule", "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"]
    resources = local.elb_resources
  }
}

resource "aws_iam_role_policy" "blue_green" {
  count = var.enable_blue_green ? 1 : 0

  name   = "shift-traffic"
  role   = aws_iam_role.blue_green[0].id
  policy = data.aws_iam_policy_document.blue_green.json
}
