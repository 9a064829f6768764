# GitHub Actions OIDC: the provider (one per account) and the trust policies of the two GitHub roles.
# Each role trusts the classic subject repo:OWNER/REPO:… and the immutable form
# repo:OWNER@OWNER_ID/REPO@REPO_ID:… that GitHub issues for repositories created since July 2026.
locals {
  oidc_host         = "token.actions.githubusercontent.com"
  oidc_provider_arn = var.create_shared_resources ? aws_iam_openid_connect_provider.github[0].arn : data.aws_iam_openid_connect_provider.github[0].arn

  repository_classic   = "${var.github_owner}/${var.github_repository}"
  repository_immutable = "${var.github_owner}@${var.github_owner_id}/${var.github_repository}@${var.github_repository_id}"
}

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_shared_resources ? 1 : 0

  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
  tags           = local.tags
}

data "aws_iam_openid_connect_provider" "github" {
  count = var.create_shared_resources ? 0 : 1

  url = "https://token.actions.githubusercontent.com"
}

data "aws_iam_policy_document" "deploy_trust" {
  statement {
    sid     = "GitHubDeployEnvironment"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

    # A job that names an environment gets a sub without the ref, so the environment's protection
    # rules (reviewers, deployment branches) are what guard this role.
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values = [
        "repo:${local.repository_classic}:environment:${var.github_environment}",
        "repo:${local.repository_immutable}:environment:${var.github_environment}",
      ]
    }
  }
}

data "aws_iam_policy_document" "plan_trust" {
  statement {
    sid     = "GitHubPullRequests"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values = [
        "repo:${local.repository_classic}:pull_request",
        "repo:${local.repository_immutable}:pull_request",
      ]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name                 = "${var.app_name}-deploy"
  description          = "GitHub Actions deploys of ${local.repository_classic} (environment ${var.github_environment})"
  assume_role_policy   = data.aws_iam_policy_document.deploy_trust.json
  max_session_duration = 3600
  tags                 = local.tags
}

resource "aws_iam_role" "plan" {
  count = var.enable_plan_role ? 1 : 0

  name                 = "${var.app_name}-plan"
  description          = "Read-only terraform plan for pull requests of ${local.repository_classic}"
  assume_role_policy   = data.aws_iam_policy_document.plan_trust.json
  max_session_duration = 3600
  tags                 = local.tags
}
