// The GitHub side of the stages: client, sticky PR comment, deployments.
export * from './client.js'
export * from './sticky-comment.js'
export * from './deployments.js'
