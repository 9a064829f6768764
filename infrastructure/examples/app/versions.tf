terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.25.0, < 7.0.0"
    }
  }

  # Partial configuration: terraform init -backend-config=backend.s3.tfbackend
  # State lives in the bootstrap bucket, locked in its DynamoDB table; never on the CI runner.
  backend "s3" {}
}
