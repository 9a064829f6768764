terraform {
  # 1.9 is the first release whose variable validations may refer to other variables (cpu/memory pairs).
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.25.0 is the schema `npm run check-infra` checks against offline; native ECS blue/green
      # (deployment_configuration.strategy) needs 6.x.
      version = ">= 6.25.0, < 7.0.0"
    }
  }
}
