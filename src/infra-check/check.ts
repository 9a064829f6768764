// Runs every rule over every Terraform module under a root directory.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { error, sortFindings, type Finding } from './findings.js'
import { HclParseError, isBody, loadModule, parseHclFile, type TfFile, type TfModule } from './hcl.js'
import {
  checkDeclarationQuality,
  checkGeneratedKeys,
  checkModuleCalls,
  checkTfvarsKeys,
  isLocalSource
} from './module-rules.js'
import type { ProviderSchema } from './provider-schema.js'
import { checkReferences } from './reference-rules.js'
import { checkModuleAgainstSchema } from './schema-rules.js'
import { readmeState, writeDocs } from './readme-docs.js'
import { checkSecurity } from './security-rules.js'

export interface CheckOptions {
  /** Directory holding the Terraform tree, e.g. `infrastructure`. */
  root: string
  schema: ProviderSchema
  /** Keys the analyzer writes into tfvars (GENERATED_SERVICE_TFVARS). */
  generatedKeys: readonly string[]
  /** Module directories, relative to root, that must declare every generated key. */
  generatedKeyModules: string[]
  /** README input/output tables: ignore them, report drift, or rewrite them. */
  readmes?: 'ignore' | 'check' | 'write'
}

export interface CheckResult {
  modules: string[]
  tfvarsFiles: string[]
  findings: Finding[]
}

async function findModuleDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const found = entries.some(entry => entry.isFile() && entry.name.endsWith('.tf')) ? [dir] : []
  for (const entry of entries) {
    if (entry.isDirectory() && !entry.name.startsWith('.'))
      found.push(...(await findModuleDirs(join(dir, entry.name))))
  }
  return found
}

async function readTfvars(path: string, root: string): Promise<{ file: TfFile; keys: string[] }> {
  const source = await readFile(path, 'utf8')
  const shown = relative(root, path)
  const body = /\.json(\.\w+)?$/.test(path)
    ? (JSON.parse(source) as unknown)
    : await parseHclFile(shown, source)
  if (!isBody(body as never))
    throw new HclParseError(`${shown}: a tfvars file must hold an object of variable values`)
  return { file: { path: shown, source, body: body as TfFile['body'] }, keys: Object.keys(body as object) }
}

export async function checkInfrastructure(options: CheckOptions): Promise<CheckResult> {
  const root = resolve(options.root)
  const modules = new Map<string, TfModule>()
  const findings: Finding[] = []
  const load = async (dir: string): Promise<TfModule | undefined> => {
    const cached = modules.get(dir)
    if (cached) return cached
    try {
      const module = await loadModule(dir, root)
      modules.set(dir, module)
      return module
    } catch (failure) {
      if (!(failure instanceof HclParseError)) throw failure
      findings.push(error('parse-error', relative(root, dir) || '.', 1, failure.message))
      return undefined
    }
  }

  const dirs = await findModuleDirs(root)
  const tfvarsFiles: string[] = []
  for (const dir of dirs) {
    const module = await load(dir)
    if (!module) continue
    const children = new Map<string, TfModule | undefined>()
    for (const [name, call] of module.modules) {
      children.set(
        name,
        isLocalSource(call.body.source) ? await load(resolve(dir, call.body.source)) : undefined
      )
    }
    findings.push(
      ...checkModuleAgainstSchema(module, options.schema),
      ...(await checkReferences({
        module,
        schema: options.schema,
        moduleOutputs: name => {
          const child = children.get(name)
          return child ? new Set(child.outputs.keys()) : undefined
        }
      })),
      ...checkModuleCalls(module, children),
      ...checkDeclarationQuality(module),
      ...checkSecurity(module)
    )
    findings.push(...(await checkReadme(module, root, options.readmes ?? 'ignore')))
    for (const name of (await readdir(dir)).filter(name => name.includes('.tfvars')).sort()) {
      try {
        const { file, keys } = await readTfvars(join(dir, name), root)
        tfvarsFiles.push(file.path)
        findings.push(...checkTfvarsKeys(file, keys, module, relative(root, dir) || '.'))
      } catch (failure) {
        const message = failure instanceof Error ? failure.message : String(failure)
        findings.push(error('parse-error', relative(root, join(dir, name)), 1, message))
      }
    }
  }
  for (const target of options.generatedKeyModules) {
    const module = await load(resolve(root, target))
    if (module) findings.push(...checkGeneratedKeys(options.generatedKeys, module, target))
  }
  return {
    modules: [...modules.keys()].map(dir => relative(root, dir) || '.').sort(),
    tfvarsFiles,
    findings: sortFindings(findings)
  }
}

async function checkReadme(
  module: TfModule,
  root: string,
  mode: 'ignore' | 'check' | 'write'
): Promise<Finding[]> {
  if (mode === 'ignore') return []
  if (mode === 'write' && (await writeDocs(module).catch(() => false))) return []
  const state = await readmeState(module)
  if (state.status === 'in-sync') return []
  const path = relative(root, join(module.dir, 'README.md'))
  const reason = {
    'missing-readme': 'is missing: every module documents its inputs and outputs',
    'missing-markers': 'has no generated inputs/outputs section: add the BEGIN_TF_DOCS/END_TF_DOCS markers',
    stale: 'inputs/outputs tables are out of date: run npm run check-infra -- --write-docs'
  }[state.status]
  return [error('readme-out-of-sync', path, 1, `${path} ${reason}`)]
}
