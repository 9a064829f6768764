variable "app_name" {
  description = "Application name: names the ECR repository, the roles and the ECS resources the deploy role may manage. Use the same value as the service module's app_name."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,22}[a-z0-9]$", var.app_name))
    error_message = "app_name must be 2-24 characters of lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen."
  }
}

variable "github_owner" {
  description = "GitHub organisation or user that owns the repository (case-sensitive in the OIDC sub claim)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", var.github_owner))
    error_message = "github_owner must be a GitHub user or organisation name (letters, digits, hyphens); wildcards are not allowed."
  }
}

variable "github_repository" {
  description = "Repository name (without the owner) whose workflows may assume the roles."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,100}$", var.github_repository))
    error_message = "github_repository must be a repository name (letters, digits, '.', '_', '-'); wildcards are not allowed."
  }
}

variable "github_owner_id" {
  description = "Numeric ID of the owner, for the immutable OIDC subject repo:OWNER@OWNER_ID/REPO@REPO_ID:… that GitHub issues for repositories created since July 2026 (gh api repos/OWNER/REPO --jq .owner.id)."
  type        = number

  validation {
    condition     = var.github_owner_id > 0 && floor(var.github_owner_id) == var.github_owner_id
    error_message = "github_owner_id must be the positive numeric owner ID (gh api repos/OWNER/REPO --jq .owner.id)."
  }
}

variable "github_repository_id" {
  description = "Numeric ID of the repository, for the immutable OIDC subject (gh api repos/OWNER/REPO --jq .id)."
  type        = number

  validation {
    condition     = var.github_repository_id > 0 && floor(var.github_repository_id) == var.github_repository_id
    error_message = "github_repository_id must be the positive numeric repository ID (gh api repos/OWNER/REPO --jq .id)."
  }
}

variable "github_environment" {
  description = "GitHub environment the deploy job runs in; only jobs in this environment can assume the deploy role. Protect it with required reviewers and a deployment-branch policy."
  type        = string
  default     = "production"

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,255}$", var.github_environment))
    error_message = "github_environment must be letters, digits, '.', '_' or '-' (no wildcards or colons)."
  }
}

variable "create_shared_resources" {
  description = "Create the account-wide pieces (state bucket, lock table, analysis-cache table, GitHub OIDC provider). Set false for a second app in the same account; they are then looked up by name."
  type        = bool
  default     = true
}

variable "state_bucket_name" {
  description = "S3 bucket for Terraform state."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.state_bucket_name)) && !strcontains(var.state_bucket_name, "..")
    error_message = "state_bucket_name must be a valid S3 bucket name: 3-63 lower-case letters, digits, '.' and '-'."
  }
}

variable "lock_table_name" {
  description = "DynamoDB table for Terraform state locking (partition key LockID)."
  type        = string
  default     = "deplight-terraform-locks"

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{3,255}$", var.lock_table_name))
    error_message = "lock_table_name must be 3-255 letters, digits, '_', '.' or '-'."
  }
}

variable "analysis_cache_table_name" {
  description = "DynamoDB table where the analyzer caches reports (partition key cache_key, TTL attribute expires_at)."
  type        = string
  default     = "deplight-analysis-cache"

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{3,255}$", var.analysis_cache_table_name))
    error_message = "analysis_cache_table_name must be 3-255 letters, digits, '_', '.' or '-'."
  }
}

variable "state_key" {
  description = "State object key of the app's service stack; the deploy role may write only this key. Defaults to apps/<app_name>/service.tfstate."
  type        = string
  default     = null

  validation {
    condition     = var.state_key == null || can(regex("^[A-Za-z0-9!_.*'()/-]+\\.tfstate$", var.state_key))
    error_message = "state_key must be an S3 key ending in .tfstate."
  }
}

variable "bootstrap_state_key" {
  description = "State object key of this bootstrap stack; the deploy and plan roles may only read it (the example stack reads its outputs). Defaults to apps/<app_name>/bootstrap.tfstate."
  type        = string
  default     = null

  validation {
    condition     = var.bootstrap_state_key == null || can(regex("^[A-Za-z0-9!_.*'()/-]+\\.tfstate$", var.bootstrap_state_key))
    error_message = "bootstrap_state_key must be an S3 key ending in .tfstate."
  }
}

variable "cluster_name" {
  description = "ECS cluster the service runs in (the service module creates one named app_name unless given existing_cluster_name)."
  type        = string
  default     = null

  validation {
    condition     = var.cluster_name == null || can(regex("^[A-Za-z0-9_-]{1,255}$", var.cluster_name))
    error_message = "cluster_name must be 1-255 letters, digits, '-' or '_'."
  }
}

variable "ecr_keep_images" {
  description = "Removed: a count rule expired the oldest images whatever their tags, including the image the service runs and the one a rollback needs. Tagged images are now kept and untagged ones expire after ecr_untagged_expire_days; leave this unset."
  type        = number
  default     = null

  validation {
    condition     = var.ecr_keep_images == null
    error_message = "ecr_keep_images is no longer supported: keeping only the N most recent images could expire the running or the rollback image. Remove the argument; untagged images still expire after ecr_untagged_expire_days."
  }
}

variable "ecr_untagged_expire_days" {
  description = "Days after which untagged images (superseded layers, old cache manifests) expire."
  type        = number
  default     = 7

  validation {
    condition     = var.ecr_untagged_expire_days >= 1 && var.ecr_untagged_expire_days <= 365
    error_message = "ecr_untagged_expire_days must be between 1 and 365."
  }
}

variable "ecr_mutable_tag_filters" {
  description = "Tag patterns left mutable in an otherwise immutable repository: ctx-<digest> build-context tags and the buildcache tag that carries the inline layer cache (moved by every build-push); commit-SHA tags stay immutable."
  type        = list(string)
  default     = ["ctx-*", "buildcache"]

  validation {
    condition     = length(var.ecr_mutable_tag_filters) >= 1 && length(var.ecr_mutable_tag_filters) <= 5 && alltrue([for f in var.ecr_mutable_tag_filters : can(regex("^[A-Za-z0-9._-]+\\*?$", f)) && f != "*"])
    error_message = "ecr_mutable_tag_filters must hold 1-5 tag prefixes with an optional trailing '*' (not '*' alone, which would make every tag mutable)."
  }
}

variable "enable_blue_green" {
  description = "Create the role ECS uses to shift listener rules for the service module's BLUE_GREEN strategy."
  type        = bool
  default     = false
}

variable "enable_plan_role" {
  description = "Create the read-only role pull-request workflows use for terraform plan."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
