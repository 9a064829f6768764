# Keys marked "(analyzer)" are written by the deplight analyzer into the generated tfvars
# (src/pipeline/service-variables.ts); `npm run check-infra` fails if any of them is missing here.

variable "app_name" {
  description = "(analyzer) Name of the service; prefixes the cluster, service, ALB, target groups, log group and alarms."
  type        = string

  validation {
    # ALB and target-group names are limited to 32 characters and get "-green" appended.
    condition     = can(regex("^[a-z][a-z0-9-]{0,22}[a-z0-9]$", var.app_name))
    error_message = "app_name must be 2-24 characters of lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen."
  }
}

variable "image_repository_url" {
  description = "ECR repository URL without a tag (bootstrap output ecr_repository_url), e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-app."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9.-]+(:[0-9]+)?/[a-z0-9._/-]+$", var.image_repository_url))
    error_message = "image_repository_url must be a registry host and repository path without a tag, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-app."
  }
}

variable "image_tag" {
  description = "Image tag to run: the commit SHA the pipeline pushed (or another valid tag). Changing it registers a new task definition and rolls the service."
  type        = string

  validation {
    condition     = can(regex("^([0-9a-f]{7,64}|[A-Za-z0-9_][A-Za-z0-9._-]{0,127})$", var.image_tag))
    error_message = "image_tag must be a hex commit SHA (7-64 characters) or a Docker tag: letters, digits, '_', '.', '-', at most 128 characters, not starting with '.' or '-'."
  }
}

variable "container_port" {
  description = "(analyzer) Port the application listens on inside the container."
  type        = number

  validation {
    condition     = var.container_port >= 1 && var.container_port <= 65535 && floor(var.container_port) == var.container_port
    error_message = "container_port must be a whole number between 1 and 65535."
  }
}

variable "health_check_path" {
  description = "(analyzer) HTTP path the load balancer probes; any 2xx or 3xx answer counts as healthy."
  type        = string
  default     = "/"

  validation {
    condition     = startswith(var.health_check_path, "/") && length(var.health_check_path) <= 1024
    error_message = "health_check_path must start with '/' and be at most 1024 characters."
  }
}

variable "cpu" {
  description = "(analyzer) Fargate task CPU units (256 = 0.25 vCPU)."
  type        = number
  default     = 256

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "cpu must be one of the Fargate sizes 256, 512, 1024, 2048, 4096, 8192 or 16384."
  }
}

variable "memory" {
  description = "(analyzer) Fargate task memory in MiB; must be a valid pair with cpu."
  type        = number
  default     = 512

  validation {
    # The Fargate task-size table: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
    condition = contains(lookup({
      "256"   = [512, 1024, 2048]
      "512"   = [1024, 2048, 3072, 4096]
      "1024"  = [for gib in range(2, 9) : gib * 1024]
      "2048"  = [for gib in range(4, 17) : gib * 1024]
      "4096"  = [for gib in range(8, 31) : gib * 1024]
      "8192"  = [for gib in range(16, 61, 4) : gib * 1024]
      "16384" = [for gib in range(32, 121, 8) : gib * 1024]
    }, tostring(var.cpu), []), var.memory)
    error_message = "memory is not valid for this cpu: 256 takes 512-2048, 512 takes 1024-4096, 1024 takes 2048-8192, 2048 takes 4096-16384, 4096 takes 8192-30720 (1 GiB steps), 8192 takes 16384-61440 (4 GiB steps), 16384 takes 32768-122880 (8 GiB steps)."
  }
}

variable "desired_count" {
  description = "(analyzer) Number of tasks when the service is created; afterwards autoscaling owns the count."
  type        = number
  default     = 1

  validation {
    condition     = var.desired_count >= 0 && var.desired_count <= 100 && floor(var.desired_count) == var.desired_count
    error_message = "desired_count must be a whole number between 0 and 100."
  }
}

variable "autoscaling_min_capacity" {
  description = "(analyzer) Fewest tasks autoscaling keeps running."
  type        = number
  default     = 1

  validation {
    condition     = var.autoscaling_min_capacity >= 0 && floor(var.autoscaling_min_capacity) == var.autoscaling_min_capacity
    error_message = "autoscaling_min_capacity must be a whole number of at least 0."
  }
}

variable "autoscaling_max_capacity" {
  description = "(analyzer) Most tasks autoscaling may run."
  type        = number
  default     = 4

  validation {
    condition     = var.autoscaling_max_capacity >= var.autoscaling_min_capacity && var.autoscaling_max_capacity <= 100
    error_message = "autoscaling_max_capacity must be between autoscaling_min_capacity and 100."
  }
}

variable "cpu_target_percent" {
  description = "Average service CPU utilisation that target-tracking autoscaling aims for."
  type        = number
  default     = 60

  validation {
    condition     = var.cpu_target_percent >= 10 && var.cpu_target_percent <= 90
    error_message = "cpu_target_percent must be between 10 and 90."
  }
}

variable "memory_target_percent" {
  description = "Average service memory utilisation that target-tracking autoscaling aims for."
  type        = number
  default     = 75

  validation {
    condition     = var.memory_target_percent >= 10 && var.memory_target_percent <= 90
    error_message = "memory_target_percent must be between 10 and 90."
  }
}

variable "environment" {
  description = "(analyzer) Plain environment variables for the container. Put secrets in `secrets`, never here."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for name in keys(var.environment) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", name))])
    error_message = "environment keys must be valid variable names: letters, digits and '_', not starting with a digit."
  }
}

variable "secrets" {
  description = "Secret environment variables: name => ARN of an SSM parameter or Secrets Manager secret. The task execution role must be allowed to read them (bootstrap grants parameter/<app_name>/*)."
  type        = map(string)
  default     = {}

  validation {
    condition = alltrue([
      for name, arn in var.secrets :
      can(regex("^[A-Za-z_][A-Za-z0-9_]*$", name)) && can(regex("^arn:aws[a-z-]*:(ssm|secretsmanager):", arn))
    ])
    error_message = "secrets must map variable names to arn:aws:ssm:... or arn:aws:secretsmanager:... ARNs."
  }
}

variable "vpc_id" {
  description = "VPC for the load balancer, target groups and security groups."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "public_subnet_ids" {
  description = "Subnets for the internet-facing load balancer (at least two Availability Zones)."
  type        = list(string)

  validation {
    condition     = length(var.public_subnet_ids) >= 2 && alltrue([for id in var.public_subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "public_subnet_ids needs at least two subnet-... IDs in different Availability Zones."
  }
}

variable "task_subnet_ids" {
  description = "Subnets for the Fargate tasks; private subnets with a NAT gateway or VPC endpoints are recommended."
  type        = list(string)

  validation {
    condition     = length(var.task_subnet_ids) >= 1 && alltrue([for id in var.task_subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", id))])
    error_message = "task_subnet_ids needs at least one subnet-... ID."
  }
}

variable "assign_public_ip" {
  description = "Give tasks a public IP. Only needed when task_subnet_ids are public subnets without NAT; the security group still admits traffic only from the load balancer."
  type        = bool
  default     = false
}

variable "existing_cluster_name" {
  description = "Run in this existing ECS cluster instead of creating one named after app_name."
  type        = string
  default     = null

  validation {
    condition     = var.existing_cluster_name == null || can(regex("^[A-Za-z0-9_-]{1,255}$", var.existing_cluster_name))
    error_message = "existing_cluster_name must be 1-255 letters, digits, '-' or '_'."
  }
}

variable "execution_role_arn" {
  description = "Task execution role (pulls the image, writes logs, reads secrets): bootstrap output task_execution_role_arn."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/", var.execution_role_arn))
    error_message = "execution_role_arn must be an IAM role ARN."
  }
}

variable "task_role_arn" {
  description = "Role the application code runs as: bootstrap output task_role_arn."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/", var.task_role_arn))
    error_message = "task_role_arn must be an IAM role ARN."
  }
}

variable "cpu_architecture" {
  description = "CPU architecture the image is built for."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "certificate_arn" {
  description = "ACM certificate for an HTTPS listener. When set, port 80 redirects to HTTPS."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  validation {
    condition     = startswith(var.ssl_policy, "ELBSecurityPolicy-")
    error_message = "ssl_policy must be an ELBSecurityPolicy-... name."
  }
}

variable "alb_ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer on 80/443."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for cidr in var.alb_ingress_cidr_blocks : can(cidrhost(cidr, 0))])
    error_message = "alb_ingress_cidr_blocks must be IPv4 CIDR blocks."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the container logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653)."
  }
}

variable "health_check_grace_period_seconds" {
  description = "Seconds ECS ignores failing load-balancer health checks after a task starts."
  type        = number
  default     = 60

  validation {
    condition     = var.health_check_grace_period_seconds >= 0 && var.health_check_grace_period_seconds <= 2147483647
    error_message = "health_check_grace_period_seconds must be 0 or more."
  }
}

variable "deployment_strategy" {
  description = "ROLLING (default) replaces tasks in place; BLUE_GREEN uses ECS-native blue/green with a second target group and a test listener."
  type        = string
  default     = "ROLLING"

  validation {
    condition     = contains(["ROLLING", "BLUE_GREEN"], var.deployment_strategy)
    error_message = "deployment_strategy must be ROLLING or BLUE_GREEN."
  }
}

variable "blue_green_role_arn" {
  description = "Role ECS assumes to shift listener rules during BLUE_GREEN deployments (bootstrap output blue_green_role_arn). Required for BLUE_GREEN."
  type        = string
  default     = null

  validation {
    condition     = var.deployment_strategy != "BLUE_GREEN" || can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/", var.blue_green_role_arn))
    error_message = "deployment_strategy BLUE_GREEN needs blue_green_role_arn (an IAM role ARN; bootstrap creates one with enable_blue_green = true)."
  }
}

variable "blue_green_bake_time_minutes" {
  description = "Minutes both colours stay up after traffic shifts, so a rollback is instant."
  type        = number
  default     = 5

  validation {
    condition     = var.blue_green_bake_time_minutes >= 0 && var.blue_green_bake_time_minutes <= 1440
    error_message = "blue_green_bake_time_minutes must be between 0 and 1440."
  }
}

variable "test_listener_port" {
  description = "Port of the BLUE_GREEN test listener, which routes to the new colour before production traffic does."
  type        = number
  default     = 9000

  validation {
    condition     = var.test_listener_port >= 1 && var.test_listener_port <= 65535 && !contains([80, 443], var.test_listener_port)
    error_message = "test_listener_port must be between 1 and 65535 and not 80 or 443."
  }
}

variable "test_listener_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the BLUE_GREEN test listener (for example the VPC or an office range). Empty keeps it closed."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for cidr in var.test_listener_cidr_blocks : can(cidrhost(cidr, 0)) && cidr != "0.0.0.0/0"])
    error_message = "test_listener_cidr_blocks must be IPv4 CIDR blocks and must not be 0.0.0.0/0."
  }
}

variable "rollback_on_alarm" {
  description = "Roll a deployment back when the target 5xx alarm fires during it (in addition to the circuit breaker)."
  type        = bool
  default     = true
}

variable "rollout_timeout" {
  description = "How long terraform waits for the service to reach a steady state before failing the apply."
  type        = string
  default     = "20m"

  validation {
    condition     = can(regex("^[0-9]+(s|m|h)$", var.rollout_timeout))
    error_message = "rollout_timeout must be a duration such as 900s, 20m or 1h."
  }
}

variable "alarm_actions" {
  description = "SNS topic ARNs notified when an alarm fires or recovers."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.alarm_actions : can(regex("^arn:aws[a-z-]*:sns:", arn))])
    error_message = "alarm_actions must be SNS topic ARNs."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
