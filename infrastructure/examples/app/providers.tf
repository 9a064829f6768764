provider "aws" {
  region = var.region
  # A run with credentials for the wrong account fails before touching anything.
  allowed_account_ids = [var.aws_account_id]

  default_tags {
    tags = {
      "managed-by"   = "deplight"
      "deplight:app" = var.app_name
    }
  }
}
