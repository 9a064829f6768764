import * as core from '@actions/core'

// Placeholder until this step's issue lands: fail loudly rather than pretend to succeed.
export async function run(): Promise<void> {
  core.setFailed(
    'deplight/deploy/notify is not implemented yet in this release; pin an earlier tag or remove this step.'
  )
}
