// What every rule returns. `error` findings fail the check; `note` findings report what could not be
// checked offline so that nothing is skipped silently.
export type FindingKind =
  | 'parse-error'
  | 'unknown-provider'
  | 'unknown-resource-type'
  | 'unknown-data-source-type'
  | 'unknown-attribute'
  | 'unknown-block'
  | 'missing-required-attribute'
  | 'missing-required-block'
  | 'too-many-blocks'
  | 'undeclared-reference'
  | 'unknown-resource-attribute'
  | 'unknown-module-output'
  | 'unknown-module-input'
  | 'missing-module-input'
  | 'unchecked-module-source'
  | 'unknown-tfvars-key'
  | 'generated-tfvar-not-declared'
  | 'variable-quality'
  | 'output-quality'
  | 'open-ingress'
  | 'iam-wildcard-action'
  | 'iam-wildcard-resource'
  | 'iam-policy-not-document'
  | 'oidc-trust-audience'
  | 'oidc-trust-subject'
  | 'iam-tag-trust'
  | 'ecr-lifecycle-tagged'
  | 's3-bucket-unprotected'
  | 'lambda-public-url'
  | 'health-check-matcher'
  | 'ecs-no-rollback'
  | 'ecs-ignores-task-definition'
  | 'local-backend'
  | 'readme-out-of-sync'

export interface Finding {
  kind: FindingKind
  severity: 'error' | 'note'
  file: string
  line: number
  message: string
}

export function error(kind: FindingKind, file: string, line: number, message: string): Finding {
  return { kind, severity: 'error', file, line, message }
}

export function note(kind: FindingKind, file: string, line: number, message: string): Finding {
  return { kind, severity: 'note', file, line, message }
}

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.severity} [${finding.kind}] ${finding.message}`
}

/** Sorted by place, with exact repeats (one mistake referenced twice on a line) removed. */
export function sortFindings(findings: Finding[]): Finding[] {
  const unique = new Map(findings.map(finding => [formatFinding(finding), finding]))
  return [...unique.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind)
  )
}
