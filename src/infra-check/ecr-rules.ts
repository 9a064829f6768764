// ECR lifecycle policies. Every image build-push pushes carries its immutable commit tag (plus a ctx-<digest>
// tag), and the service and a rollback pull images by those tags; so a rule that expires tagged images —
// "keep the 30 most recent, any tag", or "expire ctx-* images" (they are commit images too) — eventually
// deletes the image the service runs or the one a rollback needs. Only untagged images may expire. Policies
// must be written as data "aws_ecr_lifecycle_policy_document" so the rule can read them.
import { error, type Finding } from './findings.js'
import { blockBodies, blockLine, lineOf, type TfModule } from './hcl.js'

const DOCUMENT_JSON = /^\$\{data\.aws_ecr_lifecycle_policy_document\.([\w-]+)(\[[^\]]+\])?\.json\}$/

export function checkEcrLifecycle(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const policy of module.resources.values()) {
    if (policy.type !== 'aws_ecr_lifecycle_policy') continue
    if (!DOCUMENT_JSON.test(String(policy.body.policy))) {
      const header = blockLine(policy.file, 'resource', policy.type, policy.name)
      findings.push(
        error(
          'ecr-lifecycle-tagged',
          policy.file.path,
          lineOf(policy.file, /^\s*policy\s*=/, header),
          `${policy.type}.${policy.name}.policy must come from a data "aws_ecr_lifecycle_policy_document" so the check can read which images it expires`
        )
      )
    }
  }
  for (const document of module.dataSources.values()) {
    if (document.type !== 'aws_ecr_lifecycle_policy_document') continue
    const header = blockLine(document.file, 'data', document.type, document.name)
    for (const rule of blockBodies(document.body.rule)) {
      const action = blockBodies(rule.action)[0]?.type ?? 'expire'
      const selection = blockBodies(rule.selection)[0]
      const status = String(selection?.tag_status ?? '')
      if (action !== 'expire' || status === 'untagged') continue
      const patterns = [selection?.tag_pattern_list, selection?.tag_prefix_list].flat().filter(Boolean)
      const which = status === 'any' ? 'any image' : `images tagged ${patterns.join(', ')}`
      findings.push(
        error(
          'ecr-lifecycle-tagged',
          document.file.path,
          lineOf(document.file, new RegExp(`^\\s*priority\\s*=\\s*${String(rule.priority)}\\b`), header),
          `data.${document.type}.${document.name} rule ${String(rule.priority)} expires ${which} (tag_status = "${status}"): every pushed image carries its commit tag, so this can delete the image the service runs or the one a rollback needs; expire only untagged images`
        )
      )
    }
  }
  return findings
}
