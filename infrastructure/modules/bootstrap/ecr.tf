# Commit-SHA tags are immutable, so a tag always means the image that was tested. The ctx-<digest>
# build-context tags are excluded from immutability: build-push moves them when it reuses a build.
resource "aws_ecr_repository" "app" {
  name                 = var.app_name
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  dynamic "image_tag_mutability_exclusion_filter" {
    for_each = var.ecr_mutable_tag_filters
    content {
      filter      = image_tag_mutability_exclusion_filter.value
      filter_type = "WILDCARD"
    }
  }

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "AES256"
  }

  tags = local.tags
}

# Only untagged images expire (superseded registry-cache manifests, images whose tags all moved on). Every
# image build-push pushes keeps its immutable commit tag, and the service and a rollback pull by that tag,
# so no rule may expire tagged images: "keep the N most recent" would eventually delete the image the
# service runs or the one a rollback needs (check-infra rule ecr-lifecycle-tagged).
data "aws_ecr_lifecycle_policy_document" "app" {
  rule {
    priority    = 1
    description = "Expire untagged images after ${var.ecr_untagged_expire_days} days"

    selection {
      tag_status   = "untagged"
      count_type   = "sinceImagePushed"
      count_unit   = "days"
      count_number = var.ecr_untagged_expire_days
    }

    action {
      type = "expire"
    }
  }
}

resource "aws_ecr_lifecycle_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy     = data.aws_ecr_lifecycle_policy_document.app.json
}
