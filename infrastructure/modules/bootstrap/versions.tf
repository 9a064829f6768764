terraform {
  # 1.9 is the first release whose variable validations may refer to other variables.
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.25.0 is the schema `npm run check-infra` checks against offline; ECR
      # IMMUTABLE_WITH_EXCLUSION and its exclusion filters need a 6.x provider.
      version = ">= 6.25.0, < 7.0.0"
    }
  }
}
