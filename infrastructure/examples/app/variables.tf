# Deployment settings of this stack (terraform.tfvars.example) ----------------------------------------

variable "region" {
  description = "AWS region of the app."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "aws_account_id" {
  description = "The only AWS account this stack may be applied to."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be the 12-digit account ID."
  }
}

variable "state_bucket_name" {
  description = "Bucket holding the bootstrap stack's state (bootstrap output state_bucket_name)."
  type        = string
}

variable "bootstrap_state_key" {
  description = "Key of the bootstrap stack's state, whose outputs (ECR repository, task roles) this stack reads."
  type        = string

  validation {
    condition     = endswith(var.bootstrap_state_key, ".tfstate")
    error_message = "bootstrap_state_key must be the key of a .tfstate object."
  }
}

variable "image_tag" {
  description = "Commit SHA (or tag) to run; the deploy action passes -var image_tag=<sha>."
  type        = string

  validation {
    condition     = can(regex("^([0-9a-f]{7,64}|[A-Za-z0-9_][A-Za-z0-9._-]{0,127})$", var.image_tag))
    error_message = "image_tag must be a hex commit SHA or a Docker tag (letters, digits, '_', '.', '-')."
  }
}

variable "vpc_id" {
  description = "VPC of the app."
  type        = string
}

variable "public_subnet_ids" {
  description = "Subnets of the load balancer (two or more Availability Zones)."
  type        = list(string)
}

variable "task_subnet_ids" {
  description = "Subnets of the tasks (private subnets recommended)."
  type        = list(string)
}

variable "assign_public_ip" {
  description = "Give tasks public IPs (only for public task subnets without NAT)."
  type        = bool
  default     = false
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS; null serves HTTP only."
  type        = string
  default     = null
}

variable "deployment_strategy" {
  description = "ROLLING or BLUE_GREEN (BLUE_GREEN needs bootstrap enable_blue_green = true)."
  type        = string
  default     = "ROLLING"
}

variable "secrets" {
  description = "Secret environment variables: name => SSM parameter or Secrets Manager ARN under /<app_name>/."
  type        = map(string)
  default     = {}
}

variable "alarm_actions" {
  description = "SNS topics notified by the service alarms."
  type        = list(string)
  default     = []
}

# Written by the deplight analyzer (deplight.tfvars.example shows a generated file) --------------------

variable "app_name" {
  description = "Service name; must equal the bootstrap stack's app_name."
  type        = string
}

variable "container_port" {
  description = "Port the app listens on."
  type        = number
}

variable "health_check_path" {
  description = "Path the load balancer probes."
  type        = string
  default     = "/"
}

variable "cpu" {
  description = "Fargate CPU units."
  type        = number
  default     = 256
}

variable "memory" {
  description = "Fargate memory (MiB), a valid pair with cpu."
  type        = number
  default     = 512
}

variable "desired_count" {
  description = "Tasks at creation."
  type        = number
  default     = 1
}

variable "autoscaling_min_capacity" {
  description = "Fewest tasks."
  type        = number
  default     = 1
}

variable "autoscaling_max_capacity" {
  description = "Most tasks."
  type        = number
  default     = 4
}

variable "environment" {
  description = "Plain environment variables of the container."
  type        = map(string)
  default     = {}
}
