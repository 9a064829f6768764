// Module calls (inputs the child declares, required inputs given), variable and output quality, and
// tfvars keys against the variables of the module they feed.
import { basename } from 'node:path'
import { error, note, type Finding } from './findings.js'
import {
  blockBodies,
  blockLine,
  lineOf,
  memberLine,
  escapeRegExp,
  type TfFile,
  type TfModule
} from './hcl.js'

const MODULE_META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'depends_on', 'providers'])

export function isLocalSource(source: unknown): source is string {
  return typeof source === 'string' && (source.startsWith('./') || source.startsWith('../'))
}

export function checkModuleCalls(module: TfModule, children: Map<string, TfModule | undefined>): Finding[] {
  const findings: Finding[] = []
  for (const [name, { file, body }] of module.modules) {
    const line = blockLine(file, 'module', name)
    const child = children.get(name)
    if (!child) {
      findings.push(
        note(
          'unchecked-module-source',
          file.path,
          line,
          `module "${name}": source ${String(body.source)} is not a local path, so its inputs are not checked offline`
        )
      )
      continue
    }
    for (const input of Object.keys(body)) {
      if (MODULE_META_ARGUMENTS.has(input) || child.variables.has(input)) continue
      findings.push(
        error(
          'unknown-module-input',
          file.path,
          memberLine(file, input, line),
          `module "${name}" (${String(body.source)}) declares no variable "${input}"`
        )
      )
    }
    for (const [variable, declaration] of child.variables) {
      if (!('default' in declaration.body) && !(variable in body)) {
        findings.push(
          error(
            'missing-module-input',
            file.path,
            line,
            `module "${name}" needs input "${variable}" (it has no default)`
          )
        )
      }
    }
  }
  return findings
}

/** Every variable typed and described; every output described. Users read these in the README tables. */
export function checkDeclarationQuality(module: TfModule): Finding[] {
  const findings: Finding[] = []
  for (const [name, { file, body }] of module.variables) {
    const line = blockLine(file, 'variable', name)
    if (!('type' in body))
      findings.push(error('variable-quality', file.path, line, `variable "${name}" has no type`))
    if (typeof body.description !== 'string' || body.description.trim() === '') {
      findings.push(error('variable-quality', file.path, line, `variable "${name}" has no description`))
    }
    for (const validation of blockBodies(body.validation)) {
      if (typeof validation.error_message !== 'string' || !validation.error_message.trim()) {
        findings.push(
          error(
            'variable-quality',
            file.path,
            line,
            `variable "${name}" has a validation without error_message`
          )
        )
      }
    }
  }
  for (const [name, { file, body }] of module.outputs) {
    if (typeof body.description !== 'string' || body.description.trim() === '') {
      findings.push(
        error(
          'output-quality',
          file.path,
          blockLine(file, 'output', name),
          `output "${name}" has no description`
        )
      )
    }
  }
  return findings
}

export function checkTfvarsKeys(
  file: TfFile,
  keys: string[],
  target: TfModule,
  targetName: string
): Finding[] {
  return keys
    .filter(key => !target.variables.has(key))
    .map(key =>
      error(
        'unknown-tfvars-key',
        file.path,
        lineOf(file, new RegExp(`^\\s*"?${escapeRegExp(key)}"?\\s*[=:]`)),
        `${basename(file.path)} sets "${key}" but ${targetName} declares no such variable`
      )
    )
}

export function checkGeneratedKeys(
  generated: readonly string[],
  target: TfModule,
  targetName: string
): Finding[] {
  const anyFile = target.files.find(file => file.path.endsWith('variables.tf')) ?? target.files[0]
  return generated
    .filter(key => !target.variables.has(key))
    .map(key =>
      error(
        'generated-tfvar-not-declared',
        anyFile?.path ?? target.dir,
        1,
        `the analyzer writes "${key}" (src/analyzer/render/tfvars.ts) but ${targetName} declares no variable "${key}"`
      )
    )
}
