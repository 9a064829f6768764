variable "function_name" {
  description = "Name of the analyzer Lambda function (also names its role and log group)."
  type        = string
  default     = "deplight-analyzer"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,56}$", var.function_name))
    error_message = "function_name must be 1-56 letters, digits, '-' or '_' (the role name adds a suffix)."
  }
}

variable "package_file" {
  description = "Path of the zip holding the bundled handler (index.mjs exporting handler): npm run build && npm run package-lambda writes build/deplight-analyzer.zip, byte-reproducible."
  type        = string

  validation {
    condition     = endswith(var.package_file, ".zip")
    error_message = "package_file must be the path of a .zip file."
  }
}

variable "handler" {
  description = "Module and export Lambda calls, e.g. index.handler."
  type        = string
  default     = "index.handler"

  validation {
    condition     = can(regex("^[A-Za-z0-9_./-]+\\.[A-Za-z_$][A-Za-z0-9_$]*$", var.handler))
    error_message = "handler must look like file.export, e.g. index.handler."
  }
}

variable "runtime" {
  description = "Node.js Lambda runtime."
  type        = string
  default     = "nodejs22.x"

  validation {
    condition     = can(regex("^nodejs[0-9]+\\.x$", var.runtime))
    error_message = "runtime must be a Node.js runtime such as nodejs22.x."
  }
}

variable "architecture" {
  description = "Instruction set of the function; the handler is plain JavaScript, so arm64 is cheaper at no cost."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture must be arm64 or x86_64."
  }
}

variable "memory_size" {
  description = "Memory of the function in MB (CPU scales with it)."
  type        = number
  default     = 1024

  validation {
    condition     = var.memory_size >= 128 && var.memory_size <= 10240
    error_message = "memory_size must be between 128 and 10240 MB."
  }
}

variable "timeout_seconds" {
  description = "Maximum run time of one analysis."
  type        = number
  default     = 120

  validation {
    condition     = var.timeout_seconds >= 1 && var.timeout_seconds <= 900
    error_message = "timeout_seconds must be between 1 and 900."
  }
}

variable "reserved_concurrency" {
  description = "Most analyses that may run at once; caps what the LLM can cost. -1 leaves it unreserved."
  type        = number
  default     = 5

  validation {
    condition     = var.reserved_concurrency == -1 || (var.reserved_concurrency >= 1 && var.reserved_concurrency <= 1000)
    error_message = "reserved_concurrency must be -1 or between 1 and 1000."
  }
}

variable "cache_table_name" {
  description = "Analysis cache table (bootstrap output analysis_cache_table_name)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{3,255}$", var.cache_table_name))
    error_message = "cache_table_name must be 3-255 letters, digits, '_', '.' or '-'."
  }
}

variable "cache_table_arn" {
  description = "ARN of the analysis cache table (bootstrap output analysis_cache_table_arn)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:[0-9]{12}:table/", var.cache_table_arn))
    error_message = "cache_table_arn must be a DynamoDB table ARN."
  }
}

variable "cache_ttl_days" {
  description = "Days a cached analysis stays valid; the handler writes expires_at accordingly."
  type        = number
  default     = 30

  validation {
    condition     = var.cache_ttl_days >= 1 && var.cache_ttl_days <= 365
    error_message = "cache_ttl_days must be between 1 and 365."
  }
}

variable "llm_provider" {
  description = "Optional LLM for fields the analyzer is unsure of: none, bedrock (Amazon Bedrock Converse with the function's role) or openai (an OpenAI-compatible endpoint, key in SSM)."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "bedrock", "openai"], var.llm_provider)
    error_message = "llm_provider must be none, bedrock or openai."
  }
}

variable "llm_model_id" {
  description = "Model id (bedrock: a foundation model id such as anthropic.claude-3-5-haiku-20241022-v1:0; openai: e.g. gpt-4o-mini). Required unless llm_provider is none."
  type        = string
  default     = null

  validation {
    condition     = var.llm_model_id == null || can(regex("^[A-Za-z0-9._:/@-]{1,256}$", var.llm_model_id))
    error_message = "llm_model_id must be a model id (letters, digits and . _ : / @ -)."
  }
}

variable "llm_endpoint_url" {
  description = "Base URL of the OpenAI-compatible API (https), e.g. https://api.openai.com/v1; only with llm_provider openai."
  type        = string
  default     = null

  validation {
    condition     = var.llm_endpoint_url == null || can(regex("^https://", var.llm_endpoint_url))
    error_message = "llm_endpoint_url must be an https URL."
  }
}

variable "llm_threshold" {
  description = "Fields whose confidence is below this are asked about (at most 0.8, so values read from the project are never overridden)."
  type        = number
  default     = 0.5

  validation {
    condition     = var.llm_threshold > 0 && var.llm_threshold <= 0.8
    error_message = "llm_threshold must be above 0 and at most 0.8."
  }
}

variable "llm_prices" {
  description = "USD per million input/output tokens, e.g. 0.8/4, so each run logs its cost next to its token counts; null logs tokens only."
  type        = string
  default     = null

  validation {
    condition     = var.llm_prices == null || can(regex("^[0-9]+(\\.[0-9]+)?/[0-9]+(\\.[0-9]+)?$", var.llm_prices))
    error_message = "llm_prices must look like 0.8/4 (input/output USD per million tokens)."
  }
}

variable "llm_api_key_parameter_name" {
  description = "Name of the SSM SecureString parameter holding the OpenAI-compatible API key (llm_provider openai). The function reads it at run time; the key never appears in Terraform state or environment variables."
  type        = string
  default     = null

  validation {
    condition     = var.llm_api_key_parameter_name == null || can(regex("^/[A-Za-z0-9_./-]+$", var.llm_api_key_parameter_name))
    error_message = "llm_api_key_parameter_name must be an SSM parameter path starting with '/', e.g. /deplight/llm-api-key."
  }
}

variable "llm_api_key_kms_key_arn" {
  description = "Customer-managed KMS key encrypting the parameter; null when it uses the default aws/ssm key."
  type        = string
  default     = null

  validation {
    condition     = var.llm_api_key_kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:", var.llm_api_key_kms_key_arn))
    error_message = "llm_api_key_kms_key_arn must be a KMS key ARN."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the function's logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."
  }
}

variable "invoker_role_names" {
  description = "IAM roles (names) allowed to invoke the function, e.g. the bootstrap deploy and plan roles. There is no function URL: callers invoke through the Lambda API with IAM credentials."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for name in var.invoker_role_names : can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", name))])
    error_message = "invoker_role_names must be IAM role names (not ARNs)."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
