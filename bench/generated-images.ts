// Bench: for every example app, the Dockerfile deplight generates — cold build (empty engine: base
// stand-ins ready, package caches empty, npm packages fetched from the registry), image size, and the
// rebuild after a one-line source change — each image also run and probed over HTTP so only working
// images are measured. Run: `npx tsx bench/generated-images.ts` or via bench/run.ts.
import {
  buildImage,
  ensureBases,
  EXAMPLES,
  imageSizeBytes,
  prepareExample,
  runAndProbe,
  touchSource
} from '../test/e2e/support/generated-images.js'
import { dockerAvailable, startDocker, stopAllTracked } from '../test/support/index.js'

export interface GeneratedImageResult {
  app: string
  /** Whether the analysis came from the analyzer (false: the example's stated analysis). */
  analyzed: boolean
  coldBuildMs: number
  rebuildMs: number
  imageBytes: number
  readyMs: number
}

export async function benchGeneratedImages(): Promise<GeneratedImageResult[]> {
  const why = dockerAvailable()
  if (why) {
    console.log(`skipped: ${why}`)
    return []
  }
  const engine = await startDocker()
  const results: GeneratedImageResult[] = []
  try {
    for (const example of EXAMPLES) {
      const prepared = prepareExample(example)
      try {
        await ensureBases(engine, prepared.dockerfile)
        const tag = `deplight-bench/${example.name}:cold`
        const coldBuildMs = await buildImage(engine, prepared.context, tag, prepared.dockerfilePath)
        const cold = await runAndProbe(engine, tag, example.probe.path)
        touchSource(prepared, example)
        const rebuildTag = `deplight-bench/${example.name}:edit`
        const rebuildMs = await buildImage(engine, prepared.context, rebuildTag, prepared.dockerfilePath)
        await runAndProbe(engine, rebuildTag, example.probe.path)
        results.push({
          app: example.name,
          // Every example is analysed for real (no stated analysis is left).
          analyzed: true,
          coldBuildMs,
          rebuildMs,
          imageBytes: await imageSizeBytes(engine, rebuildTag),
          readyMs: cold.readyMs
        })
      } finally {
        prepared.cleanup()
      }
    }
  } finally {
    await engine.stop()
  }
  console.log('| app | analysis | cold build | rebuild after 1-line change | image size | ready after run |')
  console.log('|---|---|---|---|---|---|')
  for (const r of results) {
    console.log(
      `| ${r.app} | ${r.analyzed ? 'analyzer' : 'stated'} | ${(r.coldBuildMs / 1000).toFixed(1)} s | ` +
        `${(r.rebuildMs / 1000).toFixed(1)} s | ${(r.imageBytes / 1e6).toFixed(1)} MB | ${(r.readyMs / 1000).toFixed(1)} s |`
    )
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchGeneratedImages().finally(stopAllTracked)
}
