// Loads the AWS provider schema once per process. Parsing the 130 MB .jsii takes about a second, so the
// compact extract is also written to node_modules/.cache (never committed), keyed by package version and
// the .jsii file's size and mtime; a stale or unreadable cache is simply rebuilt.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { extractProviderSchema, readJsiiAssembly, type ProviderSchema } from './provider-schema.js'

const CACHE_FORMAT = 1
const memo = new Map<string, Promise<ProviderSchema>>()

export interface SchemaSource {
  /** Directory of the @cdktf/provider-aws package. */
  packageDir: string
  /** Where the compact extract is kept; undefined disables the file cache. */
  cacheDir?: string
}

export function defaultSchemaSource(projectRoot: string): SchemaSource {
  const require = createRequire(join(projectRoot, 'package.json'))
  const packageDir = dirname(require.resolve('@cdktf/provider-aws/package.json'))
  return { packageDir, cacheDir: join(projectRoot, 'node_modules', '.cache', 'deplight-infra-check') }
}

export function loadProviderSchema(source: SchemaSource): Promise<ProviderSchema> {
  const key = `${source.packageDir}|${source.cacheDir ?? ''}`
  let pending = memo.get(key)
  if (!pending) {
    pending = loadUncached(source)
    memo.set(key, pending)
    pending.catch(() => memo.delete(key))
  }
  return pending
}

async function loadUncached(source: SchemaSource): Promise<ProviderSchema> {
  const jsiiPath = join(source.packageDir, '.jsii')
  const info = await stat(jsiiPath).catch(() => {
    throw new Error(`${jsiiPath} not found: run npm ci so @cdktf/provider-aws is installed`)
  })
  const packageJson = JSON.parse(await readFile(join(source.packageDir, 'package.json'), 'utf8')) as {
    version: string
  }
  const cacheFile = source.cacheDir
    ? join(
        source.cacheDir,
        `aws-${packageJson.version}-${info.size}-${Math.trunc(info.mtimeMs)}-v${CACHE_FORMAT}.json`
      )
    : undefined
  if (cacheFile) {
    const cached = await readFile(cacheFile, 'utf8').then(
      text => JSON.parse(text) as ProviderSchema,
      () => undefined
    )
    if (cached?.resources && cached.packageVersion === packageJson.version) return cached
  }
  const schema = extractProviderSchema(await readJsiiAssembly(jsiiPath))
  if (cacheFile) {
    // Write-then-rename so a parallel run never reads half a file.
    await mkdir(dirname(cacheFile), { recursive: true })
    const temporary = `${cacheFile}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(schema))
    await rename(temporary, cacheFile)
  }
  return schema
}
