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
  /** Medians over the runs; each run starts from an empty engine, so every cold build really is cold. */
  coldBuildMs: number
  rebuildMs: number
  imageBytes: number
  readyMs: number
  runs: { coldBuildMs: number; rebuildMs: number }[]
}

/** Runs per app; the machine is noisy, so the table reports medians. Override with BENCH_IMAGE_RUNS. */
const RUNS = Math.max(1, Number(process.env.BENCH_IMAGE_RUNS ?? 3))
/** BENCH_IMAGE_APPS=a,b measures only those examples (one app before/after a generator change). */
const ONLY = (process.env.BENCH_IMAGE_APPS ?? '').split(',').filter(Boolean)
const SELECTED = ONLY.length ? EXAMPLES.filter(example => ONLY.includes(example.name)) : EXAMPLES

interface Sample {
  coldBuildMs: number
  rebuildMs: number
  imageBytes: number
  readyMs: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

async function sampleOnce(): Promise<Map<string, Sample>> {
  const engine = await startDocker()
  const samples = new Map<string, Sample>()
  try {
    for (const example of SELECTED) {
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
        samples.set(example.name, {
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
  return samples
}

export async function benchGeneratedImages(): Promise<GeneratedImageResult[]> {
  const why = dockerAvailable()
  if (why) {
    console.log(`skipped: ${why}`)
    return []
  }
  const perApp = new Map<string, Sample[]>()
  for (let run = 0; run < RUNS; run++) {
    for (const [app, sample] of await sampleOnce()) perApp.set(app, [...(perApp.get(app) ?? []), sample])
  }
  const results: GeneratedImageResult[] = [...perApp].map(([app, samples]) => ({
    app,
    coldBuildMs: median(samples.map(s => s.coldBuildMs)),
    rebuildMs: median(samples.map(s => s.rebuildMs)),
    imageBytes: median(samples.map(s => s.imageBytes)),
    readyMs: median(samples.map(s => s.readyMs)),
    runs: samples.map(s => ({ coldBuildMs: s.coldBuildMs, rebuildMs: s.rebuildMs }))
  }))
  const seconds = (ms: number) => (ms / 1000).toFixed(1)
  console.log(
    `Generated Dockerfiles of examples/apps, analysed by deplight, built with BuildKit on a private engine; ` +
      `medians of ${RUNS} run(s), each from an empty engine (base stand-ins only).`
  )
  console.log(
    '| app | cold build | rebuild after 1-line change | image size | ready after run | runs (cold / rebuild, s) |'
  )
  console.log('|---|---|---|---|---|---|')
  for (const r of results) {
    const runs = r.runs.map(x => `${seconds(x.coldBuildMs)}/${seconds(x.rebuildMs)}`).join(', ')
    console.log(
      `| ${r.app} | ${seconds(r.coldBuildMs)} s | ${seconds(r.rebuildMs)} s | ` +
        `${(r.imageBytes / 1e6).toFixed(1)} MB | ${seconds(r.readyMs)} s | ${runs} |`
    )
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchGeneratedImages().finally(stopAllTracked)
}
