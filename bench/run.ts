// `npm run bench`: runs every bench in turn. Each bench prints its own table and skips itself (with a
// message) when a prerequisite such as Docker is missing; a failing bench does not stop the others.
const BENCHES: [name: string, load: () => Promise<() => Promise<unknown>>][] = [
  ['analyzer', async () => (await import('./analyzer.js')).benchAnalyzer],
  ['build-push', async () => (await import('./build-push.js')).benchBuildPush],
  ['cache', async () => (await import('./cache.js')).benchCache],
  ['generated-images', async () => (await import('./generated-images.js')).benchGeneratedImages],
  ['terraform-deploy', async () => (await import('./terraform-deploy.js')).benchTerraformDeploy],
  ['local-deploy', async () => (await import('./local-deploy.js')).benchLocalDeploy],
  ['pipeline', async () => (await import('./pipeline.js')).benchPipeline]
]

const only = process.argv.slice(2)
let failed = 0
for (const [name, load] of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue
  console.log(`\n=== bench: ${name} ===`)
  try {
    await (
      await load()
    )()
  } catch (err) {
    failed++
    console.log(`bench ${name} failed: ${(err as Error).message}`)
  }
}
process.exitCode = failed > 0 ? 1 : 0

export {}
