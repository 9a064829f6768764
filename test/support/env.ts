// Every test runs with the AWS SDK kept away from instance metadata and real endpoints.
process.env.AWS_EC2_METADATA_DISABLED = 'true'
process.env.CHECKPOINT_DISABLE = '1'
