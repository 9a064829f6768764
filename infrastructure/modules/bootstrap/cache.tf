# The analyzer's report cache: one item per (repository tree hash, analyzer version); items expire by TTL.
resource "aws_dynamodb_table" "analysis_cache" {
  count = var.create_shared_resources ? 1 : 0

  name         = var.analysis_cache_table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "cache_key"

  attribute {
    name = "cache_key"
    type = "S"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  server_side_encryption {
    enabled = true
  }

  tags = local.tags
}

data "aws_dynamodb_table" "analysis_cache" {
  count = var.create_shared_resources ? 0 : 1

  name = var.analysis_cache_table_name
}
