// The eight stages every run, summary, Slack message and terminal view shows, in order (DESIGN.md).
export const STAGES = [
  { id: 'setup', title: 'Checkout & setup' },
  { id: 'analysis', title: 'Code analysis' },
  { id: 'build', title: 'Image build' },
  { id: 'push', title: 'Image push' },
  { id: 'infrastructure', title: 'Infrastructure update' },
  { id: 'rollout', title: 'Service rollout' },
  { id: 'health', title: 'Health check' },
  { id: 'verify', title: 'Verification & notify' }
] as const

export type StageId = (typeof STAGES)[number]['id']
export type StageStatus = 'pending' | 'running' | 'success' | 'failure' | 'skipped' | 'cancelled'
