terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.25.0 is the schema `npm run check-infra` checks against offline.
      version = ">= 6.25.0, < 7.0.0"
    }
  }
}
